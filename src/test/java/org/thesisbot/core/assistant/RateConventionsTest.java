package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * Returns asked in another compounding convention ({@link RateConventions}). In wordings of my own; values by hand from
 * config/scenario.yaml ($50B at an $830B post-money; bull exit $1.5T, bear $500B) with Python's decimal module.
 */
class RateConventionsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String converted(Answer a, String label, int scale) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.RESTATED && r.label().contains(label)).findFirst()
                .map(r -> r.value().setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString())
                .orElseThrow(() -> new AssertionError(a.text()));
    }

    @Test
    void a_return_asked_continuously_compounded_leads_with_that_rate_and_keeps_the_effective_one() {
        // bull: M = 1500/830 over 5 years; ln(M) / 5 = 0.118359
        Answer a = ask("bull case, what does the 50 earn as a continuously compounded rate?", null);
        assertEquals("0.118359", converted(a, "continuously", 6), a.text());
        assertEquals(MetricResult.Kind.RESTATED, a.results().get(0).kind(), a.results().toString());
        assertTrue(a.text().startsWith("*IRR, continuously compounded: 11.84%*"), a.text());
        assertTrue(a.results().stream().anyMatch(r -> r.kind() == MetricResult.Kind.METRIC && r.metric().equals("irr")), a.results().toString());
    }

    @Test
    void a_hold_in_years_and_months_and_other_conventions() {
        // 1.2T exit after 4 years 6 months: M = 1200/830 over 4.5 years; semi-annual 2((M^(1/4.5))^(1/2) - 1) = 0.083623,
        // simple (M - 1) / 4.5 = 0.099063
        Answer a = ask("exit at 1.2 trillion after 4 yrs 6 mos: semi-annual bond-equivalent yield on our check, and the simple non-compounded rate too", null);
        assertEquals("0.083623", converted(a, "semi-annual", 6), a.text());
        assertEquals("0.099063", converted(a, "simple", 6), a.text());
    }

    @Test
    void a_goal_in_a_convention_is_solved_as_the_effective_rate_it_equals() {
        // 14% continuously compounded over 5 years: exit = 830 e^0.7 = 1671.414747
        Answer a = ask("which exit valuation gets us to 14% continuously compounded over five years?", null);
        assertEquals("1671.414747", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.text().contains("To reach 14% continuously compounded"), a.text());
        // 10% simple a year over 6 years is a 1.6x multiple: exit = 1.6 x 830 = 1328
        Answer b = ask("exit oai needs for a 10% simple annual return, nothing compounded, over 6 years", null);
        assertEquals("1328.000000", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void the_convention_lasts_in_the_thread_until_another_is_named() {
        String thread = "conv-1";
        ask("exit at $1.1T after 4.5 years, irr on the check continuously compounded", thread);
        // the same convention at a 900 post: M = 1100/900 over 4.5 years, ln(M)/4.5 = 0.044593
        Answer b = ask("and if the round is priced at a 900bn post?", thread);
        assertEquals("0.044593", converted(b, "continuously", 6), b.text());
        // monthly now: 12((1100/900)^(1/54) - 1) = 0.044676
        Answer c = ask("monthly apr on that instead", thread);
        assertEquals("0.044676", converted(c, "monthly", 6), c.text());
        assertTrue(c.results().stream().noneMatch(r -> r.label().contains("continuously")), c.results().toString());
    }

    @Test
    void a_total_loss_has_no_continuously_compounded_rate() {
        Answer a = ask("continuously compounded return on the 50 if openai is worth zero at exit in 5 years", null);
        assertTrue(a.results().stream().noneMatch(r -> r.kind() == MetricResult.Kind.RESTATED), a.results().toString());
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
        assertEquals(List.of(), a.results().stream().filter(r -> r.kind() == MetricResult.Kind.RESTATED).toList());
    }
}
