package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * Present values and level annual amounts at a discount rate ({@link Discounting}). In wordings of my own; values by hand
 * from config/scenario.yaml ($50B at an $830B post-money, base AWS revenue 50% of $115B over 5 years, Anthropic $8B +
 * $11B) with Python's decimal module.
 */
class DiscountingTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String restated(Answer a, String metric, int scale) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.RESTATED && r.metric().equals(metric)).findFirst()
                .map(r -> r.value().setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString())
                .orElseThrow(() -> new AssertionError(a.text()));
    }

    @Test
    void money_at_the_exit_is_discounted_over_the_hold_and_a_stream_over_its_years() {
        // the stake at a 1.2T exit: 50/830 x 1200 = 72.289157; / 1.1^5 = 44.885879
        Answer a = ask("present value at a 10% discount rate of our stake's worth if oai exits at 1.2T in 5 years", null);
        assertEquals("44.885879", restated(a, "stake_value", 6), a.text());
        assertTrue(a.text().startsWith("*Present value at 10%"), a.text());
        // base AWS revenue 57.5 over 5 years, 11.5 a year at year-end: 11.5 x a(5, 10%) = 43.594048
        Answer b = ask("what is aws's revenue from openai worth today discounted at 10%, spread evenly over the five years?", null);
        assertEquals("43.594048", restated(b, "aws_compute_revenue", 6), b.text());
    }

    @Test
    void a_level_annual_amount_in_arrears_or_in_advance() {
        // the total AI commitment 50 + 8 + 11 = 69 paid today; / a(5, 10%) = 18.202026
        Answer a = ask("equivalent annual cost of our total ai commitment over 5 years at 10%", null);
        assertEquals("18.202026", restated(a, "total_ai_commitment", 6), a.text());
        // the stake at 1.2T after 5 years, as a level amount paid at the start of each year: 44.885879 / (a(5, 10%) x 1.1)
        Answer b = ask("at 10%, what flat annual sum paid at the beginning of each year over 5 years is worth the same as the stake at a 1.2T exit?", null);
        assertEquals("10.764347", restated(b, "stake_value", 6), b.text());
    }

    @Test
    void npv_neutral_is_an_irr_of_the_rate_and_the_rate_lasts_in_the_thread() {
        // NPV-neutral at 7% over 4 years: exit = 830 x 1.07^4 = 1087.960688
        Answer a = ask("over a 4 year hold, which openai exit makes our 50bn npv-neutral at a 7% discount rate?", null);
        assertEquals("1087.960688", Results.value(a, "exit_valuation", 6), a.text());
        // a rate carried: the stake at a 1.2T exit over 5 years at 10%, then at 12%: 72.289157 / 1.12^5 = 41.018809
        String thread = "disc-1";
        ask("pv of the stake at a 1.2T exit after 5 yrs, discounted at 10%", thread);
        Answer c = ask("and at 12%?", thread);
        assertEquals("41.018809", restated(c, "stake_value", 6), c.text());
        Answer d = ask("and the stake value before any discounting?", thread);
        assertTrue(d.results().stream().noneMatch(r -> r.kind() == MetricResult.Kind.RESTATED), d.results().toString());
        assertEquals("72.289157", Results.value(d, "stake_value", 6), d.text());
    }
}
