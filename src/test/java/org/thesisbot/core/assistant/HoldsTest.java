package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A metric held where it is while something else changes ({@link Holds}): the offset solved. In wordings of my own;
 * values by hand from config/scenario.yaml ($50B check, $830B post-money, $100B round, $115B of compute, 50% capture,
 * 35% margin, 5 years; bull exit $1.5T, bear capture 30% at a 30% margin and exit $500B).
 */
class HoldsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    private static boolean held(Answer a) {
        return a.notes().stream().anyMatch(n -> n.startsWith("Held where it was"));
    }

    @Test
    void the_input_that_offsets_a_change_keeps_the_metric_at_its_level() {
        // our 50/830 of a $1.2T post: a check of 50/830 x 1200 = 72.289157
        Answer a = ask("the post-money comes in at $1.2T instead of $830B: what check keeps our ownership where it is?");
        assertEquals("72.289157", Results.value(a, "investment", 6), a.text());
        assertTrue(held(a), a.notes().toString());
        // combined payoff in base is 50 + 20.125 - 50 = 20.125; at a 28% margin aws makes 16.1, so the stake must be worth
        // 54.025: an exit of 54.025 x 830 / 50 = 896.815
        Answer b = ask("margin squeezed to 28% - what exit keeps the combined payoff flat vs base?");
        assertEquals("896.815000", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void the_level_of_a_named_case_and_a_figure_moved_with_an_arrow() {
        // bull's irr over 5 years held over 8: 830 x (1500/830)^(8/5) = 2139.435309
        Answer a = ask("bull: if we hold 8 years rather than 5, what exit gets us the same irr bull shows today?");
        assertEquals("2139.435309", Results.value(a, "exit_valuation", 6), a.text());
        // capture 50 -> 40: profit 20.125 held, 20.125 / (0.4 x 115) = 43.75%
        Answer b = ask("capture goes 50 -> 40 in base. what margin keeps aws compute profit where it sits today?");
        assertEquals("0.437500", Results.value(b, "aws_operating_margin", 6), b.text());
        // pre-money 730 -> 830: a post of 930, and 50/830 of it is a check of 56.024096
        Answer c = ask("if oai's pre-money moves 730 \u2192 830bn, what size check holds our ownership steady?");
        assertEquals("56.024096", Results.value(c, "investment", 6), c.text());
    }

    @Test
    void keeping_as_profit_and_getting_back_to_flat_hold_nothing() {
        // "keep as profit over the whole window" is what aws earns: 0.5 x 115 x 0.35
        Answer a = ask("what does aws actually keep as profit on the compute over the whole window?");
        assertEquals("20.125000", Results.value(a, "aws_compute_profit", 6), a.text());
        assertFalse(held(a), a.notes().toString());
        // "back to flat" is a payoff of zero, not the payoff held
        Answer b = ask("bear case: what aws capture share gets the combined payoff back to flat?");
        assertFalse(held(b), b.notes().toString());
        // a sum with its own words keeps them: 900 is the pre-money, so 50 / (900 + 100)
        Answer c = ask("the pre-money could be 900 billion, not the 830 in the article. what does amazon end up owning?");
        assertEquals("0.050000", Results.value(c, "stake", 6), c.text());
    }

    @Test
    void a_stake_held_while_the_exit_moves_is_what_the_stake_is_worth() {
        // the stake's percent does not move with the exit, so "our stake flat" is its worth: $50B at the $830B round
        Answer a = ask("which oai exit would keep our stake flat?");
        assertEquals("830.000000", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.results().stream().noneMatch(r -> r.metric().equals("irr")), a.text());
        // a check sized to hold the stake's percent at a new post-money is still the percent: 50/830 x 1000 = 60.240964
        Answer b = ask("if the post is 1T, what check keeps our stake flat?");
        assertEquals("60.240964", Results.value(b, "investment", 6), b.text());
    }

    @Test
    void a_trade_brings_the_metric_back_to_where_a_case_has_it() {
        // base combined payoff 50 + 20.125 - 50 = 20.125; at 40% capture the profit is 0.40 x 115 x 0.35 = 16.1, so
        // 50 x 830 / post = 54.025: post = 768.162888
        assertEquals("768.162888", Results.value(ask("suppose aws only gets 40% of oai's compute. what post-money brings us back to base combined payoff?"),
                "post_money_valuation", 6));
        // whole on the combined payoff at a 25% margin: capture x 115 x 0.25 = 20.125
        assertEquals("0.700000", Results.value(ask("margin squeezed to 25%: what capture keeps us whole on combined payoff?"), "aws_capture_share", 6));
        // bear profit 0.30 x 115 x 0.30 = 10.35, held at a 40% margin: capture = 10.35 / 46
        assertEquals("0.225000", Results.value(ask("bear case: margin at 40, how much capture holds combined payoff"), "aws_capture_share", 6));
        // the total commitment flat while the OpenAI check drops by 10: the Anthropic check takes the 10
        assertEquals("18.000000", Results.value(ask("if we cut the oai check by 10bn, how much can the anthropic check grow with total ai commitment flat?"),
                "anthropic_investment", 6));
    }

    @Test
    void an_input_that_gets_cut_to_a_figure_is_that_input_not_what_is_solved() {
        // the profit held at 0.50 x 115 x 0.35 = 20.125 with capture at 45%: margin = 20.125 / (0.45 x 115) = 0.388889
        Answer a = ask("capture gets trimmed to 45%. what aws margin keeps aws op profit whole?");
        assertEquals("0.388889", Results.value(a, "aws_operating_margin", 6), a.text());
    }
}
