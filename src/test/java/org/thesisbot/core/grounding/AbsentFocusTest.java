package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.lexicon.TestLexicons;
import org.thesisbot.core.api.Telemetry;

/**
 * A question about a thing the sources never mention (the noun phrase it asks about: "a board seat", "any lockup or
 * liquidation pref") gets an honest "the sources never mention …" with the closest sentence, not a confident citation of
 * a loosely related one; a question whose thing is in the sources, in any variant or in other words, is answered.
 */
class AbsentFocusTest {
    private static Grounding grounding;
    private static ExtractiveWriter writer;

    @BeforeAll
    static void setUp() {
        SourceLibrary library = GroundingFixtures.article();
        writer = new ExtractiveWriter(null, SourceVocabulary.of(library.passages()), TestLexicons.real());
        grounding = new Grounding(new LexicalRetriever(library.passages(), TestLexicons.real()), writer, writer, new GroundingGuard(),
                4, GroundingFixtures.minRelevance(), library.coverage(), Telemetry.NOOP);
    }

    private static GroundedAnswer ask(String q) {
        return grounding.answer(q, grounding.retrieve(q), List.of(), AnswerListener.NONE);
    }

    /** The writer's draft from the passages retrieval ranks for {@code q}, whatever their relevance. */
    private static Draft write(String q) {
        return writer.write(new WriteRequest(q, grounding.retrieve(q), List.of()), AnswerListener.NONE);
    }

    @Test
    void the_noun_phrases_a_question_asks_about_are_its_focus_what_it_asks_the_quantity_of_and_what_it_asks_to_get() {
        assertEquals(List.of("liquidation pref"), QuestionForm.asked("what's the liquidation pref on the new openai shares"));
        assertEquals(List.of("board seats"), QuestionForm.asked("how many board seats does amazon get out of this"));
        assertEquals(List.of("lockup", "liquidation pref"), QuestionForm.asked("any lockup or liquidation pref on the shares amazon gets"));
        assertEquals(List.of("board seat"), QuestionForm.asked("does amazon get a board seat at openai as part of this?"));
        assertEquals(List.of(), QuestionForm.asked("if the term sheet never gets inked, what does that signal"));
        assertEquals(List.of("main risk"), QuestionForm.asked("what's the main risk actually"));
        assertEquals(List.of(), QuestionForm.asked("how much of amazon's 2026 capex budget does it take"), "a possessor is not the thing asked about");
    }

    @Test
    void a_word_that_links_the_thing_asked_to_another_is_no_thing_the_sources_lack() {
        // "relative to the term sheet" says what the deadline is measured from; the deadline is in the sources
        Draft a = write("closing - what does the article call the hard deadline, relative to the term sheet?");
        assertTrue(!a.text().contains("never mention"), a.text());
        assertTrue(a.text().contains("hard deadline"), a.text());
    }

    @Test
    void a_yes_no_question_about_a_board_seat_the_sources_never_mention_says_so() {
        Draft a = write("does amazon get a board seat at openai as part of this?");
        assertTrue(a.text().startsWith("The sources never mention \u201Cboard seat\u201D, so they don't cover that; the closest they come:\n"),
                a.text());
    }

    @Test
    void a_question_about_a_lockup_or_liquidation_preference_says_the_sources_never_mention_it() {
        Draft a = write("any lockup or liquidation pref on the shares amazon gets");
        assertTrue(a.text().startsWith("The sources never mention \u201Cliquidation pref\u201D, so they don't cover that; the closest they come:\n"),
                a.text());
    }

    @Test
    void what_is_asked_about_is_judged_in_its_variants_plurals_thesaurus_and_kind_words_not_as_typed() {
        assertEquals(List.of(), writer.absentFocus("what kpi should we track once it closes"), "kpi says what kind of answer");
        assertEquals(List.of(), writer.absentFocus("what are the data centres for"), "British spelling of data centers");
        assertEquals(List.of(), writer.absentFocus("what's the worst case for amazon"), "an idiom: the downside");
        assertEquals(List.of(), writer.absentFocus("how big is the transaction"), "WordNet: a transaction is a deal");
        assertEquals(List.of("banks advising"), writer.absentFocus("any banks advising on the deal named?"));
        assertEquals(List.of(), writer.absentFocus("whats that meant to signal"), "a verb, not a noun phrase");
    }

    @Test
    void a_question_offering_an_alternative_the_sources_do_mention_is_not_about_something_absent() {
        assertEquals(List.of(), writer.absentFocus("any noise out of anthropic on this or radio silence"));
        assertEquals(List.of("board seat", "observer rights"), writer.absentFocus("does amazon get a board seat or observer rights at openai"));
    }

    @Test
    void a_question_whose_thing_is_in_the_sources_is_answered_not_hedged() {
        GroundedAnswer a = ask("how many data centers will amazon build in indiana");
        assertTrue(!a.text().contains("never mention") && !a.text().contains("don't cover"), a.text());
    }
}
