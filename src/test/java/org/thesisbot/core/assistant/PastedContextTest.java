package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Context pasted above a question: a legal document's numbered clauses ({@link Clauses}), a news wire's headline
 * ({@link Headlines}), a figure under its name at a line's start ({@link Labels}), and a question for the sources under a
 * pasted line. In wordings of my own; values by hand from config/scenario.yaml ($50B check, $100B round, base exit $830B,
 * $8B Anthropic investment, $11B campus, five-year hold).
 */
class PastedContextTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void numbered_clauses_are_read_by_their_captions_and_a_blank_is_what_is_asked() {
        // the clause numbers are places, not figures: 40 / 1000
        Answer a = ask("§3.1 Purchase Price: US$40,000,000,000\n§3.2 Post-Money Valuation: US$1,000,000,000,000\nPercentage Interest at Closing?", null);
        assertEquals("0.0400000000", Results.value(a, "stake", 10), a.text());
        // a blank clause is the question's unknown, cited by its number: 3 x 50 / 50 x 830 = 2490
        Answer b = ask("§9.1 Exit Value: [●]\n§9.2 Target Return: 3.0x the Purchase Price\nwhat should §9.1 say", null);
        assertEquals("2490", Results.value(b, "exit_valuation", 0), b.text());
        // the exit date as an anniversary of closing is the hold: 1660 / 830 = 2x over 4 years, 2^(1/4) - 1
        Answer c = ask("§8.1 Exit Value: US$1.66T\n§8.3 Exit Date: fourth anniversary of Closing\nIRR to Purchaser?", null);
        assertEquals("0.1892071150", Results.value(c, "irr", 10), c.text());
    }

    @Test
    void a_thread_remembers_what_its_clause_numbers_stand_for() {
        String t = "clauses:" + System.nanoTime();
        // 50 / (900 + 100)
        assertEquals("0.0500000000", Results.value(ask("§2.1 Purchase Price: US$50bn\n§2.2 Pre-Money Valuation: US$900bn\nPercentage Interest?", t), "stake", 10));
        // "§2.2" alone is the pre-money: 50 / (1150 + 100)
        Answer revised = ask("same, but §2.2 as revised: US$1,150bn", t);
        assertEquals("0.0400000000", Results.value(revised, "stake", 10), revised.text());
    }

    @Test
    void a_wire_headline_is_read_as_a_sentence_and_its_service_is_no_subject() {
        // 50 / 1250
        Answer a = ask("*OPENAI SAID TO CLOSE ROUND AT $1.25T POST-MONEY: BBG\nour % then?", null);
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.0400000000", Results.value(a, "stake", 10), a.text());
        // a level reached by adding to it: Anthropic at $10B (not $2B), so 50 + 10 + 11
        Answer b = ask("*AMAZON INVESTS ANOTHER $2B IN ANTHROPIC, TAKING ITS INVESTMENT TO $10B: RTRS\nso what's the total ai commitment now, both labs plus the campus?", null);
        assertEquals("71", Results.value(b, "total_ai_commitment", 0), b.text());
    }

    @Test
    void a_figure_under_its_name_at_a_lines_start_is_that_names() {
        // "pre-money:" names the figure, it is not a second question: 50 / (1150 + 100)
        Answer a = ask("pre-money: 1.15T, our stake?", null);
        assertEquals("0.0400000000", Results.value(a, "stake", 10), a.text());
        assertTrue(a.results().stream().noneMatch(r -> r.metric().equals("pre_money_valuation")), a.results().toString());
    }

    @Test
    void a_question_for_the_sources_under_a_pasted_line_is_answered_from_its_own_words() {
        Answer a = ask("*OPENAI WEIGHS A LISTING: FT\nwhat does the article say happens if the deal never gets finalised?", null);
        assertEquals(Route.NARRATIVE, a.route(), a.decision().cues().toString());
        assertTrue(a.text().startsWith("Failure to finalize"), a.text());
    }
}
