package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed slash command. */
public sealed interface Command {
    /**
     * The overrides in the order they were typed, the order the calculator and the grids go through them in (Map.copyOf
     * would iterate in an order salted per JVM start).
     */
    private static Map<String, BigDecimal> ordered(Map<String, BigDecimal> overrides) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    record Help() implements Command {
    }

    record ListAll() implements Command {
    }

    /** {@code <metric> [scenario] [input=value ...]} */
    record MetricQuery(Metric metric, String scenario, Map<String, BigDecimal> overrides) implements Command {
        public MetricQuery {
            overrides = ordered(overrides);
        }
    }

    /** {@code bull} / {@code base} / {@code bear}: the key metrics of that scenario. */
    record ScenarioSummary(String scenario) implements Command {
    }

    /** {@code compare [metric ...]}: the scenarios side by side. */
    record Compare(List<Metric> metrics) implements Command {
        public Compare {
            metrics = List.copyOf(metrics);
        }
    }

    /**
     * {@code grid <metric> [scenario] input=from..to [step s] [input=from..to [step s]] [input=value ...]}:
     * the metric over one input's range, or two ({@code cols} null for one).
     */
    record GridQuery(Metric metric, String scenario, Range rows, Range cols, Map<String, BigDecimal> overrides)
            implements Command {
        public GridQuery {
            overrides = ordered(overrides);
        }
    }

    /** {@code tornado [metric] [input=value ...]}: what matters most for the metric (default combined_payoff). */
    record TornadoQuery(Metric metric, Map<String, BigDecimal> overrides) implements Command {
        public TornadoQuery {
            overrides = ordered(overrides);
        }
    }

    /** {@code chart compare [metric ...]}: the scenarios side by side, with grouped bars. */
    record ChartCompare(List<Metric> metrics) implements Command {
        public ChartCompare {
            metrics = List.copyOf(metrics);
        }
    }

    /** Anything else: handed to the interpreter as a question. */
    record FreeText(String text) implements Command {
    }
}
