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
    final Latencies ack = new Latencies();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicLong expected = new AtomicLong();
    final AtomicLong replied = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong withFormula = new AtomicLong();
    /** Requests delivered again to another replica after a refusal (see LoadGenerator's --failover). */
    final AtomicLong failoverRetries = new AtomicLong();
    /** How late the sender was against the schedule (its own stalls; already inside the ack figures). */
    final Latencies sendLag = new Latencies();
    private final Latencies e2eAll = new Latencies();
    private final Map<String, Latencies> e2eByKind = new ConcurrentHashMap<>();
    private final List<String> errorSamples = new ArrayList<>();
    private double machineBusy = -1;
    private double loadGeneratorCores;

    PhaseStats(Phase phase) {
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

    /** Records what the CPUs did during the phase (see {@link CpuMeter}). */
    void cpu(CpuMeter meter) {
        machineBusy = meter.machineBusy();
        loadGeneratorCores = meter.loadGeneratorCores();
    }

    long missing() {
        return expected.get() - replied.get();
    }

    ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode()
                .put("name", phase.name()).put("workload", phase.workload().wireName())
                .put("rate_per_s", phase.rate()).put("seconds", phase.seconds())
                .put("sent", sent.get()).put("errors", errors.get());
        if (failoverRetries.get() > 0) {
            o.put("failover_retries", failoverRetries.get());
        }
        o.put("machine_cpu_busy_pct", Math.round(machineBusy * 1000) / 10.0)
                .put("load_generator_cores", Math.round(loadGeneratorCores * 100) / 100.0);
        o.set("ack", ack.json());
        o.set("send_lag", sendLag.json());
        if (expected.get() > 0) {
            o.put("expected_replies", expected.get()).put("replied", replied.get()).put("missing", missing())
                    .put("duplicates", duplicates.get());
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
