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
 * The last step of {@code bench/run.sh}: merges the load generator's per-target results and JMH's JSON into
 * one results file, prints a compact table (Markdown, so it can go into the README as is) and the verdicts,
 * and ends with the one summary line:
 * {@code bench ack_p99_ms=X bare_p99_ms=X boltjs_p99_ms=X ratio_vs_bare=X ratio_vs_boltjs=X e2e_p99_ms=X errors=N missing=N duplicates=N}.
 *
 * <p>Arguments: {@code --work DIR} (holding thesisbot.json, bare.json, boltjs.json, jmh.json; any may be
 * missing), {@code --out FILE}, and any number of {@code --meta key=value} (machine and settings).
 */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Load-generator result files and how the table names them. */
    private static final Map<String, String> TARGETS = Map.of(
            "thesisbot", "thesisbot", "bare", "bare Bolt (Java)", "boltjs", "bolt-js",
            "floor-javalin", "floor: Javalin, no Bolt", "floor-node", "floor: Node http, no Bolt");
    private static final List<String> ORDER = List.of("thesisbot", "bare", "boltjs", "floor-javalin", "floor-node");

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
        ObjectNode targets = root.putObject("targets");
        for (String t : ORDER) {
            Path f = work.resolve(t + ".json");
            if (Files.exists(f)) {
                targets.set(t, JSON.readTree(f.toFile()));
            }
        }
        Path jmhFile = work.resolve("jmh.json");
        ArrayNode jmh = root.putArray("jmh");
        if (Files.exists(jmhFile)) {
            for (JsonNode b : JSON.readTree(jmhFile.toFile())) {
                jmh.add(jmhRow(b));
            }
        }
        ObjectNode summary = summary(targets, jmh);
        root.set("summary", summary);
        String line = line(summary);
        root.put("line", line);
        Files.createDirectories(out.toAbsolutePath().getParent());
        JSON.writeValue(out.toFile(), root);

        System.out.println();
        System.out.println(loadTable(targets));
        if (!jmh.isEmpty()) {
            System.out.println(jmhTable(jmh));
        }
        System.out.println(verdicts(summary));
        System.out.println("results: " + out);
        System.out.println(line);
    }

    // --- summary ------------------------------------------------------------------------------------

    private static JsonNode phase(ObjectNode targets, String target, String phase) {
        JsonNode t = targets.get(target);
        if (t == null) {
            return null;
        }
        for (JsonNode p : t.get("phases")) {
            if (p.get("name").asText().equals(phase)) {
                return p;
            }
        }
        return null;
    }

    private static Double p99(JsonNode phase, String field) {
        return phase == null || phase.get(field) == null || phase.get(field).get("p99_ms") == null ? null
                : phase.get(field).get("p99_ms").asDouble();
    }

    private static ObjectNode summary(ObjectNode targets, ArrayNode jmh) {
        ObjectNode s = JSON.createObjectNode();
        Double ack = p99(phase(targets, "thesisbot", "main"), "ack");
        Double bare = p99(phase(targets, "bare", "main"), "ack");
        Double boltjs = p99(phase(targets, "boltjs", "main"), "ack");
        Double e2e = p99(phase(targets, "thesisbot", "main"), "e2e");
        put(s, "ack_p99_ms", ack);
        put(s, "bare_p99_ms", bare);
        put(s, "boltjs_p99_ms", boltjs);
        put(s, "ratio_vs_bare", ratio(ack, bare));
        put(s, "ratio_vs_boltjs", ratio(ack, boltjs));
        put(s, "e2e_p99_ms", e2e);
        long errors = 0;
        long missing = 0;
        long duplicates = 0;
        for (String t : ORDER) {
            JsonNode r = targets.get(t);
            if (r == null) {
                continue;
            }
            for (JsonNode p : r.get("phases")) {
                errors += p.path("errors").asLong();
                missing += p.path("missing").asLong();
                duplicates += p.path("duplicates").asLong();
            }
            errors += r.path("unmatched_replies").asLong();
        }
        s.put("errors", errors).put("missing", missing).put("duplicates", duplicates);
        put(s, "mixed_e2e_p99_ms", p99(phase(targets, "thesisbot", "mixed"), "e2e"));
        put(s, "slack_ack_p99_ms_at_high_rate", p99(phase(targets, "thesisbot", "high"), "ack"));
        put(s, "bare_ack_p99_ms_at_high_rate", p99(phase(targets, "bare", "high"), "ack"));
        put(s, "boltjs_ack_p99_ms_at_high_rate", p99(phase(targets, "boltjs", "high"), "ack"));
        put(s, "slash_numeric_ack_p99_ms", p99(phase(targets, "thesisbot", "slash"), "ack"));
        put(s, "api_ask_numeric_p99_ms", p99(phase(targets, "thesisbot", "api"), "ack"));
        put(s, "floor_javalin_p99_ms", p99(phase(targets, "floor-javalin", "main"), "ack"));
        put(s, "floor_node_p99_ms", p99(phase(targets, "floor-node", "main"), "ack"));
        for (JsonNode b : jmh) {
            if (b.get("benchmark").asText().endsWith(".askNumeric")) {
                s.put("ask_numeric_in_process_p99_ms", Latencies.round(b.get("p99").asDouble() / 1000.0));
            }
        }
        return s;
    }

    private static Double ratio(Double a, Double b) {
        return a == null || b == null || b == 0 ? null : Math.round(a / b * 100) / 100.0;
    }

    private static void put(ObjectNode o, String k, Double v) {
        if (v == null) {
            o.putNull(k);
        } else {
            o.put(k, v);
        }
    }

    private static String line(ObjectNode s) {
        return "bench ack_p99_ms=" + num(s, "ack_p99_ms") + " bare_p99_ms=" + num(s, "bare_p99_ms")
                + " boltjs_p99_ms=" + num(s, "boltjs_p99_ms") + " ratio_vs_bare=" + num(s, "ratio_vs_bare")
                + " ratio_vs_boltjs=" + num(s, "ratio_vs_boltjs") + " e2e_p99_ms=" + num(s, "e2e_p99_ms")
                + " errors=" + s.get("errors").asLong() + " missing=" + s.get("missing").asLong()
                + " duplicates=" + s.get("duplicates").asLong();
    }

    private static String num(JsonNode s, String k) {
        JsonNode v = s.get(k);
        return v == null || v.isNull() ? "NA" : String.format(Locale.ROOT, "%.2f", v.asDouble());
    }

    private static String verdicts(ObjectNode s) {
        List<String> out = new ArrayList<>();
        out.add("Targets:");
        out.add(verdict("ack p99 <= 1.2 x bare Bolt p99 (ratio)", s, "ratio_vs_bare", 1.2, true));
        out.add(verdict("ack p99 <= bolt-js p99 (ratio)", s, "ratio_vs_boltjs", 1.0, true));
        out.add(verdict("numeric e2e p99 < 50 ms", s, "e2e_p99_ms", 50, false));
        out.add(verdict("app_mention ack p99 < 10 ms at the high rate (issue 7)", s, "slack_ack_p99_ms_at_high_rate", 10, false));
        out.add(verdict("slash-command numeric ack p99 < 50 ms (issue 7)", s, "slash_numeric_ack_p99_ms", 50, false));
        out.add(verdict("/api/ask numeric p99 < 20 ms over loopback (issue 4)", s, "api_ask_numeric_p99_ms", 20, false));
        out.add(verdict("RoutingAssistant.ask numeric p99 < 5 ms in process (issue 4)", s, "ask_numeric_in_process_p99_ms", 5, false));
        long bad = s.get("errors").asLong() + s.get("missing").asLong() + s.get("duplicates").asLong();
        out.add(String.format(Locale.ROOT, "  %-4s zero errors, missing replies and duplicates (errors=%d missing=%d duplicates=%d)",
                bad == 0 ? "MET" : "MISS", s.get("errors").asLong(), s.get("missing").asLong(), s.get("duplicates").asLong()));
        return String.join("\n", out);
    }

    /** MET when the value is below the limit, or equal to it when {@code inclusive} (the "at most" targets). */
    private static String verdict(String what, ObjectNode s, String key, double limit, boolean inclusive) {
        JsonNode v = s.get(key);
        if (v == null || v.isNull()) {
            return "  n/a  " + what + " (not measured)";
        }
        double x = v.asDouble();
        boolean met = inclusive ? x <= limit : x < limit;
        return String.format(Locale.ROOT, "  %-4s %s: %.2f", met ? "MET" : "MISS", what, x);
    }

    // --- tables -------------------------------------------------------------------------------------

    private static String loadTable(ObjectNode targets) {
        StringBuilder sb = new StringBuilder();
        sb.append("| target | phase | workload | rate/s x s | ack p50 | ack p99 | ack p99.9 | ack max | e2e p50 | e2e p99 | e2e max | errors | missing | dup | cpu busy |\n");
        sb.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String t : ORDER) {
            JsonNode r = targets.get(t);
            if (r == null) {
                continue;
            }
            for (JsonNode p : r.get("phases")) {
                if (p.get("name").asText().startsWith("warmup")) {
                    continue;
                }
                JsonNode ack = p.get("ack");
                JsonNode e2e = p.get("e2e");
                sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %d x %d | %s | %s | %s | %s | %s | %s | %s | %d | %s | %s | %s |%n",
                        TARGETS.get(t), p.get("name").asText(), p.get("workload").asText(), p.get("rate_per_s").asInt(),
                        p.get("seconds").asInt(), ms(ack, "p50_ms"), ms(ack, "p99_ms"), ms(ack, "p999_ms"), ms(ack, "max_ms"),
                        ms(e2e, "p50_ms"), ms(e2e, "p99_ms"), ms(e2e, "max_ms"), p.get("errors").asLong(),
                        p.has("missing") ? p.get("missing").asText() : "-", p.has("duplicates") ? p.get("duplicates").asText() : "-",
                        p.path("machine_cpu_busy_pct").asDouble(-1) < 0 ? "-" : p.get("machine_cpu_busy_pct").asText() + "%"));
            }
        }
        sb.append("\nLatencies in ms. ack = until the HTTP response is read; e2e = event sent -> reply received by the fake Slack;\n"
                + "cpu busy = both cores over the phase, every process (target, load generator, fake Slack, anything else).");
        return sb.toString();
    }

    private static String ms(JsonNode h, String k) {
        return h == null || h.get(k) == null ? "-" : String.format(Locale.ROOT, "%.2f", h.get(k).asDouble());
    }

    private static ObjectNode jmhRow(JsonNode b) {
        JsonNode pm = b.get("primaryMetric");
        JsonNode pct = pm.get("scorePercentiles");
        ObjectNode row = JSON.createObjectNode()
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
        return row;
    }

    private static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static String jmhTable(ArrayNode jmh) {
        StringBuilder sb = new StringBuilder();
        sb.append("| JMH benchmark (sample time) | mean | p50 | p90 | p99 | p99.9 | unit |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (JsonNode r : jmh) {
            String name = r.get("benchmark").asText().replace("org.thesisbot.bench.", "");
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
