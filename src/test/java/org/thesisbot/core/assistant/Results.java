package org.thesisbot.core.assistant;

import java.math.RoundingMode;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult;

/** A metric's value in an answer, rounded for an exact comparison; fails with the answer's results and cues. */
final class Results {
    private Results() {
    }

    static String value(Answer a, String metric, int scale) {
        for (MetricResult r : a.results()) {
            if (r.metric().equals(metric)) {
                return r.value().setScale(scale, RoundingMode.HALF_UP).toPlainString();
            }
        }
        throw new AssertionError("no " + metric + " in " + a.results() + " / " + a.decision().cues());
    }

    /** A metric's value in one scenario of an answer (a comparison's leg), rounded for an exact comparison. */
    static String value(Answer a, String metric, String scenario, int scale) {
        for (MetricResult r : a.results()) {
            if (r.metric().equals(metric) && r.scenario().equals(scenario)) {
                return r.value().setScale(scale, RoundingMode.HALF_UP).toPlainString();
            }
        }
        throw new AssertionError("no " + metric + " (" + scenario + ") in " + a.results() + " / " + a.decision().cues());
    }

    /** Every value of a metric in an answer, in order (a table's cells), each rounded for an exact comparison. */
    static java.util.List<String> values(Answer a, String metric, int scale) {
        return a.results().stream().filter(r -> r.metric().equals(metric))
                .map(r -> r.value().setScale(scale, RoundingMode.HALF_UP).toPlainString()).toList();
    }
}
