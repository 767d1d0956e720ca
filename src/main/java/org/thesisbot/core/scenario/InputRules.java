package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** What values an input may take. Used for the model file at start and for every override. */
public final class InputRules {
    /** Inputs that are divided by or that define a price: zero or negative makes no sense. */
    private static final Set<String> STRICTLY_POSITIVE = java.util.stream.Stream.of(InputId.INVESTMENT, InputId.ROUND_SIZE,
            InputId.POST_MONEY_VALUATION, InputId.EXIT_VALUATION, InputId.CAPEX_2026, InputId.ANTHROPIC_INVESTMENT)
            .map(InputId::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final BigDecimal MAX_BILLIONS = new BigDecimal("1000000"); // $1,000 trillion
    private static final BigDecimal MAX_YEARS = new BigDecimal("100");

    private InputRules() {
    }

    /** The problem with this value, in words a user understands, or empty when it is fine. */
    public static Optional<String> check(String id, String label, Unit unit, BigDecimal value) {
        String name = label == null ? id : label + " (" + id + ")";
        switch (unit) {
            case USD_BILLIONS -> {
                if (STRICTLY_POSITIVE.contains(id) && value.signum() <= 0) {
                    return Optional.of(name + " must be more than zero (got " + Format.money(value) + ")");
                }
                if (value.signum() < 0) {
                    return Optional.of(name + " cannot be negative (got " + Format.money(value) + ")");
                }
                if (value.compareTo(MAX_BILLIONS) > 0) {
                    return Optional.of(name + " of " + Format.money(value) + " is beyond any plausible amount");
                }
            }
            case RATIO -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    return Optional.of(name + " must be between 0% and 100% (got " + Format.percent(value) + ")");
                }
            }
            case YEARS -> {
                if (value.signum() <= 0) {
                    return Optional.of(name + " must be more than zero years (got " + value.stripTrailingZeros().toPlainString() + ")");
                }
                if (value.compareTo(MAX_YEARS) > 0) {
                    return Optional.of(name + " must be at most 100 years");
                }
            }
            case MULTIPLE -> {
                if (value.signum() < 0) {
                    return Optional.of(name + " cannot be negative");
                }
            }
        }
        return Optional.empty();
    }
}
