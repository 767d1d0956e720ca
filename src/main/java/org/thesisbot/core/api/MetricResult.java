package org.thesisbot.core.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One computed metric. {@code value} is exact (34 significant digits, trailing zeros stripped);
 * display rounding happens only in {@code formula} and in renderers.
 *
 * @param explanation a sentence in words where the number needs one (e.g. a breakeven share above 1), or null
 * @param grid        the metric over one or two input ranges around this result (its base case), or null
 * @param tornado     what moves this metric most, or null
 */
public record MetricResult(String metric, String label, BigDecimal value, Unit unit, String scenario,
                           List<InputUsed> inputs, String formula, String explanation, Grid grid, Tornado tornado) {
    public MetricResult {
        inputs = List.copyOf(inputs);
    }

    /** A result without a grid or tornado. */
    public MetricResult(String metric, String label, BigDecimal value, Unit unit, String scenario,
                        List<InputUsed> inputs, String formula, String explanation) {
        this(metric, label, value, unit, scenario, inputs, formula, explanation, null, null);
    }

    public MetricResult withGrid(Grid g) {
        return new MetricResult(metric, label, value, unit, scenario, inputs, formula, explanation, g, tornado);
    }

    public MetricResult withTornado(Tornado t) {
        return new MetricResult(metric, label, value, unit, scenario, inputs, formula, explanation, grid, t);
    }

    public String display() {
        return Format.value(value, unit);
    }
}
