package org.thesisbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class PooledLoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A target of the rounds load generator's JSON: pooled ack / e2e p50 and p99 over its rounds, and each round's e2e p99. */
    private static String target(long n, double ackP50, double ackP99, double e2eP50, double e2eP99, double... roundE2eP99) {
        return target(n, 0, 0, ackP50, ackP99, e2eP50, e2eP99, roundE2eP99);
    }

    /** The same with missing and duplicate replies summed over the rounds. */
    private static String target(long n, long missing, long duplicates, double ackP50, double ackP99, double e2eP50,
                                 double e2eP99, double... roundE2eP99) {
        StringBuilder rounds = new StringBuilder();
        for (double r : roundE2eP99) {
            rounds.append(rounds.isEmpty() ? "" : ",").append("{\"e2e\":{\"p99_ms\":").append(r).append("}}");
        }
        return "{\"errors\":0,\"missing\":" + missing + ",\"duplicates\":" + duplicates + ","
                + "\"pooled\":{\"ack\":{\"n\":" + n + ",\"p50_ms\":" + ackP50 + ",\"p99_ms\":" + ackP99 + "},"
                + "\"e2e\":{\"n\":" + n + ",\"p50_ms\":" + e2eP50 + ",\"p99_ms\":" + e2eP99 + "}},"
                + "\"rounds\":[" + rounds + "]}";
    }

    private static JsonNode loadgen(String targets) throws Exception {
        return JSON.readTree("{\"comparisons\":[{\"phase\":\"main\",\"workload\":\"mention-numeric\",\"rate_per_s\":50,"
                + "\"rounds\":2,\"rotated\":true,\"targets\":{" + targets + "}}]}");
    }

    @Test
    void every_configuration_s_pooled_figures_side_by_side_with_its_e2e_p99_against_memory_s() throws Exception {
        List<String> lines = PooledLoad.report(loadgen("\"memory\":" + target(2000, 2.198, 7.631, 4.172, 13.345, 12.0, 14.0)
                + ",\"redis\":" + target(2000, 2.353, 7.762, 4.608, 15.278, 13.5, 14.5)));

        assertEquals(List.of(
                "load generator, main (mention-numeric at 50/s), pooled over all 2 rounds (order turned by one each round), "
                        + "ms from the scheduled send:",
                "  config         n  ack p50  ack p99  e2e p50  e2e p99 errors missing  dup  e2e p99 - memory",
                "  memory      2000     2.20     7.63     4.17    13.35      0       0    0  -",
                "  redis       2000     2.35     7.76     4.61    15.28      0       0    0  +1.93",
                "  e2e p99, redis minus memory in the same round: 1.00 ms (bootstrap 95% 0.50..1.50; sign test: too few "
                        + "rounds), 1 of 2 rounds under 1 ms: not shown",
                "bench-stages-loadgen main rounds=2 n memory=2000 redis=2000 ack_p50_ms memory=2.20 redis=2.35 ack_p99_ms "
                        + "memory=7.63 redis=7.76 e2e_p50_ms memory=4.17 redis=4.61 e2e_p99_ms memory=13.35 redis=15.28 "
                        + "e2e_p99_minus_memory_ms redis=1.93 missing memory=0 redis=0 duplicates memory=0 redis=0 "
                        + "order=rotated"), lines);
    }

    @Test
    void without_a_memory_configuration_the_first_one_is_the_reference() throws Exception {
        List<String> lines = PooledLoad.report(loadgen("\"redis\":" + target(1000, 2.0, 6.0, 4.0, 10.0, 10.0, 10.0)
                + ",\"base\":" + target(1000, 2.5, 6.5, 4.5, 9.5, 9.0, 10.0)));

        assertEquals("  base        1000     2.50     6.50     4.50     9.50      0       0    0  -0.50", lines.get(3));
        assertEquals("bench-stages-loadgen main rounds=2 n redis=1000 base=1000 ack_p50_ms redis=2.00 base=2.50 ack_p99_ms "
                + "redis=6.00 base=6.50 e2e_p50_ms redis=4.00 base=4.50 e2e_p99_ms redis=10.00 base=9.50 "
                + "e2e_p99_minus_redis_ms base=-0.50 missing redis=0 base=0 duplicates redis=0 base=0 order=rotated",
                lines.get(lines.size() - 1));
    }

    @Test
    void interleaved_blocks_are_the_pairs_and_missing_and_duplicate_replies_are_counted() throws Exception {
        // six 30 s blocks; per block, redis minus memory: 0.5, -1, 2, 0.25, 1.5, -0.5 (sorted: -1 -0.5 0.25 0.5 1.5 2)
        JsonNode json = JSON.readTree("{\"comparisons\":[{\"phase\":\"main\",\"workload\":\"mention-numeric\","
                + "\"rate_per_s\":50,\"seconds\":30,\"rounds\":6,\"rotated\":false,\"interleaved\":true,\"targets\":{"
                + "\"memory\":" + target(9000, 0, 0, 2.0, 7.0, 4.0, 12.0, 10.0, 12.0, 11.0, 12.0, 11.0, 12.5)
                + ",\"redis\":" + target(8999, 1, 2, 2.1, 7.2, 4.2, 12.4, 10.5, 11.0, 13.0, 12.25, 12.5, 12.0) + "}}]}");

        List<String> lines = PooledLoad.report(json);

        assertEquals(List.of(
                "load generator, main (mention-numeric at 50/s to each), interleaved: all at once, each event to one of "
                        + "them in a seeded-random order; pooled over all 6 blocks of 30 s, ms from the scheduled send:",
                "  config         n  ack p50  ack p99  e2e p50  e2e p99 errors missing  dup  e2e p99 - memory",
                "  memory      9000     2.00     7.00     4.00    12.00      0       0    0  -",
                "  redis       8999     2.10     7.20     4.20    12.40      0       1    2  +0.40",
                "  e2e p99, redis minus memory in the same block: 0.38 ms (bootstrap 95% -0.75..1.75; sign test -1.00..2.00), "
                        + "4 of 6 blocks under 1 ms: not shown",
                "bench-stages-loadgen main rounds=6 n memory=9000 redis=8999 ack_p50_ms memory=2.00 redis=2.10 ack_p99_ms "
                        + "memory=7.00 redis=7.20 e2e_p50_ms memory=4.00 redis=4.20 e2e_p99_ms memory=12.00 redis=12.40 "
                        + "e2e_p99_minus_memory_ms redis=0.40 missing memory=0 redis=1 duplicates memory=0 redis=2 "
                        + "order=interleaved"), lines);
    }
}
