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
        return compute(metric, scenario, overrides, true);
    }

    /**
     * The metric's exact value alone: the same arithmetic and the same rounding as {@link #compute}, without
     * building the formula text or the list of inputs (for sensitivity grids, where only the numbers vary).
     */
    public BigDecimal value(Metric metric, String scenario, Map<String, BigDecimal> overrides) {
        return compute(metric, scenario, overrides, false).value();
    }

    private MetricResult compute(Metric metric, String scenario, Map<String, BigDecimal> overrides, boolean text) {
        Ctx c = new Ctx(scenario == null ? ScenarioModel.BASE : scenario, overrides, text);
        BigDecimal value;
        String formula;
        String explanation = null;
        switch (metric) {
            case CAPEX_SHARE -> {
                value = div(c.v("investment"), c.v("capex_2026"));
                formula = !c.text ? null : money(c.v("investment")) + " / " + money(c.v("capex_2026")) + " = " + percent(value);
            }
            case ROUND_SHARE -> {
                value = div(c.v("investment"), c.v("round_size"));
                formula = !c.text ? null : money(c.v("investment")) + " / " + money(c.v("round_size")) + " = " + percent(value);
                if (value.compareTo(BigDecimal.ONE) > 0) {
                    explanation = !c.text ? null : "Above 100%: the investment is larger than the whole round as given.";
                }
            }
            case STAKE -> {
                value = stake(c);
                formula = !c.text ? null : money(c.v("investment")) + " / " + money(c.v("post_money_valuation")) + " = " + percent(value);
            }
            case PRE_MONEY_VALUATION -> {
                value = c.v("post_money_valuation").subtract(c.v("round_size"));
                if (value.signum() <= 0) {
                    throw new InvalidInputException("a post-money valuation of " + money(c.v("post_money_valuation"))
                            + " is not above the " + money(c.v("round_size")) + " round, so there is no pre-money valuation");
                }
                formula = !c.text ? null : money(c.v("post_money_valuation")) + " - " + money(c.v("round_size")) + " = " + money(value);
            }
            case STAKE_VALUE -> {
                value = stakeValue(c);
                formula = !c.text ? null : "(" + money(c.v("investment")) + " / " + money(c.v("post_money_valuation")) + ") × "
                        + money(c.v("exit_valuation")) + " = " + money(value);
            }
            case MOIC -> {
                value = moic(c);
                formula = !c.text ? null : money(stakeValue(c)) + " / " + money(c.v("investment")) + " = " + multiple(value);
            }
            case IRR -> {
                value = irr(c);
                formula = !c.text ? null : multiple(moic(c)) + "^(1/" + plainYears(c.v("holding_years")) + ") - 1 = " + percent(value);
            }
            case GAIN -> {
                value = gain(c);
                formula = !c.text ? null : money(stakeValue(c)) + " - " + money(c.v("investment")) + " = " + money(value);
                if (value.signum() < 0) {
                    explanation = !c.text ? null : "A loss: the stake would be worth less than the " + money(c.v("investment")) + " invested.";
                }
            }
            case COMPUTE_SPEND_PER_YEAR -> {
                value = div(c.v("openai_compute_spend"), c.v("compute_years"));
                formula = !c.text ? null : money(c.v("openai_compute_spend")) + " / " + years(c.v("compute_years")) + " = " + money(value);
            }
            case AWS_COMPUTE_REVENUE -> {
                value = awsRevenue(c);
                formula = !c.text ? null : percent(c.v("aws_capture_share")) + " × " + money(c.v("openai_compute_spend")) + " = " + money(value);
            }
            case AWS_COMPUTE_REVENUE_PER_YEAR -> {
                value = div(awsRevenue(c), c.v("compute_years"));
                formula = !c.text ? null : percent(c.v("aws_capture_share")) + " × " + money(c.v("openai_compute_spend")) + " / "
                        + years(c.v("compute_years")) + " = " + money(value);
            }
            case AWS_COMPUTE_PROFIT -> {
                value = awsProfit(c);
                formula = !c.text ? null : percent(c.v("aws_capture_share")) + " × " + money(c.v("openai_compute_spend")) + " × "
                        + percent(c.v("aws_operating_margin")) + " = " + money(value);
            }
            case CIRCULAR_RETURN_RATIO -> {
                value = div(awsRevenue(c), c.v("investment"));
                formula = !c.text ? null : money(awsRevenue(c)) + " / " + money(c.v("investment")) + " = " + multiple(value);
                explanation = !c.text ? null : "For every $1 Amazon invests, about $" + Format.plain(value, 2)
                        + " of OpenAI's compute spend comes back to AWS as revenue (revenue, not profit) over the compute window.";
            }
            case BREAKEVEN_CAPTURE_SHARE -> {
                BigDecimal fullProfit = c.v("openai_compute_spend").multiply(c.v("aws_operating_margin"));
                if (fullProfit.signum() == 0) {
                    throw new InvalidInputException("with " + (c.v("aws_operating_margin").signum() == 0
                            ? "a 0% AWS margin" : "no OpenAI compute spend")
                            + " no capture share repays the investment, so there is no breakeven share");
                }
                value = div(c.v("investment"), fullProfit);
                formula = !c.text ? null : money(c.v("investment")) + " / (" + money(c.v("openai_compute_spend")) + " × "
                        + percent(c.v("aws_operating_margin")) + ") = " + percent(value);
                if (value.compareTo(BigDecimal.ONE) > 0) {
                    explanation = !c.text ? null : "Above 100%: even if AWS won all of OpenAI's " + money(c.v("openai_compute_spend"))
                            + " of compute spend, its operating profit (" + money(fullProfit.round(MC)) + " at a "
                            + percent(c.v("aws_operating_margin")) + " margin) would not repay the "
                            + money(c.v("investment")) + " investment. Compute profit over the window alone cannot pay it back;"
                            + " the stake's value has to do the rest.";
                } else {
                    explanation = !c.text ? null : "AWS must win at least " + percent(value) + " of OpenAI's compute spend for its operating"
                            + " profit on it to repay the " + money(c.v("investment")) + " investment.";
                }
            }
            case ANTHROPIC_COMMITMENT -> {
                value = anthropic(c);
                formula = !c.text ? null : money(c.v("anthropic_investment")) + " + " + money(c.v("anthropic_campus")) + " = " + money(value);
            }
            case TOTAL_AI_COMMITMENT -> {
                value = c.v("investment").add(anthropic(c));
                formula = !c.text ? null : money(c.v("investment")) + " + " + money(c.v("anthropic_investment")) + " + "
                        + money(c.v("anthropic_campus")) + " = " + money(value);
            }
            case OPENAI_VS_ANTHROPIC_RATIO -> {
                value = div(c.v("investment"), c.v("anthropic_investment"));
                formula = !c.text ? null : money(c.v("investment")) + " / " + money(c.v("anthropic_investment")) + " = " + multiple(value);
            }
            case COMBINED_PAYOFF -> {
                value = stakeValue(c).add(awsProfit(c)).subtract(c.v("investment"));
                formula = !c.text ? null : money(stakeValue(c)) + " + " + money(awsProfit(c)) + " - " + money(c.v("investment"))
                        + " = " + money(value);
                if (value.signum() < 0) {
                    explanation = !c.text ? null : "Negative: the stake's value plus AWS's compute profit fall short of the investment.";
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
        return div(c.v("investment"), c.v("post_money_valuation"));
    }

    /** The investment cannot buy more than the whole company. */
    private static void checkStake(Ctx c) {
        BigDecimal inv = c.v("investment");
        BigDecimal post = c.v("post_money_valuation");
        if (inv.compareTo(post) > 0) {
            throw new InvalidInputException("an investment of " + money(inv) + " cannot buy more than all of OpenAI at a "
                    + money(post) + " post-money valuation");
        }
    }

    /** investment × exit / post-money: multiplied first, so a flat valuation gives the investment back exactly. */
    private static BigDecimal stakeValue(Ctx c) {
        checkStake(c);
        return c.v("investment").multiply(c.v("exit_valuation")).divide(c.v("post_money_valuation"), WORK);
    }

    private static BigDecimal moic(Ctx c) {
        checkStake(c);
        return div(c.v("exit_valuation"), c.v("post_money_valuation"));
    }

    private static BigDecimal irr(Ctx c) {
        BigDecimal m = moic(c);
        BigDecimal years = c.v("holding_years");
        if (years.stripTrailingZeros().scale() <= 0 && years.compareTo(BigDecimal.valueOf(1000)) <= 0) {
            // whole years: the n-th root by Newton's method, the same number to far beyond 34 digits, several times faster
            return BigMath.root(m, years.intValueExact()).subtract(BigDecimal.ONE);
        }
        BigDecimal exponent = BigDecimal.ONE.divide(years, WORK);
        return BigMath.pow(m, exponent).subtract(BigDecimal.ONE);
    }

    private static BigDecimal gain(Ctx c) {
        return stakeValue(c).subtract(c.v("investment"));
    }

    private static BigDecimal awsRevenue(Ctx c) {
        return c.v("aws_capture_share").multiply(c.v("openai_compute_spend"));
    }

    private static BigDecimal awsProfit(Ctx c) {
        return awsRevenue(c).multiply(c.v("aws_operating_margin"));
    }

    private static BigDecimal anthropic(Ctx c) {
        return c.v("anthropic_investment").add(c.v("anthropic_campus"));
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

        Ctx(String scenarioName, Map<String, BigDecimal> overrides, boolean text) {
            this.text = text;
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

        BigDecimal v(String id) {
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
