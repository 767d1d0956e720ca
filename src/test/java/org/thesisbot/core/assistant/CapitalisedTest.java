package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * AWS's yearly profit on OpenAI's compute capitalised at an earnings multiple beside the stake ({@link Capitalised}). In
 * wordings of my own; values by hand from config/scenario.yaml: $50B into a $830B post; OpenAI spends $115B over 5 years;
 * AWS wins 50% at a 35% margin in base (a year of profit $4.025B), 70% at 40% in bull ($6.44B a year), 30% at 30% in bear
 * ($2.07B a year); exits $830B, $1.5T and $500B.
 */
class CapitalisedTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_leg_is_the_multiple_times_a_year_of_profit_beside_the_stake() {
        Answer a = ask("sum of the parts in bull: our stake plus the aws leg valued at 15x ebit, net of the check?", null);
        assertEquals("90.3614457831", Results.value(a, "stake_value", "bull", 10), a.text());
        assertEquals("32.2000000000", Results.value(a, "aws_compute_profit", "bull", 10), a.text());
        // 15 x 32.2 / 5 = 96.6; 90.36 + 96.6 = 186.96; less 50
        assertTrue(a.text().contains("AWS leg at 15x: $96.6B"), a.text());
        assertTrue(a.text().contains("Sum of the parts: $186.96B"), a.text());
        assertTrue(a.text().contains("Net of the $50B check: $136.96B"), a.text());
        // a tax said with the multiple comes off first: 10 x 4.025 x 0.75 = 30.1875
        Answer b = ask("base case, the stake and the aws leg at 10x p/e after 25% tax", null);
        assertTrue(b.text().contains("$30.19B"), b.text());
        assertEquals("50.0000000000", Results.value(b, "stake_value", "base", 10), b.text());
    }

    @Test
    void an_input_is_solved_for_the_leg_alone_or_level_with_the_stake() {
        // 25 x a year = 100: a year of 4 = margin x 0.5 x 115 / 5
        Answer a = ask("what margin does aws need for the leg at 25x ebit to be worth 100bn on its own?", null);
        assertEquals("0.3478260870", Results.value(a, "aws_operating_margin", 10), a.text());
        assertTrue(a.text().startsWith("*To get the AWS leg at 25x alone to reach $100B"), a.text());
        // bear leg 10 x 2.07 = 20.7 = 50/830 x exit
        Answer b = ask("bear: what exit makes our stake equal to the aws leg at 10x ebit", null);
        assertEquals("343.62", Results.value(b, "exit_valuation", 2), b.text());
        // the multiple itself: 90.3614 / 6.44
        Answer c = ask("what multiple on annual aws ebit makes the aws side match our bull stake", null);
        assertTrue(c.text().startsWith("*To get the AWS leg to match the stake, the multiple on AWS's yearly profit must be 14.03x*"), c.text());
    }

    @Test
    void a_return_multiple_is_not_an_earnings_multiple() {
        // "3x" of a moic is the stake's multiple: 3 x 830
        Answer a = ask("what exit gets a 3x moic", null);
        assertEquals("2490", Results.value(a, "exit_valuation", 0), a.text());
        assertTrue(!a.text().contains("AWS leg"), a.text());
        // a leg of the scenarios is no AWS leg: 1.25 x 50 = 50/830 x exit
        Answer b = ask("what exit does the bear leg need for the stake to come back at 1.25x?", null);
        assertEquals("1037.5", Results.value(b, "exit_valuation", 1), b.text());
    }

    @Test
    void the_multiple_lasts_in_the_thread() {
        String t = "capitalised-1";
        Answer a = ask("stake plus the aws leg at 12x ebit, base", t);
        // 12 x 4.025 = 48.3
        assertTrue(a.text().contains("AWS leg at 12x: $48.3B"), a.text());
        Answer b = ask("same in bull", t);
        assertEquals("90.3614457831", Results.value(b, "stake_value", "bull", 10), b.text());
        // 12 x 6.44 = 77.28
        assertTrue(b.text().contains("AWS leg at 12x: $77.28B"), b.text());
    }
}
