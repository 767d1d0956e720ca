package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a gap between two sides of a goal closes, for the readers that solve an input of their own frame
 * ({@link Capitalised}, {@link Displaced}): bisection over the input's valid range, bounded in steps whatever the input.
 */
final class Roots {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-24");
    private static final int MAX_STEPS = 300;

    private Roots() {
    }

    /**
     * The input in {@code [lo, hi]} at which {@code gap} is zero, to 20 significant digits; empty when the gap has the
     * same sign at both ends (no input in the range reaches the goal). The gap must be monotone over the range.
     */
    static Optional<BigDecimal> bisect(Function<BigDecimal, BigDecimal> gap, BigDecimal lo, BigDecimal hi) {
        BigDecimal flo = gap.apply(lo);
        BigDecimal fhi = gap.apply(hi);
        if (flo.signum() == 0) {
            return Optional.of(round(lo));
        }
        if (fhi.signum() == 0) {
            return Optional.of(round(hi));
        }
        if (flo.signum() == fhi.signum()) {
            return Optional.empty();
        }
        for (int i = 0; i < MAX_STEPS && hi.subtract(lo).abs().compareTo(TOLERANCE.multiply(hi.abs().max(BigDecimal.ONE))) >= 0; i++) {
            BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), MC);
            BigDecimal f = gap.apply(mid);
            if (f.signum() == 0) {
                return Optional.of(round(mid));
            }
            if (f.signum() == flo.signum()) {
                lo = mid;
                flo = f;
            } else {
                hi = mid;
            }
        }
        return Optional.of(round(lo.add(hi).divide(BigDecimal.valueOf(2), MC)));
    }

    /** To 20 significant digits, without trailing zeros or an exponent. */
    static BigDecimal round(BigDecimal v) {
        return Sums.plainScale(v.round(new MathContext(20, RoundingMode.HALF_EVEN)));
    }
}
