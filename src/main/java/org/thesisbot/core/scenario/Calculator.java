package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;

import static org.thesisbot.core.api.Format.money;
import static org.thesisbot.core.api.Format.multiple;
import static org.thesisbot.core.api.Format.percent;
import static org.thesisbot.core.api.Format.years;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes metrics exactly over the model's inputs, a scenario's overrides and a question's overrides
 * (applied in that order). Values keep 34 significant digits; formulas show display-rounded numbers.
 */
public final class Calculator {
    private static final MathContext MC = BigMath.RESULT;
    private static final MathContext WORK = new MathContext(50, RoundingMode.HALF_EVEN);

    private final ScenarioModel model;

    public Calculator(ScenarioModel model) {
        this.model = model;
    }

    public ScenarioModel model() {
        return model;
    }

    public List<MetricResult> compute(List<Metric> metrics, String scenario, Map<String, BigDecimal> overrides) {
        List<MetricResult> out = new ArrayList<>(metrics.size());
        for (Metric m : metrics) {
            out.add(compute(m, scenario, overrides));
        }
        return out;
    }

    public MetricResult compute(Metric metric, String scenario, Map<String, BigDecimal> overrides) {
        return compute(metric, scenario, overrides, true, null);
    }

    /**
     * The metric at inputs that are themselves rounded (a {@link Solver solved} input), given to the decimal place
     * {@code quantum} (a power of ten): the value is rounded there (half-even) before the formula and the
     * explanation are written from it, so a payoff solved to zero reads 0, is not called negative, and shows no
     * "-$0M". Digits below {@code quantum} are what the rounding of the input put there, not part of the answer.
     */
    public MetricResult compute(Metric metric, String scenario, Map<String, BigDecimal> overrides, BigDecimal quantum) {
        BigDecimal q = quantum.stripTrailingZeros();
        if (q.unscaledValue().compareTo(java.math.BigInteger.ONE) != 0) {
            throw new IllegalArgumentException("the quantum must be a power of ten, not " + quantum);
        }
        return compute(metric, scenario, overrides, true, q);
    }

    /**
     * The metric's exact value alone: the same arithmetic and the same rounding as {@link #compute}, without
     * building the formula text or the list of inputs (for sensitivity grids, where only the numbers vary).
     */
    public BigDecimal value(Metric metric, String scenario, Map<String, BigDecimal> overrides) {
        return compute(metric, scenario, overrides, false, null).value();
    }

    private MetricResult compute(Metric metric, String scenario, Map<String, BigDecimal> overrides, boolean text,
                                 BigDecimal quantum) {
        Ctx c = new Ctx(scenario == null ? ScenarioModel.BASE : scenario, overrides, text, quantum);
        BigDecimal value;
        String formula;
        String explanation = null;
        switch (metric) {
            case CAPEX_SHARE -> {
                value = c.settle(div(c.v(InputId.INVESTMENT), c.v(InputId.CAPEX_2026)));
                formula = !c.text ? null : money(c.v(InputId.INVESTMENT)) + " / " + money(c.v(InputId.CAPEX_2026)) + " = " + percent(value);
            }
            case ROUND_SHARE -> {
                value = c.settle(div(c.v(InputId.INVESTMENT), c.v(InputId.ROUND_SIZE)));
                formula = !c.text ? null : money(c.v(InputId.INVESTMENT)) + " / " + money(c.v(InputId.ROUND_SIZE)) + " = " + percent(value);
                if (value.compareTo(BigDecimal.ONE) > 0) {
                    explanation = !c.text ? null : "Above 100%: the investment is larger than the whole round as given.";
                }
            }
            case STAKE -> {
                value = c.settle(stake(c));
                formula = !c.text ? null : money(c.v(InputId.INVESTMENT)) + " / " + money(c.v(InputId.POST_MONEY_VALUATION)) + " = " + percent(value);
            }
            case PRE_MONEY_VALUATION -> {
                value = c.settle(c.v(InputId.POST_MONEY_VALUATION).subtract(c.v(InputId.ROUND_SIZE)));
                if (value.signum() <= 0) {
                    throw new InvalidInputException("a post-money valuation of " + money(c.v(InputId.POST_MONEY_VALUATION))
                            + " is not above the " + money(c.v(InputId.ROUND_SIZE)) + " round, so there is no pre-money valuation");
                }
                formula = !c.text ? null : money(c.v(InputId.POST_MONEY_VALUATION)) + " - " + money(c.v(InputId.ROUND_SIZE)) + " = " + money(value);
            }
            case STAKE_VALUE -> {
                value = c.settle(stakeValue(c));
                String gross = "(" + money(c.v(InputId.INVESTMENT)) + " / " + money(c.v(InputId.POST_MONEY_VALUATION)) + ") × "
                        + money(c.v(InputId.EXIT_VALUATION));
                formula = !c.text ? null : !taxed(c) ? gross + " = " + money(value)
                        : money(c.v(InputId.INVESTMENT)) + " + (" + money(grossStakeValue(c)) + " - " + money(c.v(InputId.INVESTMENT))
                        + ") × (1 - " + percent(tax(c)) + " tax) = " + money(value);
                if (taxed(c)) {
                    explanation = !c.text ? null : "After tax: what is kept once " + percent(tax(c)) + " of the gain is paid in tax"
                            + " (a loss counts as a tax credit at the same rate). Before tax the stake is worth " + money(grossStakeValue(c)) + ".";
                }
            }
            case MOIC -> {
                value = c.settle(moic(c));
                formula = !c.text ? null : money(stakeValue(c)) + " / " + money(c.v(InputId.INVESTMENT)) + " = " + multiple(value);
                if (taxed(c)) {
                    explanation = !c.text ? null : "After " + percent(tax(c)) + " tax on the gain (" + multiple(grossMoic(c)) + " before tax).";
                }
            }
            case IRR -> {
                value = c.settle(irr(c));
                formula = !c.text ? null : multiple(moic(c)) + "^(1/" + plainYears(c.v(InputId.HOLDING_YEARS)) + ") - 1 = " + percent(value);
                if (taxed(c)) {
                    explanation = !c.text ? null : "After " + percent(tax(c)) + " tax on the gain: the after-tax multiple, annualised.";
                }
            }
            case GAIN -> {
                value = c.settle(gain(c));
                formula = !c.text ? null : !taxed(c) ? money(stakeValue(c)) + " - " + money(c.v(InputId.INVESTMENT)) + " = " + money(value)
                        : "(" + money(grossStakeValue(c)) + " - " + money(c.v(InputId.INVESTMENT)) + ") × (1 - " + percent(tax(c)) + " tax) = " + money(value);
                if (value.signum() < 0) {
                    explanation = !c.text ? null : "A loss: the stake would be worth less than the " + money(c.v(InputId.INVESTMENT)) + " invested"
                            + (taxed(c) ? ", after a " + percent(tax(c)) + " tax credit on it." : ".");
                } else if (taxed(c)) {
                    explanation = !c.text ? null : "After " + percent(tax(c)) + " tax on the gain.";
                }
            }
            case COMPUTE_SPEND_PER_YEAR -> {
                value = c.settle(div(c.v(InputId.OPENAI_COMPUTE_SPEND), c.v(InputId.COMPUTE_YEARS)));
                formula = !c.text ? null : money(c.v(InputId.OPENAI_COMPUTE_SPEND)) + " / " + years(c.v(InputId.COMPUTE_YEARS)) + " = " + money(value);
            }
            case AWS_COMPUTE_REVENUE -> {
                value = c.settle(awsRevenue(c));
                formula = !c.text ? null : percent(c.v(InputId.AWS_CAPTURE_SHARE)) + " × " + money(c.v(InputId.OPENAI_COMPUTE_SPEND)) + " = " + money(value);
            }
            case AWS_COMPUTE_REVENUE_PER_YEAR -> {
                value = c.settle(div(awsRevenue(c), c.v(InputId.COMPUTE_YEARS)));
                formula = !c.text ? null : percent(c.v(InputId.AWS_CAPTURE_SHARE)) + " × " + money(c.v(InputId.OPENAI_COMPUTE_SPEND)) + " / "
                        + years(c.v(InputId.COMPUTE_YEARS)) + " = " + money(value);
            }
            case AWS_COMPUTE_PROFIT -> {
                value = c.settle(awsProfit(c));
                formula = !c.text ? null : percent(c.v(InputId.AWS_CAPTURE_SHARE)) + " × " + money(c.v(InputId.OPENAI_COMPUTE_SPEND)) + " × "
                        + percent(c.v(InputId.AWS_OPERATING_MARGIN)) + (taxed(c) ? " × (1 - " + percent(tax(c)) + " tax)" : "") + " = " + money(value);
                if (taxed(c)) {
                    explanation = !c.text ? null : "After " + percent(tax(c)) + " tax on the profit.";
                }
            }
            case CIRCULAR_RETURN_RATIO -> {
                value = c.settle(div(awsRevenue(c), c.v(InputId.INVESTMENT)));
                formula = !c.text ? null : money(awsRevenue(c)) + " / " + money(c.v(InputId.INVESTMENT)) + " = " + multiple(value);
                explanation = !c.text ? null : "For every $1 Amazon invests, about $" + Format.plain(value, 2)
                        + " of OpenAI's compute spend comes back to AWS as revenue (revenue, not profit) over the compute window.";
            }
            case BREAKEVEN_CAPTURE_SHARE -> {
                BigDecimal fullProfit = c.v(InputId.OPENAI_COMPUTE_SPEND).multiply(c.v(InputId.AWS_OPERATING_MARGIN)).multiply(kept(c));
                if (fullProfit.signum() == 0) {
                    throw new InvalidInputException("with " + (c.v(InputId.AWS_OPERATING_MARGIN).signum() == 0
                            ? "a 0% AWS margin" : c.v(InputId.OPENAI_COMPUTE_SPEND).signum() == 0 ? "no OpenAI compute spend"
                            : "a " + percent(tax(c)) + " tax rate taking all of the profit")
                            + " no capture share repays the investment, so there is no breakeven share");
                }
                value = c.settle(div(c.v(InputId.INVESTMENT), fullProfit));
                formula = !c.text ? null : money(c.v(InputId.INVESTMENT)) + " / (" + money(c.v(InputId.OPENAI_COMPUTE_SPEND)) + " × "
                        + percent(c.v(InputId.AWS_OPERATING_MARGIN)) + (taxed(c) ? " × (1 - " + percent(tax(c)) + " tax)" : "") + ") = " + percent(value);
                if (value.compareTo(BigDecimal.ONE) > 0) {
                    explanation = !c.text ? null : "Above 100%: even if AWS won all of OpenAI's " + money(c.v(InputId.OPENAI_COMPUTE_SPEND))
                            + " of compute spend, its operating profit (" + money(fullProfit.round(MC)) + " at a "
                            + percent(c.v(InputId.AWS_OPERATING_MARGIN)) + " margin) would not repay the "
                            + money(c.v(InputId.INVESTMENT)) + " investment. Compute profit over the window alone cannot pay it back;"
                            + " the stake's value has to do the rest.";
                } else {
                    explanation = !c.text ? null : "AWS must win at least " + percent(value) + " of OpenAI's compute spend for its operating"
                            + " profit on it to repay the " + money(c.v(InputId.INVESTMENT)) + " investment.";
                }
            }
            case ANTHROPIC_COMMITMENT -> {
                value = c.settle(anthropic(c));
                formula = !c.text ? null : money(c.v(InputId.ANTHROPIC_INVESTMENT)) + " + " + money(c.v(InputId.ANTHROPIC_CAMPUS)) + " = " + money(value);
            }
            case TOTAL_AI_COMMITMENT -> {
                value = c.settle(c.v(InputId.INVESTMENT).add(anthropic(c)));
                formula = !c.text ? null : money(c.v(InputId.INVESTMENT)) + " + " + money(c.v(InputId.ANTHROPIC_INVESTMENT)) + " + "
                        + money(c.v(InputId.ANTHROPIC_CAMPUS)) + " = " + money(value);
            }
            case OPENAI_VS_ANTHROPIC_RATIO -> {
                value = c.settle(div(c.v(InputId.INVESTMENT), c.v(InputId.ANTHROPIC_INVESTMENT)));
                formula = !c.text ? null : money(c.v(InputId.INVESTMENT)) + " / " + money(c.v(InputId.ANTHROPIC_INVESTMENT)) + " = " + multiple(value);
            }
            case COMBINED_PAYOFF -> {
                value = c.settle(stakeValue(c).add(awsProfit(c)).subtract(c.v(InputId.INVESTMENT)));
                formula = !c.text ? null : money(stakeValue(c)) + " + " + money(awsProfit(c)) + " - " + money(c.v(InputId.INVESTMENT))
                        + " = " + money(value);
                if (value.signum() < 0) {
                    explanation = !c.text ? null : "Negative: the stake's value plus AWS's compute profit fall short of the investment"
                            + (taxed(c) ? ", after " + percent(tax(c)) + " tax on each (a loss as a credit)." : ".");
                } else if (taxed(c)) {
                    explanation = !c.text ? null : "After " + percent(tax(c)) + " tax on the stake's gain and on AWS's profit.";
                }
            }
            default -> throw new IllegalStateException("unhandled metric " + metric);
        }
        return new MetricResult(metric.id(), metric.label(), exact(value), metric.unit(), c.scenario,
                text ? c.usedInputs() : List.of(), formula, explanation);
    }

    // --- the formulas, shared by metrics that build on each other -------------------------------

    private static BigDecimal stake(Ctx c) {
        checkStake(c);
        return div(c.v(InputId.INVESTMENT), c.v(InputId.POST_MONEY_VALUATION));
    }

    /** The investment cannot buy more than the whole company. */
    private static void checkStake(Ctx c) {
        BigDecimal inv = c.v(InputId.INVESTMENT);
        BigDecimal post = c.v(InputId.POST_MONEY_VALUATION);
        if (inv.compareTo(post) > 0) {
            throw new InvalidInputException("an investment of " + money(inv) + " cannot buy more than all of OpenAI at a "
                    + money(post) + " post-money valuation");
        }
    }

    /** investment × exit / post-money: multiplied first, so a flat valuation gives the investment back exactly. */
    private static BigDecimal grossStakeValue(Ctx c) {
        checkStake(c);
        return c.v(InputId.INVESTMENT).multiply(c.v(InputId.EXIT_VALUATION)).divide(c.v(InputId.POST_MONEY_VALUATION), WORK);
    }

    /** What the stake brings back: its value, or after a tax rate the investment plus the gain after tax. */
    private static BigDecimal stakeValue(Ctx c) {
        return !taxed(c) ? grossStakeValue(c) : c.v(InputId.INVESTMENT).add(gain(c));
    }

    private static BigDecimal grossMoic(Ctx c) {
        checkStake(c);
        return div(c.v(InputId.EXIT_VALUATION), c.v(InputId.POST_MONEY_VALUATION));
    }

    /** exit / post-money; after a tax rate, 1 + (that - 1) × (1 - rate), the gain being taxed and the money back not. */
    private static BigDecimal moic(Ctx c) {
        BigDecimal gross = grossMoic(c);
        return !taxed(c) ? gross : BigDecimal.ONE.add(gross.subtract(BigDecimal.ONE).multiply(kept(c)));
    }

    /**
     * The tax rate the question set; zero (the model's default: every figure before tax) is not shown among the inputs,
     * since nothing was taxed.
     */
    private static BigDecimal tax(Ctx c) {
        return taxed(c) ? c.v(InputId.TAX_RATE) : BigDecimal.ZERO;
    }

    private static boolean taxed(Ctx c) {
        BigDecimal t = c.values.get(InputId.TAX_RATE.id());
        return t != null && t.signum() != 0;
    }

    /** The part of a gain or profit kept after tax: 1 - rate. */
    private static BigDecimal kept(Ctx c) {
        return BigDecimal.ONE.subtract(tax(c));
    }

    private static BigDecimal irr(Ctx c) {
        return annualReturn(moic(c), c.v(InputId.HOLDING_YEARS));
    }

    /** The annual return of a multiple over a number of years, {@code m^(1/years) - 1}, as the IRR is computed. */
    public static BigDecimal annualReturn(BigDecimal m, BigDecimal years) {
        if (years.stripTrailingZeros().scale() <= 0 && years.compareTo(BigDecimal.valueOf(1000)) <= 0) {
            // whole years: the n-th root by Newton's method, the same number to far beyond 34 digits, several times faster
            return BigMath.root(m, years.intValueExact()).subtract(BigDecimal.ONE);
        }
        BigDecimal exponent = BigDecimal.ONE.divide(years, WORK);
        return BigMath.pow(m, exponent).subtract(BigDecimal.ONE);
    }

    private static BigDecimal gain(Ctx c) {
        return grossStakeValue(c).subtract(c.v(InputId.INVESTMENT)).multiply(kept(c));
    }

    private static BigDecimal awsRevenue(Ctx c) {
        return c.v(InputId.AWS_CAPTURE_SHARE).multiply(c.v(InputId.OPENAI_COMPUTE_SPEND));
    }

    private static BigDecimal awsProfit(Ctx c) {
        return awsRevenue(c).multiply(c.v(InputId.AWS_OPERATING_MARGIN)).multiply(kept(c));
    }

    private static BigDecimal anthropic(Ctx c) {
        return c.v(InputId.ANTHROPIC_INVESTMENT).add(c.v(InputId.ANTHROPIC_CAMPUS));
    }

    /** Intermediate division at 50 digits; results are rounded once, to 34, by {@link #exact}. */
    private static BigDecimal div(BigDecimal a, BigDecimal b) {
        return a.divide(b, WORK);
    }

    /** 34 significant digits, no trailing zeros, never a negative scale (so 830 prints as 830, not 8.3E+2). */
    static BigDecimal exact(BigDecimal v) {
        BigDecimal r = v.round(MC).stripTrailingZeros();
        if (r.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static String plainYears(BigDecimal y) {
        return Format.plain(y, 2);
    }

    /** Resolved values for one computation, remembering which inputs were read. */
    private final class Ctx {
        final String scenario;
        final Map<String, BigDecimal> values = new LinkedHashMap<>();
        final Map<String, InputOrigin> origins = new LinkedHashMap<>();
        final Set<String> used = new LinkedHashSet<>();
        final boolean text;
        /** The decimal place the metric is given to, or null for all 34 digits. */
        final BigDecimal quantum;

        Ctx(String scenarioName, Map<String, BigDecimal> overrides, boolean text, BigDecimal quantum) {
            this.text = text;
            this.quantum = quantum;
            Scenario s = model.scenario(scenarioName).orElseThrow(() -> new InvalidInputException(
                    "unknown scenario '" + scenarioName + "' (known: " + String.join(", ",
                            model.scenarios().stream().map(Scenario::name).toList()) + ")"));
            this.scenario = s.name();
            for (Input i : model.inputs()) {
                values.put(i.id(), i.value());
                origins.put(i.id(), i.provenance().assumption() ? InputOrigin.ASSUMPTION : InputOrigin.SOURCE);
            }
            s.overrides().forEach((id, v) -> {
                values.put(id, v);
                origins.put(id, InputOrigin.SCENARIO);
            });
            overrides.forEach((id, v) -> {
                Input i = model.input(id).orElseThrow(() -> new InvalidInputException("unknown input '" + id + "'"));
                InputRules.check(id, i.label(), i.unit(), v).ifPresent(p -> {
                    throw new InvalidInputException(p);
                });
                if (v.compareTo(values.get(id)) != 0) {
                    values.put(id, v);
                    origins.put(id, InputOrigin.QUESTION);
                }
            });
        }

        /** The metric's value as shown: rounded to {@link #quantum} when one is set. */
        BigDecimal settle(BigDecimal value) {
            return quantum == null ? value : value.setScale(quantum.scale(), RoundingMode.HALF_EVEN);
        }

        BigDecimal v(InputId input) {
            String id = input.id();
            used.add(id);
            return values.get(id);
        }

        List<InputUsed> usedInputs() {
            List<InputUsed> out = new ArrayList<>();
            for (String id : used) {
                Input i = model.require(id);
                out.add(new InputUsed(id, i.label(), exact(values.get(id)), i.unit(), origins.get(id),
                        i.provenance()));
            }
            return out;
        }
    }
}
