package org.thesisbot.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many questions a second one instance answers before it breaks: the open-loop rate is stepped up
 * (50, 100, 200, 400, 800 ... events/s), all entries at one rate before the next rate (interleaved), and an entry
 * stops at the first step whose end-to-end p99 is over the limit, or that has an error, a missing or duplicate
 * reply, or a "busy" notice instead of an answer. Then a few bisection steps between the last rate sustained and
 * the first that was not narrow the figure down (doubling alone could only tell capacities apart by 2x).
 * After every step the harness waits for the target to go idle, so no backlog runs into the next step.
 */
final class Capacity {
    private static final int WARMUP_RATE = 20;
    private static final int WARMUP_SECONDS = 10;
    private final RoundsLoadGenerator gen;
    private final RoundsLoadGenerator.Options options;

    Capacity(RoundsLoadGenerator gen, RoundsLoadGenerator.Options options) {
        this.gen = gen;
        this.options = options;
    }

    private static final class Curve {
        final RoundsLoadGenerator.CapacityEntry entry;
        final List<ObjectNode> steps = new ArrayList<>();
        int sustained;      // highest rate that passed (0: none)
        int failed;         // lowest rate that failed (0: none yet)
        double cpuPer1000 = -1;  // at the highest sustained rate

        Curve(RoundsLoadGenerator.CapacityEntry entry) {
            this.entry = entry;
        }
    }

    ObjectNode run() throws InterruptedException {
        Map<String, Curve> curves = new LinkedHashMap<>();
        options.capacity().forEach(e -> curves.put(e.label(), new Curve(e)));
        for (Curve c : curves.values()) {
            // every curve's own path warmed first (JIT, first use), the same for all: the rounds warm numeric
            // mentions only, and a fresh process's first narrative answers take up to 1.4 s, which failed the first
            // step of a narrative curve that nothing had warmed
            Target target = gen.target(c.entry.target());
            gen.quiesce(target, Duration.ofSeconds(30));
            gen.run(target, new Phase("capacity-warmup", c.entry.workload(), WARMUP_RATE, WARMUP_SECONDS), false);
        }
        for (int rate : options.capacityRates()) {
            boolean any = false;
            for (Curve c : curves.values()) {
                if (c.failed == 0) {
                    step(c, rate);
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        for (int i = 0; i < options.capacityRefine(); i++) {
            for (Curve c : curves.values()) {
                if (c.failed > 0 && c.sustained > 0) {
                    int mid = roundTo((c.sustained + c.failed) / 2, c.failed - c.sustained);
                    if (mid > c.sustained && mid < c.failed) {
                        step(c, mid);
                    }
                }
            }
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode()
                .put("rule", "highest open-loop rate with e2e p99 <= " + options.capacityE2eLimitMs()
                        + " ms, no error, no missing or duplicate reply, no busy notice")
                .put("step_seconds", options.capacitySeconds())
                .put("refine_steps", options.capacityRefine());
        options.capacityRates().forEach(r -> out.withArray("rates").add(r));
        ObjectNode entries = out.putObject("entries");
        for (Curve c : curves.values()) {
            ObjectNode e = entries.putObject(c.entry.label()).put("target", c.entry.target())
                    .put("workload", c.entry.workload().wireName())
                    .put("capacity_per_s", c.sustained)
                    .put("lowest_failed_rate_per_s", c.failed == 0 ? -1 : c.failed)
                    .put("reached_limit", c.failed > 0);
            if (c.cpuPer1000 >= 0) {
                e.put("cpu_s_per_1000_at_capacity", Math.round(c.cpuPer1000 * 1000) / 1000.0);
            }
            ArrayNode steps = e.putArray("steps");
            c.steps.forEach(steps::add);
        }
        return out;
    }

    private void step(Curve c, int rate) throws InterruptedException {
        Target target = gen.target(c.entry.target());
        gen.quiesce(target, Duration.ofSeconds(30));
        Phase phase = new Phase("capacity-" + rate, c.entry.workload(), rate, options.capacitySeconds());
        PhaseStats s = gen.run(target, phase, true);
        String why = failure(s);
        ObjectNode j = s.json().put("label", c.entry.label()).put("sustained", why == null);
        if (why != null) {
            j.put("failed_because", why);
            c.failed = c.failed == 0 ? rate : Math.min(c.failed, rate);
        } else if (rate > c.sustained) {
            c.sustained = rate;
            c.cpuPer1000 = s.cpuSecondsPer1000();
        }
        c.steps.add(j);
        System.out.printf("loadgen: capacity %s at %d/s: %s%n", c.entry.label(), rate, why == null ? "sustained" : why);
    }

    private String failure(PhaseStats s) {
        if (s.aborted() != null) {
            return s.aborted();
        }
        List<String> why = new ArrayList<>();
        if (s.errors.get() > 0) {
            why.add(s.errors.get() + " errors");
        }
        if (s.missing() > 0) {
            why.add(s.missing() + " missing replies");
        }
        if (s.duplicates.get() > 0) {
            why.add(s.duplicates.get() + " duplicate replies");
        }
        if (s.busyNotices.get() > 0) {
            why.add(s.busyNotices.get() + " busy notices");
        }
        double p99 = s.e2eAll().ms(99);
        if (p99 > options.capacityE2eLimitMs()) {
            why.add(String.format("e2e p99 %.1f ms", p99));
        }
        return why.isEmpty() ? null : String.join(", ", why);
    }

    /** The midpoint rounded to a tidy step: 10/s within a bracket under 200 wide, else 25/s. */
    private static int roundTo(int mid, int width) {
        int unit = width < 200 ? 10 : 25;
        return Math.round(mid / (float) unit) * unit;
    }
}
