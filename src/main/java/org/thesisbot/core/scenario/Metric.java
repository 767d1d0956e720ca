package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Unit;

import java.util.Locale;
import java.util.Optional;

/** The metrics the scenario core computes. Ids are a public contract (the JSON API returns them). */
public enum Metric {
    CAPEX_SHARE("Share of Amazon's 2026 capex", Unit.RATIO,
            "the investment as a share of Amazon's 2026 capital expenditure forecast: investment / capex_2026"),
    ROUND_SHARE("Amazon's share of OpenAI's round", Unit.RATIO,
            "the part of OpenAI's funding round Amazon would supply: investment / round_size"),
    STAKE("Amazon's stake in OpenAI", Unit.RATIO,
            "the fraction of OpenAI the investment buys: investment / post-money valuation (post-money = the company's value including the new money)"),
    PRE_MONEY_VALUATION("OpenAI's pre-money valuation", Unit.USD_BILLIONS,
            "OpenAI's value before the new money: post-money valuation - round size"),
    STAKE_VALUE("Value of Amazon's stake", Unit.USD_BILLIONS,
            "what the stake is worth at OpenAI's exit valuation: stake × exit_valuation"),
    MOIC("Multiple on invested capital (MOIC)", Unit.MULTIPLE,
            "multiple on invested capital, how many times the money comes back: stake value / investment"),
    IRR("Annualised return (IRR)", Unit.RATIO,
            "the annual rate that turns the investment into the stake value over the holding period: MOIC^(1/holding_years) - 1"),
    GAIN("Gain on the stake", Unit.USD_BILLIONS,
            "the dollar gain or loss on the stake: stake value - investment"),
    COMPUTE_SPEND_PER_YEAR("OpenAI's compute spend per year", Unit.USD_BILLIONS,
            "OpenAI's planned 2025-2029 compute spend spread evenly: openai_compute_spend / compute_years"),
    AWS_COMPUTE_REVENUE("AWS compute revenue from OpenAI, 2025-2029", Unit.USD_BILLIONS,
            "the part of OpenAI's compute spend AWS would book as revenue: aws_capture_share × openai_compute_spend"),
    AWS_COMPUTE_REVENUE_PER_YEAR("AWS compute revenue from OpenAI per year", Unit.USD_BILLIONS,
            "that revenue per year: aws_compute_revenue / compute_years"),
    AWS_COMPUTE_PROFIT("AWS operating profit on OpenAI's compute, 2025-2029", Unit.USD_BILLIONS,
            "AWS's operating profit on that revenue: aws_compute_revenue × aws_operating_margin"),
    CIRCULAR_RETURN_RATIO("Compute revenue back to AWS per dollar invested", Unit.MULTIPLE,
            "how much of the investment comes back to AWS as compute revenue (the circular financing): aws_compute_revenue / investment"),
    BREAKEVEN_CAPTURE_SHARE("Capture share at which compute profit repays the investment", Unit.RATIO,
            "the share of OpenAI's compute AWS must win for its operating profit to repay the investment: investment / (openai_compute_spend × aws_operating_margin)"),
    ANTHROPIC_COMMITMENT("Amazon's Anthropic commitment (investment + campus)", Unit.USD_BILLIONS,
            "Amazon's investment in Anthropic plus its Indiana campus: anthropic_investment + anthropic_campus"),
    TOTAL_AI_COMMITMENT("Amazon's total commitment to OpenAI and Anthropic", Unit.USD_BILLIONS,
            "the OpenAI investment plus the Anthropic commitment: investment + anthropic_commitment"),
    OPENAI_VS_ANTHROPIC_RATIO("OpenAI investment vs Anthropic investment", Unit.MULTIPLE,
            "how many times larger the OpenAI investment is than the Anthropic one: investment / anthropic_investment"),
    COMBINED_PAYOFF("Combined payoff: stake value + AWS compute profit - investment", Unit.USD_BILLIONS,
            "the stake's value plus AWS's compute profit, minus the investment: stake_value + aws_compute_profit - investment");

    /** The metrics shown for a scenario question without a metric ("bull case?"). */
    public static final java.util.List<Metric> KEY = java.util.List.of(STAKE_VALUE, MOIC, IRR, AWS_COMPUTE_PROFIT, COMBINED_PAYOFF);

    private final String label;
    private final Unit unit;
    private final String definition;

    Metric(String label, Unit unit, String definition) {
        this.label = label;
        this.unit = unit;
        this.definition = definition;
    }

    /** What the metric means, with its formula in input names. */
    public String definition() {
        return definition;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public Unit unit() {
        return unit;
    }

    /** The metric a figure for this input changes most directly: what to show when a question gives only the figure. */
    public static Metric showing(InputId input) {
        return switch (input) {
            case EXIT_VALUATION -> STAKE_VALUE;
            case HOLDING_YEARS -> IRR;
            case AWS_CAPTURE_SHARE -> AWS_COMPUTE_REVENUE;
            case AWS_OPERATING_MARGIN -> AWS_COMPUTE_PROFIT;
            case CAPEX_2026 -> CAPEX_SHARE;
            case ROUND_SIZE -> ROUND_SHARE;
            case POST_MONEY_VALUATION, INVESTMENT -> STAKE;
            case OPENAI_COMPUTE_SPEND, COMPUTE_YEARS -> COMPUTE_SPEND_PER_YEAR;
            case ANTHROPIC_INVESTMENT, ANTHROPIC_CAMPUS -> ANTHROPIC_COMMITMENT;
            case TAX_RATE -> GAIN;
        };
    }

    public static Optional<Metric> byId(String id) {
        for (Metric m : values()) {
            if (m.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
