package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Compounding;

/**
 * The stake's returns from what it pays at the exit and what it cost, for a reframing that works out the payout its own
 * way (a hedge that holds it between a floor and a cap, a capital stack paid before us): the multiple, the gain and the
 * IRR, each with the formula the reply shows.
 */
final class Payouts {
    private static final MathContext MC = MathContext.DECIMAL128;

    /** A metric's value and how it was worked out. */
    record Figure(BigDecimal value, String formula) {
    }

    private Payouts() {
    }

    /**
     * The metric asked ("moic", "gain" or "irr") of a payout {@code received} after {@code years} on a {@code cost}; empty
     * for another metric, or for an IRR that has no meaning (no time, or nothing received).
     */
    static Optional<Figure> of(String metric, BigDecimal received, BigDecimal cost, BigDecimal years) {
        switch (metric) {
            case "moic" -> {
                BigDecimal v = received.divide(cost, MC);
                return Optional.of(new Figure(v, Format.money(received) + " / " + Format.money(cost) + " = " + Format.value(v, Unit.MULTIPLE)));
            }
            case "gain" -> {
                BigDecimal v = received.subtract(cost);
                return Optional.of(new Figure(v, Format.money(received) + " - " + Format.money(cost) + " = " + Format.money(v)));
            }
            case "irr" -> {
                if (years.signum() <= 0 || received.signum() <= 0) {
                    return Optional.empty();
                }
                BigDecimal v = Compounding.power(received.divide(cost, MC), BigDecimal.ONE.divide(years, MC)).subtract(BigDecimal.ONE);
                return Optional.of(new Figure(v, "(" + Format.money(received) + " / " + Format.money(cost) + ")^(1/"
                        + years.round(new MathContext(12)).stripTrailingZeros().toPlainString() + ") - 1 = " + Format.percent(v)));
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
