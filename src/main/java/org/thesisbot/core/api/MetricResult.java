package org.thesisbot.core.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One computed metric. {@code value} is exact (34 significant digits, trailing zeros stripped);
 * display rounding happens only in {@code formula} and in renderers.
 *
 * @param explanation a sentence in words where the number needs one (e.g. a breakeven share above 1), or null
 */
public record MetricResult(String metric, String label, BigDecimal value, Unit unit, String scenario,
                           List<InputUsed> inputs, String formula, String explanation) {
    public MetricResult {
        inputs = List.copyOf(inputs);
    }

    public String display() {
        return Format.value(value, unit);
    }
}
