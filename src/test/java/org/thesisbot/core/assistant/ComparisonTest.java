package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ComparisonTest {
    private static Comparison.Sides sides(String text) {
        return Comparison.sides(text).orElseThrow(() -> new AssertionError("not split: " + text));
    }

    @Test
    void the_value_after_vs_replaces_the_last_figure_of_its_kind() {
        Comparison.Sides s = sides("what's the moic if openai exits at 1.2 trillion vs 900b?");
        assertEquals("what's the moic if openai exits at 1.2 trillion?", s.first());
        assertEquals("what's the moic if openai exits at 900b?", s.second());
        assertEquals("1.2 trillion", s.firstLabel());
        assertEquals("900b", s.secondLabel());
        // a bare number takes the unit of a percent, multiple or years it stands for, not of money
        assertEquals("irr held 6 years", sides("irr held 8 years vs 6").second());
        assertEquals("stake at a 700 post", sides("stake at a 1.2t post vs 700").second());
        // words after the value that repeat the first value's are no words of its own
        assertEquals("share to book 20bn a yr of revenue", sides("share to book 15bn a yr of revenue vs 20bn a yr").second());
    }

    @Test
    void the_same_ask_again_under_another_condition_joined_with_and_is_a_comparison() {
        Comparison.Sides s = sides("what exit do we need for a 15% irr if the stake is marked after 4 years, and what exit if it's marked after 6?");
        assertEquals("what exit do we need for a 15% irr if the stake is marked after 4 years?", s.first());
        assertEquals("what exit do we need for a 15% irr if the stake is marked after 6 years?", s.second());
        assertEquals("stake worth at a 1.4t exit?", sides("stake worth at a 1T exit, and what about at 1.4T?").second().toLowerCase(java.util.Locale.ROOT));
        // another ask, or a condition said no way the first was, is no comparison
        assertTrue(Comparison.sides("what's the stake at 1T, and what's the irr at 1.2T?").isEmpty());
        assertTrue(Comparison.sides("moic at a 1.2T exit, and if the post is 1T?").isEmpty());
    }

    @Test
    void a_value_with_its_own_words_replaces_the_figure_and_the_words_after_it() {
        Comparison.Sides s = sides("exit where we're 5b underwater on the stake vs 5b ahead");
        assertEquals("exit where we're 5b ahead", s.second());
        assertEquals("stake if the round prices at 830 post - quick one",
                sides("stake if the round prices at 1,000bn post vs the 830 post - quick one").second());
        assertEquals("stake if the round prices at 1,000bn post - quick one",
                sides("stake if the round prices at 1,000bn post vs the 830 post - quick one").first());
    }

    @Test
    void the_model_s_own_values_after_vs_drop_the_condition_that_sets_the_figure() {
        Comparison.Sides s = sides("anthropic multiple if the anthropic check were 10bn vs as is");
        assertEquals("anthropic multiple if the anthropic check were 10bn", s.first());
        assertEquals("anthropic multiple", s.second());
        assertEquals("the model's values", s.secondLabel());
        assertEquals("stake value", sides("stake value at a 1.5t exit vs your base case").second());
        assertTrue(Comparison.sides("at a 1.5t exit vs base").isEmpty()); // nothing asked is left
    }

    @Test
    void a_value_the_thread_set_pointed_at_before_vs_takes_the_figure_after_it() {
        Comparison.Sides s = sides("and our % at that post vs the 830");
        assertEquals("and our % at that post", s.first());
        assertEquals("and our % at 830 post", s.second());
    }

    @Test
    void amounts_compared_with_each_other_and_scenarios_are_left_whole() {
        assertTrue(Comparison.sides("aws compute revenue vs the 50 check, as a multiple").isEmpty());
        assertTrue(Comparison.sides("combined payoff bear vs base").isEmpty());
        assertTrue(Comparison.sides("moic at 2t vs 1.5t vs 1t").isEmpty());
        assertTrue(Comparison.sides("capex share in 2026 vs 2025").isEmpty()); // calendar years are no values
    }

    @Test
    void two_inputs_set_against_each_other_are_two_levers_not_one_value_replaced() {
        // base: 50% capture at a 35% margin of $115B, so capture 60% gives 115 x 0.6 x 0.35 = 24.15 of profit and the payoff
        // 50 + 24.15 - 50 = 24.15; a 30% margin at 50% capture gives 115 x 0.5 x 0.3 = 17.25 (not a 30% capture: 12.075)
        org.thesisbot.core.api.Answer a = org.thesisbot.TestBrains.offline().assistant()
                .ask(new org.thesisbot.core.api.Question("combined payoff with capture at 60% vs margin at 30%?", null, "analyst", "deals"));
        assertEquals(java.util.List.of("24.15", "17.25"), Results.values(a, "combined_payoff", 2), a.text());
        assertTrue(a.text().contains("Margin at 30%"), a.text());
    }
}
