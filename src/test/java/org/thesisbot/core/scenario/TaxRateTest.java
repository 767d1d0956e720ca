package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.MetricResult;

/**
 * The tax rate: the model's figures are before tax (a rate of 0, not listed among the inputs); a rate taxes the stake's gain
 * (a loss as a credit at the same rate) and AWS's operating profit, and every metric built on them follows.
 */
class TaxRateTest {
    private final Calculator calc = new Calculator(TestModels.real());
    private final Solver solver = new Solver(calc);

    /**
     * Expected values computed independently (Python's decimal module at 100 digits, rounded once to 34): bull at 21%, bear
     * at 24.5% with the loss taken as a credit.
     */
    @ParameterizedTest(name = "{0} at {1}: {2} = {3}")
    @CsvSource({
            "bull, 0.21, stake_value, 81.88554216867469879518072289156627",
            "bull, 0.21, moic, 1.637710843373493975903614457831325",
            "bull, 0.21, irr, 0.103690857112240437246299063781836",
            "bull, 0.21, gain, 31.88554216867469879518072289156627",
            "bull, 0.21, aws_compute_profit, 25.438",
            "bull, 0.21, combined_payoff, 57.32354216867469879518072289156627",
            "bull, 0.21, breakeven_capture_share, 1.37589433131535498073747936158503",
            "bull, 0.21, aws_compute_revenue, 80.5",
            "bull, 0.21, stake, 0.06024096385542168674698795180722892",
            "bear, 0.245, stake_value, 34.99096385542168674698795180722892",
            "bear, 0.245, moic, 0.6998192771084337349397590361445783",
            "bear, 0.245, irr, -0.06889816990120637263275106682652387",
            "bear, 0.245, gain, -15.00903614457831325301204819277108",
            "bear, 0.245, aws_compute_profit, 7.81425",
            "bear, 0.245, combined_payoff, -7.194786144578313253012048192771084",
            "bear, 0.245, breakeven_capture_share, 1.919570016316345138688933678855936",
    })
    void a_tax_rate_taxes_the_gain_and_the_profit_exactly(String scenario, String rate, String metric, String expected) {
        MetricResult r = calc.compute(Metric.byId(metric).orElseThrow(), scenario, Map.of("tax_rate", new BigDecimal(rate)));
        assertEquals(new BigDecimal(expected), r.value(), metric);
    }

    @Test
    void before_tax_is_the_default_and_is_not_listed_among_the_inputs() {
        MetricResult r = calc.compute(Metric.GAIN, "bull", Map.of());
        assertEquals(new BigDecimal("40.36144578313253012048192771084337"), r.value());
        assertFalse(r.inputs().stream().anyMatch(i -> i.id().equals("tax_rate")), r.inputs().toString());
        assertEquals("$90.36B - $50B = $40.36B", r.formula());
    }

    @Test
    void a_rate_is_shown_in_the_formula_and_listed_as_the_question_s() {
        MetricResult r = calc.compute(Metric.STAKE_VALUE, "bull", Map.of("tax_rate", new BigDecimal("0.21")));
        assertEquals("$50B + ($90.36B - $50B) × (1 - 21% tax) = $81.89B", r.formula());
        assertTrue(r.explanation().contains("Before tax the stake is worth $90.36B"), r.explanation());
        assertTrue(r.inputs().stream().anyMatch(i -> i.id().equals("tax_rate") && i.origin() == InputOrigin.QUESTION), r.inputs().toString());
        assertEquals("70% × $115B × 40% × (1 - 21% tax) = $25.44B",
                calc.compute(Metric.AWS_COMPUTE_PROFIT, "bull", Map.of("tax_rate", new BigDecimal("0.21"))).formula());
    }

    @Test
    void targets_after_tax_are_solved_backwards() {
        Map<String, BigDecimal> taxed = Map.of("tax_rate", new BigDecimal("0.21"));
        // 50 + (50e/830 - 50)·0.79 = 120  ⇒  e = 830·(1 + 70/39.5) = 2300.886075949367…
        Solver.Solution exit = solver.solve(Metric.STAKE_VALUE, new BigDecimal("120"), InputId.EXIT_VALUATION, "base", taxed);
        assertEquals(new BigDecimal("2300.88607594937"), exit.value());
        // 115 · 0.5 · m · 0.79 = 20  ⇒  m = 0.4402861860209135...
        Solver.Solution margin = solver.solve(Metric.AWS_COMPUTE_PROFIT, new BigDecimal("20"), InputId.AWS_OPERATING_MARGIN, "base", taxed);
        assertEquals(new BigDecimal("0.440286186020914"), margin.value());
        // the rate itself: what tax leaves a bull gain of $30B? 40.3614…·(1 - t) = 30  ⇒  t = 0.256716417910447…
        Solver.Solution rate = solver.solve(Metric.GAIN, new BigDecimal("30"), InputId.TAX_RATE, "bull", Map.of());
        assertEquals(new BigDecimal("0.256716417910448"), rate.value());
    }

    @Test
    void a_rate_outside_0_to_100_percent_is_refused() {
        assertThrows(InvalidInputException.class,
                () -> calc.compute(Metric.GAIN, "bull", Map.of("tax_rate", new BigDecimal("1.2"))));
    }

    @Test
    void a_rate_that_takes_all_of_the_profit_is_named_as_why_there_is_no_breakeven_share() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> calc.compute(Metric.BREAKEVEN_CAPTURE_SHARE, "bull", Map.of("tax_rate", BigDecimal.ONE)));
        assertTrue(e.getMessage().startsWith("with a 100% tax rate taking all of the profit no capture share repays"), e.getMessage());
        InvalidInputException spend = assertThrows(InvalidInputException.class,
                () -> calc.compute(Metric.BREAKEVEN_CAPTURE_SHARE, "bull", Map.of("openai_compute_spend", BigDecimal.ZERO)));
        assertTrue(spend.getMessage().startsWith("with no OpenAI compute spend no capture share"), spend.getMessage());
    }
}
