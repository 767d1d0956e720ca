package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Numbers in real terms ({@link Inflation}): money after H years deflated by (1 + π)^H, the real IRR (1 + IRR)/(1 + π) − 1,
 * goals in real terms solved as the nominal goals they equal. In wordings of my own; values by hand from
 * config/scenario.yaml ($50B into a $830B post, a 5-year hold).
 */
class InflationTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void values_and_returns_are_deflated_when_real_terms_are_asked() {
        // 50/830 x 1600 / 1.02^5
        Answer v = ask("with cpi at 2% a year, what's the stake worth in today's dollars at a 1.6T exit?", null);
        assertEquals("87.30", Results.value(v, "stake_value", 2), v.text());
        assertTrue(v.text().startsWith("*Real value of Amazon's stake: $87.3B*"), v.text());
        // (1600/830)^(1/5) / 1.04 - 1
        Answer r = ask("inflation of 4%: real irr if oai exits at 1.6T?", null);
        assertEquals("0.096415", Results.value(r, "irr", 6), r.text());
    }

    @Test
    void a_rate_said_without_real_terms_is_only_taken_out_of_the_question() {
        // 3% is not a capture share or a margin: the model's own pre-money, with a note
        Answer a = ask("assume 3% inflation throughout. what's oai's pre-money?", null);
        assertEquals("730", Results.value(a, "pre_money_valuation", 0), a.text());
    }

    @Test
    void a_goal_in_real_terms_is_solved_as_the_nominal_goal_it_equals() {
        // 2x in today's dollars at 3% over 5 years: a stake worth 100 x 1.03^5 at the exit
        Answer e = ask("3% cpi. what exit doubles our money in real terms?", null);
        assertEquals("1924.39", Results.value(e, "exit_valuation", 2), e.text());
    }

    @Test
    void the_thread_keeps_the_rate_and_a_follow_up_can_change_it() {
        String t = "inflation-1";
        ask("at 2% inflation, the real stake value at a 1.6T exit?", t);
        // 1600 x 50/830 / 1.03^5
        Answer b = ask("now at 3%", t);
        assertEquals("83.14", Results.value(b, "stake_value", 2), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("Still in this thread's frame: inflation at 3%")), b.notes().toString());
        Answer c = ask("ignore inflation - stake value?", t);
        assertEquals("96.39", Results.value(c, "stake_value", 2), c.text());
    }

    @Test
    void a_bare_rate_too_high_for_inflation_is_not_taken_as_the_threads_new_rate() {
        String t = "inflation-2";
        ask("with 2% cpi, what is our stake worth in real terms if openai exits at 1.6T?", t);
        Answer b = ask("and at 45%?", t);
        // 45% is not an inflation rate anyone means: the thread's rate stays, and 45% is asked about, not used
        assertEquals("87.30", Results.value(b, "stake_value", 2), b.text());
        assertTrue(b.notes().stream().noneMatch(n -> n.contains("inflation at 45%")), b.notes().toString());
        assertTrue(!b.clarify().isEmpty(), b.text());
        // a rate that is named may be anything the user says, and the thread stays in real terms: 1600 x 50/830 / 1.25^5
        Answer c = ask("now 25% inflation", t);
        assertEquals("31.58", Results.value(c, "stake_value", 2), c.text());
    }
}
