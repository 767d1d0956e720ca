package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Message shapes met in session 29's lockbox, in wordings of my own: side arithmetic in units the model has no input for
 * (power, chips, users), the stake named as a slice, the gain asked "up in $", a ratio asked "as a % of" the check, a hold
 * said "if we sit", and the yearly revenue named with its yearly word inside. Values by hand from config/scenario.yaml
 * ($50B check, $830B post-money and exit, 5-year hold, $115B compute, 50% capture, 35% margin; bull exit $1.5T).
 */
class ForeignUnitsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 6);
    }

    @Test
    void counts_and_prices_in_units_the_model_lacks_are_left_out_and_said_so() {
        // 3 GW at $40bn each comes to the $120B spend; 50% of it
        Answer a = ask("openai builds out 3 GW thru 2029 at $40bn per GW, i.e. 120bn of compute spend - aws revenue?", null);
        assertEquals("60.000000", value(a, "aws_compute_revenue"));
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("I didn't use 3:")), a.notes().toString());
        // 50/830 of a $1.2T exit; the chips and their price are no input
        assertEquals("72.289157", value(ask("stake value if oai exits at 1.2T, roughly 40m chips at ~$30k a chip", null), "stake_value"));
        // 60% of $115B is $69B: the users are no input
        assertEquals("0.600000", value(ask("with 900m users, what capture share gets aws's oai revenue to 69bn?", null), "aws_capture_share"));
    }

    @Test
    void the_stake_named_as_a_slice() {
        assertEquals("62.250000", value(ask("check size for a 7.5% slice at the 830 post?", null), "investment")); // 7.5% of 830
        assertEquals("0.050000", value(ask("at a 900b pre-money, what slice of it does amazon end up with", null), "stake")); // 50 / 1000
    }

    @Test
    void the_gain_asked_up_in_dollars() {
        assertEquals("40.361446", value(ask("bull case - how much is the stake up in $ after the 50 check", null), "gain")); // 90.36 - 50
        assertEquals("40.361446", value(ask("in bull, net $ we're up on the equity, ex aws", null), "gain"));
    }

    @Test
    void a_ratio_asked_as_a_percent_of_the_check() {
        assertEquals("1.150000", value(ask("so aws rev off oai as a % of our 50 check?", null), "circular_return_ratio")); // 57.5 / 50
    }

    @Test
    void a_hold_said_if_we_sit_and_per_year_after_a_multiple() {
        ask("moic if openai exits at 1.66T", "sit1");
        assertEquals("0.259921", value(ask("per yr, if we sit 3 yrs?", "sit1"), "irr")); // 2^(1/3) - 1
    }

    @Test
    void the_yearly_revenue_named_with_its_yearly_word_inside() {
        // 15 a year over 5 years is 75, which is half of a $150B spend
        assertEquals("150.000000", value(ask("what compute bill gets aws's yearly openai revenue to 15bn?", null), "openai_compute_spend"));
    }
}
