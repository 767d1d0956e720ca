package org.thesisbot.core.scenario;

import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalculatorTest {
    private final Calculator calc = new Calculator(TestModels.real());

    /**
     * Every metric in every scenario, to 34 significant digits. Expected values were computed independently
     * (Python's decimal module at 100 digits, rounded once to 34).
     */
    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
            "base, capex_share, 0.4",
            "base, round_share, 0.5",
            "base, stake, 0.06024096385542168674698795180722892",
            "base, pre_money_valuation, 730",
            "base, stake_value, 50",
            "base, moic, 1",
            "base, irr, 0",
            "base, gain, 0",
            "base, compute_spend_per_year, 23",
            "base, aws_compute_revenue, 57.5",
            "base, aws_compute_revenue_per_year, 11.5",
            "base, aws_compute_profit, 20.125",
            "base, circular_return_ratio, 1.15",
            "base, breakeven_capture_share, 1.242236024844720496894409937888199",
            "base, anthropic_commitment, 19",
            "base, total_ai_commitment, 69",
            "base, openai_vs_anthropic_ratio, 6.25",
            "base, combined_payoff, 20.125",
            "bull, capex_share, 0.4",
            "bull, round_share, 0.5",
            "bull, stake, 0.06024096385542168674698795180722892",
            "bull, pre_money_valuation, 730",
            "bull, stake_value, 90.36144578313253012048192771084337",
            "bull, moic, 1.807228915662650602409638554216867",
            "bull, irr, 0.125648075900054774684829895145756",
            "bull, gain, 40.36144578313253012048192771084337",
            "bull, compute_spend_per_year, 23",
            "bull, aws_compute_revenue, 80.5",
            "bull, aws_compute_revenue_per_year, 16.1",
            "bull, aws_compute_profit, 32.2",
            "bull, circular_return_ratio, 1.61",
            "bull, breakeven_capture_share, 1.086956521739130434782608695652174",
            "bull, anthropic_commitment, 19",
            "bull, total_ai_commitment, 69",
            "bull, openai_vs_anthropic_ratio, 6.25",
            "bull, combined_payoff, 72.56144578313253012048192771084337",
            "bear, capex_share, 0.4",
            "bear, round_share, 0.5",
            "bear, stake, 0.06024096385542168674698795180722892",
            "bear, pre_money_valuation, 730",
            "bear, stake_value, 30.12048192771084337349397590361446",
            "bear, moic, 0.6024096385542168674698795180722892",
            "bear, irr, -0.09639550555959134564338255434950366",
            "bear, gain, -19.87951807228915662650602409638554",
            "bear, compute_spend_per_year, 23",
            "bear, aws_compute_revenue, 34.5",
            "bear, aws_compute_revenue_per_year, 6.9",
            "bear, aws_compute_profit, 10.35",
            "bear, circular_return_ratio, 0.69",
            "bear, breakeven_capture_share, 1.449275362318840579710144927536232",
            "bear, anthropic_commitment, 19",
            "bear, total_ai_commitment, 69",
            "bear, openai_vs_anthropic_ratio, 6.25",
            "bear, combined_payoff, -9.529518072289156626506024096385542",
    })
    void every_metric_is_exact_in_every_scenario(String scenario, String metricId, String expected) {
        MetricResult r = calc.compute(Metric.byId(metricId).orElseThrow(), scenario, Map.of());
        assertEquals(new BigDecimal(expected), r.value(), metricId + " in " + scenario);
        assertEquals(scenario, r.scenario());
        assertEquals(metricId, r.metric());
    }

    @Test
    void the_table_above_covers_every_metric() {
        // guards the parameterised test: a new metric without expected values fails here
        Set<String> ids = new HashSet<>();
        for (Metric m : Metric.values()) {
            ids.add(m.id());
        }
        assertEquals(18, ids.size());
    }

    @Test
    void issue_reference_values_hold_at_their_stated_precision() {
        assertEquals("0.0602410", round(compute(Metric.STAKE, "base"), 7));
        assertEquals("1.242236", round(compute(Metric.BREAKEVEN_CAPTURE_SHARE, "base"), 6));
        assertEquals("90.3614", round(compute(Metric.STAKE_VALUE, "bull"), 4));
        assertEquals("1.807229", round(compute(Metric.MOIC, "bull"), 6));
        assertEquals("0.125648", round(compute(Metric.IRR, "bull"), 6));
        assertEquals("72.5614", round(compute(Metric.COMBINED_PAYOFF, "bull"), 4));
        assertEquals("30.1205", round(compute(Metric.STAKE_VALUE, "bear"), 4));
        assertEquals("0.602410", round(compute(Metric.MOIC, "bear"), 6));
        assertEquals("-0.096396", round(compute(Metric.IRR, "bear"), 6));
        assertEquals("-9.529518", round(compute(Metric.COMBINED_PAYOFF, "bear"), 6));
    }

    @Test
    void stake_formula_shows_the_numbers_filled_in() {
        MetricResult r = calc.compute(Metric.STAKE, "base", Map.of());
        assertEquals("$50B / $830B = 6.02%", r.formula());
        assertEquals("6.02%", r.display());
        assertEquals(Unit.RATIO, r.unit());
    }

    @Test
    void formulas_read_naturally_for_every_metric_in_the_base_case() {
        Map<Metric, String> expected = Map.ofEntries(
                Map.entry(Metric.CAPEX_SHARE, "$50B / $125B = 40%"),
                Map.entry(Metric.ROUND_SHARE, "$50B / $100B = 50%"),
                Map.entry(Metric.PRE_MONEY_VALUATION, "$830B - $100B = $730B"),
                Map.entry(Metric.STAKE_VALUE, "($50B / $830B) × $830B = $50B"),
                Map.entry(Metric.MOIC, "$50B / $50B = 1.00x"),
                Map.entry(Metric.IRR, "1.00x^(1/5) - 1 = 0%"),
                Map.entry(Metric.GAIN, "$50B - $50B = $0B"),
                Map.entry(Metric.COMPUTE_SPEND_PER_YEAR, "$115B / 5 years = $23B"),
                Map.entry(Metric.AWS_COMPUTE_REVENUE, "50% × $115B = $57.5B"),
                Map.entry(Metric.AWS_COMPUTE_REVENUE_PER_YEAR, "50% × $115B / 5 years = $11.5B"),
                Map.entry(Metric.AWS_COMPUTE_PROFIT, "50% × $115B × 35% = $20.13B"),
                Map.entry(Metric.CIRCULAR_RETURN_RATIO, "$57.5B / $50B = 1.15x"),
                Map.entry(Metric.BREAKEVEN_CAPTURE_SHARE, "$50B / ($115B × 35%) = 124.22%"),
                Map.entry(Metric.ANTHROPIC_COMMITMENT, "$8B + $11B = $19B"),
                Map.entry(Metric.TOTAL_AI_COMMITMENT, "$50B + $8B + $11B = $69B"),
                Map.entry(Metric.OPENAI_VS_ANTHROPIC_RATIO, "$50B / $8B = 6.25x"),
                Map.entry(Metric.COMBINED_PAYOFF, "$50B + $20.13B - $50B = $20.13B"));
        for (Metric m : EnumSet.complementOf(EnumSet.of(Metric.STAKE))) {
            assertEquals(expected.get(m), calc.compute(m, "base", Map.of()).formula(), m.id());
        }
    }

    @Test
    void bull_formulas_use_the_scenario_values() {
        assertEquals("($50B / $830B) × $1.5T = $90.36B", calc.compute(Metric.STAKE_VALUE, "bull", Map.of()).formula());
        assertEquals("1.81x^(1/5) - 1 = 12.56%", calc.compute(Metric.IRR, "bull", Map.of()).formula());
    }

    @Test
    void breakeven_above_one_is_explained_in_words() {
        MetricResult r = calc.compute(Metric.BREAKEVEN_CAPTURE_SHARE, "base", Map.of());
        assertTrue(r.explanation().startsWith("Above 100%"), r.explanation());
        assertTrue(r.explanation().contains("cannot pay it back"), r.explanation());
        assertTrue(r.explanation().contains("$40.25B"), r.explanation());
    }

    @Test
    void breakeven_below_one_says_the_share_needed() {
        MetricResult r = calc.compute(Metric.BREAKEVEN_CAPTURE_SHARE, "base",
                Map.of("investment", new BigDecimal("20")));
        assertEquals(new BigDecimal("0.4968944099378881987577639751552795"), r.value());
        assertTrue(r.explanation().contains("at least 49.69%"), r.explanation());
    }

    @Test
    void stake_uses_post_money_valuation_and_carries_its_source_and_note() {
        MetricResult r = calc.compute(Metric.STAKE, "base", Map.of());
        List<InputUsed> in = r.inputs();
        assertEquals(List.of("investment", "post_money_valuation"), in.stream().map(InputUsed::id).toList());
        InputUsed post = in.get(1);
        assertEquals(InputOrigin.SOURCE, post.origin());
        assertEquals("could value it at $830 billion", post.provenance().quote());
        assertTrue(post.provenance().note().contains("post-money"));
        assertEquals(new BigDecimal("830"), post.value());
    }

    @Test
    void assumptions_scenario_values_and_question_overrides_are_marked() {
        MetricResult r = calc.compute(Metric.COMBINED_PAYOFF, "bull", Map.of("aws_operating_margin", new BigDecimal("0.25")));
        Map<String, InputOrigin> origins = new java.util.HashMap<>();
        r.inputs().forEach(i -> origins.put(i.id(), i.origin()));
        assertEquals(InputOrigin.SOURCE, origins.get("investment"));
        assertEquals(InputOrigin.SCENARIO, origins.get("exit_valuation"));
        assertEquals(InputOrigin.SCENARIO, origins.get("aws_capture_share"));
        assertEquals(InputOrigin.QUESTION, origins.get("aws_operating_margin"));
        assertEquals(new BigDecimal("60.48644578313253012048192771084337"), r.value());
        assertTrue(calc.compute(Metric.STAKE_VALUE, "base", Map.of()).inputs().stream()
                .anyMatch(i -> i.id().equals("exit_valuation") && i.origin() == InputOrigin.ASSUMPTION && i.isAssumption()));
    }

    @Test
    void an_override_equal_to_the_model_value_is_not_reported_as_changed() {
        MetricResult r = calc.compute(Metric.STAKE, "base", Map.of("post_money_valuation", new BigDecimal("830.0")));
        assertEquals(InputOrigin.SOURCE, r.inputs().get(1).origin());
    }

    @Test
    void stake_at_one_trillion_post_money_is_five_percent() {
        MetricResult r = calc.compute(Metric.STAKE, "base", Map.of("post_money_valuation", new BigDecimal("1000")));
        assertEquals(new BigDecimal("0.05"), r.value());
        assertEquals("$50B / $1T = 5%", r.formula());
    }

    @Test
    void irr_handles_non_integer_years_and_losses() {
        MetricResult r = calc.compute(Metric.IRR, "base", Map.of("exit_valuation", new BigDecimal("1660"),
                "holding_years", new BigDecimal("7.5")));
        // 2^(1/7.5) - 1 = 0.0968249796946259606814717780... (Python decimal, 50 digits)
        assertEquals("0.0968249796946259606814717780", round(r.value(), 28));
        MetricResult loss = calc.compute(Metric.IRR, "base", Map.of("exit_valuation", new BigDecimal("83")));
        assertEquals("-0.369043", round(loss.value(), 6)); // 0.1^(1/5) - 1
    }

    @Test
    void total_wipeout_is_refused_as_a_zero_valuation() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> calc.compute(Metric.MOIC, "base", Map.of("exit_valuation", BigDecimal.ZERO)));
        assertTrue(e.getMessage().contains("must be more than zero"), e.getMessage());
    }

    @Test
    void invalid_overrides_get_clear_errors_not_exceptions_from_arithmetic() {
        assertMessage("post_money_valuation", "-5", "must be more than zero");
        assertMessage("aws_capture_share", "1.2", "between 0% and 100%");
        assertMessage("aws_operating_margin", "1.5", "between 0% and 100%");
        assertMessage("holding_years", "0", "more than zero years");
        assertMessage("investment", "0", "must be more than zero");
        InvalidInputException over = assertThrows(InvalidInputException.class, () -> calc.compute(Metric.STAKE, "base",
                Map.of("investment", new BigDecimal("900"))));
        assertTrue(over.getMessage().contains("cannot buy more than all of OpenAI"), over.getMessage());
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> calc.compute(Metric.STAKE, "base",
                Map.of("valuation", BigDecimal.TEN)));
        assertTrue(unknown.getMessage().contains("unknown input 'valuation'"));
        InvalidInputException sc = assertThrows(InvalidInputException.class, () -> calc.compute(Metric.STAKE, "moon", Map.of()));
        assertTrue(sc.getMessage().contains("unknown scenario 'moon'") && sc.getMessage().contains("bull"), sc.getMessage());
    }

    @Test
    void zero_margin_has_no_breakeven_and_says_why() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> calc.compute(
                Metric.BREAKEVEN_CAPTURE_SHARE, "base", Map.of("aws_operating_margin", BigDecimal.ZERO)));
        assertTrue(e.getMessage().contains("0% AWS margin"), e.getMessage());
    }

    @Test
    void pre_money_below_round_is_refused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> calc.compute(
                Metric.PRE_MONEY_VALUATION, "base", Map.of("post_money_valuation", new BigDecimal("80"))));
        assertTrue(e.getMessage().contains("no pre-money valuation"), e.getMessage());
    }

    @Test
    void values_never_print_in_exponent_form() {
        for (Metric m : Metric.values()) {
            MetricResult r = calc.compute(m, "base", Map.of());
            assertTrue(r.value().scale() >= 0, m.id());
            assertNull(r.value().toString().contains("E") ? r.value().toString() : null, m.id());
        }
    }

    private BigDecimal compute(Metric m, String scenario) {
        return calc.compute(m, scenario, Map.of()).value();
    }

    private static String round(BigDecimal v, int places) {
        return v.setScale(places, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private void assertMessage(String input, String value, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> calc.compute(Metric.COMBINED_PAYOFF,
                "base", Map.of(input, new BigDecimal(value))));
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
