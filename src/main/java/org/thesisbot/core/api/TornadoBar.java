package org.thesisbot.core.api;

import java.math.BigDecimal;

/**
 * One input of a tornado: the metric with the input at its low and high values, everything else at base.
 *
 * @param input  the input id
 * @param label  the input's label
 * @param unit   the input's unit
 * @param low    the input's low value (the bear scenario's value, or base - 20%)
 * @param high   the input's high value (the bull scenario's value, or base + 20%)
 * @param atLow  the metric with the input at {@code low}
 * @param atHigh the metric with the input at {@code high}
 * @param basis  how low and high were chosen: {@link Basis#SCENARIOS} or {@link Basis#PLUS_MINUS_20}
 */
public record TornadoBar(String input, String label, Unit unit, BigDecimal low, BigDecimal high,
                         BigDecimal atLow, BigDecimal atHigh, Basis basis) {

    public enum Basis {
        /** low and high are the bear and bull scenarios' values for this input */
        SCENARIOS,
        /** no scenario sets the input: base ± 20% (ratios capped at 100%) */
        PLUS_MINUS_20
    }

    /** How far the metric moves across the input's range: |atHigh - atLow|. */
    public BigDecimal swing() {
        return atHigh.subtract(atLow).abs();
    }
}
