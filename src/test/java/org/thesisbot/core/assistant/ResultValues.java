package org.thesisbot.core.assistant;

import java.math.RoundingMode;
import java.util.List;
import org.thesisbot.core.api.Answer;

/** An answer's results as the reading tests compare them. */
final class ResultValues {
    private ResultValues() {
    }

    /** Every result as "metric(scenario)=value" at six places. */
    static List<String> of(Answer a) {
        return a.results().stream().map(r -> r.metric() + "(" + r.scenario() + ")=" + r.value().setScale(6, RoundingMode.HALF_UP).toPlainString())
                .toList();
    }
}
