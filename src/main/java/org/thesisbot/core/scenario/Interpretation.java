package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What a question asks of the scenario core.
 *
 * @param metrics     metrics asked for, in order of mention (empty: none recognised)
 * @param overrides   input id -> value set by the question
 * @param scenarios   scenarios named ("bull", "base", "bear"); empty when none was named; several to compare
 * @param readings    how ambiguous figures were read, one sentence each, for the reply
 * @param unused      figures the question gave that set no input, one sentence each, for the reply
 * @param confidence  0..1 that the question asks for these metrics (strong phrase 0.9, weak hint 0.5, none 0)
 * @param cues        the phrases and rules that fired (for routing explanations)
 * @param fromContext true when the metrics came from the thread's previous question, not this text
 * @param lookups     inputs the question asks the value of ("how big is the round?"), when it asks no metric
 */
public record Interpretation(List<Metric> metrics, Map<String, BigDecimal> overrides, List<String> scenarios,
                             List<String> readings, List<String> unused, double confidence, List<String> cues,
                             boolean fromContext, List<String> lookups) {
    public Interpretation {
        metrics = List.copyOf(metrics);
        overrides = Map.copyOf(overrides);
        scenarios = List.copyOf(scenarios);
        readings = List.copyOf(readings);
        unused = List.copyOf(unused);
        cues = List.copyOf(cues);
        lookups = List.copyOf(lookups);
    }

    public boolean hasMetrics() {
        return !metrics.isEmpty();
    }

    /** The question changes something: a figure, or a scenario. */
    public boolean hasScenarioChange() {
        return !overrides.isEmpty() || !scenarios.isEmpty();
    }
}
