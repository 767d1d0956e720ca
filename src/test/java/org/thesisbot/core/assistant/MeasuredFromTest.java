package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Figures measured from another ("200bn above the 830", "10bn more than the check", "25bn up on the stake") and a metric
 * asked beside the thread's ("irr on that too, …"), in wordings of my own. Values by hand from config/scenario.yaml ($50B
 * check, $830B post-money and exit, 5-year hold).
 */
class MeasuredFromTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 6);
    }

    @Test
    void an_amount_above_or_below_the_value_in_force_moves_it() {
        // exit 830 + 300 = 1,130: 50/830 x 1130 / 50
        assertEquals("1.361446", value(ask("moic with the exit 300bn above today's 830?", null), "moic"));
        // post 830 - 130 = 700: 50 / 700
        assertEquals("0.071429", value(ask("our stake with a post 130bn below the current one", null), "stake"));
    }

    @Test
    void a_gain_said_against_the_check_or_of_the_stake_is_a_gain() {
        // the stake worth 50 + 20 = 70: exit 70 x 830/50 = 1,162
        assertEquals("1162.000000", value(ask("which exit leaves the stake 20bn more than the 50 check?", null), "exit_valuation"));
        // gain 40: stake worth 90, exit 90 x 16.6 = 1,494
        assertEquals("1494.000000", value(ask("what exit puts us 40bn up on the stake?", null), "exit_valuation"));
    }

    @Test
    void a_metric_asked_too_is_asked_beside_the_thread_s() {
        ask("moic at a 1.2T exit?", "t-too");
        Answer a = ask("irr on that too, over 4 yrs", "t-too");
        // 50/830 x 1200 / 50 = 1.445783; its 4-year IRR
        assertEquals("1.445783", value(a, "moic"));
        assertEquals("0.096543", value(a, "irr"));
    }
}
