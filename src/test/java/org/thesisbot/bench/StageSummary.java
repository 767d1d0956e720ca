package org.thesisbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of {@code bench/stages.sh}: per configuration (a replica's stage file, written with
 * {@code -Dthesisbot.stages=FILE}; see {@code org.thesisbot.slack.Stages}), the median and p99 of each stage of an
 * answered Slack question, in microseconds: the time from the question reaching the intake to the end of each stage
 * ("until"), and each stage's own time ("own": from the stage before it on that question's path, in time order).
 * Questions within {@code --skip-seconds} of a file's first line, or that reached the intake before
 * {@code --since-file}'s epoch milliseconds (written by the load generator when its rounds begin), are left out (the
 * initial warm-up).
 *
 * <pre>java -cp ... org.thesisbot.bench.StageSummary --skip-seconds 20 memory=memory.tsv redis=redis.tsv</pre>
 *
 * <p>Then where the slowest 1% of each configuration's questions spent their time ({@link #slowest}). The last line is
 * {@code bench-stages n memory=N redis=N posted_p50_us memory=X redis=X posted_p99_us memory=X redis=X} (one entry per
 * configuration, in the order given).
 */
public final class StageSummary {
    private StageSummary() {
    }

    /**
     * One answered question: its path and each stage's time from the intake (µs; -1: did not happen); and, in files
     * that have them, its message ({@code channel:ts}, else null) and when its HTTP request reached the bot and when
     * it reached the intake, on the host's monotonic clock (ns; -1: not known).
     */
    record Line(long at, String path, Map<String, Long> stages, String key, long receivedNs, long intakeNs) {
        Line(long at, String path, Map<String, Long> stages) {
            this(at, path, stages, null, -1, -1);
        }
    }

    /** The columns after the stages (org.thesisbot.slack.Stages), absent from files written before they were added. */
    private static final List<String> TRAILING = List.of("key", "received_ns", "intake_ns");

    public static void main(String[] args) throws IOException {
        long skipMillis = 0;
        long sinceMillis = 0;
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--skip-seconds")) {
                skipMillis = Long.parseLong(args[++i]) * 1000;
            } else if (args[i].equals("--since-file")) {
                sinceMillis = Long.parseLong(Files.readString(Path.of(args[++i])).strip());
            } else {
                int eq = args[i].indexOf('=');
                files.put(args[i].substring(0, eq), Path.of(args[i].substring(eq + 1)));
            }
        }
        Map<String, List<Line>> byConfig = new LinkedHashMap<>();
        long since = sinceMillis;
        for (var e : files.entrySet()) {
            byConfig.put(e.getKey(), read(e.getValue(), skipMillis).stream().filter(l -> l.at() >= since).toList());
        }
        System.out.print(table(byConfig));
    }

    static List<Line> read(Path file, long skipMillis) throws IOException {
        List<String> raw = Files.readAllLines(file);
        if (raw.isEmpty()) {
            return List.of();
        }
        String[] header = raw.get(0).split("\t");
        int stagesEnd = header.length;
        while (stagesEnd > 2 && TRAILING.contains(header[stagesEnd - 1])) {
            stagesEnd--;
        }
        List<String> columns = List.of(header);
        List<Line> lines = new ArrayList<>();
        long first = -1;
        for (String r : raw.subList(1, raw.size())) {
            String[] f = r.split("\t");
            if (f.length != header.length) {
                continue;   // a line cut short by the process' end
            }
            long at = Long.parseLong(f[0]);
            first = first < 0 ? at : first;
            if (at - first < skipMillis) {
                continue;
            }
            Map<String, Long> stages = new LinkedHashMap<>();
            for (int i = 2; i < stagesEnd; i++) {
                stages.put(header[i], Long.parseLong(f[i]));
            }
            int key = columns.indexOf("key");
            int received = columns.indexOf("received_ns");
            int intake = columns.indexOf("intake_ns");
            lines.add(new Line(at, f[1], stages, key < 0 ? null : f[key], received < 0 ? -1 : Long.parseLong(f[received]),
                    intake < 0 ? -1 : Long.parseLong(f[intake])));
        }
        return lines;
    }

    static String table(Map<String, List<Line>> byConfig) {
        StringBuilder out = new StringBuilder();
        List<String> configs = new ArrayList<>(byConfig.keySet());
        out.append(String.format("%-28s", "stage (µs, p50 / p99)"));
        for (String c : configs) {
            out.append(String.format("%24s", c + " (" + byConfig.get(c).size() + ")"));
        }
        out.append('\n');
        // "until": time from the intake to the end of each stage; "own": the stage's own share, per path
        Map<String, Map<String, List<Long>>> until = new LinkedHashMap<>();
        Map<String, Map<String, List<Long>>> own = new LinkedHashMap<>();   // per path, in the order of its first question
        for (String c : configs) {
            for (Line l : byConfig.get(c)) {
                List<Map.Entry<String, Long>> present = new ArrayList<>(l.stages().entrySet().stream()
                        .filter(e -> e.getValue() >= 0).toList());
                present.sort(Map.Entry.comparingByValue());
                long before = 0;
                String previous = "intake";
                for (Map.Entry<String, Long> e : present) {
                    add(until, "until " + e.getKey(), c, e.getValue());
                    add(own, "own " + l.path() + " " + previous + ">" + e.getKey(), c, e.getValue() - before);
                    before = e.getValue();
                    previous = e.getKey();
                }
            }
        }
        // "until" rows from the earliest stage to the latest (by the median over every configuration)
        Map<String, Map<String, List<Long>>> rows = new LinkedHashMap<>();
        until.entrySet().stream().sorted(java.util.Comparator.comparingLong(e -> quantile(
                e.getValue().values().stream().flatMap(List::stream).toList(), 0.50)))
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
        own.entrySet().stream().sorted(java.util.Comparator.comparing(e -> e.getKey().split(" ")[1]))
                .forEach(e -> rows.put(e.getKey(), e.getValue()));
        for (var row : rows.entrySet()) {
            out.append(String.format("%-28s", row.getKey()));
            for (String c : configs) {
                List<Long> v = row.getValue().get(c);
                out.append(String.format("%24s", v == null ? "-" : v.size() < 20 ? "(" + v.size() + ")"
                        : quantile(v, 0.50) + " / " + quantile(v, 0.99) + " (" + v.size() + ")"));
            }
            out.append('\n');
        }
        out.append(slowest(byConfig));
        out.append("bench-stages n");
        configs.forEach(c -> out.append(' ').append(c).append('=').append(byConfig.get(c).size()));
        for (double q : new double[] {0.50, 0.99}) {
            out.append(q == 0.50 ? " posted_p50_us" : " posted_p99_us");
            for (String c : configs) {
                List<Long> v = rows.getOrDefault("until posted", Map.of()).get(c);
                out.append(' ').append(c).append('=').append(v == null ? "NA" : Long.toString(quantile(v, q)));
            }
        }
        return out.append('\n').toString();
    }

    /**
     * Where the slowest questions' time went: per configuration, the slowest 1% by {@code posted} (at least one), and for
     * each own stage (as in the table) its median among them, then among every question of that configuration, so a
     * stage that only the tail pays shows as a large first figure over a small second one.
     */
    static String slowest(Map<String, List<Line>> byConfig) {
        List<String> configs = new ArrayList<>(byConfig.keySet());
        Map<String, Map<String, List<Long>>> tail = new LinkedHashMap<>();
        Map<String, Map<String, List<Long>>> all = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String c : configs) {
            List<Line> posted = byConfig.get(c).stream().filter(l -> l.stages().getOrDefault("posted", -1L) >= 0)
                    .sorted(java.util.Comparator.comparingLong((Line l) -> l.stages().get("posted")).reversed()).toList();
            int k = posted.isEmpty() ? 0 : Math.max(1, posted.size() / 100);
            counts.put(c, k);
            for (int i = 0; i < posted.size(); i++) {
                Line l = posted.get(i);
                for (var e : own(l).entrySet()) {
                    add(all, e.getKey(), c, e.getValue());
                    if (i < k) {
                        add(tail, e.getKey(), c, e.getValue());
                    }
                }
                add(all, "posted", c, l.stages().get("posted"));
                if (i < k) {
                    add(tail, "posted", c, l.stages().get("posted"));
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format("%-28s", "slowest 1% by posted (µs,"));
        for (String c : configs) {
            out.append(String.format("%24s", c + " (" + counts.get(c) + ")"));
        }
        out.append('\n').append(String.format("%-28s", " median: slowest / all)")).append('\n');
        List<String> rows = new ArrayList<>(List.of("posted"));
        all.keySet().stream().filter(r -> !r.equals("posted")).sorted(java.util.Comparator.comparing(r -> r.split(" ")[1]))
                .forEach(rows::add);
        for (String row : rows) {
            out.append(String.format("%-28s", row));
            for (String c : configs) {
                List<Long> t = tail.getOrDefault(row, Map.of()).get(c);
                List<Long> a = all.get(row).get(c);
                out.append(String.format("%24s", a == null ? "-"
                        : (t == null ? "-" : Long.toString(quantile(t, 0.50))) + " / " + quantile(a, 0.50)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** A question's own stages: each stage's time from the one before it on its path, in time order. */
    private static Map<String, Long> own(Line l) {
        List<Map.Entry<String, Long>> present = new ArrayList<>(l.stages().entrySet().stream()
                .filter(e -> e.getValue() >= 0).toList());
        present.sort(Map.Entry.comparingByValue());
        Map<String, Long> own = new LinkedHashMap<>();
        long before = 0;
        String previous = "intake";
        for (Map.Entry<String, Long> e : present) {
            own.put("own " + l.path() + " " + previous + ">" + e.getKey(), e.getValue() - before);
            before = e.getValue();
            previous = e.getKey();
        }
        return own;
    }

    private static void add(Map<String, Map<String, List<Long>>> rows, String row, String config, long micros) {
        rows.computeIfAbsent(row, k -> new LinkedHashMap<>()).computeIfAbsent(config, k -> new ArrayList<>()).add(micros);
    }

    /** The nearest-rank quantile. */
    static long quantile(List<Long> values, double q) {
        long[] v = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(v);
        int rank = (int) Math.ceil(q * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
