package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import org.thesisbot.core.api.Format;

/**
 * An annual rate said in another compounding convention. The model's IRR is the effective annual rate r: the multiple M
 * over T years is (1 + r)^T. The same growth is
 * <ul>
 *   <li>continuously compounded: c = ln(1 + r), so M = e^(cT);</li>
 *   <li>a nominal rate compounded m times a year (semi-annual bond-equivalent m = 2, quarterly 4, monthly APR 12):
 *       a = m((1 + r)^(1/m) − 1), so M = (1 + a/m)^(mT);</li>
 *   <li>simple, nothing compounded: s = (M − 1) / T, which depends on T.</li>
 * </ul>
 * Exact to the core's 34 significant digits ({@link BigMath}), and bounded: a rate is refused beyond ±1,000% a year, and
 * a total loss (r = −100%) has no continuously compounded or nominal rate.
 */
public final class Compounding {
    private static final MathContext MC = BigMath.RESULT;
    private static final BigDecimal MAX_RATE = BigDecimal.TEN;
    private static final BigDecimal MAX_YEARS = BigDecimal.valueOf(100);

    /** A convention, with how many times a year it compounds (0: continuously; -1: never). */
    public enum Convention {
        CONTINUOUS(0, "continuously compounded"),
        SEMI_ANNUAL(2, "semi-annual (bond-equivalent)"),
        QUARTERLY(4, "compounded quarterly"),
        MONTHLY(12, "compounded monthly (APR)"),
        SIMPLE(-1, "simple, not compounded");

        private final int perYear;
        private final String said;

        Convention(int perYear, String said) {
            this.perYear = perYear;
            this.said = said;
        }

        /** How the convention is said in a label: "continuously compounded". */
        public String said() {
            return said;
        }

        /** How many times a year it compounds: 0 continuously, -1 never (simple). */
        public int perYear() {
            return perYear;
        }

        /** Whether the rate depends on the holding period (simple does; the others only on r). */
        public boolean needsYears() {
            return perYear < 0;
        }
    }

    private Compounding() {
    }

    /**
     * The effective annual rate r said in the convention, over {@code years} (used by SIMPLE only).
     *
     * @throws InvalidInputException for a rate or hold out of range, or a total loss, which no convention but simple says
     */
    public static BigDecimal fromEffective(Convention c, BigDecimal r, BigDecimal years) {
        check(r, "rate");
        BigDecimal growth = BigDecimal.ONE.add(r);
        if (growth.signum() <= 0) {
            throw new InvalidInputException("a total loss has no " + c.said() + " rate");
        }
        return switch (c) {
            case CONTINUOUS -> BigMath.ln(growth).round(MC);
            case SIMPLE -> BigMath.pow(growth, years(years)).subtract(BigDecimal.ONE).divide(years, MC);
            default -> {
                BigDecimal m = BigDecimal.valueOf(c.perYear);
                yield m.multiply(BigMath.root(growth, c.perYear).subtract(BigDecimal.ONE), MC);
            }
        };
    }

    /**
     * The effective annual rate that a rate said in the convention equals, over {@code years} (used by SIMPLE only).
     *
     * @throws InvalidInputException for a rate or hold out of range, or a rate that loses more than everything
     */
    public static BigDecimal toEffective(Convention c, BigDecimal rate, BigDecimal years) {
        check(rate, "rate");
        return switch (c) {
            case CONTINUOUS -> BigMath.exp(rate).subtract(BigDecimal.ONE).round(MC);
            case SIMPLE -> {
                BigDecimal t = years(years);
                BigDecimal multiple = BigDecimal.ONE.add(rate.multiply(t));
                if (multiple.signum() <= 0) {
                    throw new InvalidInputException("a simple rate of " + Format.percent(rate) + " over " + t.stripTrailingZeros().toPlainString()
                            + " years loses more than the whole check");
                }
                yield BigMath.pow(multiple, BigDecimal.ONE.divide(t, MC)).subtract(BigDecimal.ONE).round(MC);
            }
            default -> {
                BigDecimal per = BigDecimal.ONE.add(rate.divide(BigDecimal.valueOf(c.perYear), MC));
                if (per.signum() <= 0) {
                    throw new InvalidInputException("a " + c.said() + " rate of " + Format.percent(rate) + " loses more than the whole check");
                }
                yield per.pow(c.perYear, MC).subtract(BigDecimal.ONE).round(MC);
            }
        };
    }

    /** The multiple a simple rate gives over the years: 1 + sT. */
    public static BigDecimal simpleMultiple(BigDecimal rate, BigDecimal years) {
        check(rate, "rate");
        return BigDecimal.ONE.add(rate.multiply(years(years)), MC);
    }

    /** x^y for x > 0, to the core's 34 digits (a growth factor over a fractional number of years). */
    public static BigDecimal power(BigDecimal x, BigDecimal y) {
        return BigMath.pow(x, y).round(MC);
    }

    /**
     * A growth factor over the years: (base)^years, multiplied out exactly for whole years up to 100 and by {@link #power}
     * otherwise (the one place Discounting and Inflation compound).
     */
    public static BigDecimal growth(BigDecimal base, BigDecimal years) {
        if (years.stripTrailingZeros().scale() <= 0 && years.abs().compareTo(MAX_YEARS) <= 0) {
            return base.pow(years.intValueExact(), MC);
        }
        return power(base, years);
    }

    /** How the converted rate was worked out from the effective rate r, for the reply: "ln(1 + 8.54%) = 8.19%". */
    public static String formula(Convention c, BigDecimal r, BigDecimal years, BigDecimal out) {
        String rs = Format.percent(r);
        return switch (c) {
            case CONTINUOUS -> "ln(1 + " + rs + ") = " + Format.percent(out);
            case SIMPLE -> "((1 + " + rs + ")^" + years.stripTrailingZeros().toPlainString() + " - 1) / " + years.stripTrailingZeros().toPlainString()
                    + " = " + Format.percent(out);
            default -> c.perYear + " × ((1 + " + rs + ")^(1/" + c.perYear + ") - 1) = " + Format.percent(out);
        };
    }

    private static void check(BigDecimal rate, String what) {
        if (rate.abs().compareTo(MAX_RATE) > 0) {
            throw new InvalidInputException("a " + what + " of " + Format.percent(rate) + " a year is beyond ±1,000%, too far from any real outcome");
        }
    }

    private static BigDecimal years(BigDecimal years) {
        if (years == null || years.signum() <= 0 || years.compareTo(MAX_YEARS) > 0) {
            throw new InvalidInputException("a simple rate needs a hold of more than 0 and at most 100 years");
        }
        return years;
    }
}
