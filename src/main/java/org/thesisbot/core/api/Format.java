package org.thesisbot.core.api;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Display rounding for values. Values themselves stay exact; only text is rounded here.
 *
 * <p>Bounded whatever the value: a number with more than {@value #MAX_PLAIN_DIGITS} digits before the
 * point is shown as {@code 1.23×10^17}, and one too small to show at the asked decimals as {@code 0},
 * without ever expanding it to all its digits (a value of 10^250000 would take minutes to print).
 */
public final class Format {
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CENT_OF_A_BILLION = new BigDecimal("0.01");
    /** Half of $0.01M in billions: anything smaller is shown as "$0M". */
    private static final BigDecimal SHOWN_AS_ZERO = new BigDecimal("0.000005");
    private static final MathContext SCIENTIFIC = new MathContext(3, RoundingMode.HALF_UP);
    /** Above 10^15 (a thousand trillion) values are shown in scientific form. */
    static final int MAX_PLAIN_DIGITS = 15;

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

    /**
     * Billions of USD: "$50B", "$57.5B", "$20.13B", "$1.5T", "-$9.53B", "$5M" (under $10M). An amount that shows as
     * zero (under half of $0.01M) has no sign: "$0M", never "-$0M".
     */
    public static String money(BigDecimal billions) {
        BigDecimal abs = billions.abs();
        String sign = billions.signum() < 0 && abs.compareTo(SHOWN_AS_ZERO) >= 0 ? "-" : "";
        if (abs.compareTo(THOUSAND) >= 0) {
            return sign + "$" + plain(abs.movePointLeft(3), 3) + "T";
        }
        if (abs.signum() > 0 && abs.compareTo(CENT_OF_A_BILLION) < 0) {
            return sign + "$" + plain(abs.movePointRight(3), 2) + "M";
        }
        return sign + "$" + plain(abs, 2) + "B";
    }

    /** Fraction as percent: 0.0602409 -> "6.02%", 0.4 -> "40%". */
    public static String percent(BigDecimal fraction) {
        return plain(fraction.movePointRight(2), 2) + "%";
    }

    /** Multiple with two decimals: "1.81x". */
    public static String multiple(BigDecimal m) {
        if (digitsBeforePoint(m) > MAX_PLAIN_DIGITS) {
            return scientific(m) + "x";
        }
        return m.setScale(2, RoundingMode.HALF_UP).toPlainString() + "x";
    }

    /** "7 years", "1 year", "0.5 years"; a period under 0.01 years keeps two significant digits ("0.000001 years"). */
    public static String years(BigDecimal y) {
        int lead = digitsBeforePoint(y);
        String n = y.signum() == 0 || lead > -2 ? plain(y, 2)
                : lead < -MAX_PLAIN_DIGITS ? scientific(y)
                : y.round(new MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros().toPlainString();
        return n + (y.compareTo(BigDecimal.ONE) == 0 ? " year" : " years");
    }

    /** Never used itself, only cloned: it is never changed after this line, so threads may clone it at once. */
    private static final DecimalFormat PLAIN = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));

    /** Rounded to at most {@code decimals} places, trailing zeros dropped, thousands grouped. */
    public static String plain(BigDecimal v, int decimals) {
        if (digitsBeforePoint(v) > MAX_PLAIN_DIGITS) {
            return scientific(v);
        }
        if (digitsBeforePoint(v) < -decimals) {
            return "0"; // below half of the last shown decimal: rounds to zero (checked before any rescaling)
        }
        BigDecimal r = v.setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        if (r.signum() == 0) {
            return "0";
        }
        DecimalFormat f = (DecimalFormat) PLAIN.clone(); // a copy: DecimalFormat is not thread-safe; parsing the pattern costs more
        f.setMaximumFractionDigits(Math.max(decimals, 0));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(r);
    }

    /** The position of the leading digit: 3 for 830.5, 0 for 0.5, -2 for 0.005 (cheap: no digits are expanded). */
    private static int digitsBeforePoint(BigDecimal v) {
        return v.signum() == 0 ? 0 : v.precision() - v.scale();
    }

    /** Three significant digits and a power of ten: "1.23×10^17", "-5×10^20". */
    private static String scientific(BigDecimal v) {
        BigDecimal r = v.round(SCIENTIFIC);
        int exponent = r.precision() - r.scale() - 1;
        BigDecimal mantissa = r.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "×10^" + exponent;
    }

    /**
     * A label inside a sentence: "Value of Amazon's stake" as "value of Amazon's stake"; a label that starts with a name
     * ("Amazon's stake in OpenAI", "OpenAI's exit valuation") or an acronym ("AWS operating margin", "IRR") as written.
     */
    public static String inSentence(String label) {
        if (label == null || label.length() < 2) {
            return label;
        }
        String first = label.split("[\\s']", 2)[0];
        boolean name = NAMES.contains(first) || !first.substring(1).equals(first.substring(1).toLowerCase(java.util.Locale.ROOT));
        return name ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    /** The names the model's labels start with, which keep their capital inside a sentence. */
    private static final java.util.Set<String> NAMES = java.util.Set.of("Amazon", "Anthropic", "OpenAI", "AWS", "Indiana");

}
