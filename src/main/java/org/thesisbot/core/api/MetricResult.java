package org.thesisbot.core.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One computed metric. {@code value} is exact (34 significant digits, trailing zeros stripped);
 * display rounding happens only in {@code formula} and in renderers. A {@link Kind#SOLVED solved} input has at
 * most 15 significant digits, and the metric computed at it is given to the place one step in that 15th digit
 * moves it (see {@code org.thesisbot.core.scenario.Solver}).
 *
 * @param metric      the metric's id; for an input or a solved input, the input's id
 * @param explanation a sentence in words where the number needs one (e.g. a breakeven share above 1), or null
 * @param kind        a computed metric, an input's value as the model holds it, or an input solved for a target
 * @param grid        the metric over one or two input ranges around this result (its base case), or null
 * @param tornado     what moves this metric most, or null
 */
public record MetricResult(String metric, String label, BigDecimal value, Unit unit, String scenario,
                           List<InputUsed> inputs, String formula, String explanation, Kind kind, Grid grid,
                           Tornado tornado) {
    public MetricResult {
        inputs = List.copyOf(inputs);
    }

    /** A computed metric. */
    public MetricResult(String metric, String label, BigDecimal value, Unit unit, String scenario,
                        List<InputUsed> inputs, String formula, String explanation) {
        this(metric, label, value, unit, scenario, inputs, formula, explanation, Kind.METRIC, null, null);
    }

    /** A result of the given kind, without a grid or tornado. */
    public MetricResult(String metric, String label, BigDecimal value, Unit unit, String scenario,
                        List<InputUsed> inputs, String formula, String explanation, Kind kind) {
        this(metric, label, value, unit, scenario, inputs, formula, explanation, kind, null, null);
    }

    /** What a result is; the wire name is part of the JSON API. */
    public enum Kind {
        METRIC, INPUT, SOLVED,
        /** How much a metric moves for a step of an input ("per +$100B of exit"): the difference of two answers. */
        CHANGE,
        /**
         * The rest of the whole a metric is part of, under the metric's id: the share of OpenAI others hold beside
         * {@code stake}, the compute OpenAI spends off AWS beside {@code aws_compute_revenue}. Its label says which.
         */
        REST,
        /**
         * The metric restated another way, under its id: in another compounding convention (an IRR continuously
         * compounded, semi-annual, monthly or simple), as a present value at a discount rate, or as a level annual amount.
         * Its label says how; the model's own figure stays a {@link #METRIC} beside it.
         */
        RESTATED,
        /**
         * The expected value of a metric over a probability tree the question set out: each leaf's value times its
         * probability, summed. Its formula writes the sum out.
         */
        EXPECTED;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public MetricResult withGrid(Grid g) {
        return new MetricResult(metric, label, value, unit, scenario, inputs, formula, explanation, kind, g, tornado);
    }

    public MetricResult withTornado(Tornado t) {
        return new MetricResult(metric, label, value, unit, scenario, inputs, formula, explanation, kind, grid, t);
    }

    public String display() {
        return Format.value(value, unit);
    }
}
