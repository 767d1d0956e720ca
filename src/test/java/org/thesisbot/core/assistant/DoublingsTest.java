package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A rate of return said as a doubling (or tripling) time ({@link Doublings}), and a stake said to double. In wordings of my
 * own; values by hand from config/scenario.yaml (post-money $830B, five-year hold, bear exit $500B).
 */
class DoublingsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "doublings"));
    }

    @Test
    void doubling_every_n_years_over_another_hold_is_an_irr_target() {
        // 2^(1/4) - 1 a year for 6 years is a 2^(6/4) multiple: 830 x 2.828427 = 2347.594514
        Answer a = ask("which exit has the check doubling every 4 years over a 6 year hold?");
        assertEquals("2347.594514", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Doubling every 4 years is an annual return of 18.92%")), a.notes().toString());
    }

    @Test
    void tripling_and_months_are_read_too() {
        // (2000/830)^(1/H) = 3^(1/8): H = 8 ln(2000/830) / ln 3
        assertEquals("6.404274", Results.value(ask("oai goes out at 2T: how long can we hold while still tripling every 8 yrs?"), "holding_years", 6));
        // every 30 months over 5 years is two doublings: 830 x 4
        assertEquals("3320.000000", Results.value(ask("doubling every 30 months on a 5-year hold - what exit is that?"), "exit_valuation", 6));
    }

    @Test
    void a_doubling_time_the_asker_will_work_out_is_no_figure() {
        // (500/830)^(1/5) - 1
        Answer a = ask("bear irr please, i'll convert it to a doubling time myself");
        assertEquals("-0.096396", Results.value(a, "irr", "bear", 6), a.text());
    }

    @Test
    void something_else_doubling_is_no_return_on_our_money() {
        // OpenAI's revenue doubling says nothing of the stake's IRR: the base IRR at a 1.2T exit, (1200/830)^(1/5) - 1
        Answer a = ask("if openai's revenue keeps doubling every year, what's our irr at a 1.2T exit?");
        assertEquals("0.076516", Results.value(a, "irr", 6), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.startsWith("Doubling every")), a.notes().toString());
    }

    @Test
    void a_stake_said_to_double_is_a_two_times_goal() {
        // 1500 / 2
        assertEquals("750.000000", Results.value(ask("what post-money makes the stake double at a 1.5T exit"), "post_money_valuation", 6));
    }
}
