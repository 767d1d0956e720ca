package org.thesisbot.core.grounding;

import org.thesisbot.core.lexicon.TestLexicons;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LexicalRetrieverTest {
    private static SourceLibrary library;
    private static LexicalRetriever retriever;
    private static double minRelevance;

    @BeforeAll
    static void index() {
        library = GroundingFixtures.article();
        retriever = new LexicalRetriever(library.passages(), TestLexicons.real());
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
        int rank = GroundingFixtures.rank(top, q.paragraphs());
        assertTrue(rank >= 1, "expected one of paragraphs " + q.paragraphs() + " in the top 3, got "
                + top.stream().map(p -> p.passage().id() + "=" + p.score()).toList());
        assertTrue(top.get(0).score() >= minRelevance, "top score " + top.get(0).score());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offTopic")
    void scores_off_topic_questions_below_the_threshold(String question) {
        List<ScoredPassage> top = retriever.retrieve(question, 1);
        double best = top.isEmpty() ? 0 : top.get(0).score();
        assertTrue(best < minRelevance, question + " scored " + best);
    }

    @Test
    void scores_are_between_0_and_1_and_best_first() {
        List<ScoredPassage> all = retriever.retrieve("Amazon Amazon AWS OpenAI Anthropic compute compute", 100);
        assertEquals(library.passages().size() > 0, !all.isEmpty());
        for (int i = 0; i < all.size(); i++) {
            double s = all.get(i).score();
            assertTrue(s > 0 && s <= 1, "score " + s);
            if (i > 0) {
                assertTrue(all.get(i - 1).score() >= s);
            }
        }
    }

    @Test
    void dollar_figures_match_as_figures() {
        assertAll(
                () -> assertEquals(List.of("8", "billion"), Terms.of("$8 billion")),
                () -> assertEquals(List.of("8.5", "billion"), Terms.of("$8.5B")),
                () -> assertEquals(List.of("125", "billion"), Terms.of("$125bn")),
                () -> assertEquals(List.of("40", "percent"), Terms.of("40%")),
                () -> assertEquals(List.of("1000", "anthropic"), Terms.of("1,000 Anthropic's")));
        List<ScoredPassage> top = retriever.retrieve("$11 billion", 3);
        assertAll(
                () -> assertTrue(top.get(0).passage().text().contains("$11 billion")),
                () -> assertTrue(top.get(1).passage().text().contains("$11 billion")),
                () -> assertEquals(1.0, top.get(0).score(), 1e-9),
                () -> assertTrue(!top.get(2).passage().text().contains("$11 billion") && top.get(2).score() < 0.5,
                        "only two passages mention $11 billion; the rest match 'billion' alone"));
    }

    @Test
    void names_like_indiana_and_nvidia_find_the_one_passage_that_mentions_them() {
        assertAll(
                () -> assertEquals("amazon-openai-50b-bet#p2.1", retriever.retrieve("Indiana", 1).get(0).passage().id()),
                () -> assertEquals("amazon-openai-50b-bet#p13.1", retriever.retrieve("nvidia", 1).get(0).passage().id()));
    }

    @Test
    void a_name_the_sources_never_mention_pulls_the_score_down() {
        assertAll(
                () -> assertEquals(List.of("Microsoft"), retriever.unknownNames("what did Microsoft invest in OpenAI")),
                () -> assertEquals(List.of("microsoft"), retriever.unknownNames("what did microsoft invest in openai")),
                () -> assertEquals(List.of(), retriever.unknownNames("Why would Amazon fund Anthropic's rival?")),
                () -> assertEquals(List.of(), retriever.unknownNames("Ignore the S-curve. How big is the AWS deal?")),
                () -> assertEquals(List.of("AGI"), retriever.unknownNames("what about AGI")));
        double amazon = retriever.retrieve("what did Amazon invest in OpenAI", 1).get(0).score();
        double microsoft = retriever.retrieve("what did Microsoft invest in OpenAI", 1).get(0).score();
        assertTrue(microsoft < amazon * 0.5, amazon + " vs " + microsoft);
    }

    @Test
    void a_blank_or_stop_word_only_query_finds_nothing() {
        assertAll(
                () -> assertTrue(retriever.retrieve("", 3).isEmpty()),
                () -> assertTrue(retriever.retrieve("   ", 3).isEmpty()),
                () -> assertTrue(retriever.retrieve("what is it?", 3).isEmpty()),
                () -> assertTrue(retriever.retrieve(null, 3).isEmpty()));
    }
}
