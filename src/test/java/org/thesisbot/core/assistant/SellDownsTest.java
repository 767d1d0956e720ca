package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Part of the check laid off to co-investors ({@link SellDowns}). In wordings of my own; values by hand from
 * config/scenario.yaml: a $50B check into a $830B post; exits $830B (base) and $1.5T (bull).
 */
class SellDownsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_check_is_what_is_kept_in_the_same_round() {
        // 30 / 830
        Answer a = ask("we syndicate 20 of the 50 to co-investors at cost - what % of oai do we end up with?", null);
        assertEquals("0.0361445783", Results.value(a, "stake", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Reading the check as the $30B kept after selling $20B")), a.notes().toString());
        // the stake to keep, solved for the check: 4% of 1000
        Answer b = ask("round at a 1T post - how much can we lay off and still keep 4%?", null);
        assertEquals("40", Results.value(b, "investment", 0), b.text());
    }

    @Test
    void a_markup_and_a_promote_add_to_the_gain_and_the_multiple() {
        // 35/830 x 1500 - 35 + 15 x 5%
        Answer a = ask("bull: we keep 35 after laying off 15 at a 5% markup to entry - our $ gain incl the markup?", null);
        assertEquals("29.0030120482", Results.value(a, "gain", 10), a.text());
        Answer w = ask("bull: we keep 35 after laying off 15 at a 5 percent markup to entry - our $ gain incl the markup?", null);
        assertEquals("29.0030120482", Results.value(w, "gain", 10), w.text());
        // ours 40/830 x 1660 = 80; theirs 20 - 10 = 10, a 20% promote of 2
        Answer b = ask("lay off 10 to the sovereigns at cost with a 20% promote on their upside; exit 1.66T - gain on our 40?", null);
        assertEquals("42.0000000000", Results.value(b, "gain", 10), b.text());
        // (40/830 x E + 1) / 40 = 2
        Answer c = ask("sold 10 at a 10% markup to entry, what exit gets the moic on the 40 we keep to 2x", null);
        assertEquals("1639.25", Results.value(c, "exit_valuation", 2), c.text());
    }

    @Test
    void selling_the_stake_out_at_exit_or_netting_cents_is_no_sell_down() {
        // the stake sold 7 years out at 70% of a $1.8T mark: (50/830 x 1800 x 0.7 / 50)^(1/7) - 1
        Answer a = ask("entry at the 830, we sell 7y out at c. 70c on the dollar of a 1.8T NAV. irr?", null);
        assertEquals("0.0614", Results.value(a, "irr", 4), a.text());
        // 42 cents on the dollar is a margin: 50% x 115 x 42%
        Answer b = ask("if we net 42 cents of operating profit on every dollar of oai compute we bill, what's the profit over the window", null);
        assertEquals("24.15", Results.value(b, "aws_compute_profit", 2), b.text());
        // a net gain said beside a sale of the stake is a goal on the gain: 50/830 x E - 50 = 20
        Answer c = ask("what exit gives us a net 20bn gain when we sell?", null);
        assertEquals("1162", Results.value(c, "exit_valuation", 0), c.text());
    }

    @Test
    void the_sell_down_lasts_in_the_thread() {
        String t = "sell-down-1";
        // 32/830 x 1500 - 32
        Answer a = ask("gain in bull after we lay off 18 at cost?", t);
        assertEquals("25.8313253012", Results.value(a, "gain", 10), a.text());
        // plus 10% of (18/830 x 1500 - 18)
        Answer b = ask("now layer in a 10% promote on the co-investors' upside", t);
        assertEquals("27.2843373494", Results.value(b, "gain", 10), b.text());
    }
}
