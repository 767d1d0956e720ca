package org.thesisbot.core.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.scenario.Metric;

/** One answered question in a thread, as much as a follow-up needs. */
public record Turn(String question, Route route, List<Metric> metrics, Map<String, BigDecimal> overrides,
                   List<String> scenarios, Instant at) {
    public Turn {
        metrics = List.copyOf(metrics);
        overrides = Map.copyOf(overrides);
        scenarios = List.copyOf(scenarios);
    }

    public boolean numeric() {
        return !metrics.isEmpty();
    }
}
