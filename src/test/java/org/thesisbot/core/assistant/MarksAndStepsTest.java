package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Figures that are not inputs: a mark the answer is measured against ("how far past 100%"), the step of a rate ("per
 * +$100B") and a change taken back ("actually, keep the full fifty"), in wordings of my own; values by hand from
 * config/scenario.yaml.
 */
class MarksAndStepsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 10);
    }

    @Test
    void a_mark_to_measure_against_is_named_and_not_used() {
        // bear: $50B / ($115B x 30% margin)
        Answer a = brain.ask(Question.of("breakeven capture share in bear - how far above 100% is it?"));
        assertEquals("1.4492753623", value(a, "breakeven_capture_share"));
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("mark you measure the answer against")), a.notes().toString());
        // $2T / $830B, not an exit solved for a 2x
        assertEquals("2.4096385542", value(brain.ask(Question.of("moic at a 2T exit - how far above 2x is that?")), "moic"));
    }

    @Test
    void the_step_of_a_rate_is_named_and_not_used() {
        // $930B x $50B / $830B; the step is not a second change to the investment
        Answer a = brain.ask(Question.of("stake value at a 930bn exit, and how much does it move per +$100B?"));
        assertEquals("56.0240963855", value(a, "stake_value"));
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("the step of a rate")), a.notes().toString());
    }

    @Test
    void a_change_taken_back_by_restating_the_value_in_force_is_undone_and_named() {
        // the 1.2T post taken back: $50B / $830B
        Answer a = brain.ask(Question.of("amazon's % at a 1.2T post - actually scratch that, stay on the 830 post"));
        assertEquals("0.0602409639", value(a, "stake"));
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("I didn't use $1.2T: you took it back")), a.notes().toString());
        // the $60B cheque undone: $1.5T / $830B
        assertEquals("1.8072289157", value(brain.ask(Question.of(
                "moic if we wire 60bn and openai exits at 1.5T; hmm, undo the bigger cheque, back to the 50bn")), "moic"));
    }

    @Test
    void zeroing_a_metric_is_a_target_of_zero() {
        // bear: the stake's loss, $50B - $500B x 50 / 830, made up by AWS's profit on $115B x 30% capture
        Answer a = brain.ask(Question.of("what aws margin zeroes out the combined payoff in the bear case?"));
        assertEquals("0.5762179151", value(a, "aws_operating_margin"));
    }
}
