package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Goals and shares said in everyday words: a metric that "hits zero", a percent the check "gets for the 50", the stake's
 * "dollar value", an exit "worth exactly zero". Values by hand from config/scenario.yaml ($50B into a $830B post; bear:
 * exit $500B, 30% of $115B at 30%).
 */
class GoalsAndSharesInPlainWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_metric_that_hits_zero_is_a_goal_not_an_exit_of_zero() {
        // bear: 50/830 x exit + 115 x 30% x 30% - 50 = 0, exit = (50 - 10.35) x 830 / 50 = 658.195
        Answer a = ask("bear case: which exit valuation has our combined payoff hit zero?");
        assertEquals("658.1900000000", Results.value(a, "exit_valuation", 10), a.text());
    }

    @Test
    void a_percent_the_check_gets_for_the_fifty_is_the_stake() {
        // 50 / 0.08 = 625
        Answer a = ask("highest post-money we could pay and still get 8% for our 50?");
        assertEquals("625.0000000000", Results.value(a, "post_money_valuation", 10), a.text());
    }

    @Test
    void the_stakes_dollar_value_is_its_value() {
        // bear: 50 / 830 x 500
        Answer a = ask("bear case: our stake - dollar value please");
        assertEquals("30.1204819277", Results.value(a, "stake_value", 10), a.text());
    }

    @Test
    void an_exit_worth_exactly_zero_cannot_be_computed() {
        Answer a = ask("say openai turns out to be worth exactly zero when we exit - what's our stake worth?");
        assertTrue(a.results().isEmpty(), a.results().toString());
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
    }
}
