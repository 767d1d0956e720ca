package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * An input multiplied by a factor ({@link Scalings}). In wordings of my own; values by hand from config/scenario.yaml
 * (compute spend $115B, base capture 50% at a 35% margin, bear exit $500B, post-money $830B, five-year hold).
 */
class ScalingsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "scalings"));
    }

    @Test
    void two_inputs_each_multiplied() {
        // capture 0.5 x 1.1 = 0.55, margin 0.35 x 0.9 = 0.315: 0.55 x 115 x 0.315
        Answer a = ask("capture ×1.1 and margin x0.9 - aws op profit off oai?");
        assertEquals("19.923750", Results.value(a, "aws_compute_profit", 6), a.text());
    }

    @Test
    void the_case_in_force_is_what_is_multiplied() {
        // bear: hold 5 x 3 = 15 years on a 500/830 multiple
        Answer a = ask("bear case, hold times 3. irr?");
        assertEquals("-0.033223", Results.value(a, "irr", "bear", 6), a.text());
    }

    @Test
    void a_factor_that_breaks_an_input_is_refused() {
        // capture 50% x 2.2 = 110%
        Answer a = ask("capture x2.2 vs base, aws revenue?");
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
    }
}
