package org.thesisbot.charts;

import java.math.BigDecimal;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;

/** Axis ticks printed exactly as the text answers print values ($500B, $1.5T, 6.02%, 1.81x, 5 years). */
final class UnitFormat extends NumberFormat {
    private static final long serialVersionUID = 1L;
    private final Unit unit;

    UnitFormat(Unit unit) {
        this.unit = unit;
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return toAppendTo.append("n/a");
        }
        return toAppendTo.append(Format.value(new BigDecimal(Double.toString(number)), unit));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(Format.value(BigDecimal.valueOf(number), unit));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("display only");
    }
}
