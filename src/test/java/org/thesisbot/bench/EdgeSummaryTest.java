package org.thesisbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EdgeSummaryTest {
    @TempDir
    Path dir;

    /**
     * One question on both sides, instants in ns: due at 1,000,000; handed over 30 µs later; received by the bot 250 µs
     * after that; at the intake 120 µs later (its stages count from there: computed at 2,000 µs, posted at 3,000 µs); the
     * post at the fake 700 µs after the answer was computed, answered 40 µs later.
     */
    @Test
    void a_question_s_time_outside_the_bot_is_split_between_the_load_generator_the_way_in_and_the_way_out()
            throws IOException {
        long due = 1_000_000;
        long intake = due + 30_000 + 250_000 + 120_000;
        long reply = intake + 2_000_000 + 700_000;
        Path stages = dir.resolve("redis.tsv");
        Files.write(stages, List.of("at\tpath\tadmission\tworker\tdraft\tdecided\tcomputed\tposted\tkey\treceived_ns\tintake_ns",
                "1700000000000\tdrafted\t150\t400\t1800\t1900\t2000\t3000\tC1:1.5\t" + (due + 280_000) + "\t" + intake,
                "1700000000001\tdrafted\t150\t400\t1800\t1900\t2000\t3000\tC1:9.9\t5\t6"));   // no event: left out
        Path events = dir.resolve("events.tsv");
        Files.write(events, List.of(ReplyTracker.Event.HEADER,
                "redis\tmain\tC1:1.5\t" + due + "\t" + (due + 30_000) + "\t" + reply + "\t" + (reply + 40_000),
                "redis\twarmup-main\tC1:2.5\t1\t2\t3\t4",       // another phase
                "memory\tmain\tC1:1.5\t1\t2\t3\t4"));           // the same message on another configuration

        Map<String, List<Map<String, Long>>> joined = EdgeSummary.join(EdgeSummary.events(events, "main"),
                Map.of("redis", StageSummary.read(stages, 0)));

        assertEquals(1, joined.get("redis").size());
        Map<String, Long> s = joined.get("redis").get(0);
        assertEquals(30L, s.get("send lag"));
        assertEquals(250L, s.get("sent>received"));
        assertEquals(120L, s.get("received>intake"));
        assertEquals(2000L, s.get("intake>computed"));
        assertEquals(700L, s.get("computed>fake"));
        assertEquals(3100L, s.get("e2e"), "the load generator's end to end: the sum of the five");
        assertEquals(1100L, s.get("outside"), "what the bot's stages do not see");
        assertEquals(40L, s.get("fake>responded"));
        assertEquals(260L, s.get("responded>posted"), "the rest of the bot's posted: 3000 - 2000 - 700 - 40");
    }

    @Test
    void the_table_ends_with_each_configuration_s_e2e_and_outside_p99_and_counts_a_clock_the_processes_do_not_share() {
        List<EdgeSummary.Event> events = new ArrayList<>();
        List<StageSummary.Line> lines = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long intake = 10_000_000L * i + 500_000;
            // e2e = 500 + computed (1,000) + 600 µs, except the slowest question, whose way in took 5 ms more
            long extra = i == 99 ? 5_000_000 : 0;
            events.add(new EdgeSummary.Event("redis", "main", "C1:" + i, intake - 500_000 - extra,
                    intake - 400_000 - extra, intake + 1_600_000, intake + 1_650_000));
            // question 0: received before it was handed over, as a clock of its own would have it
            lines.add(new StageSummary.Line(0, "drafted", Map.of("computed", 1000L, "posted", 2000L), "C1:" + i,
                    i == 0 ? intake - 450_000 : intake - 100_000, intake));
        }
        String table = EdgeSummary.table(events, Map.of("redis", lines));

        assertTrue(table.contains("clock check: 1 of 200 sent>received and computed>fake negative"), table);
        assertEquals("5300 / 300", row(table, "slowest", "sent>received"), "the slowest spent it on the way in: " + table);
        assertEquals("100 / 100", row(table, "slowest", "send lag"), table);
        assertTrue(table.endsWith("bench-edges n redis=100 e2e_p99_us redis=2100 outside_p99_us redis=1100\n"), table);
    }

    /** The first row named {@code name} after the line starting with {@code after}, its figures. */
    private static String row(String table, String after, String name) {
        List<String> l = table.lines().toList();
        int from = 0;
        while (!l.get(from).startsWith(after)) {
            from++;
        }
        return l.subList(from, l.size()).stream().filter(x -> x.startsWith(name + " ")).findFirst().orElseThrow()
                .substring(28).strip();
    }
}
