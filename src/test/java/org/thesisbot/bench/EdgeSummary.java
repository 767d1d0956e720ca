package org.thesisbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The stages <b>outside</b> the bot, for {@code bench/stages.sh}: each answered question's stage line (written by the
 * replica: {@code org.thesisbot.slack.Stages}, with its message and the instants its HTTP request reached the endpoint
 * and the intake) joined, by configuration and message, with the load generator's record of the same event
 * ({@link ReplyTracker.Event}: when it was due, handed to the HTTP client, replied to at the fake Slack, and answered by
 * the fake). Both sides take {@link System#nanoTime}, which on Linux is the host's one {@code CLOCK_MONOTONIC}, so the
 * instants of two processes compare. The clock check counts the two segments from one process to the other whose end is
 * taken only after their start has happened ({@code sent>received}, {@code computed>fake}) that come out negative: none
 * when the processes share one clock. ({@code responded>posted} can be slightly negative without that: the fake takes
 * its time just after writing the answer, which the bot may read first while the fake's thread waits for the core.)
 *
 * <pre>java -cp ... org.thesisbot.bench.EdgeSummary --events events.tsv --phase main memory=memory.tsv redis=redis.tsv</pre>
 *
 * <p>Per configuration, p50 / p99 in µs of each segment of the load generator's end to end:
 * <ul>
 *   <li>{@code send lag}: due to handed to the HTTP client (the load generator's lateness, building and signing);</li>
 *   <li>{@code sent>received}: to the request reaching the bot's endpoint (the client's send, loopback, Jetty);</li>
 *   <li>{@code received>intake}: to the question reaching the intake (the signature check, Bolt's parsing);</li>
 *   <li>{@code intake>computed}: the bot's own stages until the answer is computed (as in the stage table);</li>
 *   <li>{@code computed>fake}: to the post reaching the fake Slack (rendering, the Slack client, the fake's server);</li>
 *   <li>{@code e2e}: due to the fake's receipt, the load generator's own figure for these events: the sum of the
 *       above;</li>
 *   <li>{@code outside}: {@code e2e} minus {@code intake>computed}, all the time the bot's own stages do not see;</li>
 * </ul>
 * and after the fake's receipt, in the bot's {@code posted} but not in {@code e2e}: {@code fake>responded} (the fake's
 * own handling) and {@code responded>posted} (the answer's way back and the client reading it). Then, for the slowest
 * 1% by {@code e2e}, each segment's median among them and among all. The last line is
 * {@code bench-edges n memory=N redis=N e2e_p99_us memory=X redis=X outside_p99_us memory=X redis=X}.
 */
public final class EdgeSummary {
    /** The segments, in path order. */
    static final List<String> SEGMENTS = List.of("send lag", "sent>received", "received>intake", "intake>computed",
            "computed>fake", "e2e", "outside", "fake>responded", "responded>posted");
    /** The segments from one process' instant to another's that cannot be negative if they share a clock. */
    static final List<String> CROSSING = List.of("sent>received", "computed>fake");

    private EdgeSummary() {
    }

    /** One event of the load generator's file. */
    record Event(String target, String phase, String message, long dueNanos, long handedNanos, long replyNanos,
                 long respondedNanos) {
    }

    public static void main(String[] args) throws IOException {
        Path eventsFile = null;
        String phase = null;
        Map<String, Path> files = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--events" -> eventsFile = Path.of(args[++i]);
                case "--phase" -> phase = args[++i];
                default -> {
                    int eq = args[i].indexOf('=');
                    files.put(args[i].substring(0, eq), Path.of(args[i].substring(eq + 1)));
                }
            }
        }
        if (eventsFile == null || files.isEmpty()) {
            throw new IllegalArgumentException("usage: EdgeSummary --events FILE [--phase NAME] CONFIG=STAGES.tsv ...");
        }
        List<Event> events = events(eventsFile, phase);
        Map<String, List<StageSummary.Line>> lines = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            lines.put(e.getKey(), StageSummary.read(e.getValue(), 0));
        }
        System.out.print(table(events, lines));
    }

    static List<Event> events(Path file, String phase) throws IOException {
        List<Event> out = new ArrayList<>();
        List<String> raw = Files.readAllLines(file);
        for (String r : raw.subList(Math.min(1, raw.size()), raw.size())) {
            String[] f = r.split("\t");
            if (f.length == 7 && (phase == null || phase.equals(f[1]))) {
                out.add(new Event(f[0], f[1], f[2], Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
                        Long.parseLong(f[6])));
            }
        }
        return out;
    }

    /** Each joined question's segments (µs), per configuration; -1 where a segment's instants are not both known. */
    static Map<String, List<Map<String, Long>>> join(List<Event> events, Map<String, List<StageSummary.Line>> lines) {
        Map<String, List<Map<String, Long>>> out = new LinkedHashMap<>();
        for (var config : lines.entrySet()) {
            Map<String, StageSummary.Line> byMessage = new HashMap<>();
            for (StageSummary.Line l : config.getValue()) {
                if (l.key() != null && l.intakeNs() > 0) {
                    byMessage.put(l.key(), l);
                }
            }
            List<Map<String, Long>> joined = new ArrayList<>();
            for (Event e : events) {
                StageSummary.Line l = e.target().equals(config.getKey()) ? byMessage.get(e.message()) : null;
                long computed = l == null ? -1 : l.stages().getOrDefault("computed", -1L);
                long posted = l == null ? -1 : l.stages().getOrDefault("posted", -1L);
                if (l == null || e.replyNanos() < 0 || computed < 0 || posted < 0) {
                    continue;
                }
                long intake = l.intakeNs();
                long computedAt = intake + computed * 1000;
                Map<String, Long> s = new LinkedHashMap<>();
                s.put("send lag", micros(e.dueNanos(), e.handedNanos()));
                s.put("sent>received", micros(e.handedNanos(), l.receivedNs()));
                s.put("received>intake", micros(l.receivedNs(), intake));
                s.put("intake>computed", computed);
                s.put("computed>fake", micros(computedAt, e.replyNanos()));
                s.put("e2e", micros(e.dueNanos(), e.replyNanos()));
                s.put("outside", micros(e.dueNanos(), e.replyNanos()) - computed);
                s.put("fake>responded", micros(e.replyNanos(), e.respondedNanos()));
                s.put("responded>posted", micros(e.respondedNanos(), intake + posted * 1000));
                joined.add(s);
            }
            out.put(config.getKey(), joined);
        }
        return out;
    }

    /** From {@code from} to {@code to} in µs, or null when either is not known (-1). */
    private static Long micros(long from, long to) {
        return from < 0 || to < 0 ? null : (to - from) / 1000;
    }

    static String table(List<Event> events, Map<String, List<StageSummary.Line>> lines) {
        Map<String, List<Map<String, Long>>> joined = join(events, lines);
        List<String> configs = new ArrayList<>(joined.keySet());
        StringBuilder out = new StringBuilder(String.format("%-28s", "outside the bot (µs, p50 / p99)"));
        for (String c : configs) {
            out.append(String.format("%24s", c + " (" + joined.get(c).size() + ")"));
        }
        out.append('\n');
        long negative = 0;
        long measured = 0;
        for (String segment : SEGMENTS) {
            out.append(String.format("%-28s", segment));
            for (String c : configs) {
                List<Long> v = values(joined.get(c), segment);
                if (CROSSING.contains(segment)) {
                    measured += v.size();
                    negative += v.stream().filter(x -> x < 0).count();
                }
                out.append(String.format("%24s", v.isEmpty() ? "-"
                        : StageSummary.quantile(v, 0.50) + " / " + StageSummary.quantile(v, 0.99)));
            }
            out.append('\n');
        }
        out.append(String.format("clock check: %d of %d sent>received and computed>fake negative (0 when the processes share one clock)%n",
                negative, measured));
        out.append(slowest(joined));
        out.append("bench-edges n");
        configs.forEach(c -> out.append(' ').append(c).append('=').append(joined.get(c).size()));
        for (String segment : List.of("e2e", "outside")) {
            out.append(' ').append(segment).append("_p99_us");
            for (String c : configs) {
                List<Long> v = values(joined.get(c), segment);
                out.append(' ').append(c).append('=').append(v.isEmpty() ? "NA" : Long.toString(StageSummary.quantile(v, 0.99)));
            }
        }
        return out.append('\n').toString();
    }

    /** For the slowest 1% by {@code e2e} of each configuration (at least one): each segment's median, then all's. */
    static String slowest(Map<String, List<Map<String, Long>>> joined) {
        StringBuilder out = new StringBuilder(String.format("%-28s", "slowest 1% by e2e (µs,"));
        Map<String, List<Map<String, Long>>> tails = new LinkedHashMap<>();
        for (var e : joined.entrySet()) {
            List<Map<String, Long>> byE2e = e.getValue().stream()
                    .sorted(Comparator.comparingLong((Map<String, Long> s) -> s.get("e2e")).reversed()).toList();
            tails.put(e.getKey(), byE2e.subList(0, byE2e.isEmpty() ? 0 : Math.max(1, byE2e.size() / 100)));
            out.append(String.format("%24s", e.getKey() + " (" + tails.get(e.getKey()).size() + ")"));
        }
        out.append('\n').append(String.format("%-28s", " median: slowest / all)")).append('\n');
        for (String segment : SEGMENTS) {
            out.append(String.format("%-28s", segment));
            for (String c : joined.keySet()) {
                List<Long> tail = values(tails.get(c), segment);
                List<Long> all = values(joined.get(c), segment);
                out.append(String.format("%24s", all.isEmpty() ? "-"
                        : (tail.isEmpty() ? "-" : Long.toString(StageSummary.quantile(tail, 0.50))) + " / "
                        + StageSummary.quantile(all, 0.50)));
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static List<Long> values(List<Map<String, Long>> rows, String segment) {
        List<Long> v = new ArrayList<>();
        for (Map<String, Long> r : rows) {
            Long x = r.get(segment);
            if (x != null) {
                v.add(x);
            }
        }
        return v;
    }
}
