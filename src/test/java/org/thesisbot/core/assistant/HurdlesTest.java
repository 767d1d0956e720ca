package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A hurdle the answer is judged against, in wordings of my own; values by hand from config/scenario.yaml ($50B check,
 * $830B post-money and exit, 5-year hold, $115B compute, 50% capture, 35% margin).
 */
class HurdlesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(Question.of(q));
    }

    @Test
    void a_multiple_hurdle_is_judged_on_the_moic_and_never_read_as_an_input() {
        // 1500 / 830 = 1.81x against a 1.6x bar: above it by 0.21x
        Answer a = ask("threshold: 1.6x on our money. pass or fail at a 1.5T exit? gap either way");
        assertEquals("1.8072289157", Results.value(a, "moic", 10));
        assertTrue(a.text().startsWith("*Pass* against the hurdle"), a.text());
        assertTrue(a.text().contains("above it by 0.21x"), a.text());
        assertTrue(a.results().stream().noneMatch(r -> r.metric().equals("aws_operating_margin")), a.results().toString());
    }

    @Test
    void a_hurdle_on_a_named_metric_fails_when_the_value_falls_short() {
        // 115 x 50% x 30% = $17.25B against a $20B bar
        Answer a = ask("hurdle is aws compute profit of at least 20bn. pass/fail with a 30% margin");
        assertEquals("17.2500000000", Results.value(a, "aws_compute_profit", 10));
        assertTrue(a.text().startsWith("*Fail* against the hurdle"), a.text());
    }

    @Test
    void the_input_that_clears_a_hurdle_is_solved_for() {
        Answer a = ask("new hurdle: 4x. exit that clears it?");
        assertEquals("3320.0000000000", Results.value(a, "exit_valuation", 10)); // 4 x 830
    }

    @Test
    void a_rate_said_as_a_hurdle_still_names_the_irr() {
        Answer a = ask("irr vs a 15% hurdle at a 1.2T exit?");
        assertEquals("0.0765163513", Results.value(a, "irr", 10)); // (1200 / 830)^(1/5) - 1
    }
}
