package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    /** Help lists a scenario's overrides: in the file's order on every start (Map.copyOf's order is salted per JVM). */
    @Test
    void a_scenarios_overrides_keep_the_order_they_were_given_in() {
        Map<String, BigDecimal> given = new LinkedHashMap<>();
        for (InputId id : InputId.values()) {
            given.put(id.id(), BigDecimal.ONE);
        }
        assertEquals(List.copyOf(given.keySet()), List.copyOf(new Scenario("s", "", given).overrides().keySet()));
    }

    @Test
    void a_commands_overrides_keep_the_order_they_were_typed_in() {
        Map<String, BigDecimal> typed = new LinkedHashMap<>();
        for (InputId id : InputId.values()) {
            typed.put(id.id(), BigDecimal.ONE);
        }
        List<String> order = List.copyOf(typed.keySet());
        assertEquals(order, List.copyOf(new Command.MetricQuery(Metric.IRR, "base", typed).overrides().keySet()));
        assertEquals(order, List.copyOf(new Command.TornadoQuery(Metric.IRR, typed).overrides().keySet()));
    }
}
