package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Words from other trades and languages for the model's inputs, and sales moved in time, in wordings of my own. Values by
 * hand from config/scenario.yaml ($50B check, $830B post-money and exit, 5-year hold, $100B round, $115B compute, 50%
 * capture, 35% margin; bull exit $1.5T, bear exit $500B).
 */
class TradeWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 6);
    }

    @Test
    void a_sale_price_is_the_exit() {
        // 1.25^5 x 50 = 152.587890625, x 830/50 = $2,532.958984375B
        assertEquals("2532.958984", value(ask("what sale price for openai gives us a 25% levered irr over 5 years?", null), "exit_valuation"));
        assertEquals("500.000000", value(ask("what disposition value do you assume for openai in the bear case?", null), "exit_valuation"));
    }

    @Test
    void scandinavian_billions_and_years() {
        // 50 / 1,250
        assertEquals("0.040000", value(ask("hvor stor stake har Amazon hvis post-money er USD 1 250 mdr?", null), "stake"));
        // an exit of 1 660 mdr is 2x on the check; 2^(1/4) - 1
        assertEquals("0.189207", value(ask("IRR at an exit of 1 660 mdr and a hold of 4 år?", null), "irr"));
    }

    @Test
    void the_possessive_without_its_apostrophe_and_costs_after_revenue() {
        assertEquals("0.400000", value(ask("our check as a share of amzns 2026 capex?", null), "capex_share"));
        ask("aws compute revenue in base?", "t-costs");
        // 57.5 x 35%
        assertEquals("20.125000", value(ask("ok and what's left for aws after their operating costs", "t-costs"), "aws_compute_profit"));
    }

    @Test
    void a_sale_a_year_early_moves_the_hold_and_a_time_later_is_when() {
        ask("bull irr over a 5 yr hold?", "t-early");
        // (1500 x 50/830 / 50)^(1/4) - 1
        assertEquals("0.159453", value(ask("and if we sell a year early?", "t-early"), "irr"));
        ask("bull irr over a 5 yr hold?", "t-sooner");
        assertEquals("0.218067", value(ask("what if we exit two years sooner", "t-sooner"), "irr")); // over 3 years
        // "six years later" says when, not a move: 5 + 6 would be 11 years
        assertEquals("0.069913", value(ask("say we come in at a 1T post and openai is marked at 1.5T six years later - irr?", null), "irr"));
    }

    @Test
    void a_clause_that_only_names_the_scenario_asks_no_words_of_the_sources() {
        ask("bull irr?", "t-down");
        Answer a = ask("what about the downside, openai back at the bear exit, same 4 year hold", "t-down");
        assertEquals(org.thesisbot.core.api.Route.NUMERIC, a.route(), a.text());
        // (500 x 50/830 / 50)^(1/4) - 1
        assertEquals("-0.119006", value(a, "irr"));
    }

    @Test
    void the_anthropic_position_all_in_is_the_commitment() {
        // $8B equity + $11B campus
        assertEquals("19.000000", value(ask("how much do we have in the anthropic position all in, equity plus the campus?", null), "anthropic_commitment"));
    }

    @Test
    void ranking_the_three_cases_asks_all_three() {
        Answer a = ask("rank the three cases by moic, best first", null);
        assertEquals(java.util.List.of("bear", "base", "bull"), a.results().stream().map(r -> r.scenario()).toList());
        // bear 50/830 x 500 / 50, bull 50/830 x 1500 / 50
        assertEquals(java.util.List.of("0.602410", "1.000000", "1.807229"), a.results().stream()
                .map(r -> r.value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString()).toList());
    }

    @Test
    void a_price_that_gives_amazon_a_share_is_solved_for() {
        // $50B is 4% of a $1.25T post-money
        assertEquals("1250.000000", value(ask("which post-money valuation gives amazon exactly 4%?", null), "post_money_valuation"));
    }
}
