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
 * A question in a chart's words: the axes named, then a point read off or a crossing found. In wordings of my own; values
 * by hand from config/scenario.yaml ($50B check, $830B post-money, $115B of compute over 5 years, AWS takes 50%).
 */
class ChartsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_crossing_on_named_axes_is_solved_for_the_x_axis() {
        // the stake is 50/830 of the exit: 60 = 50/830 x exit, so the exit is 996
        Answer a = ask("plotting stake value against exit valuation: at what x does y hit 60bn?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("996.000000", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("chart's axes")), a.notes().toString());
        // revenue over the window is 115 x share: 46 = 115 x share, so the share is 40%
        Answer b = ask("capture share on the x axis, aws compute revenue on y. where does the curve cross 46bn?");
        assertEquals("0.400000", Results.value(b, "aws_capture_share", 6), b.text());
    }

    @Test
    void a_point_read_off_is_the_y_axis_at_that_x() {
        // a 1.66T exit is 2x the 830 entry; over 4 years that is 2^(1/4) - 1 a year
        Answer a = ask("x = holding years, y = irr, openai exiting at 1.66T. at x = 4 what's y?");
        assertEquals("0.189207", Results.value(a, "irr", 6), a.text());
    }

    @Test
    void a_line_said_in_passing_is_no_chart() { // a guard: passes before and after
        // 1.66T / 830 = 2x, read as it is ("down the line" is no chart, and "x" no axis)
        Answer a = ask("what's the x on the check if openai is taken out at 1.66T down the line");
        assertEquals("2.000000", Results.value(a, "moic", 6), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("chart's axes")), a.notes().toString());
    }
}
