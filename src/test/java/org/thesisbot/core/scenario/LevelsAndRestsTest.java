package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;

/**
 * Two metrics set level ({@link Solver#solveLevel}) and the rest of a whole ({@link Rests}, {@link Solver#solveRest}).
 * Values by hand from config/scenario.yaml: base $830B post and exit, 50% capture of $115B at a 35% margin over 5 years;
 * bull exits at $1.5T with 70% capture at 40%; bear exits at $500B with 30% capture at 30%. Long ones with Python's decimal
 * module at 40 digits.
 */
class LevelsAndRestsTest {
    private final Calculator calc = new Calculator(TestModels.real());
    private final Solver solver = new Solver(calc);

    @Test
    void the_exit_at_which_the_stake_is_worth_what_aws_makes_on_the_compute() {
        // base profit 50% x 115 x 35% = 20.125; the stake is 50/830, so the exit is 20.125 x 830/50 = 334.075
        Solver.Level l = solver.solveLevel(Metric.STAKE_VALUE, Metric.AWS_COMPUTE_PROFIT, false, InputId.EXIT_VALUATION, "base", Map.of());
        assertEquals("334.075", l.value().toPlainString());
        assertEquals(0, l.goalAt().value().compareTo(new BigDecimal("20.125")));
        assertEquals(0, l.otherAt().value().compareTo(new BigDecimal("20.125")));
    }

    @Test
    void a_profit_that_covers_the_loss_adds_up_to_nothing_with_it() {
        // bear profit 30% x 115 x 30% = 10.35 covers a loss of 10.35 when the stake is worth 39.65: exit 39.65 x 830/50 = 658.19
        Solver.Level l = solver.solveLevel(Metric.AWS_COMPUTE_PROFIT, Metric.GAIN, true, InputId.EXIT_VALUATION, "bear", Map.of());
        assertEquals("658.19", l.value().toPlainString());
        assertEquals(0, l.otherAt().value().compareTo(new BigDecimal("-10.35")));
    }

    @Test
    void both_sides_may_move_with_the_input_when_their_gap_keeps_a_known_shape() {
        // the MOIC is exit/post whatever the check; revenue per dollar is 57.5/check: level at a check of 57.5 (base MOIC 1)
        Solver.Level l = solver.solveLevel(Metric.MOIC, Metric.CIRCULAR_RETURN_RATIO, false, InputId.INVESTMENT, "base", Map.of());
        assertEquals("57.5", l.value().toPlainString());
        // bull: the gain is check x (1500/830 - 1) and the profit 32.2, so the check is 32.2 x 830/670 = 39.889552238805970...,
        // fifteen digits
        Solver.Level g = solver.solveLevel(Metric.GAIN, Metric.AWS_COMPUTE_PROFIT, false, InputId.INVESTMENT, "bull", Map.of());
        assertEquals("39.889552238806", g.value().toPlainString());
    }

    @Test
    void an_input_that_moves_neither_side_is_refused_with_the_reason() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                solver.solveLevel(Metric.STAKE_VALUE, Metric.AWS_COMPUTE_PROFIT, false, InputId.HOLDING_YEARS, "base", Map.of()));
        assertTrue(e.getMessage().contains("does not change"), e.getMessage());
    }

    @Test
    void each_rest_is_its_whole_less_the_part_under_the_parts_id() {
        // 100% less 50/1100 at a $1.1T post
        MetricResult others = Rests.of(calc, Metric.STAKE, "base", Map.of("post_money_valuation", new BigDecimal("1100"))).orElseThrow();
        assertEquals("stake", others.metric());
        assertEquals(MetricResult.Kind.REST, others.kind());
        assertEquals("0.954545454545", others.value().setScale(12, java.math.RoundingMode.HALF_UP).toPlainString());
        // bull: the exit less the stake's value, 1500 - 1500 x 50/830 = 1409.638554...
        assertEquals("1409.638554", rest(Metric.STAKE_VALUE, "bull"));
        // bear: 115 - 30% x 115 = 80.5 off AWS, 16.1 a year
        assertEquals("80.500000", rest(Metric.AWS_COMPUTE_REVENUE, "bear"));
        assertEquals("16.100000", rest(Metric.AWS_COMPUTE_REVENUE_PER_YEAR, "bear"));
        // base: AWS's revenue less its profit, 57.5 - 20.125 = 37.375
        assertEquals("37.375000", rest(Metric.AWS_COMPUTE_PROFIT, "base"));
        // capex: 100% less 50/125; the round: 100% less 50/100
        assertEquals("0.600000", rest(Metric.CAPEX_SHARE, "base"));
        assertEquals("0.500000", rest(Metric.ROUND_SHARE, "base"));
        assertTrue(Rests.of(calc, Metric.MOIC, "base", Map.of()).isEmpty(), "a multiple is part of no whole");
    }

    @Test
    void an_inputs_rest_is_a_hundred_percent_less_it() {
        InputUsed capture = new InputUsed("aws_capture_share", "Share of OpenAI's compute spend that flows to AWS", new BigDecimal("0.7"),
                Unit.RATIO, InputOrigin.SCENARIO, null);
        assertEquals(0, Rests.of(capture, "bull").orElseThrow().value().compareTo(new BigDecimal("0.3")));
        InputUsed years = new InputUsed("holding_years", "Holding period", new BigDecimal("5"), Unit.YEARS, InputOrigin.ASSUMPTION, null);
        assertTrue(Rests.of(years, "base").isEmpty());
    }

    @Test
    void a_goal_for_the_rest_is_solved_as_the_rest() {
        // others' value 1000 = exit x (1 - 50/830): exit 1000 x 830/780 = 1064.1025641025641..., fifteen digits
        Solver.Solution s = solver.solveRest(Metric.STAKE_VALUE, new BigDecimal("1000"), InputId.EXIT_VALUATION, "base", Map.of());
        assertEquals("1064.10256410256", s.value().toPlainString());
        assertEquals(0, s.check().value().compareTo(new BigDecimal("1000")), s.check().value().toPlainString());
        // others hold 96%: the stake is 4%, so the post is 50/4% = 1250
        Solver.Solution p = solver.solveRest(Metric.STAKE, new BigDecimal("0.96"), InputId.POST_MONEY_VALUATION, "base", Map.of());
        assertEquals("1250", p.value().toPlainString());
    }

    private String rest(Metric m, String scenario) {
        return Rests.of(calc, m, scenario, Map.of()).orElseThrow().value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
