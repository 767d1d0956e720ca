package org.thesisbot.core.scenario;

import java.util.List;

/**
 * A question asking for sensitivity rather than one number, as {@link SensitivityQuestions} read it.
 *
 * @param kind    a grid over one or two inputs, what matters most, or the scenarios side by side
 * @param metric  the metric asked about; null when the question names none (a tornado then uses combined_payoff)
 * @param rows    the first input's values (grids only, else null)
 * @param cols    the second input's values (two-input grids only, else null)
 * @param cues    the phrases that made it a sensitivity question, for the routing explanation
 */
public record SensitivityRequest(Kind kind, Metric metric, Range rows, Range cols, List<String> cues) {
    public enum Kind { GRID, TORNADO, COMPARE }

    public SensitivityRequest {
        cues = List.copyOf(cues);
        if (kind == Kind.GRID && (rows == null || metric == null)) {
            throw new IllegalArgumentException("a grid request needs a metric and at least one range");
        }
    }
}
