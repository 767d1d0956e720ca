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
 * The check put in for a share of OpenAI's revenue instead of equity ({@link RevenueShares}). In wordings of my own; the
 * flows by hand, the IRRs by a bisection of my own over the same flows (a Python Decimal script, 40 digits).
 */
class RevenueSharesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void each_year_pays_the_share_of_that_years_revenue() {
        // 3% of 20, 30, 45, 67.5, 101.25 = 7.9125
        Answer a = ask("we put the 50 in for 3% of openai's revenue for 5 years; revenue 20bn in yr1 growing 50% a year - total take and irr?", null);
        assertEquals("7.9125", Results.value(a, "stake_value", 4), a.text());
        assertEquals("-0.3640521279", Results.value(a, "irr", 10), a.text());
        assertTrue(a.text().startsWith("*Revenue share: $7.91B back on the $50B check, 0.16x"), a.text());
        // a straight line: 5% of 40, 60, 80, 100 = 14
        Answer b = ask("5% of oai revenue for 4 yrs, 40bn in yr1 rising to 100bn in yr4 in a straight line - multiple on the 50?", null);
        assertEquals("0.2800", Results.value(b, "moic", 4), b.text());
        // flat: 10% of 200 for 3 years
        Answer c = ask("10% of top line for 3 yrs, revenue flat at 200bn - irr on the 50?", null);
        assertEquals("0.0970102574", Results.value(c, "irr", 10), c.text());
        // the percent typed as a word, the share said as "a rev share"
        Answer d = ask("a 10 pct rev share for 3 yrs, revenue flat at 200bn - irr on the 50?", null);
        assertEquals("0.0970102574", Results.value(d, "irr", 10), d.text());
    }

    @Test
    void the_equitys_input_is_solved_to_match_the_revenue_share() {
        // a take of 60 = 50/830 x exit
        Answer a = ask("10% of top line for 3 yrs, revenue flat at 200bn: what exit does the equity need to match that total take?", null);
        assertEquals("996", Results.value(a, "exit_valuation", 0), a.text());
        // a share over all of revenue is refused
        Answer b = ask("150% of revenue for 3 yrs, revenue flat at 20bn - irr?", null);
        assertTrue(b.text().startsWith("I can't compute that"), b.text());
    }

    @Test
    void the_terms_last_in_the_thread_and_change_one_at_a_time() {
        String t = "rev-share-1";
        ask("we put the 50 in for 3% of openai's revenue for 5 years; revenue 20bn in yr1 growing 50% a year - total take?", t);
        // a sixth year of 151.875: 3% of 415.625
        Answer b = ask("stretch it to 6 yrs", t);
        assertEquals("12.46875", Results.value(b, "stake_value", 5), b.text());
        Answer c = ask("bump the slice to 6%", t);
        assertEquals("24.93750", Results.value(c, "stake_value", 5), c.text());
        // the equity alone, in the same thread
        Answer d = ask("equity stake value in bear?", t);
        assertEquals("30.12", Results.value(d, "stake_value", 2), d.text());
        assertFalse(d.text().contains("Revenue share"), d.text());
    }
}
