package org.thesisbot.core.scenario;

import java.math.BigDecimal;

/**
 * A figure found in a question, with its position in the normalised text.
 *
 * @param kind  what the figure's own notation says it is
 * @param value billions of USD for MONEY, a fraction for RATIO, years for YEARS, a factor for MULTIPLE
 *              and VALUATION_FACTOR, the raw number for PLAIN
 * @param text  the figure as the user wrote it (for readings: "Reading $1T as ...")
 */
public record Amount(Kind kind, BigDecimal value, String text, int start, int end) {
    public enum Kind { MONEY, RATIO, YEARS, MULTIPLE, VALUATION_FACTOR, PLAIN, CALENDAR_YEAR }
}
