package org.thesisbot.llm;

import org.thesisbot.core.lexicon.TestLexicons;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thesisbot.core.grounding.GroundingFixtures;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SourceLibrary;

/** The real bundled embedding model on the real article. */
class HybridRetrieverTest {
    private static SourceLibrary library;
    private static EmbeddingModel model;
    private static HybridRetriever retriever;
    private static double minRelevance;
    @TempDir
    static Path sharedCache;

    /** The real model, counting how many texts it is asked to embed in bulk (passages, not queries). */
    static final class CountingModel implements EmbeddingModel {
        private final EmbeddingModel delegate;
        final AtomicInteger embedded = new AtomicInteger();

        CountingModel(EmbeddingModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            if (segments.size() > 1) {
                embedded.addAndGet(segments.size());
            }
            return delegate.embedAll(segments);
        }
    }

    @BeforeAll
    static void build() {
        library = GroundingFixtures.article();
        model = HybridRetriever.defaultModel();
        retriever = new HybridRetriever(library, TestLexicons.real(), model, sharedCache, s -> { });
        minRelevance = GroundingFixtures.minRelevance();
    }

    static Stream<GroundingFixtures.NarrativeQuestion> narrative() {
        return GroundingFixtures.narrativeQuestions().stream();
    }

    static Stream<String> offTopic() {
        return GroundingFixtures.offTopicQuestions().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("narrative")
    void ranks_the_answer_bearing_paragraph_in_the_top_3_and_above_the_threshold(GroundingFixtures.NarrativeQuestion q) {
        List<ScoredPassage> top = retriever.retrieve(q.question(), 3);
        assertTrue(GroundingFixtures.rank(top, q.paragraphs()) >= 1, "expected one of paragraphs " + q.paragraphs()
                + " in the top 3, got " + top.stream().map(p -> p.passage().id() + "=" + p.score()).toList());
        assertTrue(top.get(0).score() >= minRelevance, "top score " + top.get(0).score());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offTopic")
    void scores_off_topic_questions_below_the_threshold(String question) {
        double best = retriever.retrieve(question, 1).get(0).score();
        assertTrue(best < minRelevance, question + " scored " + best);
    }

    @Test
    void fuses_lexical_and_semantic_scores_into_0_to_1_best_first() {
        List<ScoredPassage> all = retriever.retrieve("Why would Amazon fund Anthropic's rival?", 100);
        assertEquals(library.passages().size(), all.size());
        for (int i = 0; i < all.size(); i++) {
            ScoredPassage p = all.get(i);
            assertTrue(p.score() >= 0 && p.score() <= 1, "score " + p.score());
            assertTrue(p.semantic() >= -1 && p.semantic() <= 1, "cosine " + p.semantic());
            assertTrue(p.lexical() >= 0 && p.lexical() <= 1);
            if (i > 0) {
                assertTrue(all.get(i - 1).score() >= p.score());
            }
        }
    }

    @Test
    void a_paraphrase_with_no_shared_words_still_finds_its_passage() {
        List<ScoredPassage> top = retriever.retrieve("Could the cash simply flow back to Amazon's cloud?", 3);
        assertTrue(top.stream().anyMatch(p -> p.semantic() > p.lexical()), "semantic similarity carries it");
        assertTrue(top.stream().anyMatch(p -> List.of(3, 6, 7, 12).contains(p.passage().paragraph())), top.toString());
    }

    @Test
    void a_restart_with_unchanged_documents_reads_the_cache_instead_of_embedding(@TempDir Path cache) {
        CountingModel first = new CountingModel(model);
        HybridRetriever built = new HybridRetriever(library, TestLexicons.real(), first, cache, s -> { });
        CountingModel second = new CountingModel(model);
        List<String> log = new ArrayList<>();
        HybridRetriever restarted = new HybridRetriever(library, TestLexicons.real(), second, cache, log::add);

        String q = "What is the data center campus in Indiana for?";
        assertAll(
                () -> assertEquals(library.passages().size() + built.stats().sentences() + anticipated(), first.embedded.get(),
                        "every passage, every distinct sentence and every anticipated question embedded once"),
                () -> assertTrue(anticipated() > 100, "the article's anticipated questions are indexed: " + anticipated()),
                () -> assertTrue(built.stats().sentences() > library.passages().size()),
                () -> assertFalse(built.stats().fromCache()),
                () -> assertEquals(0, second.embedded.get(), "no passage or sentence re-embedded"),
                () -> assertTrue(restarted.stats().fromCache()),
                () -> assertEquals(0, restarted.stats().embedded()),
                () -> assertTrue(log.get(log.size() - 1).contains(library.passages().size() + " passages, "
                        + built.stats().sentences() + " sentences and " + anticipated() + " anticipated questions, 0 embedded"), log.toString()),
                () -> assertEquals(built.retrieve(q, 4), restarted.retrieve(q, 4)));
    }

    @Test
    void a_changed_document_re_embeds_only_its_changed_passages_and_keeps_one_index_file(@TempDir Path cache, @TempDir Path docs) throws IOException {
        Path article = docs.resolve("article.md");
        Files.copy(Path.of("documents", "amazon-openai-50b-bet.md"), article);
        SourceLibrary before = org.thesisbot.sources.TestCorpus.library(docs);
        new HybridRetriever(before, TestLexicons.real(), model, cache, s -> { });
        Files.writeString(article, Files.readString(article).replace("$125 billion", "$130 billion"));
        SourceLibrary after = org.thesisbot.sources.TestCorpus.library(docs);
        CountingModel counting = new CountingModel(model);

        HybridRetriever rebuilt = new HybridRetriever(after, TestLexicons.real(), counting, cache, s -> { });

        java.util.Set<String> old = new java.util.HashSet<>(before.passages().stream().map(p -> p.text()).toList());
        long changed = after.passages().stream().filter(p -> !old.contains(p.text())).count();
        assertAll(
                () -> assertEquals(1, changed, "the edit touches one passage"),
                () -> assertTrue(rebuilt.stats().embedded() >= 1 && rebuilt.stats().embedded() <= 3,
                        "only the changed passage and its changed sentence(s): " + rebuilt.stats().embedded()),
                () -> assertFalse(rebuilt.stats().fromCache()),
                () -> assertEquals(List.of(rebuilt.stats().cacheFile()), listBin(cache)));
    }

    @Test
    void a_corrupt_cache_file_is_rebuilt_with_a_log_line(@TempDir Path cache) throws IOException {
        HybridRetriever built = new HybridRetriever(library, TestLexicons.real(), model, cache, s -> { });
        Files.write(built.stats().cacheFile(), new byte[] {1, 2, 3});
        List<String> log = new ArrayList<>();
        CountingModel counting = new CountingModel(model);

        HybridRetriever rebuilt = new HybridRetriever(library, TestLexicons.real(), counting, cache, log::add);

        assertAll(
                () -> assertEquals(library.passages().size() + rebuilt.stats().sentences() + anticipated(), counting.embedded.get()),
                () -> assertTrue(log.get(0).contains("unreadable") || log.get(0).contains("other documents"), log.toString()),
                () -> assertEquals(retriever.retrieve("Is Nvidia involved?", 3), rebuilt.retrieve("Is Nvidia involved?", 3)));
    }

    @Test
    void settings_choose_lexical_or_hybrid_and_a_model_that_cannot_load_falls_back_to_lexical(@TempDir Path cache) {
        List<String> log = new ArrayList<>();
        assertAll(
                () -> assertTrue(HybridRetriever.forSettings(library, TestLexicons.real(), false, cache, log::add) instanceof LexicalRetriever),
                () -> assertTrue(HybridRetriever.forSettings(library, TestLexicons.real(), true, cache, log::add, () -> model) instanceof HybridRetriever),
                () -> assertTrue(HybridRetriever.forSettings(library, TestLexicons.real(), true, cache, log::add, () -> {
                    throw new UnsatisfiedLinkError("no onnxruntime");
                }) instanceof LexicalRetriever),
                () -> assertTrue(log.get(log.size() - 1).contains("using lexical retrieval only"), log.toString()));
    }

    @Test
    void a_blank_query_finds_nothing() {
        assertTrue(retriever.retrieve("  ", 3).isEmpty());
    }

    private static List<Path> listBin(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".bin")).toList();
        }
    }

    /** The article's distinct anticipated questions, as the index keys them. */
    private static long anticipated() {
        return library.anticipations().all().stream().map(CachedSentenceEmbeddings::key).distinct().count();
    }
}
