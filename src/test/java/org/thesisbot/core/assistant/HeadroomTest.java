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
 * Room before a line ({@link Headroom}). In wordings of my own; values by hand from config/scenario.yaml ($50B check,
 * $830B post-money, $115B of compute; bear: 30% capture, 30% margin).
 */
class HeadroomTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void room_over_a_floor_is_the_number_judged_against_it() {
        // 50 / 1000 = 5%, 1 point over the floor
        Answer a = ask("at a 1T post, how much cushion does our stake have over a 4% floor?");
        assertEquals("0.050000", Results.value(a, "stake", 6), a.text());
        assertTrue(a.text().contains("above it by 1%"), a.text());
        // bear: 115 x 30% x 30% = 10.35, 1.65 under the cap
        Answer b = ask("bear case: how much room does aws compute profit have under a 12bn cap");
        assertEquals("10.350000", Results.value(b, "aws_compute_profit", 6), b.text());
        assertTrue(b.text().contains("below it by $1.65B"), b.text());
    }

    @Test
    void how_far_an_input_can_move_before_a_line_is_the_input_at_the_line() {
        // a 2x is an exit of 2 x 830 = 1660
        Answer a = ask("how far can the exit slip before our moic drops under 2x?");
        assertEquals("1660.000000", Results.value(a, "exit_valuation", 6), a.text());
    }

    @Test
    void room_before_an_event_is_no_number() { // a guard: passes before and after
        Answer a = ask("how much runway do we have before the deal has to close?");
        assertEquals(Route.NARRATIVE, a.route(), a.text());
    }
}
