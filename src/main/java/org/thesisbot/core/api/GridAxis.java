package org.thesisbot.core.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One side of a sensitivity grid: the input that moves and the values it takes, in order.
 *
 * @param input  the input id ({@code exit_valuation})
 * @param label  the input's label, for axes and headers
 * @param unit   the input's unit (values are in it: billions of USD, fractions, years)
 * @param values the values, at least one
 * @param base   the input's value in the grid's scenario before it was moved (the base case), for the mark
 */
public record GridAxis(String input, String label, Unit unit, List<BigDecimal> values, BigDecimal base) {
    public GridAxis {
        Objects.requireNonNull(input, "input");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an axis needs at least one value");
        }
    }

    public int size() {
        return values.size();
    }

    /** The index of the value equal to the base case, or -1 when the range does not contain it. */
    public int baseIndex() {
        if (base == null) {
            return -1;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).compareTo(base) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** "$500B", "60%", "5 years": a value as the text answers print it. */
    public String display(int i) {
        return Format.value(values.get(i), unit);
    }
}
