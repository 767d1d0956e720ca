package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.Admissions.Admission;
import org.thesisbot.core.state.Admissions.Arrival;
import org.thesisbot.core.state.StateStores;
import org.thesisbot.core.state.ThreadState;

/** The blocking connections to a real redis-server: who reads the replies, and what a late one costs. */
class RedisConnectionsTest extends RedisPerTest {
    private final Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of());
    private final Recorded telemetry = new Recorded();

    /** Counters and the number of durations recorded, by name and tags. */
    private static final class Recorded implements Telemetry {
        final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

        @Override
        public void increment(String name, String... tags) {
            counts.computeIfAbsent(name + List.of(tags), k -> new AtomicLong()).incrementAndGet();
        }

        @Override
        public void record(String name, Duration duration, String... tags) {
            increment(name, tags);
        }

        long count(String name, String... tags) {
            AtomicLong c = counts.get(name + List.of(tags));
            return c == null ? 0 : c.get();
        }

        @Override
        public String toString() {
            return counts.toString();
        }
    }

    private StateBackend replica(Settings s) {
        StateBackend b = StateBackend.open(s, redis.url(), Clock.systemUTC(), telemetry);
        open.add(b);
        return b;
    }

    @Test
    void redis_adds_one_thread_the_health_probe_and_no_io_thread() {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        Redis connections = new Redis(RedisUrl.parse(redis.url(), Duration.ofSeconds(5)), telemetry,
                List.of(RedisAdmissions.ADMIT));
        open.add(connections);
        StateStores s = StateBackend.shared(StateBudget.of(settings), LocalCaches.direct(Clock.systemUTC()), connections,
                "thesisbot:", Clock.systemUTC(), telemetry);
        for (int i = 0; i < 20; i++) {
            assertEquals(Admission.ANSWER_FIRST_IN_THREAD,
                    s.admissions().admit(new Arrival("Ev" + i, "C1:" + i + ".0", "U" + i, "C1:" + i + ".0", false, false)));
            s.threads().save("C1:" + i + ".0", state(Instant.now()));
        }
        List<String> added = Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t))
                .map(Thread::getName).sorted().collect(Collectors.toList());
        assertEquals(List.of("redis-health"), added, "every command is written and its reply read by a thread that uses it");
        assertEquals(20, telemetry.count(Redis.LATENCY, "op", "admit"), telemetry.toString());
    }

    @Test
    void a_reply_nobody_waits_for_is_read_by_the_health_thread_within_a_second_or_two() {
        StateStores s = replica(settings).stores();
        s.threads().save("C1:1.0", state(Instant.now()));   // sent, not waited for, and nothing else is sent after it
        RedisStateTest.await(() -> telemetry.count(Redis.LATENCY, "op", "set") == 1, "the write's reply is read");
        assertEquals(0, telemetry.count(Redis.ERRORS, "op", "set", "kind", "timeout"), telemetry.toString());
        assertEquals(0, telemetry.count(Redis.FALLBACKS, "store", "threads"), telemetry.toString());
    }

    @Test
    void a_late_reply_costs_its_own_connection_only_which_is_replaced_and_redis_is_still_used() throws Exception {
        Settings slow = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
                Map.of("THESISBOT_STATE_REDIS_TIMEOUT_MS", "200"));
        int none = connectedClients();
        StateBackend backend = replica(slow);
        StateStores s = backend.stores();
        int clients = connectedClients();
        assertEquals(Redis.WIRES + 1, clients - none, "the replica's connections: the settle one and the others");

        // Redis stops answering for 300 ms: the claim times out at 200 ms, and its settle run is answered
        CompletableFuture<String> sleep = CompletableFuture.supplyAsync(() -> redis.command("DEBUG SLEEP 0.3"));
        Thread.sleep(20);
        assertTrue(s.events().claim("Ev-late"));
        assertEquals("+OK", sleep.get());
        assertEquals(1, telemetry.count(Redis.SETTLED, "op", "claim"), telemetry.toString());

        for (int i = 0; i < 20; i++) {
            assertTrue(s.events().claim("Ev-after-" + i));
        }
        assertFalse(backend.health().degraded(), "a late reply says nothing certain about Redis");
        assertEquals(0, telemetry.count(Redis.FALLBACKS, "store", "events"), "no claim was decided locally: " + telemetry);
        RedisStateTest.await(() -> connectedClients() == clients, "the connection that timed out is replaced");
        assertTrue(redis.command("GET thesisbot:event:Ev-after-19").startsWith("{\"v\":1"));
    }

    @Test
    void a_late_reply_to_a_write_nobody_waited_for_does_not_cost_the_question_behind_it_its_answer() throws Exception {
        Settings slow = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
                Map.of("THESISBOT_STATE_REDIS_TIMEOUT_MS", "300"));
        StateStores s = replica(slow).stores();
        long t0 = System.nanoTime();
        CompletableFuture<String> sleep = CompletableFuture.supplyAsync(() -> redis.command("DEBUG SLEEP 0.5"));
        Thread.sleep(20);
        for (int i = 0; i < Redis.WIRES; i++) {   // a write on every connection, answered only after its 300 ms
            s.threads().save("C1:" + i + ".5", state(Instant.now()));
        }
        Thread.sleep(Math.max(0, 300 - (System.nanoTime() - t0) / 1_000_000));
        // sent at about 300 ms behind one of those writes: its own 300 ms end after Redis wakes at 500 ms
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD,
                s.admissions().admit(new Arrival("Ev1", "C1:1.0", "U1", "C1:1.0", false, false)));
        assertEquals("+OK", sleep.get());
        assertEquals(0, telemetry.count(Redis.ERRORS, "op", "admit", "kind", "timeout"), telemetry.toString());
        assertEquals(0, telemetry.count(Redis.SETTLED, "op", "admit"), "the admission needed no second run: " + telemetry);
        assertEquals(0, telemetry.count(Redis.FALLBACKS, "store", "events"), telemetry.toString());
        assertTrue(redis.command("GET thesisbot:event:Ev1").endsWith(",\"outcome\":\"answer_first\"}"));
    }

    @Test
    void connections_closed_while_idle_are_found_and_replaced_before_a_question_needs_them() {
        int none = connectedClients();
        StateBackend backend = replica(settings);
        StateStores s = backend.stores();
        assertTrue(s.events().claim("Ev-before"));
        // what Redis' own idle timeout, a restart of a proxy or a failover would do to connections nobody is using
        assertTrue(redis.command("CLIENT KILL TYPE normal SKIPME yes").startsWith(":"));
        RedisStateTest.await(() -> connectedClients() == none, "Redis closed them");
        RedisStateTest.await(() -> connectedClients() == none + Redis.WIRES + 1,
                "each is PINGed after " + Redis.IDLE_PING.toSeconds() + " s unused, found closed and replaced");
        for (int i = 0; i < 20; i++) {
            assertTrue(s.events().claim("Ev-after-" + i));
        }
        assertEquals(0, telemetry.count(Redis.FALLBACKS, "store", "events"), "no question found a closed one: " + telemetry);
        assertFalse(backend.health().degraded());
    }

    @Test
    void after_redis_restarts_no_question_finds_a_connection_to_the_redis_that_died() {
        StateBackend backend = replica(settings);
        StateStores s = backend.stores();
        assertTrue(s.events().claim("Ev-before"));
        redis.kill();
        assertTrue(s.events().claim("Ev-during"), "answered from local state");
        redis.start();
        RedisStateTest.await(() -> !backend.health().degraded(), "reconnects by itself");
        long fallbacks = telemetry.count(Redis.FALLBACKS, "store", "events");
        for (int i = 0; i < 20; i++) {
            // a write left owing its reply sends the next command to another connection: each is used
            s.threads().save("C1:" + i + ".0", state(Instant.now()));
            assertTrue(s.events().claim("Ev-after-" + i));
        }
        assertEquals(fallbacks, telemetry.count(Redis.FALLBACKS, "store", "events"),
                "every claim after the restart went to Redis: " + telemetry);
        assertTrue(redis.command("GET thesisbot:event:Ev-after-19").startsWith("{\"v\":1"));
    }

    /** The connections open on the test's Redis, less the one asking. */
    private int connectedClients() {
        String info = redis.command("INFO clients");
        return info.lines().filter(l -> l.startsWith("connected_clients:")).mapToInt(l -> Integer.parseInt(l.substring(18).strip()))
                .findFirst().orElseThrow() - 1;
    }

    private static ThreadState state(Instant updated) {
        return new ThreadState(Map.of(InputId.HOLDING_YEARS, new BigDecimal("4")), List.of("bull"), List.of(Metric.IRR), null,
                Route.NUMERIC, 1, updated);
    }
}
