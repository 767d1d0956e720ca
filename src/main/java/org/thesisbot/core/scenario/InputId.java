package org.thesisbot.core.scenario;

import java.util.Locale;
import java.util.Optional;

/**
 * The inputs the scenario model's formulas read. {@code config/scenario.yaml} must define each of them
 * (checked at start); the wire id (e.g. {@code post_money_valuation}) is what the YAML, the slash grammar
 * and the JSON API use.
 */
public enum InputId {
    INVESTMENT, ROUND_SIZE, POST_MONEY_VALUATION, CAPEX_2026, OPENAI_COMPUTE_SPEND, COMPUTE_YEARS,
    ANTHROPIC_INVESTMENT, ANTHROPIC_CAMPUS, AWS_CAPTURE_SHARE, AWS_OPERATING_MARGIN, EXIT_VALUATION, HOLDING_YEARS, TAX_RATE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<InputId> byId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String t = id.trim().toUpperCase(Locale.ROOT);
        for (InputId i : values()) {
            if (i.name().equals(t)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    public static InputId of(String id) {
        return byId(id).orElseThrow(() -> new InvalidInputException("unknown input '" + id + "'"));
    }
}
