package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * Sensitivities asked per step of an input, in wordings of my own. Values by hand from config/scenario.yaml ($50B check,
 * $830B post-money and exit, $115B compute, 50% capture, 35% margin; bear capture 30%).
 */
class StepsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    private static MetricResult change(Answer a) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE).findFirst()
                .orElseThrow(() -> new AssertionError("no change in " + a.results() + "\n" + a.text()));
    }

    @Test
    void the_answer_is_the_move_per_step_and_the_level_follows() {
        // +$200B of exit: 200 x 50/830 = $12.05B more on the stake's value
        Answer a = ask("for every extra $200bn on the exit, how much does our stake's value go up?");
        assertEquals("12.048193", change(a).value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
        assertTrue(a.text().startsWith("*Per +$200bn of "), a.text());
        assertTrue(a.results().stream().anyMatch(r -> r.kind() == MetricResult.Kind.METRIC && r.metric().equals("stake_value")));
    }

    @Test
    void a_step_of_points_moves_a_share() {
        // +5 pts of capture in bear: 5% x $115B x 30% (the bear margin) = $1.725B of profit
        Answer a = ask("how many $bn of aws op profit does each 5 pts of capture add in bear?");
        assertEquals("1.725000", change(a).value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
        assertEquals("bear", change(a).scenario());
    }

    @Test
    void a_rate_per_period_is_no_step() {
        assertTrue(Steps.find("aws compute revenue at $3B per quarter?").isEmpty());
        assertTrue(Steps.find("stake at a post of 900 per the article").isEmpty());
    }
}
