package org.thesisbot.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * One target's repeated rounds of one phase: every round as measured, then each figure as a {@link Spread}
 * (median of the rounds, min–max), and the counts summed over the rounds.
 */
final class Rounds {
    private Rounds() {
    }

    static ObjectNode json(List<PhaseStats> rounds) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        ObjectNode spreads = o.putObject("spreads");
        put(spreads, "ack_p50_ms", rounds, s -> s.ack.ms(50));
        put(spreads, "ack_p99_ms", rounds, s -> s.ack.ms(99));
        put(spreads, "ack_p999_ms", rounds, s -> s.ack.ms(99.9));
        put(spreads, "ack_max_ms", rounds, s -> s.ack.ms(100));
        if (rounds.stream().anyMatch(s -> s.expected.get() > 0)) {
            put(spreads, "e2e_p50_ms", rounds, s -> s.e2eAll().ms(50));
            put(spreads, "e2e_p99_ms", rounds, s -> s.e2eAll().ms(99));
            put(spreads, "e2e_max_ms", rounds, s -> s.e2eAll().ms(100));
        }
        put(spreads, "machine_cpu_busy_pct", rounds, s -> s.usage() == null ? Double.NaN : s.usage().machineBusy() * 100);
        put(spreads, "other_load_on_target_core_pct", rounds,
                s -> s.otherLoadOnTargetCore() < 0 ? Double.NaN : s.otherLoadOnTargetCore() * 100);
        put(spreads, "target_cpu_s_per_1000", rounds, s -> s.cpuSecondsPer1000() < 0 ? Double.NaN : s.cpuSecondsPer1000());
        o.put("errors", rounds.stream().mapToLong(s -> s.errors.get()).sum())
                .put("missing", rounds.stream().mapToLong(PhaseStats::missing).sum())
                .put("duplicates", rounds.stream().mapToLong(s -> s.duplicates.get()).sum())
                .put("busy_notices", rounds.stream().mapToLong(s -> s.busyNotices.get()).sum());
        rounds.forEach(s -> o.withArray("rounds").add(s.json()));
        return o;
    }

    private static void put(ObjectNode o, String key, List<PhaseStats> rounds, ToDoubleFunction<PhaseStats> f) {
        Spread s = Spread.of(rounds.stream().map(r -> f.applyAsDouble(r)).toList());
        if (s != null) {
            o.set(key, s.json());
        }
    }
}
