package org.thesisbot.core.scenario;

import java.util.Locale;
import java.util.Optional;

/** The metrics the scenario core computes. Ids are a public contract (the JSON API returns them). */
public enum Metric {
    CAPEX_SHARE("Share of Amazon's 2026 capex", Unit.RATIO),
    ROUND_SHARE("Amazon's share of OpenAI's round", Unit.RATIO),
    STAKE("Amazon's stake in OpenAI", Unit.RATIO),
    PRE_MONEY_VALUATION("OpenAI's pre-money valuation", Unit.USD_BILLIONS),
    STAKE_VALUE("Value of Amazon's stake", Unit.USD_BILLIONS),
    MOIC("Multiple on invested capital (MOIC)", Unit.MULTIPLE),
    IRR("Annualised return (IRR)", Unit.RATIO),
    GAIN("Gain on the stake", Unit.USD_BILLIONS),
    COMPUTE_SPEND_PER_YEAR("OpenAI's compute spend per year", Unit.USD_BILLIONS),
    AWS_COMPUTE_REVENUE("AWS compute revenue from OpenAI, 2025-2029", Unit.USD_BILLIONS),
    AWS_COMPUTE_REVENUE_PER_YEAR("AWS compute revenue from OpenAI per year", Unit.USD_BILLIONS),
    AWS_COMPUTE_PROFIT("AWS operating profit on OpenAI's compute, 2025-2029", Unit.USD_BILLIONS),
    CIRCULAR_RETURN_RATIO("Compute revenue back to AWS per dollar invested", Unit.MULTIPLE),
    BREAKEVEN_CAPTURE_SHARE("Capture share at which compute profit repays the investment", Unit.RATIO),
    ANTHROPIC_COMMITMENT("Amazon's Anthropic commitment (investment + campus)", Unit.USD_BILLIONS),
    TOTAL_AI_COMMITMENT("Amazon's total commitment to OpenAI and Anthropic", Unit.USD_BILLIONS),
    OPENAI_VS_ANTHROPIC_RATIO("OpenAI investment vs Anthropic investment", Unit.MULTIPLE),
    COMBINED_PAYOFF("Combined payoff: stake value + AWS compute profit - investment", Unit.USD_BILLIONS);

    private final String label;
    private final Unit unit;

    Metric(String label, Unit unit) {
        this.label = label;
        this.unit = unit;
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

    public static Optional<Metric> byId(String id) {
        for (Metric m : values()) {
            if (m.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
