package org.thesisbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The load generator's own figures of {@code bench/stages.sh} over all rounds: reads the rounds load generator's JSON
 * (its argument) and prints, for each comparison, each configuration's ack and e2e p50 / p99 pooled over every round
 * (the load generator merged the rounds' histograms, in ms from the scheduled send), the pooled e2e p99 minus memory's
 * (or the first configuration's when there is no memory), and the per-round paired differences of e2e p99 held against
 * {@value StateBenchReport#TARGET_MS} ms ({@link PairedRounds}). Each comparison ends with one line, e.g.
 * <pre>
 * bench-stages-loadgen main rounds=6 n memory=6000 redis=6000 ack_p50_ms memory=2.20 redis=2.35 ack_p99_ms ...
 *   e2e_p50_ms ... e2e_p99_ms memory=13.35 redis=15.28 e2e_p99_minus_memory_ms redis=1.93
 * </pre>
 * (one line in the output).
 */
public final class PooledLoad {
    private PooledLoad() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: PooledLoad LOADGEN_JSON");
        }
        report(new ObjectMapper().readTree(Path.of(args[0]).toFile())).forEach(System.out::println);
    }

    /** The printed lines, for every comparison of {@code loadgen} (the rounds load generator's JSON). */
    static List<String> report(JsonNode loadgen) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : loadgen.path("comparisons")) {
            comparison(c, out);
        }
        return out;
    }

    private static void comparison(JsonNode c, List<String> out) {
        String phase = c.path("phase").asText();
        JsonNode targets = c.path("targets");
        List<String> configs = new ArrayList<>();
        targets.properties().forEach(t -> configs.add(t.getKey()));
        if (configs.isEmpty()) {
            return;
        }
        String base = configs.contains("memory") ? "memory" : configs.get(0);
        out.add(String.format(Locale.ROOT, "load generator, %s (%s at %d/s), pooled over all %d rounds (%s), ms from the "
                        + "scheduled send:", phase, c.path("workload").asText(), c.path("rate_per_s").asInt(),
                c.path("rounds").asInt(), c.path("rotated").asBoolean() ? "order turned by one each round" : "same order every round"));
        out.add(String.format(Locale.ROOT, "  %-8s %7s %8s %8s %8s %8s  %s", "config", "n", "ack p50", "ack p99", "e2e p50",
                "e2e p99", "e2e p99 - " + base));
        double baseP99 = pooled(targets, base, "e2e", "p99_ms");
        for (String config : configs) {
            double p99 = pooled(targets, config, "e2e", "p99_ms");
            out.add(String.format(Locale.ROOT, "  %-8s %7d %8.2f %8.2f %8.2f %8.2f  %s", config, n(targets, config),
                    pooled(targets, config, "ack", "p50_ms"), pooled(targets, config, "ack", "p99_ms"),
                    pooled(targets, config, "e2e", "p50_ms"), p99,
                    config.equals(base) ? "-" : String.format(Locale.ROOT, "%+.2f", p99 - baseP99)));
        }
        for (String config : configs) {
            if (!config.equals(base)) {
                PairedRounds adds = PairedRounds.of(StateBenchReport.differences(targets, config, base), StateBenchReport.TARGET_MS);
                out.add(String.format(Locale.ROOT, "  e2e p99, %s minus %s in the same round: %s", config, base,
                        adds == null ? "NA" : adds.text()));
            }
        }
        StringBuilder line = new StringBuilder("bench-stages-loadgen ").append(phase).append(" rounds=").append(c.path("rounds").asInt());
        line.append(figures("n", configs, config -> Long.toString(n(targets, config))));
        for (Map.Entry<String, String[]> f : List.of(Map.entry("ack_p50_ms", new String[] {"ack", "p50_ms"}),
                Map.entry("ack_p99_ms", new String[] {"ack", "p99_ms"}), Map.entry("e2e_p50_ms", new String[] {"e2e", "p50_ms"}),
                Map.entry("e2e_p99_ms", new String[] {"e2e", "p99_ms"}))) {
            line.append(figures(f.getKey(), configs, config -> ms(pooled(targets, config, f.getValue()[0], f.getValue()[1]))));
        }
        line.append(figures("e2e_p99_minus_" + base + "_ms", configs.stream().filter(x -> !x.equals(base)).toList(),
                config -> ms(pooled(targets, config, "e2e", "p99_ms") - baseP99)));
        out.add(line.toString());
    }

    private static String figures(String name, List<String> configs, Function<String, String> value) {
        StringBuilder s = new StringBuilder(" ").append(name);
        configs.forEach(config -> s.append(' ').append(config).append('=').append(value.apply(config)));
        return s.toString();
    }

    private static double pooled(JsonNode targets, String config, String group, String field) {
        return targets.path(config).path("pooled").path(group).path(field).asDouble(Double.NaN);
    }

    private static long n(JsonNode targets, String config) {
        JsonNode pooled = targets.path(config).path("pooled");
        return pooled.path("e2e").path("n").asLong(pooled.path("ack").path("n").asLong());
    }

    private static String ms(double x) {
        return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.2f", x);
    }
}
