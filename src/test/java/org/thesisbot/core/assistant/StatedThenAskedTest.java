package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Questions that state a situation in sentences of their own and then ask ("aws bills openai 9bn a year. capture share
 * implied?"), and the words such statements use: a sale with its buyer named, a return earned "on the stake", a valuation
 * dated years after the round, a level reached by doubling, a listing price asked, a mood for a scenario, and a division
 * answered by an arrow. In wordings of my own; values by hand from config/scenario.yaml ($50B check, $830B post-money,
 * $115B of compute over 5 years, bear exit $500B, Anthropic $8B).
 */
class StatedThenAskedTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return ask(q, null);
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_sale_said_with_its_buyer_is_aws_revenue() {
        // 9 x 5 / 115
        Answer a = ask("aws is billing openai 9bn a year for compute. what slice of openai's spend is that?");
        assertEquals("0.391304", Results.value(a, "aws_capture_share", 6), a.text());
    }

    @Test
    void a_yearly_return_on_our_money_is_the_irr_goal() {
        // (2000 / 830)^(1/n) = 1.15
        Answer a = ask("exit at 2T; we earned 15% a year on the stake. how long were we in?");
        assertEquals("6.292677", Results.value(a, "holding_years", 6), a.text());
    }

    @Test
    void the_price_it_would_have_to_list_at_is_the_exit_solved() {
        // 3 x 830
        Answer a = ask("what would openai have to list at to give us 3x?");
        assertEquals("2490.000000", Results.value(a, "exit_valuation", 6), a.text());
        // "for that to be true" is the goal's condition, not a request to check: 2.5 x 830
        Answer b = ask("the memo says 2.5x on our check. what valuation does openai need for that to be true?");
        assertEquals("2075.000000", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void a_valuation_dated_years_after_the_round_is_the_exit() {
        ask("at a 1T post what do we own?", "later");
        // 50 / 1000 x 1000
        Answer a = ask("by 2029 openai is still at 1T. stake value?", "later");
        assertEquals("50.000000", Results.value(a, "stake_value", 6), a.text());
    }

    @Test
    void doubling_to_a_level_gives_the_level() {
        // 1600 x 50 / 830
        Answer a = ask("if openai doubles to 1.6T, what's the stake worth?");
        assertEquals("96.385542", Results.value(a, "stake_value", 6), a.text());
    }

    @Test
    void a_mood_with_a_path_names_a_scenario() {
        // bear: 500 x 50 / 830
        Answer a = ask("grim path: stake value?");
        assertEquals("30.120482", Results.value(a, "stake_value", 6), a.text());
    }

    @Test
    void a_division_answered_by_an_arrow_or_closed_by_as_a_multiple_is_the_ratio() {
        // 50 / 8
        Answer a = ask("openai check / anthropic check -> x");
        assertEquals("6.250000", Results.value(a, "openai_vs_anthropic_ratio", 6), a.text());
        // 57.5 / 50
        Answer b = ask("aws compute revenue over our check, as a multiple");
        assertEquals("1.150000", Results.value(b, "circular_return_ratio", 6), b.text());
    }
}
