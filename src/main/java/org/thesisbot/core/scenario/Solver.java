package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;

/**
 * Solves a target backwards: the value of one input at which a metric reaches a given value, all else as
 * the scenario and the question set it ("what exit gives a 3x?", "what capture share makes AWS's compute
 * revenue $100B?").
 *
 * <p>Every metric of the model is, in any one input with the others fixed, either affine ({@code a·x + b})
 * or reciprocal-affine ({@code a/x + b}); IRR is a power of MOIC. So the solver asks the {@link Calculator}
 * for three points, identifies which of the two shapes the metric has in that input (exactly, by finite
 * differences), inverts it in closed form at 50 digits, and checks the answer by computing the metric again
 * at the solved value. Nothing is searched or approximated iteratively; a shape it does not recognise is refused.
 *
 * <p><b>Precision.</b> A solved input carries at most {@value #DIGITS} significant digits (half-even): the exact
 * solution when it ends within them (the exit for a 3x is 2490, for a 20% IRR over 5 years 2065.3056), and the
 * metric at it is then the target to every digit. Otherwise (2000/3, ln 3 / ln 1.2) the solution is rounded to
 * {@value #DIGITS} digits, the metric is computed again at that rounded input, and it is given to the decimal
 * place that one step in the input's last digit moves it (a combined payoff solved to zero: 0, not 8.46E-30).
 * So the shown metric is what the shown input gives, to the precision the input carries; the digits below
 * that are the input's rounding, not the answer. Fifteen digits are also what a JSON client parsing numbers
 * as doubles keeps exactly.
 */
public final class Solver {
    /** Significant digits a solved input carries at most. */
    public static final int DIGITS = 15;
    private static final MathContext WORK = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final MathContext SOLVED = new MathContext(DIGITS, RoundingMode.HALF_EVEN);
    /** Relative agreement of probed shapes; the probes carry the calculator's 34-digit rounding. */
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-24");

    private final Calculator calculator;

    public Solver(Calculator calculator) {
        this.calculator = calculator;
    }

    /**
     * The solved input and the metric computed at it.
     *
     * @param value at most {@value #DIGITS} significant digits, trailing zeros dropped, never in exponent form
     * @param check the metric at {@code value}: all its digits when {@code value} is exact, else to the decimal
     *              place one step in {@code value}'s last digit moves it
     */
    public record Solution(InputId input, BigDecimal value, MetricResult check) {
    }

    /**
     * @param goal      the metric whose value is the target
     * @param target    the target value, in the metric's unit (a fraction for ratios)
     * @param x         the input to solve for
     * @param scenario  the scenario the rest of the inputs come from
     * @param overrides the question's (and thread's) own figures; any value for {@code x} is ignored
     * @throws InvalidInputException when no value of the input reaches the target, or only an impossible one
     */
    public Solution solve(Metric goal, BigDecimal target, InputId x, String scenario, Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> base = new HashMap<>(overrides);
        base.remove(x.id());
        Input input = calculator.model().require(x.id());
        BigDecimal solved;
        if (goal == Metric.IRR && x == InputId.HOLDING_YEARS) {
            solved = yearsForIrr(target, scenario, base);
        } else if (goal == Metric.IRR) {
            // IRR r over y years is a MOIC of (1 + r)^y: solve that instead
            BigDecimal years = value(InputId.HOLDING_YEARS, scenario, base);
            if (BigDecimal.ONE.add(target).signum() <= 0) {
                throw new InvalidInputException("an IRR of " + Format.percent(target) + " would mean losing more than everything");
            }
            BigDecimal moic = BigMath.pow(BigDecimal.ONE.add(target), years);
            solved = invert(Metric.MOIC, moic, x, input, scenario, base);
        } else {
            solved = invert(goal, target, x, input, scenario, base);
        }
        solved = clean(solved);
        String problem = InputRules.check(x.id(), input.label(), input.unit(), solved).orElse(null);
        if (problem != null) {
            throw new InvalidInputException("no possible value of " + input.label().toLowerCase(java.util.Locale.ROOT)
                    + " reaches " + describe(goal, target) + ": it would take " + Format.value(solved, input.unit())
                    + ", and " + problem);
        }
        base.put(x.id(), solved);
        BigDecimal reached = calculator.value(goal, scenario, base);
        if (reached.compareTo(target) == 0) {
            return new Solution(x, solved, calculator.compute(goal, scenario, base));
        }
        BigDecimal step = step(goal, x, solved, reached, scenario, base);
        if (reached.subtract(target).abs().compareTo(step.max(TOLERANCE.multiply(BigDecimal.ONE.max(target.abs())))) > 0) {
            throw new InvalidInputException("I could not solve " + describe(goal, target) + " for "
                    + input.label().toLowerCase(java.util.Locale.ROOT) + " exactly");
        }
        MetricResult check = step.signum() == 0 ? calculator.compute(goal, scenario, base)
                : calculator.compute(goal, scenario, base, powerOfTenAtLeast(step));
        return new Solution(x, solved, check);
    }

    /**
     * Two metrics set level: the value of one input at which {@code goal} equals {@code other} ("what exit makes the stake
     * worth what AWS makes on the compute?"), or, {@code offsetting}, at which the two add up to nothing ("where the cloud
     * profit covers the loss on the stake"). Solved as their difference reaching zero, which keeps the shapes {@link #solve}
     * knows when one side does not move with the input or both move the same way; any other shape is refused.
     *
     * @param goalAt  {@code goal} at the solved input, to the precision that input carries (see {@link Solution#check})
     * @param otherAt {@code other} at the solved input, likewise
     */
    public record Level(InputId input, BigDecimal value, MetricResult goalAt, MetricResult otherAt) {
    }

    public Level solveLevel(Metric goal, Metric other, boolean offsetting, InputId x, String scenario,
                            Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> base = new HashMap<>(overrides);
        base.remove(x.id());
        Input input = calculator.model().require(x.id());
        String words = shortName(goal) + (offsetting ? " that offsets " : " equal to ") + shortName(other);
        Measure gap = o -> {
            BigDecimal b = calculator.compute(other, scenario, o).value();
            return calculator.compute(goal, scenario, o).value().subtract(offsetting ? b.negate() : b);
        };
        Solved sol = solveMeasure(gap, words, "the gap between " + shortName(goal) + " and " + shortName(other), BigDecimal.ZERO,
                x, input, scenario, base);
        if (sol.step().signum() == 0) {
            return new Level(x, sol.value(), calculator.compute(goal, scenario, base), calculator.compute(other, scenario, base));
        }
        BigDecimal quantum = powerOfTenAtLeast(sol.step());
        return new Level(x, sol.value(), calculator.compute(goal, scenario, base, quantum), calculator.compute(other, scenario, base, quantum));
    }

    /**
     * A goal for the rest of the whole {@code part} is part of ({@link Rests}): "what exit gets everyone else's piece of
     * OpenAI to $1T" solves the exit valuation less the stake's value for $1T. Inverted as {@link #solve} inverts a metric.
     */
    public Solution solveRest(Metric part, BigDecimal target, InputId x, String scenario, Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> base = new HashMap<>(overrides);
        base.remove(x.id());
        Input input = calculator.model().require(x.id());
        String words = "the rest of " + describeLevel(part) + " at " + Format.value(target, part.unit());
        Measure rest = o -> Rests.of(calculator, part, scenario, o).orElseThrow().value();
        Solved sol = solveMeasure(rest, words, "the rest of " + describeLevel(part), target, x, input, scenario, base);
        MetricResult check = Rests.of(calculator, part, scenario, base).orElseThrow();
        if (sol.step().signum() > 0 && check.value().compareTo(target) != 0) {
            // (shown to the place one step in the solved input's last digit moves it, as a metric solved for is)
            BigDecimal shown = check.value().setScale(powerOfTenAtLeast(sol.step()).stripTrailingZeros().scale(), java.math.RoundingMode.HALF_EVEN)
                    .stripTrailingZeros();
            shown = shown.scale() < 0 ? shown.setScale(0) : shown;
            check = new MetricResult(check.metric(), check.label(), shown, check.unit(), check.scenario(), check.inputs(), check.formula(),
                    check.explanation(), check.kind());
        }
        return new Solution(x, sol.value(), check);
    }

    /** An input solved for a measure, and how far one step in its last digit moves the measure (zero: it is exact). */
    private record Solved(BigDecimal value, BigDecimal step) {
    }

    /**
     * Solves {@code f} for {@code target} in {@code x} (as {@link #invert}), checks the value is a possible one, puts it in
     * {@code base}, and checks the measure there is the target to the place one step in the value's last digit moves it.
     */
    private Solved solveMeasure(Measure f, String words, String measured, BigDecimal target, InputId x, Input input, String scenario,
                                Map<String, BigDecimal> base) {
        BigDecimal solved = clean(invert(f, words, measured, target, x, input, scenario, base));
        String problem = InputRules.check(x.id(), input.label(), input.unit(), solved).orElse(null);
        if (problem != null) {
            throw new InvalidInputException("no possible value of " + input.label().toLowerCase(java.util.Locale.ROOT)
                    + " gives " + words + ": it would take " + Format.value(solved, input.unit()) + ", and " + problem);
        }
        base.put(x.id(), solved);
        BigDecimal reached = f.of(base);
        if (reached.compareTo(target) == 0) {
            return new Solved(solved, BigDecimal.ZERO);
        }
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(solved.precision() - solved.scale() - DIGITS);
        BigDecimal step;
        try {
            step = at(f, x, solved.add(unit), base).subtract(reached).abs();
        } catch (InvalidInputException up) {
            step = at(f, x, solved.subtract(unit), base).subtract(reached).abs();
        }
        if (reached.subtract(target).abs().compareTo(step.max(TOLERANCE.multiply(BigDecimal.ONE.max(target.abs())))) > 0) {
            throw new InvalidInputException("I could not solve " + words + " for " + input.label().toLowerCase(java.util.Locale.ROOT)
                    + " exactly");
        }
        return new Solved(solved, step);
    }

    /**
     * How far one step in the solved input's last digit moves the metric: |f(x + u) - f(x)|, or the step down
     * when the step up leaves the input's sane range (a share of exactly 100%).
     */
    private BigDecimal step(Metric goal, InputId x, BigDecimal solved, BigDecimal reached, String scenario,
                            Map<String, BigDecimal> base) {
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(solved.precision() - solved.scale() - DIGITS);
        try {
            return at(goal, x, solved.add(unit), scenario, base).subtract(reached).abs();
        } catch (InvalidInputException up) {
            return at(goal, x, solved.subtract(unit), scenario, base).subtract(reached).abs();
        }
    }

    /** The smallest power of ten at or above {@code v > 0}. */
    static BigDecimal powerOfTenAtLeast(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        int floor = s.precision() - s.scale() - 1;
        boolean exact = s.unscaledValue().equals(java.math.BigInteger.ONE);
        return BigDecimal.ONE.scaleByPowerOfTen(exact ? floor : floor + 1);
    }

    /** "a 3.00x MOIC", "a 25% IRR", "a stake value of $120B". */
    public static String describe(Metric goal, BigDecimal target) {
        return switch (goal.unit()) {
            case MULTIPLE -> "a " + Format.multiple(target) + " " + shortName(goal);
            case RATIO -> "a " + Format.percent(target) + " " + shortName(goal);
            case USD_BILLIONS -> shortName(goal) + " of " + Format.money(target);
            case YEARS -> shortName(goal) + " of " + Format.years(target);
        };
    }

    /** A metric as one side of a level: "the stake value", "AWS compute profit". */
    public static String describeLevel(Metric m) {
        if (m == Metric.GAIN) {
            return "the gain on the stake";
        }
        String n = shortName(m);
        return n.startsWith("a ") ? "the " + n.substring(2) : n;
    }

    static String shortName(Metric m) {
        return switch (m) {
            case MOIC -> "MOIC";
            case IRR -> "IRR";
            case STAKE -> "stake";
            case STAKE_VALUE -> "a stake value";
            case GAIN -> "a gain";
            case COMBINED_PAYOFF -> "a combined payoff";
            case AWS_COMPUTE_REVENUE -> "AWS compute revenue";
            case AWS_COMPUTE_REVENUE_PER_YEAR -> "AWS compute revenue per year";
            case AWS_COMPUTE_PROFIT -> "AWS compute profit";
            case CIRCULAR_RETURN_RATIO -> "circular return";
            case CAPEX_SHARE -> "share of capex";
            case ROUND_SHARE -> "share of the round";
            case BREAKEVEN_CAPTURE_SHARE -> "breakeven capture share";
            case OPENAI_VS_ANTHROPIC_RATIO -> "OpenAI-to-Anthropic ratio";
            default -> m.label().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private BigDecimal invert(Metric goal, BigDecimal target, InputId x, Input input, String scenario,
                              Map<String, BigDecimal> base) {
        return invert(o -> calculator.compute(goal, scenario, o).value(), describe(goal, target), goal.label(), target, x, input,
                scenario, base);
    }

    /** What the solver inverts: a number computed from the inputs (a metric, or two metrics' difference). */
    private interface Measure {
        BigDecimal of(Map<String, BigDecimal> inputs);
    }

    /** @param goalWords the goal as the errors say it ("a 3.00x MOIC"); {@code measured} what is measured ("MOIC") */
    private BigDecimal invert(Measure f, String goalWords, String measured, BigDecimal target, InputId x, Input input,
                              String scenario, Map<String, BigDecimal> base) {
        BigDecimal c = value(x, scenario, base);
        if (c.signum() <= 0) {
            c = input.unit() == Unit.RATIO ? BigDecimal.ONE : BigDecimal.TEN;
        }
        BigDecimal p1 = c.divide(BigDecimal.valueOf(4), WORK);
        BigDecimal p2 = c.divide(BigDecimal.valueOf(2), WORK);
        BigDecimal p3 = c;
        BigDecimal f1 = at(f, x, p1, base);
        BigDecimal f2 = at(f, x, p2, base);
        BigDecimal f3 = at(f, x, p3, base);
        BigDecimal scale = BigDecimal.ONE.max(f1.abs()).max(f2.abs()).max(f3.abs());
        BigDecimal d1 = f2.subtract(f1);
        BigDecimal d2 = f3.subtract(f2);
        if (near(d1, BigDecimal.ZERO, scale) && near(d2, BigDecimal.ZERO, scale)) {
            throw new InvalidInputException(input.label() + " does not change " + measured.toLowerCase(java.util.Locale.ROOT)
                    + ", so no value of it reaches " + goalWords);
        }
        // affine: equal steps in x (p1→p2 is c/4, p2→p3 is c/2) give steps in f in the same ratio
        if (near(d2, d1.multiply(BigDecimal.valueOf(2)), scale)) {
            BigDecimal a = d1.divide(p2.subtract(p1), WORK);
            BigDecimal b = f1.subtract(a.multiply(p1, WORK), WORK);
            return target.subtract(b).divide(a, WORK);
        }
        // reciprocal-affine: f = A/x + B
        BigDecimal inv1 = BigDecimal.ONE.divide(p1, WORK);
        BigDecimal inv2 = BigDecimal.ONE.divide(p2, WORK);
        BigDecimal inv3 = BigDecimal.ONE.divide(p3, WORK);
        BigDecimal aa = d1.negate().divide(inv1.subtract(inv2), WORK);
        BigDecimal bb = f1.subtract(aa.multiply(inv1, WORK), WORK);
        if (!near(f3, aa.multiply(inv3, WORK).add(bb), scale)) {
            throw new InvalidInputException("I can't solve " + goalWords + " for "
                    + input.label().toLowerCase(java.util.Locale.ROOT));
        }
        BigDecimal denominator = target.subtract(bb);
        if (denominator.signum() == 0 || aa.divide(denominator, WORK).signum() <= 0) {
            throw new InvalidInputException("no positive " + input.label().toLowerCase(java.util.Locale.ROOT)
                    + " reaches " + goalWords);
        }
        return aa.divide(denominator, WORK);
    }

    /** Years for an IRR target: moic^(1/y) = 1 + r, so y = ln(moic) / ln(1 + r). */
    private BigDecimal yearsForIrr(BigDecimal r, String scenario, Map<String, BigDecimal> base) {
        BigDecimal moic = calculator.compute(Metric.MOIC, scenario, base).value();
        if (r.signum() == 0 || moic.compareTo(BigDecimal.ONE) == 0) {
            throw new InvalidInputException("with a MOIC of " + Format.multiple(moic) + " no holding period gives an IRR of "
                    + Format.percent(r));
        }
        if (BigDecimal.ONE.add(r).signum() <= 0 || moic.signum() <= 0) {
            throw new InvalidInputException("no holding period gives an IRR of " + Format.percent(r));
        }
        BigDecimal years = BigMath.ln(moic).divide(BigMath.ln(BigDecimal.ONE.add(r)), WORK);
        if (years.signum() <= 0) {
            throw new InvalidInputException("a MOIC of " + Format.multiple(moic) + " never gives an IRR of " + Format.percent(r)
                    + (moic.compareTo(BigDecimal.ONE) > 0 ? ": it is a gain, the IRR is positive for any holding period"
                    : ": it is a loss, the IRR is negative for any holding period"));
        }
        return years;
    }

    private BigDecimal at(Metric goal, InputId x, BigDecimal v, String scenario, Map<String, BigDecimal> base) {
        return at(o -> calculator.compute(goal, scenario, o).value(), x, v, base);
    }

    private static BigDecimal at(Measure f, InputId x, BigDecimal v, Map<String, BigDecimal> base) {
        Map<String, BigDecimal> o = new HashMap<>(base);
        o.put(x.id(), v);
        return f.of(o);
    }

    private BigDecimal value(InputId x, String scenario, Map<String, BigDecimal> base) {
        if (base.containsKey(x.id())) {
            return base.get(x.id());
        }
        Scenario s = calculator.model().scenario(scenario == null ? ScenarioModel.BASE : scenario).orElseThrow();
        return s.overrides().getOrDefault(x.id(), calculator.model().require(x.id()).value());
    }

    private static boolean near(BigDecimal a, BigDecimal b, BigDecimal scale) {
        return a.subtract(b).abs().compareTo(TOLERANCE.multiply(scale)) <= 0;
    }

    /** {@value #DIGITS} significant digits, trailing zeros dropped, never in exponent form. */
    private static BigDecimal clean(BigDecimal v) {
        BigDecimal r = v.round(SOLVED).stripTrailingZeros();
        if (r.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return r.scale() < 0 ? r.setScale(0) : r;
    }
}
