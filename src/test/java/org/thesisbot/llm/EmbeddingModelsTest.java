package org.thesisbot.llm;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.thesisbot.core.grounding.GroundingFixtures;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SentenceEmbeddings;
import org.thesisbot.core.grounding.SourceLibrary;

/**
 * Every bundled embedding model (grounding.embedding_model) on the real article: the configured min_relevance
 * separates the narrative test questions from the off-topic ones with each of them (docs/narrative-answers.md,
 * "Choosing min_relevance"), and each model's text conventions hold.
 */
class EmbeddingModelsTest {
    @TempDir
    static Path cache;

    @ParameterizedTest(name = "{0}")
    @EnumSource(EmbeddingModelChoice.class)
    void min_relevance_separates_the_narrative_questions_from_the_off_topic_ones(EmbeddingModelChoice choice) {
        SourceLibrary library = GroundingFixtures.article();
        HybridRetriever retriever = new HybridRetriever(library, org.thesisbot.core.lexicon.TestLexicons.real(), choice.load(), choice, cache, s -> { });
        double threshold = GroundingFixtures.minRelevance();
        double lowestOnTopic = 1;
        List<String> missed = new ArrayList<>();
        for (GroundingFixtures.NarrativeQuestion q : GroundingFixtures.narrativeQuestions()) {
            List<ScoredPassage> top = retriever.retrieve(q.question(), 4);
            lowestOnTopic = Math.min(lowestOnTopic, top.get(0).score());
            if (GroundingFixtures.rank(top, q.paragraphs()) < 1) {
                missed.add(q.question());
            }
        }
        double highestOffTopic = 0;
        for (String q : GroundingFixtures.offTopicQuestions()) {
            highestOffTopic = Math.max(highestOffTopic, retriever.retrieve(q, 1).get(0).score());
        }
        System.out.printf(Locale.ROOT, "%s: narrative questions score at least %.2f, off-topic at most %.2f (min_relevance %.2f); "
                + "answer paragraph not in the top 4 for %d of %d%n", choice.settingName(), lowestOnTopic, highestOffTopic, threshold,
                missed.size(), GroundingFixtures.narrativeQuestions().size());
        double lowest = lowestOnTopic;
        double highest = highestOffTopic;
        assertAll(
                () -> assertTrue(lowest >= threshold, choice + ": a narrative question scores " + lowest + " < " + threshold),
                () -> assertTrue(highest < threshold, choice + ": an off-topic question scores " + highest + " >= " + threshold),
                () -> assertTrue(missed.size() <= 2, choice + ": the answer paragraph is not in the top 4 for " + missed));
    }

    @Test
    void questions_carry_the_models_query_prefix_and_sources_its_passage_prefix() {
        List<String> seen = new ArrayList<>();
        dev.langchain4j.model.embedding.EmbeddingModel recording = segments -> {
            segments.forEach(s -> seen.add(s.text()));
            return dev.langchain4j.model.output.Response.from(segments.stream()
                    .map(s -> dev.langchain4j.data.embedding.Embedding.from(new float[] {1, 0})).toList());
        };
        SentenceEmbeddings e5 = new CachedSentenceEmbeddings(recording, EmbeddingModelChoice.E5_SMALL);
        e5.embedQueries(List.of("why back a rival?"));
        e5.embed(List.of("Amazon backs Anthropic."));
        SentenceEmbeddings minilm = new CachedSentenceEmbeddings(recording, EmbeddingModelChoice.MINILM);
        minilm.embedQueries(List.of("why back a rival?"));
        assertEquals(List.of("query: why back a rival?", "passage: Amazon backs Anthropic.", "why back a rival?"), seen);
    }

    @Test
    void a_question_and_a_source_sentence_with_the_same_text_are_embedded_apart_when_the_model_tells_them_apart() {
        List<String> seen = new ArrayList<>();
        dev.langchain4j.model.embedding.EmbeddingModel recording = segments -> {
            segments.forEach(s -> seen.add(s.text()));
            return dev.langchain4j.model.output.Response.from(segments.stream()
                    .map(s -> dev.langchain4j.data.embedding.Embedding.from(new float[] {s.text().length(), 1})).toList());
        };
        SentenceEmbeddings bge = new CachedSentenceEmbeddings(recording, EmbeddingModelChoice.BGE_SMALL);
        float[] asQuestion = bge.embedQueries(List.of("What is circular financing?")).get(0);
        float[] asText = bge.embed(List.of("What is circular financing?")).get(0);
        bge.embedQueries(List.of("What is circular financing?"));
        assertEquals(2, seen.size(), "each role embedded once, then cached: " + seen);
        assertTrue(SentenceEmbeddings.cosine(asQuestion, asText) < 0.9999, "different vectors");
    }

    @Test
    void calibration_puts_each_models_cosines_on_minilms_scale() {
        assertEquals(0.5, EmbeddingModelChoice.MINILM.relevance(0.5), 1e-12, "minilm is the scale");
        assertEquals(0.5, EmbeddingModelChoice.MINILM.similarity(0.5), 1e-12);
        EmbeddingModelChoice.Calibration e5Like = new EmbeddingModelChoice.Calibration(0.7, 4);
        assertEquals(0.4, e5Like.apply(0.8), 1e-9, "(0.8 - 0.7) * 4");
        assertEquals(1.0, e5Like.apply(0.99), 1e-12, "never above 1");
        assertEquals(-1.0, e5Like.apply(-0.9), 1e-12, "never below -1");
        assertTrue(EmbeddingModelChoice.E5_SMALL.relevance(0.78) < EmbeddingModelChoice.E5_SMALL.relevance(0.82), "monotone");
    }

    @Test
    void names_the_setting_values_and_rejects_others() {
        assertEquals(EmbeddingModelChoice.BGE_SMALL, EmbeddingModelChoice.of(" BGE-small "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EmbeddingModelChoice.of("gte-base"));
        assertTrue(e.getMessage().contains("minilm, bge-small, e5-small"), e.getMessage());
    }
}
