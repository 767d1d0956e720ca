package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/** A question about the model's wiring beside a number ({@link Feeds}), in wordings of my own. */
class FeedsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "feeds"));
    }

    @Test
    void an_input_the_metric_does_not_use_is_said_not_to_enter_it() {
        // 50 / 830 x 830: the margin is no part of the stake's value
        Answer a = ask("stake value. does the margin affect that?");
        assertEquals(Route.NUMERIC, a.route());
        assertEquals("50.000000", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("No: AWS operating margin") && n.contains("does not enter")), a.notes().toString());
    }

    @Test
    void an_input_the_metric_uses_is_said_to_enter_it() {
        // (1200/830)^(1/5) - 1
        Answer a = ask("irr at 1.2T. does the hold move it?");
        assertEquals("0.076516", Results.value(a, "irr", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Yes: years until the stake is valued enters")), a.notes().toString());
    }
}
