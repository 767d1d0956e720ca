package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * What values an input may take. Used for the model file at start and for every override, before any
 * arithmetic, so that every computation works on values of sane magnitude: amounts between $1M and
 * $1,000T, shares between 0% and 100%, periods between 0.1 and 100 years. With these bounds the largest
 * multiple is 10^9 and the largest IRR about 10^90, so no formula or display ever handles a number of
 * more than a few hundred digits, whatever the question.
 */
public final class InputRules {
    /** Inputs that are divided by or that define a price: zero or negative makes no sense. */
    private static final Set<String> STRICTLY_POSITIVE = java.util.stream.Stream.of(InputId.INVESTMENT, InputId.ROUND_SIZE,
            InputId.POST_MONEY_VALUATION, InputId.EXIT_VALUATION, InputId.CAPEX_2026, InputId.ANTHROPIC_INVESTMENT)
            .map(InputId::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** $1,000 trillion. */
    public static final BigDecimal MAX_BILLIONS = new BigDecimal("1000000");
    /** $1 million: the smallest investment, round or valuation a formula divides by. */
    public static final BigDecimal MIN_BILLIONS = new BigDecimal("0.001");
    public static final BigDecimal MIN_YEARS = new BigDecimal("0.1");
    public static final BigDecimal MAX_YEARS = new BigDecimal("100");

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
                if (STRICTLY_POSITIVE.contains(id) && value.compareTo(MIN_BILLIONS) < 0) {
                    return Optional.of(name + " must be at least $1M (got " + Format.money(value) + ")");
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
                if (value.compareTo(MIN_YEARS) < 0) {
                    return Optional.of(name + " must be at least 0.1 years (about five weeks; got "
                            + Format.plain(value, 6) + ")");
                }
                if (value.compareTo(MAX_YEARS) > 0) {
                    return Optional.of(name + " must be at most 100 years (got " + Format.plain(value, 2) + ")");
                }
            }
            case MULTIPLE -> {
                if (value.signum() < 0) {
                    return Optional.of(name + " cannot be negative");
                }
                if (value.compareTo(MAX_BILLIONS) > 0) {
                    return Optional.of(name + " must be at most 1,000,000x");
                }
            }
        }
        return Optional.empty();
    }
}
