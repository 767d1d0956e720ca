package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The values one input takes in a sensitivity grid, checked: at most {@link #MAX_VALUES}, every value valid
 * for the input, no duplicates. Built from {@code from..to [step s]} or from an explicit list.
 *
 * <p>Without a step, the range is cut at a round step that lands on both ends and gives 5 to 9 values
 * (years step by 1): {@code 500B..2T} is $500B, $750B, … $2T; {@code 3..7} years is 3, 4, 5, 6, 7.
 * With a step, values run from {@code from} towards {@code to} and stop at the last one that does not pass it.
 */
public record Range(String input, List<BigDecimal> values) {
    /** At most this many values per side: 15 × 15 = 225 cells. */
    public static final int MAX_VALUES = 15;
    private static final BigDecimal[] NICE = {BigDecimal.ONE, BigDecimal.valueOf(2), new BigDecimal("2.5"), BigDecimal.valueOf(5)};

    public Range {
        values = List.copyOf(values);
    }

    /** An explicit list of values ({@code exit_valuation=500B,1T,1.5T}). */
    public static Range of(Input input, List<BigDecimal> values) {
        if (values.size() < 2) {
            throw new InvalidInputException(input.id() + " needs at least two values to vary over (e.g. "
                    + example(input) + ")");
        }
        if (values.size() > MAX_VALUES) {
            throw new InvalidInputException(input.id() + " has " + values.size() + " values; a grid takes at most "
                    + MAX_VALUES + " per input (" + MAX_VALUES + " × " + MAX_VALUES + " cells in all)");
        }
        List<BigDecimal> out = new ArrayList<>();
        for (BigDecimal v : values) {
            InputRules.check(input.id(), input.label(), input.unit(), v).ifPresent(p -> {
                throw new InvalidInputException(p);
            });
            for (BigDecimal seen : out) {
                if (seen.compareTo(v) == 0) {
                    throw new InvalidInputException(input.id() + " lists " + Format.value(v, input.unit()) + " twice");
                }
            }
            out.add(Calculator.exact(v));
        }
        return new Range(input.id(), out);
    }

    /** {@code from..to}, with {@code step} or (null) a round step chosen to land on both ends. */
    public static Range between(Input input, BigDecimal from, BigDecimal to, BigDecimal step) {
        if (from.compareTo(to) == 0) {
            throw new InvalidInputException(input.id() + " runs from " + Format.value(from, input.unit()) + " to the same value:"
                    + " give two different ends, e.g. " + example(input));
        }
        BigDecimal span = to.subtract(from).abs();
        int direction = to.compareTo(from) > 0 ? 1 : -1;
        if (step == null) {
            step = defaultStep(input.unit(), span);
        } else if (step.signum() <= 0) {
            throw new InvalidInputException("the step for " + input.id() + " must be more than zero (got "
                    + Format.value(step, input.unit()) + ")");
        }
        BigDecimal count = span.divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
        if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
            BigDecimal suggestion = smallestStep(span);
            throw new InvalidInputException(input.id() + " from " + Format.value(from, input.unit()) + " to "
                    + Format.value(to, input.unit()) + " in steps of " + Format.value(step, input.unit()) + " gives "
                    + count.toPlainString() + " values; a grid takes at most " + MAX_VALUES + " per input ("
                    + MAX_VALUES + " × " + MAX_VALUES + " cells in all). Try step " + Format.value(suggestion, input.unit()) + ".");
        }
        if (count.intValue() < 2) {
            throw new InvalidInputException("a step of " + Format.value(step, input.unit()) + " is larger than the range of "
                    + input.id() + " (" + Format.value(from, input.unit()) + " to " + Format.value(to, input.unit()) + ")");
        }
        List<BigDecimal> values = new ArrayList<>();
        BigDecimal signed = direction > 0 ? step : step.negate();
        for (int i = 0; i < count.intValue(); i++) {
            values.add(from.add(signed.multiply(BigDecimal.valueOf(i))));
        }
        return of(input, values);
    }

    /**
     * A sensible range for an input nobody gave a range for: from its lowest to its highest value across the
     * scenarios when they set it (bear to bull, with the base value added if the round step misses it), else
     * seven values centred on the base value at a round step of about 10% (years by 1), dropping invalid ones.
     */
    public static Range around(ScenarioModel model, Input input) {
        BigDecimal base = input.value();
        BigDecimal lo = base;
        BigDecimal hi = base;
        for (Scenario s : model.scenarios()) {
            BigDecimal v = s.overrides().get(input.id());
            if (v != null) {
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
        List<BigDecimal> values = new ArrayList<>();
        if (lo.compareTo(hi) != 0) {
            BigDecimal step = defaultStep(input.unit(), hi.subtract(lo));
            for (BigDecimal v = lo; v.compareTo(hi) <= 0; v = v.add(step)) {
                values.add(v);
            }
            if (values.stream().noneMatch(v -> v.compareTo(base) == 0)) {
                values.add(base);
                values.sort(BigDecimal::compareTo);
            }
        } else {
            BigDecimal step = input.unit() == Unit.YEARS ? BigDecimal.ONE : niceAbout(base.abs().multiply(new BigDecimal("0.1")));
            for (int k = -3; k <= 3; k++) {
                BigDecimal v = base.add(step.multiply(BigDecimal.valueOf(k)));
                if (InputRules.check(input.id(), input.label(), input.unit(), v).isEmpty()) {
                    values.add(v);
                }
            }
        }
        return of(input, values.size() > MAX_VALUES ? values.subList(0, MAX_VALUES) : values);
    }

    /** The round step (1, 2, 2.5 or 5 × 10^k) nearest to {@code target} from below; 1 for zero. */
    private static BigDecimal niceAbout(BigDecimal target) {
        if (target.signum() == 0) {
            return BigDecimal.ONE;
        }
        BigDecimal best = null;
        for (int exp = -4; exp <= 6; exp++) {
            for (BigDecimal n : NICE) {
                BigDecimal step = n.scaleByPowerOfTen(exp);
                if (step.compareTo(target) <= 0) {
                    best = step;
                }
            }
        }
        return best == null ? target : best;
    }

    public int size() {
        return values.size();
    }

    /** A round step (1, 2, 2.5 or 5 × 10^k) that divides the span into 4 to 8 equal steps, else 4 equal steps. */
    static BigDecimal defaultStep(Unit unit, BigDecimal span) {
        if (unit == Unit.YEARS && span.stripTrailingZeros().scale() <= 0
                && span.compareTo(BigDecimal.valueOf(MAX_VALUES - 1)) <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal best = null;
        int bestCount = 0;
        for (int exp = -4; exp <= 6; exp++) {
            for (BigDecimal n : NICE) {
                BigDecimal step = n.scaleByPowerOfTen(exp);
                BigDecimal[] qr = span.divideAndRemainder(step);
                if (qr[1].signum() != 0) {
                    continue;
                }
                int count = qr[0].intValue() + 1;
                if (count < 5 || count > 9) {
                    continue;
                }
                // closest to 7 values; on a tie, more values
                if (best == null || Math.abs(count - 7) < Math.abs(bestCount - 7)
                        || (Math.abs(count - 7) == Math.abs(bestCount - 7) && count > bestCount)) {
                    best = step;
                    bestCount = count;
                }
            }
        }
        return best != null ? best : span.divide(BigDecimal.valueOf(4));
    }

    /** The smallest round step that keeps the range within {@link #MAX_VALUES} values. */
    private static BigDecimal smallestStep(BigDecimal span) {
        for (int exp = -4; exp <= 7; exp++) {
            for (BigDecimal n : NICE) {
                BigDecimal step = n.scaleByPowerOfTen(exp);
                if (span.divide(step, 0, RoundingMode.FLOOR).intValue() + 1 <= MAX_VALUES) {
                    return step;
                }
            }
        }
        return span;
    }

    private static String example(Input input) {
        return switch (input.unit()) {
            case USD_BILLIONS -> "`" + input.id() + "=500B..2T` or `" + input.id() + "=500B,1T,1.5T`";
            case RATIO -> "`" + input.id() + "=30%..70%`";
            case YEARS -> "`" + input.id() + "=3..7`";
            case MULTIPLE -> "`" + input.id() + "=1..3`";
        };
    }
}
