package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.Tornado;
import org.thesisbot.core.api.TornadoBar;

class SensitivityTest {
    private final ScenarioModel model = TestModels.real();
    private final Calculator calculator = new Calculator(model);
    private final Sensitivity sensitivity = new Sensitivity(calculator);
    private final CommandGrammar grammar = new CommandGrammar(model);

    private Grid grid(String command) {
        Command.GridQuery q = (Command.GridQuery) grammar.parse(command);
        return sensitivity.grid(q.metric(), q.scenario(), q.overrides(), q.rows(), q.cols());
    }

    /** Every cell is the calculator's full answer to that cell's question, digit for digit. */
    private void assertEveryCellIsTheCalculatorsAnswer(Grid g, Map<String, BigDecimal> fixed) {
        Metric metric = Metric.byId(g.metric()).orElseThrow();
        for (int r = 0; r < g.rows().size(); r++) {
            for (int c = 0; c < g.width(); c++) {
                Map<String, BigDecimal> o = new HashMap<>(fixed);
                o.put(g.rows().input(), g.rows().values().get(r));
                if (g.twoWay()) {
                    o.put(g.cols().input(), g.cols().values().get(c));
                }
                BigDecimal expected = calculator.compute(metric, g.scenario(), o).value();
                assertEquals(expected, g.cell(r, c), "cell " + r + "," + c + " of " + g.metric());
            }
        }
    }

    @Test
    void every_cell_of_a_15_by_15_irr_grid_equals_the_calculator() {
        Grid g = grid("grid irr exit_valuation=500B..4T step 250B holding_years=1..15");
        assertEquals(15, g.rows().size());
        assertEquals(15, g.cols().size());
        assertEveryCellIsTheCalculatorsAnswer(g, Map.of());
    }

    @Test
    void every_cell_of_stake_value_moic_payoff_and_bull_grids_equals_the_calculator() {
        assertEveryCellIsTheCalculatorsAnswer(grid("grid stake_value exit_valuation=500B..2T post_money_valuation=700B,830B,1T"), Map.of());
        assertEveryCellIsTheCalculatorsAnswer(grid("grid moic bull exit_valuation=1T..3T"), Map.of());
        assertEveryCellIsTheCalculatorsAnswer(grid("grid combined_payoff aws_capture_share=30%..70% aws_operating_margin=20%..40% step 5%"), Map.of());
        assertEveryCellIsTheCalculatorsAnswer(grid("grid irr exit_valuation=500B..2T holding_years=3..7 investment=40"),
                Map.of("investment", new BigDecimal("40")));
    }

    @Test
    void stake_over_post_money_valuations_has_the_exact_values() {
        Grid g = grid("grid stake post_money_valuation=700B..1T step 100B");
        assertNull(g.cols());
        assertEquals(new BigDecimal("0.07142857142857142857142857142857143"), g.cell(0, 0)); // 50 / 700
        assertEquals(new BigDecimal("0.0625"), g.cell(1, 0));                                  // 50 / 800
        assertEquals(new BigDecimal("0.05555555555555555555555555555555556"), g.cell(2, 0)); // 50 / 900
        assertEquals(new BigDecimal("0.05"), g.cell(3, 0));                                    // 50 / 1000
        assertEquals(-1, g.rows().baseIndex(), "$830B is not on a $100B step from $700B");
        assertEquals(0, new BigDecimal("830").compareTo(g.rows().base()));
    }

    @Test
    void irr_at_the_corners_is_exact_and_the_base_cell_is_marked() {
        Grid g = grid("grid irr exit_valuation=830B,1660B holding_years=1..5");
        assertEquals(0, g.rows().baseIndex());
        assertEquals(4, g.cols().baseIndex());
        assertEquals(BigDecimal.ZERO, g.cell(0, 4));                    // flat valuation: 0% whatever the years
        assertEquals(BigDecimal.ONE, g.cell(1, 0));                     // 2x in one year: 100%
        assertEquals(new BigDecimal("0.4142135623730950488016887242096981"), g.cell(1, 1)); // 2^(1/2) - 1
        assertEquals(new BigDecimal("0.1486983549970350067986269467779276"), g.cell(1, 4)); // 2^(1/5) - 1
    }

    @Test
    void impossible_cells_are_empty_with_a_note_not_an_error() {
        Grid g = grid("grid stake investment=50B..250B step 50B post_money_valuation=100B,200B");
        assertEquals(new BigDecimal("0.5"), g.cell(0, 0));
        assertNull(g.cell(2, 0), "$150B cannot buy more than all of a $100B company");
        assertEquals(BigDecimal.ONE, g.cell(3, 1));
        assertNull(g.cell(4, 1));
        assertTrue(g.notes().get(0).startsWith("n/a where an investment of $150B cannot buy more than all of OpenAI"), g.notes().toString());
    }

    @Test
    void grids_are_bounded_at_15_values_per_input_with_a_clear_error() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> grammar.parse("grid irr exit_valuation=500B..2T step 100B holding_years=3..7"));
        assertEquals("exit_valuation from $500B to $2T in steps of $100B gives 16 values; a grid takes at most 15 per input"
                + " (15 × 15 cells in all). Try step $200B.", e.getMessage());
        InvalidInputException list = assertThrows(InvalidInputException.class,
                () -> grammar.parse("grid irr holding_years=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16"));
        assertTrue(list.getMessage().contains("16 values"), list.getMessage());
    }

    @Test
    void tornado_ranks_the_inputs_of_the_combined_payoff_by_hand_computed_swings() {
        Tornado t = sensitivity.tornado(Metric.COMBINED_PAYOFF, Map.of());
        assertEquals(new BigDecimal("20.125"), t.base()); // 50 + 0.5 × 115 × 0.35 - 50
        List<String> order = t.bars().stream().map(TornadoBar::input).toList();
        // investment moves nothing at a flat valuation (stake value = investment), so it has no bar
        assertEquals(List.of("exit_valuation", "post_money_valuation", "aws_capture_share", "openai_compute_spend",
                "aws_operating_margin"), order);
        TornadoBar exit = t.bars().get(0);
        assertEquals(TornadoBar.Basis.SCENARIOS, exit.basis());
        assertEquals(0, new BigDecimal("500").compareTo(exit.low()));
        assertEquals(0, new BigDecimal("1500").compareTo(exit.high()));
        // 50 × 500 / 830 + 20.125 - 50 and 50 × 1500 / 830 + 20.125 - 50
        assertEquals(new BigDecimal("0.2454819277108433734939759036144578"), exit.atLow());
        assertEquals(new BigDecimal("60.48644578313253012048192771084337"), exit.atHigh());
        TornadoBar post = t.bars().get(1);
        assertEquals(TornadoBar.Basis.PLUS_MINUS_20, post.basis());
        assertEquals(0, new BigDecimal("664").compareTo(post.low()));   // 830 × 0.8
        assertEquals(new BigDecimal("32.625"), post.atLow());             // 50 × 830 / 664 = 62.5
        assertEquals(0, new BigDecimal("20.83333333333333333333333333333333").compareTo(post.swing().round(new java.math.MathContext(34))));
        assertEquals(0, new BigDecimal("16.1").compareTo(t.bars().get(2).swing()));  // (0.7 - 0.3) × 115 × 0.35
        assertEquals(0, new BigDecimal("8.05").compareTo(t.bars().get(3).swing()));  // 0.4 × 115 × 0.5 × 0.35
        assertEquals(0, new BigDecimal("5.75").compareTo(t.bars().get(4).swing()));  // 0.5 × 115 × 0.1
    }

    @Test
    void tornado_of_irr_includes_the_holding_period_at_plus_minus_20_percent() {
        Tornado t = sensitivity.tornado(Metric.IRR, Map.of());
        assertEquals(BigDecimal.ZERO, t.base());
        // at a flat valuation the holding period moves nothing (1x is 0% over any years); the exit does
        assertEquals("exit_valuation", t.bars().get(0).input());
        assertTrue(t.bars().stream().noneMatch(b -> b.input().equals("holding_years")));
        Tornado at1T = sensitivity.tornado(Metric.IRR, Map.of("exit_valuation", new BigDecimal("1000")));
        TornadoBar years = at1T.bars().stream().filter(b -> b.input().equals("holding_years")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("4").compareTo(years.low()));
        assertEquals(0, new BigDecimal("6").compareTo(years.high()));
        assertTrue(years.atLow().compareTo(years.atHigh()) > 0, "a shorter hold means a higher IRR");
    }
}
