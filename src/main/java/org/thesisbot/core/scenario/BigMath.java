package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Real powers of BigDecimals (for IRR = moic^(1/years) - 1), computed with guard digits and rounded to
 * the core's 34 significant digits. ln(1) is exactly 0 and exp(0) exactly 1, so a 1.0x multiple gives an
 * IRR of exactly 0.
 *
 * <p>Bounded in precision and time: every step works at 60 significant digits, and a power whose result
 * would be beyond 10^{@value #MAX_POWER_OF_TEN} (or below its inverse) is refused before it is computed,
 * so the loops run a few dozen times at most whatever the arguments.
 */
final class BigMath {
    static final MathContext RESULT = new MathContext(34, RoundingMode.HALF_EVEN);
    private static final MathContext WORK = new MathContext(60, RoundingMode.HALF_EVEN);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal EPSILON = new BigDecimal("1e-58");
    private static final BigDecimal LOW = new BigDecimal("0.9");
    private static final BigDecimal HIGH = new BigDecimal("1.1");
    static final int MAX_POWER_OF_TEN = 200;
    /** ln(10^200): |y ln x| above this means a result beyond 10^200. */
    private static final BigDecimal MAX_EXPONENT = new BigDecimal("460.517");

    private BigMath() {
    }

    /**
     * x^y for x > 0, to 60 significant digits (callers round once at the end).
     *
     * @throws InvalidInputException when the result would be beyond 10^200 or below 10^-200
     */
    static BigDecimal pow(BigDecimal x, BigDecimal y) {
        if (x.signum() <= 0) {
            throw new ArithmeticException("pow needs a positive base");
        }
        if (x.compareTo(BigDecimal.ONE) == 0 || y.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal exponent = ln(x.round(WORK)).multiply(y, WORK);
        if (exponent.abs().compareTo(MAX_EXPONENT) > 0) {
            throw new InvalidInputException("the result would be beyond 10^" + MAX_POWER_OF_TEN
                    + ", too far from any real outcome to compute");
        }
        return exp(exponent).round(WORK);
    }

    /**
     * The n-th root of x > 0 (n a positive integer) to 60 significant digits, by Newton's method from the
     * double-precision root: about 16 correct digits, then each step doubles them, so three or four steps.
     * Used for IRR over whole years, where it is several times faster than exp(ln(x) / n) and as exact.
     */
    static BigDecimal root(BigDecimal x, int n) {
        if (x.signum() <= 0 || n < 1) {
            throw new ArithmeticException("root needs a positive base and a positive degree");
        }
        if (n == 1 || x.compareTo(BigDecimal.ONE) == 0) {
            return x.round(WORK);
        }
        double start = Math.pow(x.doubleValue(), 1.0 / n);
        if (!Double.isFinite(start) || start <= 0) {
            return pow(x, BigDecimal.ONE.divide(BigDecimal.valueOf(n), WORK));
        }
        BigDecimal r = new BigDecimal(start);
        BigDecimal bn = BigDecimal.valueOf(n);
        for (int i = 0; i < 12; i++) {
            BigDecimal rn1 = r.pow(n - 1, WORK);
            BigDecimal delta = r.multiply(rn1, WORK).subtract(x, WORK).divide(bn.multiply(rn1, WORK), WORK);
            r = r.subtract(delta, WORK);
            if (delta.signum() == 0 || delta.abs().compareTo(r.abs().multiply(EPSILON, WORK)) <= 0) {
                break;
            }
        }
        return r;
    }

    static BigDecimal ln(BigDecimal x) {
        int halvings = 0;
        BigDecimal v = x;
        while (v.compareTo(HIGH) > 0 || v.compareTo(LOW) < 0) {
            v = v.sqrt(WORK);
            halvings++;
        }
        // ln(v) = 2 atanh(z), z = (v - 1) / (v + 1)
        BigDecimal z = v.subtract(BigDecimal.ONE).divide(v.add(BigDecimal.ONE), WORK);
        BigDecimal z2 = z.multiply(z, WORK);
        BigDecimal term = z;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; term.abs().compareTo(EPSILON) > 0; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), WORK), WORK);
            term = term.multiply(z2, WORK);
        }
        return sum.multiply(TWO).multiply(TWO.pow(halvings), WORK);
    }

    static BigDecimal exp(BigDecimal y) {
        if (y.signum() == 0) {
            return BigDecimal.ONE;
        }
        int squarings = 0;
        BigDecimal r = y;
        while (r.abs().compareTo(new BigDecimal("0.05")) > 0) {
            r = r.divide(TWO, WORK);
            squarings++;
        }
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 1; term.abs().compareTo(EPSILON) > 0; k++) {
            term = term.multiply(r, WORK).divide(BigDecimal.valueOf(k), WORK);
            sum = sum.add(term, WORK);
        }
        for (int i = 0; i < squarings; i++) {
            sum = sum.multiply(sum, WORK);
        }
        return sum;
    }
}
