package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the same money would have earned instead at a steady yearly rate, compounded once a year ("t-bills at 4% over 5
 * years", "buybacks at 6% a year"): the value each of the model's money numbers is set against when a question nets out
 * such a return. With {@code I} invested and {@code g = (1 + rate)^years}: the stake's value against {@code I·g}, the
 * gain and the combined payoff against {@code I·(g - 1)}, the MOIC against {@code g}, the IRR against the rate itself.
 * Other numbers (a share, AWS's revenue) have no such counterpart.
 *
 * @param rate  a fraction a year (0.04), from 0 to 1
 * @param years more than 0 and at most 100
 */
public record Benchmark(BigDecimal rate, BigDecimal years) {
    private static final BigDecimal MAX_YEARS = BigDecimal.valueOf(100);

    public Benchmark {
        if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("a benchmark's yearly rate must be from 0% to 100% (got " + rate + ")");
        }
        if (years == null || years.signum() <= 0 || years.compareTo(MAX_YEARS) > 0) {
            throw new InvalidInputException("a benchmark's years must be more than 0 and at most 100 (got " + years + ")");
        }
    }

    /** {@code (1 + rate)^years}, exact for whole years, else to 34 significant digits. */
    public BigDecimal growth() {
        BigDecimal base = BigDecimal.ONE.add(rate);
        if (years.stripTrailingZeros().scale() <= 0) {
            return base.pow(years.intValueExact(), BigMath.RESULT);
        }
        return BigMath.pow(base, years).round(BigMath.RESULT);
    }

    /** The benchmark's counterpart of {@code metric} with {@code investment} put in, or empty when it has none. */
    public Optional<BigDecimal> valueOf(Metric metric, BigDecimal investment) {
        return switch (metric) {
            case STAKE_VALUE -> Optional.of(investment.multiply(growth(), BigMath.RESULT));
            case GAIN, COMBINED_PAYOFF -> Optional.of(investment.multiply(growth().subtract(BigDecimal.ONE), BigMath.RESULT));
            case MOIC -> Optional.of(growth());
            case IRR -> Optional.of(rate);
            default -> Optional.empty();
        };
    }
}
