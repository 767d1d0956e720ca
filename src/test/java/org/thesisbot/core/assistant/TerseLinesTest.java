package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Message shapes met in session 29, in wordings of my own: a question typed a few words a line, whose later lines say the
 * form or period asked ("in $ not %"); a contrast that sets a metric aside; a division asked by a line after it; an input
 * asked "in the irr math"; the size of a loss asked "how far underwater"; and a follow-up that sets an input the thread's
 * metric does not read. Values by hand from config/scenario.yaml ($50B check, $830B post-money and exit, 5-year hold,
 * $115B compute, 50% capture, 35% margin; bull exit $1.5T).
 */
class TerseLinesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 6);
    }

    @Test
    void a_line_saying_the_form_asked_qualifies_the_line_above() {
        assertEquals("90.361446", value(ask("amzn's openai stake\nin $ please\nbull", null), "stake_value")); // 50/830 x 1500
        Answer yearly = ask("aws revenue from openai\nper year run-rate, not the whole window", null);
        assertEquals("11.500000", value(yearly, "aws_compute_revenue_per_year")); // 57.5 / 5
        assertTrue(yearly.results().stream().noneMatch(r -> r.metric().equals("aws_compute_revenue")), yearly.results().toString());
    }

    @Test
    void a_contrast_sets_the_other_metric_aside() {
        Answer a = ask("aws revenue off openai, yearly run-rate, not the whole window", null);
        assertEquals(1, a.results().size(), a.results().toString());
        assertEquals("11.500000", value(a, "aws_compute_revenue_per_year"));
    }

    @Test
    void a_division_asked_on_the_line_after_it() {
        assertEquals("1.150000", value(ask("aws compute rev / the check\nwhat does that work out to", null), "circular_return_ratio")); // 57.5 / 50
    }

    @Test
    void an_input_asked_in_a_metrics_math() {
        Answer a = ask("hold in the moic math?\nhow many years", null);
        assertEquals("5.000000", value(a, "holding_years"));
    }

    @Test
    void how_far_underwater_asks_the_loss_not_a_breakeven() {
        // 50/830 x 500 - 50
        assertEquals("-19.879518", value(ask("if openai is marked at 500B when we sell the stake, how far underwater are we", null), "gain"));
        assertEquals("-19.879518", value(ask("how deep in the red is amazon at a 500B exit", null), "gain"));
    }

    @Test
    void a_follow_up_setting_an_input_the_threads_metric_does_not_read() {
        ask("what's amazon's stake if the post is 1T", "inherit1");
        Answer a = ask("and if openai then exits at 1.5T?", "inherit1");
        assertEquals("75.000000", value(a, "stake_value")); // 5% of $1.5T
    }
}
