package org.thesisbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The last step of {@code bench/run.sh}: merges the load generator's results and JMH's JSON into one results file,
 * prints compact tables (Markdown, so they can go into docs/benchmarks.md as they are) and the verdicts, and ends with
 * the one summary line:
 * {@code bench ack_p99_ms=X bare_p99_ms=X boltjs_p99_ms=X ratio_vs_bare=X ratio_vs_boltjs=X e2e_p99_ms=X errors=N
 * missing=N duplicates=N rounds=N ratio_vs_bare_reply=X ratio_vs_boltjs_reply=X capacity_per_s=X
 * capacity_ratio_vs_bare_reply=X capacity_ratio_vs_boltjs_reply=X}.
 *
 * <p>Every latency there is the median over the rounds of each round's p99. A ratio is followed by
 * {@code (noise)} when the two figures' spreads overlap (round-to-round min–max for latencies; for capacity, the
 * interval between the last rate sustained and the first that failed): then the data cannot tell them apart.
 *
 * <p>Arguments: {@code --work DIR} (holding loadgen.json and jmh.json; either may be missing), {@code --out FILE},
 * and any number of {@code --meta key=value} (machine and settings).
 */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** A capacity step that failed while other processes used more than this share of the target's core is disturbed. */
    static final double DISTURBED_PCT = 50;
    /** Target names and how the tables call them, in table order. */
    private static final Map<String, String> NAMES = new LinkedHashMap<>();

    static {
        NAMES.put("thesisbot", "thesisbot");
        NAMES.put("bare-reply", "bare Bolt (Java) + reply");
        NAMES.put("boltjs-reply", "bolt-js + reply");
        NAMES.put("bare", "floor: bare Bolt (Java), ack only");
        NAMES.put("boltjs", "floor: bolt-js, ack only");
        NAMES.put("floor-javalin", "floor: Javalin, no Bolt");
        NAMES.put("floor-node", "floor: Node http, no Bolt");
    }

    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        Path work = null;
        Path out = null;
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--meta" -> {
                    String kv = args[++i];
                    int eq = kv.indexOf('=');
                    meta.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (work == null || out == null) {
            throw new IllegalArgumentException("need --work DIR and --out FILE");
        }
        ObjectNode root = JSON.createObjectNode().put("generated_utc", Instant.now().toString());
        ObjectNode m = root.putObject("machine_and_settings");
        meta.forEach(m::put);
        Path lgFile = work.resolve("loadgen.json");
        JsonNode lg = Files.exists(lgFile) ? JSON.readTree(lgFile.toFile()) : JSON.createObjectNode();
        root.set("load", lg);
        Path jmhFile = work.resolve("jmh.json");
        ArrayNode jmh = root.putArray("jmh");
        if (Files.exists(jmhFile)) {
            for (JsonNode b : JSON.readTree(jmhFile.toFile())) {
                jmh.add(jmhRow(b));
            }
        }
        ObjectNode summary = summary(lg, jmh);
        root.set("summary", summary);
        String line = line(summary);
        root.put("line", line);
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), root);

        System.out.println();
        System.out.println(comparisonTable(lg));
        System.out.println(extrasTable(lg));
        if (lg.has("capacity")) {
            System.out.println(capacityTable(lg.get("capacity")));
        }
        if (!jmh.isEmpty()) {
            System.out.println(jmhTable(jmh));
        }
        System.out.println(verdicts(summary));
        System.out.println("results: " + out);
        System.out.println(line);
    }

    // --- summary ------------------------------------------------------------------------------------

    private static JsonNode comparison(JsonNode lg, String phase) {
        for (JsonNode c : lg.path("comparisons")) {
            if (c.path("phase").asText().equals(phase)) {
                return c;
            }
        }
        return null;
    }

    private static Spread spread(JsonNode lg, String phase, String target, String figure) {
        JsonNode c = comparison(lg, phase);
        return c == null ? null : Spread.fromJson(c.path("targets").path(target).path("spreads").get(figure));
    }

    private static JsonNode capacityEntry(JsonNode lg, String label) {
        JsonNode e = lg.path("capacity").path("entries").get(label);
        return e == null || e.isNull() ? null : e;
    }

    static ObjectNode summary(JsonNode lg, ArrayNode jmh) {
        ObjectNode s = JSON.createObjectNode();
        Spread ack = spread(lg, "main", "thesisbot", "ack_p99_ms");
        Spread bare = spread(lg, "main", "bare", "ack_p99_ms");
        Spread boltjs = spread(lg, "main", "boltjs", "ack_p99_ms");
        Spread bareReply = spread(lg, "main", "bare-reply", "ack_p99_ms");
        Spread boltjsReply = spread(lg, "main", "boltjs-reply", "ack_p99_ms");
        put(s, "ack_p99_ms", ack);
        put(s, "bare_p99_ms", bare);
        put(s, "boltjs_p99_ms", boltjs);
        ratio(s, "ratio_vs_bare", ack, bare);
        ratio(s, "ratio_vs_boltjs", ack, boltjs);
        put(s, "e2e_p99_ms", spread(lg, "main", "thesisbot", "e2e_p99_ms"));
        long errors = lg.path("unmatched_replies").asLong();
        long missing = 0;
        long duplicates = 0;
        for (JsonNode c : lg.path("comparisons")) {
            for (JsonNode t : c.path("targets")) {
                errors += t.path("errors").asLong();
                missing += t.path("missing").asLong();
                duplicates += t.path("duplicates").asLong();
            }
        }
        for (JsonNode x : lg.path("extras")) {
            errors += x.path("errors").asLong();
            missing += x.path("missing").asLong();
            duplicates += x.path("duplicates").asLong();
        }
        s.put("errors", errors).put("missing", missing).put("duplicates", duplicates);
        JsonNode main = comparison(lg, "main");
        s.put("rounds", main == null ? 0 : main.path("rounds").asInt());
        put(s, "bare_reply_p99_ms", bareReply);
        put(s, "boltjs_reply_p99_ms", boltjsReply);
        ratio(s, "ratio_vs_bare_reply", ack, bareReply);
        ratio(s, "ratio_vs_boltjs_reply", ack, boltjsReply);
        put(s, "ack_p50_ms", spread(lg, "main", "thesisbot", "ack_p50_ms"));
        put(s, "bare_reply_p50_ms", spread(lg, "main", "bare-reply", "ack_p50_ms"));
        put(s, "e2e_p99_ms_at_high_rate", spread(lg, "high", "thesisbot", "e2e_p99_ms"));
        put(s, "slack_ack_p99_ms_at_high_rate", spread(lg, "high", "thesisbot", "ack_p99_ms"));
        put(s, "bare_reply_ack_p99_ms_at_high_rate", spread(lg, "high", "bare-reply", "ack_p99_ms"));
        put(s, "boltjs_reply_ack_p99_ms_at_high_rate", spread(lg, "high", "boltjs-reply", "ack_p99_ms"));
        JsonNode high = comparison(lg, "high");
        if (high != null) {
            s.put("high_rate_per_s", high.path("rate_per_s").asInt());
        }
        for (JsonNode x : lg.path("extras")) {
            String name = x.path("name").asText();
            Double p99 = x.path("ack").has("p99_ms") ? x.path("ack").get("p99_ms").asDouble() : null;
            switch (name) {
                case "slash" -> putD(s, "slash_numeric_ack_p99_ms", p99);
                case "api" -> putD(s, "api_ask_numeric_p99_ms", p99);
                case "mixed" -> putD(s, "mixed_e2e_p99_ms", x.path("e2e").has("p99_ms") ? x.path("e2e").get("p99_ms").asDouble() : null);
                default -> { }
            }
        }
        JsonNode tb = capacityEntry(lg, "thesisbot-numeric");
        JsonNode br = capacityEntry(lg, "bare-reply");
        JsonNode bj = capacityEntry(lg, "boltjs-reply");
        if (tb != null) {
            s.put("capacity_per_s", tb.path("capacity_per_s").asInt());
        } else {
            s.putNull("capacity_per_s");
        }
        capacityRatio(s, "capacity_ratio_vs_bare_reply", tb, br);
        capacityRatio(s, "capacity_ratio_vs_boltjs_reply", tb, bj);
        ObjectNode caps = s.putObject("capacity");
        for (String label : List.of("thesisbot-numeric", "thesisbot-narrative", "bare-reply", "boltjs-reply")) {
            JsonNode e = capacityEntry(lg, label);
            if (e != null) {
                caps.putObject(label).put("capacity_per_s", e.path("capacity_per_s").asInt())
                        .put("lowest_failed_rate_per_s", e.path("lowest_failed_rate_per_s").asInt())
                        .put("cpu_s_per_1000_at_capacity", e.path("cpu_s_per_1000_at_capacity").asDouble(-1))
                        .put("other_load_on_target_core_pct_at_failure", failedUnderOtherLoad(e))
                        .put("disturbed", disturbed(e));
            }
        }
        for (JsonNode b : jmh) {
            if (b.get("benchmark").asText().endsWith(".askNumeric")) {
                s.put("ask_numeric_in_process_p99_ms", Latencies.round(b.get("p99").asDouble() / 1000.0));
            }
        }
        return s;
    }

    /** The ratio of two medians, and whether their spreads overlap (then it is within noise). */
    private static void ratio(ObjectNode s, String key, Spread a, Spread b) {
        if (a == null || b == null || b.median() == 0) {
            s.putNull(key);
            return;
        }
        s.put(key, Math.round(a.median() / b.median() * 100) / 100.0);
        s.put(key + "_within_noise", !a.separatedFrom(b));
        // The ratio's own range: smallest and largest possible from the two spreads.
        if (b.max() > 0 && b.min() > 0) {
            s.putObject(key + "_range").put("min", Math.round(a.min() / b.max() * 100) / 100.0)
                    .put("max", Math.round(a.max() / b.min() * 100) / 100.0);
        }
    }

    /**
     * Capacity is known to lie between the highest rate sustained and the lowest that failed; two capacities are
     * told apart only when those intervals do not overlap.
     */
    private static void capacityRatio(ObjectNode s, String key, JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            s.putNull(key);
            return;
        }
        if (b.path("capacity_per_s").asInt() == 0) {
            // the baseline sustained not even the first rate: no finite ratio, but an order when ours did
            int ca = a.path("capacity_per_s").asInt();
            if (ca == 0) {
                s.putNull(key);
            } else {
                s.put(key, Double.POSITIVE_INFINITY);
                s.put(key + "_within_noise", upper(b) > ca || disturbed(a) || disturbed(b));
            }
            return;
        }
        double ca = a.path("capacity_per_s").asInt();
        double cb = b.path("capacity_per_s").asInt();
        s.put(key, Math.round(ca / cb * 100) / 100.0);
        double aHigh = upper(a);
        double bHigh = upper(b);
        s.put(key + "_within_noise", !(aHigh <= cb || bHigh <= ca) || disturbed(a) || disturbed(b));
    }

    /**
     * Other processes' share of the target's core during the step that ended the curve (the lowest failed rate), or
     * -1. Over {@link #DISTURBED_PCT}% the failure says more about the machine than about the target: the capacity
     * figure is then reported but not compared.
     */
    static double failedUnderOtherLoad(JsonNode e) {
        int failed = e.path("lowest_failed_rate_per_s").asInt();
        for (JsonNode st : e.path("steps")) {
            if (st.path("rate_per_s").asInt() == failed && !st.path("sustained").asBoolean()) {
                return st.path("other_load_on_target_core_pct").asDouble(-1);
            }
        }
        return -1;
    }

    static boolean disturbed(JsonNode e) {
        return failedUnderOtherLoad(e) > DISTURBED_PCT;
    }

    private static double upper(JsonNode e) {
        int failed = e.path("lowest_failed_rate_per_s").asInt();
        return failed > 0 ? failed : Double.POSITIVE_INFINITY;
    }

    private static void put(ObjectNode o, String k, Spread v) {
        if (v == null) {
            o.putNull(k);
        } else {
            o.put(k, Latencies.round(v.median()));
            o.set(k + "_spread", v.json());
        }
    }

    private static void putD(ObjectNode o, String k, Double v) {
        if (v == null) {
            o.putNull(k);
        } else {
            o.put(k, v);
        }
    }

    static String line(ObjectNode s) {
        return "bench ack_p99_ms=" + num(s, "ack_p99_ms") + " bare_p99_ms=" + num(s, "bare_p99_ms")
                + " boltjs_p99_ms=" + num(s, "boltjs_p99_ms") + " ratio_vs_bare=" + ratioText(s, "ratio_vs_bare")
                + " ratio_vs_boltjs=" + ratioText(s, "ratio_vs_boltjs") + " e2e_p99_ms=" + num(s, "e2e_p99_ms")
                + " errors=" + s.get("errors").asLong() + " missing=" + s.get("missing").asLong()
                + " duplicates=" + s.get("duplicates").asLong() + " rounds=" + s.get("rounds").asInt()
                + " ratio_vs_bare_reply=" + ratioText(s, "ratio_vs_bare_reply")
                + " ratio_vs_boltjs_reply=" + ratioText(s, "ratio_vs_boltjs_reply")
                + " capacity_per_s=" + (s.get("capacity_per_s").isNull() ? "NA" : s.get("capacity_per_s").asText())
                + " capacity_ratio_vs_bare_reply=" + ratioText(s, "capacity_ratio_vs_bare_reply")
                + " capacity_ratio_vs_boltjs_reply=" + ratioText(s, "capacity_ratio_vs_boltjs_reply");
    }

    private static String ratioText(JsonNode s, String k) {
        String v = num(s, k);
        return s.path(k + "_within_noise").asBoolean(false) ? v + "(noise)" : v;
    }

    private static String num(JsonNode s, String k) {
        JsonNode v = s.get(k);
        if (v != null && v.isDouble() && Double.isInfinite(v.asDouble())) {
            return "inf";
        }
        return v == null || v.isNull() ? "NA" : String.format(Locale.ROOT, "%.2f", v.asDouble());
    }

    private static String verdicts(ObjectNode s) {
        List<String> out = new ArrayList<>();
        out.add("Targets (latencies: median of the rounds' p99; \"noise\": the spreads overlap, the data cannot tell):");
        out.add(ratioVerdict("ack p99 <= 1.2 x bare Bolt + reply (issue 14)", s, "ratio_vs_bare_reply", 1.2));
        out.add(ratioVerdict("capacity >= 0.8 x bare Bolt + reply (issue 14)", s, "capacity_ratio_vs_bare_reply", -0.8));
        out.add(ratioVerdict("capacity >= bolt-js + reply (issue 14)", s, "capacity_ratio_vs_boltjs_reply", -1.0));
        out.add(verdict("numeric e2e p99 < 20 ms at " + s.path("high_rate_per_s").asInt(100) + " events/s (issue 14)", s,
                "e2e_p99_ms_at_high_rate", 20));
        out.add(verdict("numeric e2e p99 < 50 ms at the main rate", s, "e2e_p99_ms", 50));
        out.add(verdict("app_mention ack p99 < 10 ms at the high rate (issue 7)", s, "slack_ack_p99_ms_at_high_rate", 10));
        out.add(verdict("slash-command numeric ack p99 < 50 ms (issue 7)", s, "slash_numeric_ack_p99_ms", 50));
        out.add(verdict("/api/ask numeric p99 < 20 ms over loopback (issue 4)", s, "api_ask_numeric_p99_ms", 20));
        out.add(verdict("RoutingAssistant.ask numeric p99 < 5 ms in process (issue 4)", s, "ask_numeric_in_process_p99_ms", 5));
        long bad = s.get("errors").asLong() + s.get("missing").asLong() + s.get("duplicates").asLong();
        out.add(String.format(Locale.ROOT, "  %-5s zero errors, missing replies and duplicates outside capacity steps "
                        + "(errors=%d missing=%d duplicates=%d)", bad == 0 ? "MET" : "MISS",
                s.get("errors").asLong(), s.get("missing").asLong(), s.get("duplicates").asLong()));
        out.add("For reference (the ack-only floors, no longer targets): ack p99 vs bare Bolt ack-only "
                + ratioText(s, "ratio_vs_bare") + ", vs bolt-js ack-only " + ratioText(s, "ratio_vs_boltjs"));
        return String.join("\n", out);
    }

    /**
     * A ratio target: at most {@code limit}, or at least {@code -limit} when negative. MET/MISS when the data can
     * tell; when the spreads overlap and the median ratio misses, "NOISE" (neither shown nor ruled out).
     */
    private static String ratioVerdict(String what, ObjectNode s, String key, double limit) {
        JsonNode v = s.get(key);
        if (v == null || v.isNull()) {
            return "  n/a   " + what + " (not measured, or neither sustained the lowest rate)";
        }
        double x = v.asDouble();
        boolean met = limit >= 0 ? x <= limit : x >= -limit;
        boolean noise = s.path(key + "_within_noise").asBoolean(false);
        String tag = met ? "MET" : noise ? "NOISE" : "MISS";
        return String.format(Locale.ROOT, "  %-5s %s: %s%s", tag, what, num(s, key), noise ? " (within noise)" : "");
    }

    private static String verdict(String what, ObjectNode s, String key, double limit) {
        JsonNode v = s.get(key);
        if (v == null || v.isNull()) {
            return "  n/a   " + what + " (not measured)";
        }
        double x = v.asDouble();
        return String.format(Locale.ROOT, "  %-5s %s: %.2f", x < limit ? "MET" : "MISS", what, x);
    }

    // --- tables -------------------------------------------------------------------------------------

    private static String comparisonTable(JsonNode lg) {
        StringBuilder sb = new StringBuilder();
        sb.append("| phase | target | ack p50 | ack p99 | e2e p50 | e2e p99 | target CPU s / 1,000 | machine busy | "
                + "other load on target core | err | miss | dup |\n");
        sb.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode c : lg.path("comparisons")) {
            String phase = String.format(Locale.ROOT, "%s, %d/s x %d s, %d rounds", c.path("phase").asText(),
                    c.path("rate_per_s").asInt(), c.path("seconds").asInt(), c.path("rounds").asInt());
            for (String name : NAMES.keySet()) {
                JsonNode t = c.path("targets").get(name);
                if (t == null) {
                    continue;
                }
                JsonNode sp = t.path("spreads");
                sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %d | %d | %d |%n",
                        phase, NAMES.get(name), sp(sp, "ack_p50_ms"), sp(sp, "ack_p99_ms"), sp(sp, "e2e_p50_ms"),
                        sp(sp, "e2e_p99_ms"), sp(sp, "target_cpu_s_per_1000"), pct(sp, "machine_cpu_busy_pct"),
                        pct(sp, "other_load_on_target_core_pct"), t.path("errors").asLong(), t.path("missing").asLong(),
                        t.path("duplicates").asLong()));
            }
        }
        sb.append("\nEach cell: median of the rounds (min–max over the rounds). Latencies in ms: ack = until the HTTP "
                + "response is read; e2e = event sent -> reply received by the fake Slack. machine busy = both cores, every "
                + "process; other load on target core = that core's busy time not used by the target (other jobs on the "
                + "machine: high means a noisy round).");
        return sb.toString();
    }

    private static String sp(JsonNode spreads, String k) {
        Spread s = Spread.fromJson(spreads.get(k));
        return s == null ? "-" : s.text();
    }

    private static String pct(JsonNode spreads, String k) {
        Spread s = Spread.fromJson(spreads.get(k));
        return s == null ? "-" : String.format(Locale.ROOT, "%.0f%% (%.0f–%.0f)", s.median(), s.min(), s.max());
    }

    private static String extrasTable(JsonNode lg) {
        if (!lg.has("extras") || lg.get("extras").isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("\n| thesisbot alone, once | workload | rate/s x s | ack p50 | ack p99 | e2e p50 "
                + "| e2e p99 | errors | missing | machine busy |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (JsonNode x : lg.get("extras")) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %d x %d | %s | %s | %s | %s | %d | %s | %.0f%% |%n",
                    x.path("name").asText(), x.path("workload").asText(), x.path("rate_per_s").asInt(),
                    x.path("seconds").asInt(), ms(x.get("ack"), "p50_ms"), ms(x.get("ack"), "p99_ms"),
                    ms(x.get("e2e"), "p50_ms"), ms(x.get("e2e"), "p99_ms"), x.path("errors").asLong(),
                    x.has("missing") ? x.get("missing").asText() : "-", x.path("machine_cpu_busy_pct").asDouble()));
        }
        return sb.toString();
    }

    private static String capacityTable(JsonNode cap) {
        StringBuilder sb = new StringBuilder("\n| capacity (" + cap.path("step_seconds").asInt() + " s a step) | sustained "
                + "events/s | first failed | why | target CPU s / 1,000 at capacity | steps (rate: e2e p99 ms, target cores, "
                + "other load on target core) |\n|---|---:|---:|---|---:|---|\n");
        for (Map.Entry<String, JsonNode> e : iterable(cap.path("entries"))) {
            JsonNode v = e.getValue();
            String why = "-";
            StringBuilder steps = new StringBuilder();
            for (JsonNode st : v.path("steps")) {
                if (!st.path("sustained").asBoolean() && why.equals("-")) {
                    why = st.path("failed_because").asText();
                }
                steps.append(String.format(Locale.ROOT, "%s%d: %s, %.2f, %.0f%%", steps.length() == 0 ? "" : "; ",
                        st.path("rate_per_s").asInt(), ms(st.get("e2e"), "p99_ms"), st.path("target_cores").asDouble(),
                        st.path("other_load_on_target_core_pct").asDouble()));
            }
            if (disturbed(v)) {
                why += String.format(Locale.ROOT, " — DISTURBED: other load on the target core %.0f%%",
                        failedUnderOtherLoad(v));
            }
            sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s |%n", e.getKey(), v.path("capacity_per_s").asInt(),
                    v.path("lowest_failed_rate_per_s").asInt() < 0 ? "none up to the last rate" : v.path("lowest_failed_rate_per_s").asText(),
                    why, v.has("cpu_s_per_1000_at_capacity") ? String.format(Locale.ROOT, "%.3f", v.get("cpu_s_per_1000_at_capacity").asDouble()) : "-",
                    steps));
        }
        sb.append("\nsustained = highest open-loop rate whose step had e2e p99 <= the limit, no error, no missing, duplicate or "
                + "\"busy\" reply; the real capacity lies between it and the first failed rate. DISTURBED: the failing step ran "
                + "while other processes used over " + (int) DISTURBED_PCT + "% of the target's core; such a figure is not compared.");
        return sb.toString();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode o) {
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        o.fields().forEachRemaining(out::add);
        return out;
    }

    private static String ms(JsonNode h, String k) {
        return h == null || h.get(k) == null ? "-" : String.format(Locale.ROOT, "%.2f", h.get(k).asDouble());
    }

    private static ObjectNode jmhRow(JsonNode b) {
        JsonNode pm = b.get("primaryMetric");
        JsonNode pct = pm.get("scorePercentiles");
        return JSON.createObjectNode()
                .put("benchmark", b.get("benchmark").asText())
                .put("mode", b.get("mode").asText())
                .put("unit", pm.get("scoreUnit").asText())
                .put("mean", round3(pm.get("score").asDouble()))
                .put("p50", round3(pct.path("50.0").asDouble()))
                .put("p90", round3(pct.path("90.0").asDouble()))
                .put("p99", round3(pct.path("99.0").asDouble()))
                .put("p999", round3(pct.path("99.9").asDouble()))
                .put("max", round3(pct.path("100.0").asDouble()))
                .put("forks", b.path("forks").asInt())
                .put("warmup", b.path("warmupIterations").asInt() + " x " + b.path("warmupTime").asText())
                .put("measurement", b.path("measurementIterations").asInt() + " x " + b.path("measurementTime").asText());
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String jmhTable(ArrayNode jmh) {
        StringBuilder sb = new StringBuilder("\n");
        sb.append("| JMH benchmark (sample time) | mean | p50 | p90 | p99 | p99.9 | unit |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (JsonNode r : jmh) {
            String name = r.get("benchmark").asText().replace("org.thesisbot.bench.", "").replace("org.thesisbot.", "");
            sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %s |%n", name,
                    r.get("mean").asDouble(), r.get("p50").asDouble(), r.get("p90").asDouble(), r.get("p99").asDouble(),
                    r.get("p999").asDouble(), r.get("unit").asText()));
        }
        JsonNode first = jmh.get(0);
        sb.append("\nJMH: ").append(first.get("forks").asInt()).append(" fork, warm-up ").append(first.get("warmup").asText())
                .append(", measurement ").append(first.get("measurement").asText()).append(" per benchmark.");
        return sb.toString();
    }
}
