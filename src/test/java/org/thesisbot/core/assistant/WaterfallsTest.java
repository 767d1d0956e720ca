package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A sale paid out through a capital stack, the residual shared by ownership ({@link Waterfalls}). In wordings of my own;
 * values by hand (Python's decimal module) from config/scenario.yaml (base: $50B at an $830B post, a 5-year hold).
 */
class WaterfallsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_claims_senior_to_us_come_first_and_we_share_the_residual_by_ownership() {
        // 60 + 1.25 x 120 = 210 of claims; (700 - 210) / 830 of the check back
        Answer a = ask("exit of $700bn; ahead of us: $60bn of debt and 1.25x prefs on $120bn. our recovery, cents on the dollar?", null);
        assertEquals("0.5903614458", Results.value(a, "moic", 10), a.text());
        // 100 + 50 of claims; 50 x 750 / 830 back after 5 years: (750 / 830)^(1/5) - 1
        Answer b = ask("OpenAI sells for $900bn after 5 years, with $100bn of debt and 1x prefs on $50bn senior to us: irr?", null);
        assertEquals("-0.0200664335", Results.value(b, "irr", 10), b.text());
    }

    @Test
    void asked_the_other_way_round_the_sale_price_or_the_check() {
        // claims 40 + 2 x 60 = 160: recovery starts at 160, whole at 160 + 830, 80 cents at 160 + 0.8 x 830
        assertEquals("990.000000", Results.value(ask("with $40bn of debt and 2x prefs on $60bn ahead of us, what sale price makes us whole?", null), "exit_valuation", 6));
        assertEquals("160.000000", Results.value(ask("$40bn of debt and 2x prefs on $60bn senior to us: below what sale price do we recover nothing?", null), "exit_valuation", 6));
        assertEquals("824.000000", Results.value(ask("$40bn of debt and 2x prefs on $60bn senior to us. what sale price gets us 80 cents?", null), "exit_valuation", 6));
        // a sale at 500 leaves 300 after 200 of claims; $20B of it takes a check of 20 x 830 / 300
        Answer c = ask("sale at $500bn, $50bn of debt and 1x prefs on $150bn senior to us: what cheque would have taken $20bn out of the residual?", null);
        assertEquals("55.333333", Results.value(c, "investment", 6), c.text());
    }

    @Test
    void the_thread_keeps_the_stack_and_a_follow_up_changes_one_claim() {
        String t = "stack-thread";
        assertEquals("0.5783132530", Results.value(ask("sold for $600bn; $30bn of debt and 1x prefs on $90bn senior to us. recovery in cents?", t), "moic", 10));
        assertEquals("0.6144578313", Results.value(ask("drop the debt", t), "moic", 10));
        assertEquals("0.5060240964", Results.value(ask("prefs are 2x now", t), "moic", 10));
    }

    @Test
    void more_than_the_whole_residual_is_refused() {
        Answer a = ask("sale at $400bn with $20bn of debt and 1x prefs on $50bn senior to us, and a side letter giving us 150% of the residual: recovery?", null);
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
        assertTrue(a.results().isEmpty(), a.results().toString());
    }
}
