package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.lexicon.TestLexicons;
import org.thesisbot.llm.CachedSentenceEmbeddings;
import org.thesisbot.llm.HybridRetriever;

/**
 * The extractive writer's pool: it reads the top k passages first and looks further down the retrieval (up to
 * {@code grounding.extractive_pool}) only when none of their sentences answers; and when no passage is relevant as a
 * whole, a sentence close in meaning to the question still answers it. Passages and their scores are set here by hand
 * (a retriever that returns them in order), so only the writer's choice is tested.
 */
class ExtractivePoolTest {
    private static final Passage LOBBY = passage(1, "Analysts met in the hotel lobby before the call. The coffee was cold.");
    private static final Passage CLOSING = passage(2, "The merger is expected to close by the end of the first quarter.");
    private static final Passage SOON = passage(3, "The merger is expected to close soon, people familiar with it said.");
    private static final String COVERAGE = "They cover a merger.";

    private static SentenceEmbeddings embeddings;

    @BeforeAll
    static void model() {
        embeddings = new CachedSentenceEmbeddings(HybridRetriever.defaultModel());
    }

    private static Passage passage(int paragraph, String text) {
        return new Passage("memo#p" + paragraph + ".1", "memo", "Deal memo", paragraph, 1, text);
    }

    /** Retrieval that returns these passages with these scores, best first, whatever the question. */
    private static Retriever fixed(List<ScoredPassage> ranked) {
        return (query, limit) -> ranked.subList(0, Math.min(limit, ranked.size()));
    }

    private static Grounding grounding(Retriever retriever, ExtractiveWriter writer, int topK, int pool) {
        return new Grounding(retriever, writer, writer, new GroundingGuard(), topK, 0.3, COVERAGE, Telemetry.NOOP,
                Grounding.DEFAULT_MAX_QUESTION_CHARS, new Claims(List.of()), pool);
    }

    private static GroundedAnswer ask(Grounding g, String question) {
        return g.answer(question, g.retrieve(question), List.of(), AnswerListener.NONE);
    }

    @Test
    void a_sentence_that_answers_below_the_top_k_passages_is_quoted_when_none_of_them_answers() {
        Retriever r = fixed(List.of(new ScoredPassage(LOBBY, 0.9, 0.9, 0), new ScoredPassage(CLOSING, 0.5, 0.5, 0)));
        ExtractiveWriter lexical = new ExtractiveWriter(TestLexicons.real());

        GroundedAnswer wide = ask(grounding(r, lexical, 1, 2), "When is the merger expected to close?");
        GroundedAnswer topOnly = ask(grounding(r, lexical, 1, 1), "When is the merger expected to close?");

        assertAll(
                () -> assertEquals("The merger is expected to close by the end of the first quarter [1].", wide.text()),
                () -> assertEquals(1, wide.citations().size()),
                () -> assertEquals(2, wide.citations().get(0).paragraph()),
                () -> assertFalse(topOnly.covered()),
                () -> assertEquals("The sources don't cover that. They cover a merger.", topOnly.text()));
    }

    @Test
    void the_top_k_passages_are_read_first_and_a_sentence_of_theirs_that_answers_is_kept() {
        Retriever r = fixed(List.of(new ScoredPassage(SOON, 0.9, 0.9, 0), new ScoredPassage(CLOSING, 0.5, 0.5, 0)));
        ExtractiveWriter lexical = new ExtractiveWriter(TestLexicons.real());

        GroundedAnswer a = ask(grounding(r, lexical, 1, 2), "When is the merger expected to close?");

        assertAll(
                () -> assertEquals("The merger is expected to close soon, people familiar with it said [1].", a.text()),
                () -> assertEquals(3, a.citations().get(0).paragraph()));
    }

    @Test
    void below_the_relevance_threshold_a_sentence_close_in_meaning_still_answers() {
        // no passage reaches min_relevance (0.3) as a whole; the sentence about the closing date answers the question
        Retriever r = fixed(List.of(new ScoredPassage(LOBBY, 0.2, 0, 0.2), new ScoredPassage(CLOSING, 0.2, 0, 0.2)));
        ExtractiveWriter semantic = new ExtractiveWriter(embeddings, null, TestLexicons.real());

        GroundedAnswer a = ask(grounding(r, semantic, 1, 2), "When is the merger expected to close?");

        assertAll(
                () -> assertTrue(a.covered()),
                () -> assertEquals("The merger is expected to close by the end of the first quarter [1].", a.text()),
                () -> assertEquals(2, a.citations().get(0).paragraph()));
    }

    @Test
    void below_the_relevance_threshold_a_question_no_sentence_answers_is_not_covered() {
        Retriever r = fixed(List.of(new ScoredPassage(LOBBY, 0.2, 0, 0.2), new ScoredPassage(CLOSING, 0.2, 0, 0.2)));
        ExtractiveWriter semantic = new ExtractiveWriter(embeddings, null, TestLexicons.real());

        GroundedAnswer a = ask(grounding(r, semantic, 1, 2), "Which football team won the league last season?");

        assertAll(
                () -> assertFalse(a.covered()),
                () -> assertEquals("The sources don't cover that. They cover a merger.", a.text()));
    }

    @Test
    void without_sentence_embeddings_a_question_below_the_relevance_threshold_is_not_covered() {
        Retriever r = fixed(List.of(new ScoredPassage(CLOSING, 0.2, 0.2, 0)));
        ExtractiveWriter lexical = new ExtractiveWriter(TestLexicons.real());

        GroundedAnswer a = ask(grounding(r, lexical, 1, 2), "When is the merger expected to close?");

        assertEquals("The sources don't cover that. They cover a merger.", a.text());
    }

    @Test
    void a_close_sentence_that_stands_out_from_the_rest_answers_and_two_equally_close_ones_do_not() {
        // a fifth of the question's words (weighted): close, not enough to answer on words alone. Among five or more
        // sentences, one that leads every other by far answers; beside another just as close, neither answers
        Passage lender = passage(4, "Lenders want more collateral. The coffee was cold. The lobby was busy.");
        Passage fee = passage(5, "Lenders want a bigger fee.");
        Passage weather = passage(6, "It rained all morning. The trains ran late.");
        ExtractiveWriter lexical = new ExtractiveWriter(TestLexicons.real());
        String q = "What do lenders think about the timeline and the paperwork?";

        GroundedAnswer one = ask(grounding(fixed(List.of(new ScoredPassage(lender, 0.9, 0.9, 0),
                new ScoredPassage(weather, 0.9, 0.9, 0))), lexical, 2, 2), q);
        GroundedAnswer two = ask(grounding(fixed(List.of(new ScoredPassage(lender, 0.9, 0.9, 0),
                new ScoredPassage(fee, 0.9, 0.9, 0), new ScoredPassage(weather, 0.9, 0.9, 0))), lexical, 3, 3), q);
        GroundedAnswer few = ask(grounding(fixed(List.of(new ScoredPassage(passage(7, "Lenders want more collateral. The coffee was cold."),
                0.9, 0.9, 0))), lexical, 1, 1), q);

        assertAll(
                () -> assertEquals("Lenders want more collateral [1].", one.text()),
                () -> assertEquals("The sources don't say \u201CWhat do lenders think about the timeline and the paperwork\u201D directly; the closest they come:\n"
                        + "Lenders want more collateral [1].", two.text()),
                // leading one other sentence is no margin worth the name
                () -> assertEquals("The sources don't say \u201CWhat do lenders think about the timeline and the paperwork\u201D directly; the closest they come:\n"
                        + "Lenders want more collateral [1].", few.text()));
    }
}
