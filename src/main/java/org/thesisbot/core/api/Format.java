package org.thesisbot.core.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Display rounding for values. Values themselves stay exact; only text is rounded here. */
public final class Format {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Format() {
    }

    public static String value(BigDecimal v, Unit unit) {
        return switch (unit) {
            case USD_BILLIONS -> money(v);
            case RATIO -> percent(v);
            case MULTIPLE -> multiple(v);
            case YEARS -> years(v);
        };
    }

    /** Billions of USD: "$50B", "$57.5B", "$20.13B", "$1.5T", "-$9.53B". */
    public static String money(BigDecimal billions) {
        String sign = billions.signum() < 0 ? "-" : "";
        BigDecimal abs = billions.abs();
        if (abs.compareTo(THOUSAND) >= 0) {
            return sign + "$" + plain(abs.divide(THOUSAND), 3) + "T";
        }
        return sign + "$" + plain(abs, 2) + "B";
    }

    /** Fraction as percent: 0.0602409 -> "6.02%", 0.4 -> "40%". */
    public static String percent(BigDecimal fraction) {
        return plain(fraction.multiply(HUNDRED), 2) + "%";
    }

    /** Multiple with two decimals: "1.81x". */
    public static String multiple(BigDecimal m) {
        return m.setScale(2, RoundingMode.HALF_UP).toPlainString() + "x";
    }

    public static String years(BigDecimal y) {
        String n = plain(y, 2);
        return n + (y.compareTo(BigDecimal.ONE) == 0 ? " year" : " years");
    }

    /** Rounded to at most {@code decimals} places, trailing zeros dropped, thousands grouped. */
    public static String plain(BigDecimal v, int decimals) {
        BigDecimal r = v.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.signum() == 0) {
            return "0";
        }
        DecimalFormat f = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMaximumFractionDigits(Math.max(decimals, 0));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(r);
    }
}
