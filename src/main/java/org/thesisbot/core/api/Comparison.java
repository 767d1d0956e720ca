package org.thesisbot.core.api;

import java.util.List;

/**
 * Scenarios side by side: the same metrics in each scenario, for grouped bars.
 *
 * @param results one result per metric and scenario, as the calculator returned them
 */
public record Comparison(List<MetricResult> results) implements ChartData {
    public Comparison {
        results = List.copyOf(results);
    }
}
