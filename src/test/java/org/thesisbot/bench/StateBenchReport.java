package org.thesisbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report of {@code bench/state.sh}: reads the rounds load generator's JSON ({@code --loadgen}: memory, redis
 * and two replicas measured one at a time in interleaved rounds), prints the initial warm-up's p99 per block, then for
 * each comparison (new-thread mentions, then follow-ups in answered threads) the three side by side (the median over
 * the rounds of each round's figure, with min–max, and the drift of e2e p99 from the first half of the rounds to the
 * second), what Redis adds (the median of the per-round differences, redis minus memory in the same round, with their
 * range), then each configuration's latencies pooled over all rounds, and the per-round paired differences of e2e p99
 * (redis minus memory, two minus memory) with the median, a bootstrap 95% interval, the rounds under
 * {@value #TARGET_MS} ms and the verdict ({@link PairedRounds}); then the restarts under load, and one summary line per
 * comparison; writes everything to {@code --out}. With {@code --part latency} (no restarts) the summary lines are
 * {@code bench-state-latency} lines instead.
 */
public final class StateBenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final List<String> CONFIGS = List.of("memory", "redis", "two");
    /** Issue 13: "Redis adds under 1 ms to end-to-end p99". */
    static final double TARGET_MS = 1.0;

    private StateBenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path loadgen = null;
        Path restartsFile = null;
        Path jmh = null;
        Path out = null;
        int restarts = 0;
        String part = "all";
        ObjectNode meta = JSON.createObjectNode();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--loadgen" -> loadgen = Path.of(args[++i]);
                case "--restarts-json" -> restartsFile = Path.of(args[++i]);
                case "--jmh" -> jmh = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--restarts" -> restarts = Integer.parseInt(args[++i]);
                case "--part" -> part = args[++i];
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
        JsonNode lg = JSON.readTree(loadgen.toFile());
        root.set("loadgen", lg);
        JsonNode settles = lg.path("warmup_settle");
        if (settles.size() > 0) {
            System.out.printf("%nwarm-up before the rounds (p99 per block, ms; it goes on while p99 still falls):%n");
            for (JsonNode w : settles) {
                System.out.printf(Locale.ROOT, "  %-7s %-17s %4d/s %4d s  %s  %s%n", w.path("target").asText(),
                        w.path("workload").asText(), w.path("rate_per_s").asInt(), w.path("seconds").asInt(),
                        w.path("block_p99_ms"), w.path("settled").asBoolean() ? "settled" : "STILL FALLING at the cap");
            }
        }
        ObjectNode summary = root.putObject("summary");
        ObjectNode addsAll = root.putObject("redis_adds_ms");
        ObjectNode latencyAll = root.putObject("latency");
        Comparison main = null;
        Comparison followUps = null;
        for (JsonNode c : lg.path("comparisons")) {
            Comparison cmp = comparison(c, summary, addsAll, latencyAll);
            if (main == null) {
                main = cmp;
            } else if (c.path("workload").asText().startsWith("followup") && followUps == null) {
                followUps = cmp;
            }
        }
        if (main == null) {
            main = comparison(JSON.createObjectNode(), summary, addsAll, latencyAll);
        }
        Spread addsE2e99 = main.addsE2e99();
        double[] e2eP99 = main.e2eP99();
        double[] ackP99 = main.ackP99();
        long problems = main.problems() + (followUps == null ? 0 : followUps.problems());

        JsonNode restartPhase = null;
        if (restartsFile != null && Files.exists(restartsFile)) {
            JsonNode run = JSON.readTree(restartsFile.toFile());
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
        if (jmh != null && Files.exists(jmh) && Files.size(jmh) > 0) {
            ObjectNode dedupe = root.putObject("dedupe_claim_us");
            for (JsonNode b : JSON.readTree(jmh.toFile())) {
                String name = b.get("benchmark").asText().replaceAll(".*\\.", "");
                JsonNode pct = b.path("primaryMetric").path("scorePercentiles");
                dedupe.putObject(name).put("p50", pct.path("50.0").asDouble()).put("p99", pct.path("99.0").asDouble())
                        .put("p99.9", pct.path("99.9").asDouble()).put("max", pct.path("100.0").asDouble());
            }
            System.out.println("dedupe claim (µs): " + dedupe);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), root);
        if (part.equals("latency")) {
            System.out.println(latencyLine("bench-state-latency", main, problems));
            if (followUps != null) {
                System.out.println(latencyLine("bench-state-latency-followups", followUps, followUps.problems()));
            }
            return;
        }
        System.out.printf(Locale.ROOT, "bench-state e2e_p99_ms memory=%.3f redis=%.3f two=%.3f redis_adds_ms=%.3f "
                        + "redis_adds_range_ms=%.3f..%.3f ack_p99_ms memory=%.3f redis=%.3f two=%.3f load_problems=%d "
                        + "restarts=%d duplicates=%d missing=%d errors=%d%n",
                e2eP99[0], e2eP99[1], e2eP99[2], addsE2e99 == null ? Double.NaN : addsE2e99.median(),
                addsE2e99 == null ? Double.NaN : addsE2e99.min(), addsE2e99 == null ? Double.NaN : addsE2e99.max(),
                ackP99[0], ackP99[1], ackP99[2], problems, restarts, rDuplicates, rMissing, rErrors);
        if (followUps != null) {
            Spread f = followUps.addsE2e99();
            System.out.printf(Locale.ROOT, "bench-state-followups e2e_p99_ms memory=%.3f redis=%.3f two=%.3f redis_adds_ms=%.3f "
                            + "redis_adds_range_ms=%.3f..%.3f ack_p99_ms memory=%.3f redis=%.3f two=%.3f%n",
                    followUps.e2eP99()[0], followUps.e2eP99()[1], followUps.e2eP99()[2], f == null ? Double.NaN : f.median(),
                    f == null ? Double.NaN : f.min(), f == null ? Double.NaN : f.max(), followUps.ackP99()[0],
                    followUps.ackP99()[1], followUps.ackP99()[2]);
        }
    }

    /** One comparison's figures, as the summary lines need them. */
    private record Comparison(double[] e2eP99, double[] ackP99, Spread addsE2e99, long problems, int rounds, long perRound,
                              double[] pooledE2eP99, PairedRounds redisAdds, PairedRounds twoAdds) {
    }

    /** The latency part's summary line for one comparison. */
    private static String latencyLine(String tag, Comparison c, long problems) {
        return String.format(Locale.ROOT, "%s rounds=%d per_round=%d e2e_p99_pooled_ms memory=%.3f redis=%.3f two=%.3f "
                        + "redis_adds_p99_ms=%s two_adds_p99_ms=%s load_problems=%d", tag, c.rounds(), c.perRound(),
                c.pooledE2eP99()[0], c.pooledE2eP99()[1], c.pooledE2eP99()[2], pairedLine(c.redisAdds()),
                pairedLine(c.twoAdds()), problems);
    }

    /** {@code 0.612 ci95=0.320..0.940 under_1ms=10/12 verdict=met} ({@code not_shown}, {@code missed}). */
    private static String pairedLine(PairedRounds p) {
        if (p == null) {
            return "NaN ci95=NaN..NaN under_1ms=0/0 verdict=none";
        }
        return String.format(Locale.ROOT, "%.3f ci95=%.3f..%.3f under_%sms=%d/%d verdict=%s", p.median(), p.low(), p.high(),
                PairedRounds.plain(TARGET_MS), p.under(), p.differences().length, p.verdict().replace(' ', '_'));
    }

    /**
     * Prints one comparison (a workload run on memory, redis and two in interleaved rounds) as rows, with what Redis
     * adds and how each configuration's e2e p99 drifted from the first half of the rounds to the second (a warm-up too
     * short shows as a fall); records it under the comparison's phase name in {@code summary} and {@code adds}.
     */
    private static Comparison comparison(JsonNode c, ObjectNode summaryAll, ObjectNode addsAll, ObjectNode latencyAll) {
        String name = c.path("phase").asText("main");
        JsonNode targets = c.path("targets");
        ObjectNode summary = name.equals("main") ? summaryAll : summaryAll.putObject(name);
        System.out.printf(Locale.ROOT, "%n%s: %s at %d/s, %d s a round%n", name, c.path("workload").asText("?"),
                c.path("rate_per_s").asInt(), c.path("seconds").asInt());
        System.out.printf("%-8s %6s  %-22s %-22s %-22s %-22s %6s %7s %10s %14s%n", "config", "rounds", "ack p50 ms", "ack p99 ms",
                "e2e p50 ms", "e2e p99 ms", "errors", "missing", "duplicates", "p99 drift ms");
        double[] e2eP99 = new double[CONFIGS.size()];
        double[] ackP99 = new double[CONFIGS.size()];
        long problems = 0;
        for (int i = 0; i < CONFIGS.size(); i++) {
            String config = CONFIGS.get(i);
            JsonNode t = targets.path(config);
            JsonNode sp = t.path("spreads");
            long errors = t.path("errors").asLong();
            long missing = t.path("missing").asLong();
            long duplicates = t.path("duplicates").asLong();
            problems += errors + missing + duplicates;
            Spread ack50 = Spread.fromJson(sp.get("ack_p50_ms"));
            Spread ack99 = Spread.fromJson(sp.get("ack_p99_ms"));
            Spread e2e50 = Spread.fromJson(sp.get("e2e_p50_ms"));
            Spread e2e99 = Spread.fromJson(sp.get("e2e_p99_ms"));
            e2eP99[i] = e2e99 == null ? Double.NaN : e2e99.median();
            ackP99[i] = ack99 == null ? Double.NaN : ack99.median();
            double drift = drift(t.path("rounds"));
            ObjectNode s = summary.putObject(config);
            put(s, "ack_p50_ms", ack50);
            put(s, "ack_p99_ms", ack99);
            put(s, "e2e_p50_ms", e2e50);
            put(s, "e2e_p99_ms", e2e99);
            s.put("rounds", t.path("rounds").size()).put("errors", errors).put("missing", missing).put("duplicates", duplicates)
                    .put("e2e_p99_drift_ms", Latencies.round(drift));
            System.out.printf(Locale.ROOT, "%-8s %6d  %-22s %-22s %-22s %-22s %6d %7d %10d %14.2f%n", config,
                    t.path("rounds").size(), text(ack50), text(ack99), text(e2e50), text(e2e99), errors, missing, duplicates,
                    drift);
        }
        // Paired: each round ran memory, redis and two back to back, so their per-round differences cancel whatever
        // drifted between rounds.
        Spread addsE2e99 = paired(targets, "redis", "memory", "e2e", "p99_ms");
        Spread addsE2e50 = paired(targets, "redis", "memory", "e2e", "p50_ms");
        Spread addsAck99 = paired(targets, "redis", "memory", "ack", "p99_ms");
        Spread twoAddsE2e99 = paired(targets, "two", "memory", "e2e", "p99_ms");
        ObjectNode adds = name.equals("main") ? addsAll : addsAll.putObject(name);
        put(adds, "e2e_p99_paired", addsE2e99);
        put(adds, "e2e_p50_paired", addsE2e50);
        put(adds, "ack_p99_paired", addsAck99);
        put(adds, "two_e2e_p99_paired", twoAddsE2e99);
        adds.put("e2e_p99_medians_difference", Latencies.round(e2eP99[1] - e2eP99[0]));
        System.out.printf(Locale.ROOT, "Redis adds to e2e p99: %s ms (per round, redis minus memory: median, min-max); "
                        + "difference of the medians %.2f ms; target < 1 ms%n", text(addsE2e99), e2eP99[1] - e2eP99[0]);
        System.out.printf(Locale.ROOT, "Redis adds to e2e p50: %s ms; to ack p99: %s ms; two replicas add to e2e p99: %s ms%n",
                text(addsE2e50), text(addsAck99), text(twoAddsE2e99));
        Latency latency = latency(c, name.equals("main") ? latencyAll : latencyAll.putObject(name));
        return new Comparison(e2eP99, ackP99, addsE2e99, problems, c.path("rounds").asInt(), latency.perRound(),
                latency.pooledE2eP99(), latency.redisAdds(), latency.twoAdds());
    }

    /** What {@link #latency} found, for the summary line. */
    private record Latency(long perRound, double[] pooledE2eP99, PairedRounds redisAdds, PairedRounds twoAdds) {
    }

    /**
     * The latency comparison of one comparison: each configuration's ack and e2e latencies pooled over every round (the
     * load generator merged the rounds' histograms), and per round the paired difference of e2e p99, redis minus memory
     * and two minus memory, held against {@value #TARGET_MS} ms ({@link PairedRounds}); printed and put in {@code out}.
     */
    private static Latency latency(JsonNode c, ObjectNode out) {
        JsonNode targets = c.path("targets");
        int rounds = c.path("rounds").asInt();
        out.put("rounds", rounds).put("rotated", c.path("rotated").asBoolean());
        if (c.has("orders")) {
            out.set("orders", c.get("orders"));
        }
        System.out.printf(Locale.ROOT, "pooled over %d rounds (%s), ms:%n", rounds, c.path("rotated").asBoolean()
                ? "order turned by one each round" : "same order every round");
        System.out.printf("%-8s %8s %8s %8s %8s %8s  %s%n", "config", "n", "ack p50", "ack p99", "e2e p50", "e2e p99",
                "a round of N requests: its e2e p99 from sampling alone (95%), N: low..high");
        ObjectNode pooledOut = out.putObject("pooled");
        double[] pooledE2eP99 = new double[CONFIGS.size()];
        long perRound = 0;
        for (int i = 0; i < CONFIGS.size(); i++) {
            String config = CONFIGS.get(i);
            JsonNode ack = targets.path(config).path("pooled").path("ack");
            JsonNode e2e = targets.path(config).path("pooled").path("e2e");
            pooledE2eP99[i] = e2e.path("p99_ms").asDouble(Double.NaN);
            perRound = Math.max(perRound, e2e.path("median_round_n").asLong(ack.path("median_round_n").asLong()));
            ObjectNode p = pooledOut.putObject(config).put("n", e2e.path("n").asLong(ack.path("n").asLong()));
            p.set("ack_p50_ms", ack.get("p50_ms"));
            p.set("ack_p99_ms", ack.get("p99_ms"));
            p.set("e2e_p50_ms", e2e.get("p50_ms"));
            p.set("e2e_p99_ms", e2e.get("p99_ms"));
            p.set("round_e2e_p99_sampling_95_ms", e2e.get("round_p99_sampling_95_ms"));
            List<String> sampling = new ArrayList<>();
            e2e.path("round_p99_sampling_95_ms").properties().forEach(f -> sampling.add(String.format(Locale.ROOT,
                    "%s: %.2f..%.2f", f.getKey(), f.getValue().get(0).asDouble(), f.getValue().get(1).asDouble())));
            System.out.printf(Locale.ROOT, "%-8s %8d %8.2f %8.2f %8.2f %8.2f  %s%n", config, e2e.path("n").asLong(ack.path("n").asLong()),
                    ack.path("p50_ms").asDouble(Double.NaN), ack.path("p99_ms").asDouble(Double.NaN),
                    e2e.path("p50_ms").asDouble(Double.NaN), pooledE2eP99[i], sampling.isEmpty() ? "NA" : String.join("; ", sampling));
        }
        out.put("per_round", perRound);
        if (!Double.isNaN(pooledE2eP99[0])) {
            out.putObject("e2e_p99_pooled_difference_ms").put("redis_minus_memory", Latencies.round(pooledE2eP99[1] - pooledE2eP99[0]))
                    .put("two_minus_memory", Latencies.round(pooledE2eP99[2] - pooledE2eP99[0]));
        }
        PairedRounds redisAdds = PairedRounds.of(differences(targets, "redis", "memory"), TARGET_MS);
        PairedRounds twoAdds = PairedRounds.of(differences(targets, "two", "memory"), TARGET_MS);
        System.out.println("e2e p99, per round (the rounds in the order they ran), ms:");
        for (String config : CONFIGS) {
            System.out.printf("  %-19s %s%n", config, perRound(targets.path(config).path("rounds")));
        }
        if (redisAdds != null) {
            out.set("e2e_p99_redis_minus_memory", redisAdds.json());
            System.out.printf("  %-19s %s%n", "redis minus memory", joined(redisAdds.differences()));
            System.out.println("Redis adds to e2e p99 (per-round difference): " + redisAdds.text());
        }
        if (twoAdds != null) {
            out.set("e2e_p99_two_minus_memory", twoAdds.json());
            System.out.printf("  %-19s %s%n", "two minus memory", joined(twoAdds.differences()));
            System.out.println("Two replicas on Redis add to e2e p99 (per-round difference): " + twoAdds.text());
        }
        System.out.printf(Locale.ROOT, "Difference of the pooled e2e p99s: redis %.2f ms, two %.2f ms; target: Redis adds under "
                + "%s ms, verdict from the bootstrap interval's upper bound%n", pooledE2eP99[1] - pooledE2eP99[0],
                pooledE2eP99[2] - pooledE2eP99[0], PairedRounds.plain(TARGET_MS));
        return new Latency(perRound, pooledE2eP99, redisAdds, twoAdds);
    }

    /** Per round: {@code a}'s e2e p99 minus {@code b}'s (the rounds in the order they ran). */
    static List<Double> differences(JsonNode targets, String a, String b) {
        JsonNode ra = targets.path(a).path("rounds");
        JsonNode rb = targets.path(b).path("rounds");
        List<Double> diffs = new ArrayList<>();
        for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
            JsonNode x = ra.get(i).path("e2e").get("p99_ms");
            JsonNode y = rb.get(i).path("e2e").get("p99_ms");
            if (x != null && y != null) {
                diffs.add(x.asDouble() - y.asDouble());
            }
        }
        return diffs;
    }

    private static String perRound(JsonNode rounds) {
        List<String> v = new ArrayList<>();
        rounds.forEach(r -> v.add(String.format(Locale.ROOT, "%.2f", r.path("e2e").path("p99_ms").asDouble(Double.NaN))));
        return String.join(" ", v);
    }

    private static String joined(double[] values) {
        List<String> v = new ArrayList<>();
        for (double x : values) {
            v.add(String.format(Locale.ROOT, "%.2f", x));
        }
        return String.join(" ", v);
    }

    /**
     * The median e2e p99 of the second half of the rounds minus that of the first half (the middle round of an odd
     * number left out); NaN under two rounds. Near 0 when the configuration was warm before the rounds began.
     */
    static double drift(JsonNode rounds) {
        List<Double> p99 = new ArrayList<>();
        rounds.forEach(r -> {
            JsonNode v = r.path("e2e").get("p99_ms");
            if (v != null) {
                p99.add(v.asDouble());
            }
        });
        int half = p99.size() / 2;
        if (half == 0) {
            return Double.NaN;
        }
        Spread first = Spread.of(p99.subList(0, half));
        Spread second = Spread.of(p99.subList(p99.size() - half, p99.size()));
        return second.median() - first.median();
    }

    /** Per round: {@code a}'s figure minus {@code b}'s (the rounds in the order they ran), as a spread. */
    private static Spread paired(JsonNode targets, String a, String b, String group, String field) {
        JsonNode ra = targets.path(a).path("rounds");
        JsonNode rb = targets.path(b).path("rounds");
        List<Double> diffs = new ArrayList<>();
        for (int i = 0; i < Math.min(ra.size(), rb.size()); i++) {
            JsonNode x = ra.get(i).path(group).get(field);
            JsonNode y = rb.get(i).path(group).get(field);
            if (x != null && y != null) {
                diffs.add(x.asDouble() - y.asDouble());
            }
        }
        return Spread.of(diffs);
    }

    private static void put(ObjectNode o, String key, Spread s) {
        if (s != null) {
            o.set(key, s.json());
        }
    }

    private static String text(Spread s) {
        return s == null ? "NA" : s.text();
    }
}
