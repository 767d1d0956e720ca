package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * A discounter's words for the IRR (the rate at which the NPV of the money put in is zero), an entry price said as a
 * fraction of today's valuation, a price had we bought earlier, and the figures said on the way to a threshold. In wordings
 * of my own; values by hand from config/scenario.yaml (base: $50B into a $830B post, exit $830B, 5 years; bear 30% capture
 * of $115B; bull 70%).
 */
class NpvAndEarlierEntryTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_rate_that_zeroes_the_npv_is_the_irr_asked() {
        // (1660 / 830)^(1/5) - 1
        Answer a = ask("at what discount rate does the npv of our 50 come out at zero if openai exits at 1.66T after 5 years?");
        assertEquals(Route.NUMERIC, a.decision().route(), a.decision().cues().toString());
        assertEquals("0.148698", Results.value(a, "irr", 6), a.text());
        // (1200 / 830)^(1/4) - 1
        Answer b = ask("what's the break-even discount rate if oai is worth 1.2T in 4 yrs");
        assertEquals("0.096543", Results.value(b, "irr", 6), b.text());
    }

    @Test
    void npv_zero_at_a_given_rate_is_an_irr_to_reach() {
        // 830 x 1.1^5
        Answer a = ask("what exit keeps npv at zero at a 10% discount rate over 5 years?");
        assertEquals("1336.723300", Results.value(a, "exit_valuation", 6), a.text());
        // ln(1500/830) / ln(1.08)
        Answer b = ask("how long can we hold before the npv at 8% turns negative, if oai exits at 1.5T");
        assertEquals("7.689536", Results.value(b, "holding_years", 6), b.text());
        // 2000 / 1.12^5
        Answer c = ask("12% cost of capital, 5y - what's the highest post we can pay so npv is still zero at a 2T exit?");
        assertEquals("1134.853711", Results.value(c, "post_money_valuation", 6), c.text());
    }

    @Test
    void an_entry_price_said_as_a_fraction_of_todays_valuation_is_that_valuation() {
        // 830 / (25% of 830)
        Answer a = ask("what multiple if we had bought in at 25% of the current post?");
        assertEquals("4", Results.value(a, "moic", 0), a.text());
        assertTrue(a.text().contains("of today's valuation ($207.5B)"), a.text());
        // 2^(1/5) - 1
        Answer b = ask("what IRR over 5 years if we'd got in at half today's valuation");
        assertEquals("0.148698", Results.value(b, "irr", 6), b.text());
    }

    @Test
    void a_price_said_on_the_way_to_a_threshold_is_used() {
        // the stake is under water below an exit at its own post-money
        Answer a = ask("what exit leaves the stake we took at a 400bn post under water?");
        assertEquals("400.000000", Results.value(a, "exit_valuation", 6), a.text());
    }

    @Test
    void earlier_round_wordings_name_their_metric() {
        // each dollar back at a 1245 exit: 1245 / 830
        assertEquals("1.500000", Results.value(ask("what would each dollar we put in be worth at a 1.245T exit?"), "moic", 6));
        // 600 - 100
        assertEquals("500.000000",
                Results.value(ask("if the round closed at a 600bn post, what would openai have been valued at going into it?"), "pre_money_valuation", 6));
        // 830 / 5
        assertEquals("166.000000", Results.value(
                ask("where would the round have needed to be priced, post-money, for a 5x on an 830 exit?"), "post_money_valuation", 6));
        // 50 x 1000 / 830
        assertEquals("60.240964", Results.value(ask("what's the stake's fv at a 1T exit"), "stake_value", 6));
        // bear: 30% of 115, over 50
        assertEquals("0.690000", Results.value(ask("aws compute revenue vs the check, shown as x, in bear"), "circular_return_ratio", 6));
        // bull: 70% of 115 over 5 years
        assertEquals("16.100000", Results.value(ask("what would aws have been booking per year in bull?"), "aws_compute_revenue_per_year", 6));
    }
}
