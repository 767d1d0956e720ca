package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.util.Map;

/** A named set of overrides on top of the model's inputs ("bull", "base", "bear"). */
public record Scenario(String name, String description, Map<String, BigDecimal> overrides) {
    public Scenario {
        overrides = Map.copyOf(overrides);
    }
}
