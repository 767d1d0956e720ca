package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Ratios said per dollar, in wordings of my own. Values by hand from config/scenario.yaml ($50B check, $830B post-money,
 * $115B of compute over 5 years, 50% capture, 35% margin).
 */
class PerDollarTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void what_each_dollar_put_in_is_worth_is_the_multiple() {
        // a $1.5T mark: 1500 / 830
        Answer a = ask("if openai is marked at 1.5T, what is each dollar we invested worth");
        assertEquals("1.807229", Results.value(a, "moic", 6), a.text());
    }

    @Test
    void cents_of_one_amount_per_dollar_of_another_is_their_ratio() {
        // 50% x 115 / 50
        Answer a = ask("how many cents of aws revenue per $1 of the check");
        assertEquals("1.150000", Results.value(a, "circular_return_ratio", 6), a.text());
    }

    @Test
    void dollars_of_one_amount_per_dollar_of_another_is_a_goal_for_their_ratio() {
        // revenue of 2 x 50 = 100 = share x 115
        Answer a = ask("what capture share gives aws $2 of compute revenue for each $1 we put in");
        assertEquals("0.869565", Results.value(a, "aws_capture_share", 6), a.text());
    }

    @Test
    void losing_cents_on_every_dollar_is_a_multiple_below_one() {
        // 0.75x: 0.75 x 830
        Answer a = ask("what exit leaves us losing 25 cents on every dollar we invested");
        assertEquals("622.500000", Results.value(a, "exit_valuation", 6), a.text());
    }

    @Test
    void cents_per_dollar_a_year_is_an_annual_rate() {
        // (2000 / 830)^(1/n) = 1.2: n = ln(2.4096) / ln(1.2)
        Answer a = ask("at a 2T exit, how many years can we hold and still compound 20 cents per dollar a year");
        assertEquals("4.823767", Results.value(a, "holding_years", 6), a.text());
        // 830 x 1.15^6; the dollar put in is the check, no $1B investment
        Answer b = ask("what exit makes every $1 we put in grow 15c a year over 6 years");
        assertEquals("1919.840435", Results.value(b, "exit_valuation", 6), b.text());
        assertEquals(java.util.List.of("exit_valuation", "irr"), b.results().stream().map(r -> r.metric()).toList(), b.text());
    }

    @Test
    void cents_of_profit_per_dollar_of_revenue_is_the_margin_assumed() {
        Answer a = ask("how many cents of operating profit per $1 of aws revenue are you assuming");
        assertEquals("0.350000", Results.value(a, "aws_operating_margin", 6), a.text());
    }

    @Test
    void a_dollar_that_is_the_step_of_a_sensitivity_is_left_alone() {
        String q = "how much does the moic move for every $1bn of exit";
        assertEquals(q, PerDollar.asRatios(q));
        // and a valuation of a trillion and a dollar sign on its own are no unit
        assertEquals("exit at $1 trillion, what's the moic", PerDollar.asRatios("exit at $1 trillion, what's the moic"));
    }
}
