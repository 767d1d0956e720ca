package org.thesisbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code bench/state.sh}: reads the load generator's JSON of every run, prints memory, redis and
 * two replicas side by side (the median over the repeats of each figure, with the range), the restarts under
 * load, and one summary line; writes everything to {@code --out}.
 */
public final class StateBenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> CONFIGS = List.of("memory", "redis", "two");

    private StateBenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path work = null;
        Path out = null;
        int repeats = 1;
        int restarts = 0;
        ObjectNode meta = JSON.createObjectNode();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--repeats" -> repeats = Integer.parseInt(args[++i]);
                case "--restarts" -> restarts = Integer.parseInt(args[++i]);
                case "--meta" -> {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    meta.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("machine_and_method", meta);
        ObjectNode configs = root.putObject("configs");
        System.out.printf("%n%-8s %5s  %-22s %-22s %-22s %-22s %6s %7s %10s%n", "config", "runs", "ack p50 ms", "ack p99 ms",
                "e2e p50 ms", "e2e p99 ms", "errors", "missing", "duplicates");
        double[] e2eP99 = new double[CONFIGS.size()];
        double[] ackP99 = new double[CONFIGS.size()];
        long problems = 0;
        for (int c = 0; c < CONFIGS.size(); c++) {
            String config = CONFIGS.get(c);
            List<JsonNode> mains = new ArrayList<>();
            ArrayNode runs = configs.putObject(config).putArray("runs");
            for (int r = 1; r <= repeats; r++) {
                Path f = work.resolve(config + "-" + r + ".json");
                if (!Files.exists(f)) {
                    continue;
                }
                JsonNode run = JSON.readTree(f.toFile());
                runs.add(run);
                for (JsonNode phase : run.get("phases")) {
                    if (phase.get("name").asText().equals("main")) {
                        mains.add(phase);
                    }
                }
            }
            Stat ack50 = stat(mains, "ack", "p50_ms");
            Stat ack99 = stat(mains, "ack", "p99_ms");
            Stat e2e50 = stat(mains, "e2e", "p50_ms");
            Stat e2e99 = stat(mains, "e2e", "p99_ms");
            long errors = sum(mains, "errors");
            long missing = sum(mains, "missing");
            long duplicates = sum(mains, "duplicates");
            problems += errors + missing + duplicates;
            e2eP99[c] = e2e99.median;
            ackP99[c] = ack99.median;
            ObjectNode summary = (ObjectNode) configs.get(config);
            summary.put("ack_p50_ms_median", ack50.median).put("ack_p99_ms_median", ack99.median)
                    .put("e2e_p50_ms_median", e2e50.median).put("e2e_p99_ms_median", e2e99.median)
                    .put("errors", errors).put("missing", missing).put("duplicates", duplicates);
            System.out.printf("%-8s %5d  %-22s %-22s %-22s %-22s %6d %7d %10d%n", config, mains.size(), ack50, ack99, e2e50,
                    e2e99, errors, missing, duplicates);
        }
        double adds = e2eP99[1] - e2eP99[0];
        root.put("redis_adds_to_e2e_p99_ms", round(adds));
        System.out.printf(Locale.ROOT, "%nRedis adds %.3f ms to the end-to-end p99 (median of the per-run p99s, redis minus memory; target < 1 ms)%n",
                adds);

        JsonNode restartPhase = null;
        Path rf = work.resolve("restarts.json");
        if (Files.exists(rf)) {
            JsonNode run = JSON.readTree(rf.toFile());
            restartPhase = run.get("phases").get(0);
            root.set("restarts", run);
        }
        long rMissing = restartPhase == null ? -1 : restartPhase.path("missing").asLong();
        long rDuplicates = restartPhase == null ? -1 : restartPhase.path("duplicates").asLong();
        long rErrors = restartPhase == null ? -1 : restartPhase.path("errors").asLong();
        root.put("restarts_done", restarts);
        if (restartPhase != null) {
            System.out.printf(Locale.ROOT, "restarts: %d restarts of replica A under %d events/s: sent=%d replied=%d missing=%d "
                            + "duplicates=%d errors=%d failover_retries=%d e2e p99=%.2f ms%n", restarts,
                    restartPhase.get("rate_per_s").asInt(), restartPhase.get("sent").asLong(),
                    restartPhase.path("replied").asLong(), rMissing, rDuplicates, rErrors,
                    restartPhase.path("failover_retries").asLong(), restartPhase.path("e2e").path("p99_ms").asDouble());
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), root);
        System.out.printf(Locale.ROOT, "bench-state e2e_p99_ms memory=%.3f redis=%.3f two=%.3f redis_adds_ms=%.3f "
                        + "ack_p99_ms memory=%.3f redis=%.3f two=%.3f load_problems=%d restarts=%d duplicates=%d missing=%d errors=%d%n",
                e2eP99[0], e2eP99[1], e2eP99[2], adds, ackP99[0], ackP99[1], ackP99[2], problems, restarts, rDuplicates,
                rMissing, rErrors);
    }

    /** Median and range of one figure over the runs. */
    private record Stat(double median, double min, double max) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", median, min, max);
        }
    }

    private static Stat stat(List<JsonNode> phases, String group, String field) {
        List<Double> v = new ArrayList<>();
        for (JsonNode p : phases) {
            if (p.path(group).has(field)) {
                v.add(p.get(group).get(field).asDouble());
            }
        }
        if (v.isEmpty()) {
            return new Stat(Double.NaN, Double.NaN, Double.NaN);
        }
        Collections.sort(v);
        int n = v.size();
        double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
        return new Stat(median, v.get(0), v.get(n - 1));
    }

    private static long sum(List<JsonNode> phases, String field) {
        return phases.stream().mapToLong(p -> p.path(field).asLong()).sum();
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }
}
