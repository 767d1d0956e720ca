package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A named set of overrides on top of the model's inputs ("bull", "base", "bear"), in the order scenario.yaml gives them. */
public record Scenario(String name, String description, Map<String, BigDecimal> overrides) {
    public Scenario {
        // not Map.copyOf: that iterates in an order salted per JVM start, and help lists the overrides
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }
}
