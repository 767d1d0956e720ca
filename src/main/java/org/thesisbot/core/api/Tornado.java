package org.thesisbot.core.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * What matters most for a metric: each input moved through its range with the rest held at base, ranked
 * by the swing it causes, largest first.
 *
 * @param metric   the metric id
 * @param label    the metric's label
 * @param unit     the metric's unit
 * @param scenario the scenario held for the other inputs (base)
 * @param base     the metric in that scenario
 * @param bars     inputs ranked by swing, largest first; inputs that do not move the metric are left out
 * @param notes    inputs left out or ranges clipped, one sentence each
 */
public record Tornado(String metric, String label, Unit unit, String scenario, BigDecimal base,
                      List<TornadoBar> bars, List<String> notes) implements ChartData {
    public Tornado {
        bars = List.copyOf(bars);
        notes = List.copyOf(notes);
    }
}
