package org.thesisbot.core.grounding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.thesisbot.config.SettingsLoader;

/** Shared test data: the real article, the question sets and the configured relevance threshold. */
public final class GroundingFixtures {
    private GroundingFixtures() {
    }

    /** A narrative question and the paragraphs that hold its answer. */
    public record NarrativeQuestion(String question, Set<Integer> paragraphs) {
        @Override
        public String toString() {
            return question;
        }
    }

    public static SourceLibrary article() {
        org.thesisbot.sources.Corpus corpus = org.thesisbot.sources.TestCorpus.corpus(Path.of("documents"));
        if (!corpus.problems().isEmpty()) {
            throw new IllegalStateException("unexpected problems: " + corpus.problems());
        }
        return SourceLibrary.of(corpus.documents());
    }

    public static List<NarrativeQuestion> narrativeQuestions() {
        return lines("narrative-questions.tsv").stream().map(l -> {
            String[] parts = l.split("\t");
            return new NarrativeQuestion(parts[0], Arrays.stream(parts[1].split(",")).map(String::trim)
                    .map(Integer::parseInt).collect(Collectors.toUnmodifiableSet()));
        }).toList();
    }

    public static List<String> offTopicQuestions() {
        return lines("off-topic-questions.txt");
    }

    /** grounding.min_relevance as configured in config/thesisbot.yaml. */
    public static double minRelevance() {
        return new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of()).grounding().minRelevance();
    }

    /** grounding.embedding_model as configured in config/thesisbot.yaml. */
    public static String embeddingModel() {
        return new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of()).grounding().embeddingModel();
    }

    /** 1-based rank of the first passage from one of {@code paragraphs}, or -1. */
    public static int rank(List<ScoredPassage> results, Set<Integer> paragraphs) {
        for (int i = 0; i < results.size(); i++) {
            if (paragraphs.contains(results.get(i).passage().paragraph())) {
                return i + 1;
            }
        }
        return -1;
    }

    private static List<String> lines(String name) {
        try {
            return Files.readAllLines(Path.of("src", "test", "resources", "grounding", name)).stream()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
