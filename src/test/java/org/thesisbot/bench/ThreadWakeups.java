package org.thesisbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report of {@code bench/wakeups.sh}: per answered mention, which threads of a replica ran, how long, and how
 * often they were woken or had the core taken from them, memory against redis. It reads two snapshots per replica of
 * {@code /proc/PID/task/*} taken when the rounds began and when they ended (one line per thread: id, name,
 * {@code schedstat}'s run and wait nanoseconds and times scheduled in, {@code status}' voluntary and involuntary
 * context switches), and the load generator's JSON for the number of replies each got. Threads are grouped by name
 * without their numbers ({@code slack-answer-3} counts as {@code slack-answer}).
 *
 * <p>Counts, unlike times, hardly depend on how busy the machine is: a thread woken once per question is woken once per
 * question on an idle machine or a loaded one. On a replica pinned to one core each wake-up of another thread during
 * an answer takes the core from it; {@code preempted} (the answer workers' involuntary switches) shows how often.
 * Run and wait times are given too, but they are inflated on a busy machine.
 *
 * <pre>
 * java -cp ... org.thesisbot.bench.ThreadWakeups --loadgen lg.json --snapshots DIR   (DIR/CONFIG-before.tsv, -after.tsv)
 * </pre>
 */
public final class ThreadWakeups {
    private static final List<String> CONFIGS = List.of("memory", "redis");
    private static final String WORKER = "slack-answer";

    private ThreadWakeups() {
    }

    /** One thread group's totals over the rounds: run and wait ns, times scheduled in, voluntary and involuntary switches. */
    record Totals(long runNs, long waitNs, long scheduled, long voluntary, long involuntary) {
        Totals plus(Totals o) {
            return new Totals(runNs + o.runNs, waitNs + o.waitNs, scheduled + o.scheduled, voluntary + o.voluntary,
                    involuntary + o.involuntary);
        }

        Totals minus(Totals o) {
            return new Totals(runNs - o.runNs, waitNs - o.waitNs, scheduled - o.scheduled, voluntary - o.voluntary,
                    involuntary - o.involuntary);
        }
    }

    private static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

    public static void main(String[] args) throws IOException {
        Path loadgen = null;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--loadgen" -> loadgen = Path.of(args[++i]);
                case "--snapshots" -> dir = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        JsonNode lg = new ObjectMapper().readTree(loadgen.toFile());
        Map<String, Map<String, Totals>> byConfig = new LinkedHashMap<>();
        Map<String, Long> answered = new LinkedHashMap<>();
        for (String config : CONFIGS) {
            long replied = 0;
            for (JsonNode c : lg.path("comparisons")) {
                for (JsonNode r : c.path("targets").path(config).path("rounds")) {
                    replied += r.path("replied").asLong();
                }
            }
            answered.put(config, replied);
            byConfig.put(config, groups(read(dir.resolve(config + "-before.tsv")), read(dir.resolve(config + "-after.tsv"))));
        }
        TreeMap<String, Boolean> names = new TreeMap<>();
        byConfig.values().forEach(m -> m.keySet().forEach(k -> names.put(k, true)));
        List<String> rows = new ArrayList<>(names.keySet());
        rows.sort((a, b) -> Long.compare(scheduled(byConfig, b), scheduled(byConfig, a)));
        System.out.printf(Locale.ROOT, "per answered mention (memory %d, redis %d answered); run and wait in µs (inflated on a "
                + "busy machine), the rest counts%n", answered.get("memory"), answered.get("redis"));
        System.out.printf(Locale.ROOT, "%-20s | %8s %8s %7s %7s %7s | %8s %8s %7s %7s %7s%n", "thread", "run", "wait",
                "sched", "woken", "preempt", "run", "wait", "sched", "woken", "preempt");
        Map<String, Totals> all = new LinkedHashMap<>();
        for (String name : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-20s", name));
            boolean shown = false;
            for (String config : CONFIGS) {
                Totals t = byConfig.get(config).getOrDefault(name, ZERO);
                all.merge(config, t, Totals::plus);
                double n = Math.max(1, answered.get(config));
                shown |= t.scheduled() / n >= 0.05 || t.runNs() / n >= 1000;
                line.append(String.format(Locale.ROOT, " | %8.1f %8.1f %7.2f %7.2f %7.2f", t.runNs() / n / 1000,
                        t.waitNs() / n / 1000, t.scheduled() / n, t.voluntary() / n, t.involuntary() / n));
            }
            if (shown) {
                System.out.println(line);
            }
        }
        StringBuilder total = new StringBuilder(String.format(Locale.ROOT, "%-20s", "all threads"));
        for (String config : CONFIGS) {
            Totals t = all.getOrDefault(config, ZERO);
            double n = Math.max(1, answered.get(config));
            total.append(String.format(Locale.ROOT, " | %8.1f %8.1f %7.2f %7.2f %7.2f", t.runNs() / n / 1000,
                    t.waitNs() / n / 1000, t.scheduled() / n, t.voluntary() / n, t.involuntary() / n));
        }
        System.out.println(total);
        System.out.println("sched: times scheduled in; woken: voluntary switches (it slept, then was woken); preempt: "
                + "involuntary switches (the core was taken from it)");
        StringBuilder last = new StringBuilder("bench-wakeups");
        for (String field : List.of("scheduled_in", "woken", "worker_preempted")) {
            last.append(' ').append(field);
            for (String config : CONFIGS) {
                double n = Math.max(1, answered.get(config));
                Totals t = field.equals("worker_preempted") ? byConfig.get(config).getOrDefault(WORKER, ZERO)
                        : all.getOrDefault(config, ZERO);
                long v = field.equals("scheduled_in") ? t.scheduled() : field.equals("woken") ? t.voluntary() : t.involuntary();
                last.append(String.format(Locale.ROOT, " %s=%.2f", config, v / n));
            }
        }
        System.out.println(last);
    }

    private static long scheduled(Map<String, Map<String, Totals>> byConfig, String name) {
        return byConfig.values().stream().mapToLong(m -> m.getOrDefault(name, ZERO).scheduled()).sum();
    }

    /** Per thread id: its name and totals (a line whose thread ended while it was read is skipped). */
    private static Map<String, Map.Entry<String, Totals>> read(Path file) throws IOException {
        Map<String, Map.Entry<String, Totals>> threads = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.split("\t");
            if (f.length < 5 || f[2].isBlank()) {
                continue;
            }
            String[] sched = f[2].trim().split(" ");
            threads.put(f[0], Map.entry(f[1], new Totals(Long.parseLong(sched[0]), Long.parseLong(sched[1]),
                    Long.parseLong(sched[2]), Long.parseLong(f[3].trim()), Long.parseLong(f[4].trim()))));
        }
        return threads;
    }

    /** After minus before, by thread name without its numbers (a thread started since counts from zero). */
    private static Map<String, Totals> groups(Map<String, Map.Entry<String, Totals>> before,
                                              Map<String, Map.Entry<String, Totals>> after) {
        Map<String, Totals> g = new TreeMap<>();
        after.forEach((tid, e) -> {
            Map.Entry<String, Totals> b = before.get(tid);
            Totals delta = b == null ? e.getValue() : e.getValue().minus(b.getValue());
            g.merge(group(e.getKey()), delta, Totals::plus);
        });
        return g;
    }

    /** {@code slack-answer-3} -> {@code slack-answer}; {@code C2 CompilerThre} -> {@code C CompilerThre}. */
    static String group(String name) {
        return name.replaceAll("[-_#. ]?\\d+$", "").replaceAll("\\d+", "").trim();
    }
}
