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
        ObjectNode pooled = o.putObject("pooled");
        pooled.set("ack", pooled(rounds.stream().map(s -> s.ack).toList()));
        if (rounds.stream().anyMatch(s -> s.expected.get() > 0)) {
            pooled.set("e2e", pooled(rounds.stream().map(PhaseStats::e2eAll).toList()));
        }
        rounds.forEach(s -> o.withArray("rounds").add(s.json()));
        return o;
    }

    /**
     * Every round's latencies in one histogram, and how precisely one round's p99 can be known from its own requests:
     * {@code round_p99_sampling_95_ms}, for a round of N requests (the median round's size, and 1,000, 2,000 and 4,000 to
     * choose a round's length by), the values between which that round's p99 would fall 95 times in 100 if its requests
     * were drawn from the pooled latencies (the binomial order-statistic interval, normal approximation: ranks
     * N×0.99 ± 1.96×√(N×0.99×0.01)). At 1,000 requests a round's p99 is about its 10th slowest request and could as well
     * have been its 4th to 18th slowest; at 2,000, the 20th, and the 12th to 30th. What is wider than that from round to
     * round is the rounds' own noise (a pause, other load), which more requests per round do not remove.
     */
    private static ObjectNode pooled(List<Latencies> parts) {
        Latencies all = Latencies.pooled(parts);
        ObjectNode o = all.json();
        long[] counts = parts.stream().mapToLong(Latencies::count).sorted().toArray();
        long n = counts.length == 0 ? 0 : counts[counts.length / 2];
        o.put("rounds", parts.size()).put("median_round_n", n);
        if (all.count() >= 1000) {
            ObjectNode sampling = o.putObject("round_p99_sampling_95_ms");
            java.util.stream.LongStream.of(n, 1000, 2000, 4000).filter(x -> x >= 100).distinct().sorted().forEach(size -> {
                double half = 1.96 * Math.sqrt(size * 0.99 * 0.01);
                double lo = Math.max(0, Math.floor(size * 0.99 - half)) / size * 100;
                double hi = Math.min(size, Math.ceil(size * 0.99 + half)) / size * 100;
                sampling.putArray(Long.toString(size)).add(Latencies.round(all.ms(lo))).add(Latencies.round(all.ms(hi)));
            });
        }
        return o;
    }

    private static void put(ObjectNode o, String key, List<PhaseStats> rounds, ToDoubleFunction<PhaseStats> f) {
        Spread s = Spread.of(rounds.stream().map(r -> f.applyAsDouble(r)).toList());
        if (s != null) {
            o.set(key, s.json());
        }
    }
}
