package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Upside against downside, bull leg against bear leg ({@link Skews}). In wordings of my own; values by hand from
 * config/scenario.yaml ($50B into a $830B post; exits bull $1.5T, bear $500B).
 */
class SkewsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_skew_is_the_bull_gain_over_the_bear_loss() {
        // 50/830 x 1500 - 50 up, 50 - 50/830 x 500 down
        Answer a = ask("what's the upside/downside skew on our stake, bull vs bear?", null);
        assertEquals("40.3614457831", Results.value(a, "gain", "bull", 10), a.text());
        assertEquals("-19.8795180723", Results.value(a, "gain", "bear", 10), a.text());
        assertTrue(a.text().contains("*Skew: 2.03 to 1*"), a.text());
        // a leg's own figure changes that leg only: 50/830 x 600 - 50
        Answer b = ask("skew of the gain if the bear exit is 600bn and bull stays as is", null);
        assertEquals("-13.8554216867", Results.value(b, "gain", "bear", 10), b.text());
        assertEquals("40.3614457831", Results.value(b, "gain", "bull", 10), b.text());
    }

    @Test
    void a_skew_goal_solves_the_input_of_its_leg_or_of_both() {
        // the bull gain 2.5 x 19.8795…: a stake worth 99.6987…, an exit of that x 830/50
        Answer a = ask("what bull exit gets the stake skew to 2.5 to 1?", null);
        assertEquals("1655", Results.value(a, "exit_valuation", "bull", 0), a.text());
        // (1500 - p) / (p - 500) = 2
        Answer b = ask("what post-money gets the stake skew to 2:1?", null);
        assertEquals("833.33", Results.value(b, "post_money_valuation", 2), b.text());
    }

    @Test
    void off_base_each_leg_is_measured_from_the_base_case_and_the_thread_keeps_the_frame() {
        String t = "skews-1";
        Answer a = ask("combined payoff up/down, measured off base", t);
        assertEquals("20.125", Results.value(a, "combined_payoff", "base", 3), a.text());
        assertTrue(a.text().contains("*Skew: 1.77 to 1*"), a.text());
        Answer b = ask("and off the check?", t);
        assertTrue(b.text().contains("*Skew: 7.61 to 1*"), b.text());
    }

    @Test
    void an_impossible_leg_is_refused_and_another_markets_skew_is_not_ours() {
        Answer a = ask("bull capture at 130% - skew of the combined payoff?", null);
        assertTrue(a.results().isEmpty() && a.text().startsWith("I can't compute that"), a.text());
        Answer b = ask("what's the vol skew on nvda puts", null);
        assertTrue(b.results().isEmpty() && !b.text().contains("Skew:"), b.text());
    }
}
