package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reverse questions: the input a target needs, and the metric shown at it. Expected values are hand-derived
 * from the closed forms and computed with Python's decimal module at 80 digits, then rounded as stated.
 */
class SolverTest {
    private final Calculator calc = new Calculator(TestModels.real());
    private final Solver solver = new Solver(calc);

    /**
     * A solution with at most 15 significant digits is exact: the metric at it is the target, to the last digit.
     * Also the long one: 1000 × 1.25^6 = 3814.697265625 (13 digits).
     */
    @ParameterizedTest(name = "{0} of {1}: {2} = {4}")
    @CsvSource(delimiter = '|', value = {
            "moic            | 3      | exit_valuation       | base | 2490          | 3      | ",
            "irr             | 0.2    | exit_valuation       | base | 2065.3056     | 0.2    | ",
            "irr             | 0.2    | exit_valuation       | base | 2974.040064   | 0.2    | holding_years=7",
            "irr             | 0.25   | exit_valuation       | base | 3814.697265625| 0.25   | post_money_valuation=1000;holding_years=6",
            "combined_payoff | 0      | exit_valuation       | base | 495.925       | 0      | ",
            "combined_payoff | 0      | aws_operating_margin | base | 0             | 0      | ",
            "stake           | 0.075  | investment           | base | 62.25         | 0.075  | ",
    })
    void a_solution_within_fifteen_digits_is_exact_and_reaches_the_target_exactly(
            String goal, String target, String input, String scenario, String solved, String metric, String overrides) {
        Solver.Solution s = solve(goal, target, input, scenario, overrides);
        assertEquals(solved, s.value().toPlainString());
        assertEquals(metric, s.check().value().toPlainString());
    }

    /**
     * A solution that does not end within 15 significant digits is rounded to 15 (half-even); the metric is
     * computed again at that rounded input and given to the decimal place one step in its 15th digit moves
     * it, where it is the target.
     * <ul>
     *   <li>bear margin for a zero payoff: (50 - 50 × 500/830) / (30% × 115) = 0.5762179151388161341...; at
     *       0.576217915138816 the payoff is -4.6e-15, one step (1e-15) moves it 3.45e-14, so it reads 0 at 1e-13</li>
     *   <li>margin for a zero payoff at a $400B exit: (50 - 50 × 400/830) / (50% × 115) = 0.4504976427448926139...</li>
     *   <li>capture share for a $10B payoff at a $700B exit: (60 - 50 × 700/830) / (115 × 35%) = 0.4430142931976352615...</li>
     *   <li>post-money for a 3x at a $2T exit: 2000 / 3; MOIC at 666.666666666667 is 2.9999999999999985</li>
     *   <li>exit for a 15% IRR over 3.5 years: 830 × 1.15^3.5 = 1353.694092346909030...</li>
     *   <li>exit for a 15% IRR over 7 years: 830 × 1.15^7 = 2207.8165007890625 ends, but after 17 digits</li>
     *   <li>years for a 20% IRR at a 3x: ln 3 / ln 1.2 = 6.025685102665474882...</li>
     * </ul>
     */
    @ParameterizedTest(name = "{0} of {1}: {2} = {4}")
    @CsvSource(delimiter = '|', value = {
            "combined_payoff | 0    | aws_operating_margin | bear | 0.576217915138816 | 0    | ",
            "combined_payoff | 0    | aws_capture_share    | bear | 0.576217915138816 | 0    | ",
            "combined_payoff | 0    | aws_operating_margin | base | 0.450497642744893 | 0    | exit_valuation=400",
            "combined_payoff | 10   | aws_capture_share    | base | 0.443014293197635 | 10   | exit_valuation=700",
            "moic            | 3    | post_money_valuation | base | 666.666666666667  | 3    | exit_valuation=2000",
            "irr             | 0.15 | exit_valuation       | base | 1353.69409234691  | 0.15 | holding_years=3.5",
            "irr             | 0.15 | exit_valuation       | base | 2207.81650078906  | 0.15 | holding_years=7",
            "irr             | 0.2  | holding_years        | base | 6.02568510266547  | 0.2  | exit_valuation=2490",
    })
    void a_longer_solution_carries_fifteen_digits_and_the_metric_at_it_reads_as_the_target(
            String goal, String target, String input, String scenario, String solved, String metric, String overrides) {
        Solver.Solution s = solve(goal, target, input, scenario, overrides);
        assertEquals(solved, s.value().toPlainString());
        assertEquals(metric, s.check().value().toPlainString());
        BigDecimal used = s.check().inputs().stream().filter(i -> i.id().equals(input)).findFirst().orElseThrow().value();
        assertEquals(solved, used.toPlainString(), "the metric is computed at the rounded input it lists");
    }

    @Test
    void a_payoff_solved_to_zero_is_not_called_negative_and_its_formula_shows_no_minus_zero() {
        Solver.Solution s = solve("combined_payoff", "0", "aws_operating_margin", "base", "exit_valuation=400");
        assertEquals("$24.1B + $25.9B - $50B = $0B", s.check().formula());
        assertNull(s.check().explanation());
    }

    @Test
    void a_gain_solved_to_zero_at_a_rounded_post_money_is_zero_and_not_a_loss() {
        // gain = 50 × 1000 / post - 50 = 0 needs post = 1000 exactly: exact; at a 3x the post-money is 2000/3
        Solver.Solution s = solve("gain", "100", "post_money_valuation", "base", "exit_valuation=2000");
        assertEquals("666.666666666667", s.value().toPlainString());
        assertEquals("100", s.check().value().toPlainString());
        assertTrue(s.check().formula().endsWith("= $100B"), s.check().formula());
    }

    private Solver.Solution solve(String goal, String target, String input, String scenario, String overrides) {
        Map<String, BigDecimal> o = new HashMap<>();
        if (overrides != null) {
            for (String kv : overrides.split(";")) {
                String[] p = kv.split("=");
                o.put(p[0].strip(), new BigDecimal(p[1].strip()));
            }
        }
        return solver.solve(Metric.byId(goal).orElseThrow(), new BigDecimal(target), InputId.byId(input).orElseThrow(),
                scenario, o);
    }
}
