package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.math.MathContext;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Metric;

/** A figure's kind against a metric's unit: shared by goals, targets and roles. */
final class Figures {
    private Figures() {
    }

    static final MathContext MC = new MathContext(34);

    /** A figure's unit fits the metric; zero is zero in any unit ("combined payoff is 0"). */
    static boolean targetFits(Metric metric, Amount a) {
        return unitFits(metric, a) || (a.kind() == Amount.Kind.PLAIN && a.value().signum() == 0);
    }

    /** A multiple of the money, or of a valuation ("2.5x", "doubles"). */
    static boolean multiple(Amount a) {
        return a.kind() == Amount.Kind.MULTIPLE || a.kind() == Amount.Kind.VALUATION_FACTOR;
    }

    /** A money figure targets a money metric, a percentage a ratio, a multiple a multiple (or a valuation factor). */
    static boolean unitFits(Metric metric, Amount a) {
        return switch (metric.unit()) {
            case USD_BILLIONS -> a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.PLAIN && a.value().compareTo(BigDecimal.ONE) > 0;
            case RATIO -> a.kind() == Amount.Kind.RATIO || a.kind() == Amount.Kind.PLAIN && a.value().compareTo(BigDecimal.valueOf(100)) <= 0;
            case MULTIPLE -> a.kind() == Amount.Kind.MULTIPLE || a.kind() == Amount.Kind.VALUATION_FACTOR || a.kind() == Amount.Kind.PLAIN
                    && a.value().compareTo(BigDecimal.valueOf(100)) <= 0;
            case YEARS -> a.kind() == Amount.Kind.YEARS;
        };
    }

    static BigDecimal value(Metric metric, Amount a) {
        if (metric.unit() == Unit.RATIO && a.kind() == Amount.Kind.PLAIN) {
            return a.value().compareTo(BigDecimal.ONE) <= 0 ? a.value() : a.value().movePointLeft(2);
        }
        return a.value();
    }

    static Unit unitOf(Amount a) {
        return switch (a.kind()) {
            case MONEY -> Unit.USD_BILLIONS;
            case RATIO -> Unit.RATIO;
            case YEARS -> Unit.YEARS;
            default -> Unit.MULTIPLE;
        };
    }

    private static final java.util.regex.Pattern IN_MONTHS_OR_QUARTERS = java.util.regex.Pattern.compile("(?:mo|mth|quarter|qtr)");

    static String display(Amount a) {
        return switch (a.kind()) {
            case MONEY -> Format.money(a.value());
            case RATIO -> Format.percent(a.value());
            // "18 months" is shown as said, with the years it reads as: "18 months (1.5 years)"
            case YEARS -> IN_MONTHS_OR_QUARTERS.matcher(a.text()).find()
                    ? a.text() + " (" + Format.years(a.value()) + ")" : Format.years(a.value());
            default -> a.text();
        };
    }
}
