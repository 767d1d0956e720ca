package org.thesisbot.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What one load phase measured: ack latency, errors, and for events that get replies, end to end and counts. */
final class PhaseStats {
    private static final int ERROR_SAMPLES = 5;

    final Phase phase;
    final String target;
    final Latencies ack = new Latencies();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong expected = new AtomicLong();
    final AtomicLong replied = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong withFormula = new AtomicLong();
    /** Replies that were the bot's "busy, try again" notice instead of an answer (a failure under load). */
    final AtomicLong busyNotices = new AtomicLong();
    final AtomicLong acked = new AtomicLong();
    /** Requests delivered again to another replica after a refusal (see LoadGenerator's --failover). */
    final AtomicLong failoverRetries = new AtomicLong();
    /** How late the sender was against the schedule (its own stalls; already inside the ack figures). */
    final Latencies sendLag = new Latencies();
    private final Latencies e2eAll = new Latencies();
    private final Map<String, Latencies> e2eByKind = new ConcurrentHashMap<>();
    private final List<String> errorSamples = new ArrayList<>();
    private CpuMeter.Usage usage;
    private int targetCore = -1;
    private double alongside;
    private volatile String aborted;

    PhaseStats(String target, Phase phase) {
        this.target = target;
        this.phase = phase;
    }

    /** Records an end-to-end latency under its question kind and overall. */
    void recordE2e(String kind, long nanos) {
        e2eAll.record(nanos);
        e2eByKind.computeIfAbsent(kind, k -> new Latencies()).record(nanos);
    }

    Latencies e2eAll() {
        return e2eAll;
    }

    void error(String what) {
        errors.incrementAndGet();
        synchronized (errorSamples) {
            if (errorSamples.size() < ERROR_SAMPLES) {
                errorSamples.add(what);
            }
        }
    }

    /** Records what the CPUs did during the phase (see {@link CpuMeter}); {@code targetCore} is -1 when not pinned. */
    void cpu(CpuMeter.Usage usage, int targetCore) {
        this.usage = usage;
        this.targetCore = targetCore;
    }

    /**
     * The cores the other targets of an interleaved phase used meanwhile (they share the target's core): left out of
     * {@link #otherLoadOnTargetCore}, which is about load from outside the bench.
     */
    void alongside(double cores) {
        this.alongside = cores;
    }

    CpuMeter.Usage usage() {
        return usage;
    }

    /** Stops the phase early (capacity steps that are clearly overloaded); the reason is reported. */
    void abort(String why) {
        aborted = why;
    }

    String aborted() {
        return aborted;
    }

    /**
     * The share of the target's core used by other processes than the target (and the targets interleaved with it,
     * {@link #alongside}) during the phase (0..1), or -1 when the target is not pinned to a core of its own: what tells
     * a noisy round from a quiet one.
     */
    double otherLoadOnTargetCore() {
        if (usage == null || targetCore < 0 || targetCore >= usage.coreBusy().size() || usage.targetCores() < 0) {
            return -1;
        }
        return Math.max(0, usage.coreBusy().get(targetCore) - usage.targetCores() - alongside);
    }

    /** Target CPU seconds per 1,000 requests sent, or -1. */
    double cpuSecondsPer1000() {
        return usage == null || usage.targetCpuSeconds() < 0 || sent.get() == 0 ? -1
                : usage.targetCpuSeconds() * 1000.0 / sent.get();
    }

    /** The first error seen, or null. */
    String firstError() {
        synchronized (errorSamples) {
            return errorSamples.isEmpty() ? null : errorSamples.get(0);
        }
    }

    long missing() {
        return expected.get() - replied.get();
    }

    private static double pct(double fraction) {
        return fraction < 0 ? -1 : Math.round(fraction * 1000) / 10.0;
    }

    ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("target", target)
                .put("name", phase.name()).put("workload", phase.workload().wireName())
                .put("rate_per_s", phase.rate()).put("seconds", phase.seconds())
                .put("sent", sent.get()).put("errors", errors.get());
        if (failoverRetries.get() > 0) {
            o.put("failover_retries", failoverRetries.get());
        }
        if (aborted != null) {
            o.put("aborted", aborted);
        }
        if (usage != null) {
            o.put("machine_cpu_busy_pct", pct(usage.machineBusy()))
                    .put("load_generator_cores", Math.round(usage.loadGenCores() * 100) / 100.0);
            usage.coreBusy().forEach(c -> o.withArray("core_busy_pct").add(pct(c)));
            if (usage.targetCpuSeconds() >= 0) {
                o.put("target_cpu_seconds", Math.round(usage.targetCpuSeconds() * 1000) / 1000.0)
                        .put("target_cores", Math.round(usage.targetCores() * 1000) / 1000.0)
                        .put("target_cpu_s_per_1000", Math.round(cpuSecondsPer1000() * 1000) / 1000.0);
            }
            if (otherLoadOnTargetCore() >= 0) {
                o.put("other_load_on_target_core_pct", pct(otherLoadOnTargetCore()));
            }
        }
        o.set("ack", ack.json());
        o.set("send_lag", sendLag.json());
        if (expected.get() > 0) {
            o.put("expected_replies", expected.get()).put("replied", replied.get()).put("missing", missing())
                    .put("duplicates", duplicates.get()).put("busy_notices", busyNotices.get());
            o.set("e2e", e2eAll.json());
            if (e2eByKind.size() > 1) {
                ObjectNode by = o.putObject("e2e_by_kind");
                new TreeMap<>(e2eByKind).forEach((k, v) -> by.set(k, v.json()));
            }
        }
        if (withFormula.get() > 0) {
            o.put("answers_with_formula", withFormula.get()); // numeric answers show their formula in `code`
        }
        synchronized (errorSamples) {
            if (!errorSamples.isEmpty()) {
                errorSamples.forEach(o.putArray("error_samples")::add);
            }
        }
        return o;
    }
}
