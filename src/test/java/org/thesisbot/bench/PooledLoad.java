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
 * (or the first configuration's when there is no memory), errors, missing and duplicate replies summed over the rounds,
 * and the per-round paired differences of e2e p99 held against {@value StateBenchReport#TARGET_MS} ms
 * ({@link PairedRounds}). When the load generator ran the configurations interleaved ({@code --interleave}: all at once,
 * each round one time block in which every configuration got its rate), the rounds are called blocks: each block is
 * one pair, measured over the same seconds. Each comparison ends with one line, e.g.
 * <pre>
 * bench-stages-loadgen main rounds=6 n memory=6000 redis=6000 ack_p50_ms memory=2.20 redis=2.35 ack_p99_ms ...
 *   e2e_p50_ms ... e2e_p99_ms memory=13.35 redis=15.28 e2e_p99_minus_memory_ms redis=1.93
 *   missing memory=0 redis=0 duplicates memory=0 redis=0 order=rotated
 * </pre>
 * (one line in the output; {@code order} is {@code interleaved}, {@code rotated} or {@code fixed}).
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
        boolean interleaved = c.path("interleaved").asBoolean();
        String unit = interleaved ? "block" : "round";
        if (interleaved) {
            out.add(String.format(Locale.ROOT, "load generator, %s (%s at %d/s to each), interleaved: all at once, each event "
                            + "to one of them in a seeded-random order; pooled over all %d blocks of %d s, ms from the scheduled "
                            + "send:", phase, c.path("workload").asText(), c.path("rate_per_s").asInt(), c.path("rounds").asInt(),
                    c.path("seconds").asInt()));
        } else {
            out.add(String.format(Locale.ROOT, "load generator, %s (%s at %d/s), pooled over all %d rounds (%s), ms from the "
                            + "scheduled send:", phase, c.path("workload").asText(), c.path("rate_per_s").asInt(),
                    c.path("rounds").asInt(), c.path("rotated").asBoolean() ? "order turned by one each round" : "same order every round"));
        }
        out.add(String.format(Locale.ROOT, "  %-8s %7s %8s %8s %8s %8s %6s %7s %4s  %s", "config", "n", "ack p50", "ack p99",
                "e2e p50", "e2e p99", "errors", "missing", "dup", "e2e p99 - " + base));
        double baseP99 = pooled(targets, base, "e2e", "p99_ms");
        for (String config : configs) {
            double p99 = pooled(targets, config, "e2e", "p99_ms");
            out.add(String.format(Locale.ROOT, "  %-8s %7d %8.2f %8.2f %8.2f %8.2f %6d %7d %4d  %s", config, n(targets, config),
                    pooled(targets, config, "ack", "p50_ms"), pooled(targets, config, "ack", "p99_ms"),
                    pooled(targets, config, "e2e", "p50_ms"), p99, count(targets, config, "errors"),
                    count(targets, config, "missing"), count(targets, config, "duplicates"),
                    config.equals(base) ? "-" : String.format(Locale.ROOT, "%+.2f", p99 - baseP99)));
        }
        for (String config : configs) {
            if (!config.equals(base)) {
                PairedRounds adds = PairedRounds.of(StateBenchReport.differences(targets, config, base), StateBenchReport.TARGET_MS);
                out.add(String.format(Locale.ROOT, "  e2e p99, %s minus %s in the same %s: %s", config, base, unit,
                        adds == null ? "NA" : adds.text(unit + "s")));
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
        line.append(figures("missing", configs, config -> Long.toString(count(targets, config, "missing"))));
        line.append(figures("duplicates", configs, config -> Long.toString(count(targets, config, "duplicates"))));
        line.append(" order=").append(interleaved ? "interleaved" : c.path("rotated").asBoolean() ? "rotated" : "fixed");
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

    /** A count summed over the rounds ({@code errors}, {@code missing}, {@code duplicates}). */
    private static long count(JsonNode targets, String config, String field) {
        return targets.path(config).path(field).asLong();
    }

    private static String ms(double x) {
        return Double.isNaN(x) ? "NA" : String.format(Locale.ROOT, "%.2f", x);
    }
}
