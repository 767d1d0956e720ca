package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.FeedbackCounts.Tally;
import org.thesisbot.core.state.FeedbackCounts.Vote;
import org.thesisbot.core.state.StateStores;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.slack.testkit.LogCapture;
import org.thesisbot.slack.testkit.RecordingTelemetry;

/** The Redis-backed stores against a real redis-server: two backends on one Redis are two replicas. */
class RedisStateTest extends RedisPerTest {
    private final Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
            Map.of("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "3"));
    private final RecordingTelemetry telemetry = new RecordingTelemetry();

    private StateBackend replica() {
        return open(StateBackend.open(settings, redis.url(), Clock.systemUTC(), telemetry));
    }

    private StateBackend open(StateBackend b) {
        open.add(b);
        return b;
    }

    @Test
    void exactly_one_replica_claims_an_event_however_many_race_for_it() throws Exception {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int event = 0; event < 50; event++) {
                String id = "Ev" + event;
                List<Callable<Boolean>> racers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    StateStores s = i % 2 == 0 ? a : b;
                    racers.add(() -> s.events().claim(id));
                }
                int wins = 0;
                for (Future<Boolean> f : pool.invokeAll(racers)) {
                    wins += f.get() ? 1 : 0;
                }
                assertEquals(1, wins, "claims of " + id);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_claim_whose_reply_comes_late_is_settled_by_asking_again_not_guessed() throws Exception {
        Settings slow = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
                Map.of("THESISBOT_STATE_REDIS_TIMEOUT_MS", "200"));
        StateStores a = open(StateBackend.open(slow, redis.url(), Clock.systemUTC(), telemetry)).stores();
        StateStores b = open(StateBackend.open(slow, redis.url(), Clock.systemUTC(), telemetry)).stores();
        for (int round = 0; round < 3; round++) {
            String id = "Ev-late-" + round;
            // Redis stops answering for 300 ms: both first attempts time out at 200 ms, the second ones are answered
            CompletableFuture<String> sleep = CompletableFuture.supplyAsync(() -> redis.command("DEBUG SLEEP 0.3"));
            Thread.sleep(20);
            CompletableFuture<Boolean> ca = CompletableFuture.supplyAsync(() -> a.events().claim(id));
            CompletableFuture<Boolean> cb = CompletableFuture.supplyAsync(() -> b.events().claim(id));
            assertEquals("+OK", sleep.get());
            assertEquals(1, (ca.get() ? 1 : 0) + (cb.get() ? 1 : 0), "exactly one replica takes " + id);
        }
        assertTrue(telemetry.count(Redis.ERRORS, "op", "claim", "kind", "timeout") >= 2, telemetry.toString());
        assertEquals(0, telemetry.count(Redis.FALLBACKS, "store", "events"), "no claim was decided locally");
    }

    @Test
    void keys_are_namespaced_versioned_json_with_the_configured_ttls() {
        StateStores s = replica().stores();
        assertTrue(s.events().claim("Ev1"));
        assertTrue(s.messages().claim("C1:1.0"));
        assertFalse(s.repliedThreads().touch("C1:1.0"));
        s.threads().save("slack:C1:1.0", state(Metric.STAKE, Instant.now()));
        await(() -> redis.command("GET thesisbot:thread:slack:C1:1.0").startsWith("{"), "the state reaches Redis");
        assertTrue(s.rateLimits().tryAcquire("U1"));
        s.feedback().vote("q-0123456789", "U1", Vote.UP);

        assertTtlMinutes("thesisbot:event:Ev1", 15);
        assertTtlMinutes("thesisbot:message:C1:1.0", 15);
        assertTtlMinutes("thesisbot:replied:C1:1.0", 120);
        assertTtlMinutes("thesisbot:thread:slack:C1:1.0", 120);
        assertTtlMinutes("thesisbot:rate:U1", 1);
        assertTtlMinutes("thesisbot:votes:q-0123456789", 30 * 24 * 60);
        assertTrue(redis.command("GET thesisbot:event:Ev1").startsWith("{\"v\":1,\"by\":"), redis.command("GET thesisbot:event:Ev1"));
        assertTrue(redis.command("GET thesisbot:thread:slack:C1:1.0").startsWith("{\"v\":1,\"state\":{"));
    }

    @Test
    void a_thread_saved_by_one_replica_is_loaded_by_the_other() {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        ThreadState s = state(Metric.IRR, Instant.parse("2026-11-26T09:30:00Z"));
        a.threads().save("slack:C1:1.0", s);   // sent without waiting: the next turn comes later
        await(() -> b.threads().load("slack:C1:1.0").isPresent(), "the state reaches Redis");
        assertEquals(s, b.threads().load("slack:C1:1.0").orElseThrow());
        assertTrue(b.threads().load("slack:C1:9.9").isEmpty());
    }

    @Test
    void a_thread_s_write_that_redis_does_not_answer_counts_one_fallback_and_stays_here() {
        StateStores a = replica().stores();
        ThreadState s = state(Metric.IRR, Instant.parse("2026-11-26T09:30:00Z"));
        redis.pause();   // connected, silent: the write is sent and times out after 50 ms
        try {
            a.threads().save("slack:C1:1.0", s);
            await(() -> telemetry.count(Redis.FALLBACKS, "store", "threads") > 0, "the write times out");
            assertEquals(1, telemetry.count(Redis.ERRORS, "op", "set", "kind", "timeout"), telemetry.toString());
            assertEquals(1, telemetry.count(Redis.FALLBACKS, "store", "threads"), telemetry.toString());
            assertEquals(s, a.threads().peek("slack:C1:1.0").orElseThrow(), "this replica's own copy has it");
        } finally {
            redis.resume();
        }
    }

    @Test
    void the_newer_state_wins_between_this_replica_and_redis() {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        Instant t = Instant.parse("2026-11-26T09:30:00Z");
        a.threads().save("t", state(Metric.STAKE, t));
        await(() -> redis.command("GET thesisbot:thread:t") != null && redis.command("GET thesisbot:thread:t").contains("STAKE"), "a's turn");
        b.threads().save("t", state(Metric.IRR, t.plusSeconds(5)));
        await(() -> redis.command("GET thesisbot:thread:t").contains("IRR"), "b's turn");
        assertEquals(List.of(Metric.IRR), a.threads().load("t").orElseThrow().metrics(), "the other replica's later turn");
    }

    @Test
    void a_stored_value_that_cannot_be_read_costs_that_thread_its_context_and_nothing_else() {
        StateStores s = replica().stores();
        assertEquals("+OK", redis.command("SET thesisbot:thread:broken '{\"v\":1,\"state\":{\"metrics\":[\"NO_SUCH_METRIC\"]}}'"));
        assertTrue(s.threads().load("broken").isEmpty());
        assertEquals(1, telemetry.count("thesisbot.state.unreadable", "kind", "thread"));
    }

    @Test
    void the_rate_limit_is_shared_by_every_replica() {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        assertTrue(a.rateLimits().tryAcquire("U1"));
        assertTrue(b.rateLimits().tryAcquire("U1"));
        assertTrue(a.rateLimits().tryAcquire("U1"));
        assertFalse(b.rateLimits().tryAcquire("U1"), "three a minute, whichever replica counts");
        assertFalse(a.rateLimits().tryAcquire("U1"));
        assertTrue(b.rateLimits().tryAcquire("U2"));
    }

    @Test
    void an_answer_kept_by_one_replica_is_found_by_the_other() {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        Answer answer = new Answer("q-00000000ab", Route.NUMERIC, "*stake* 6.02%", null, List.of(), List.of(),
                "scenario-core", List.of("a note"), new RouteDecision(Route.NUMERIC, 1, -1, List.of("metric:stake")));
        a.answers().put(answer);
        await(() -> b.answers().get("q-00000000ab").isPresent(), "the answer reaches Redis");
        assertEquals(answer, b.answers().get("q-00000000ab").orElseThrow());
    }

    @Test
    void votes_count_once_per_user_across_replicas() {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        assertEquals(new Tally(1, 0), a.feedback().vote("q-1", "U1", Vote.UP));
        assertEquals(new Tally(1, 0), b.feedback().vote("q-1", "U1", Vote.UP), "the same click delivered to the other replica");
        assertEquals(new Tally(1, 1), b.feedback().vote("q-1", "U2", Vote.DOWN));
        assertEquals(new Tally(1, 1), a.feedback().tally("q-1"));
    }

    @Test
    void with_redis_killed_answers_go_on_from_local_state_then_redis_is_used_again_by_itself() {
        StateBackend backend = replica();
        StateStores s = backend.stores();
        assertTrue(s.events().claim("Ev-before"));
        s.threads().save("t", state(Metric.STAKE, Instant.now()));
        assertFalse(backend.health().degraded());
        String logs;
        try (LogCapture log = new LogCapture()) {
            redis.kill();
            // every port still answers, from this process' memory
            assertFalse(s.events().claim("Ev-before"), "a retry of an event this replica took is still a repeat");
            assertTrue(s.events().claim("Ev-during"));
            assertFalse(s.events().claim("Ev-during"));
            assertEquals(List.of(Metric.STAKE), s.threads().load("t").orElseThrow().metrics());
            s.threads().save("t", state(Metric.IRR, Instant.now()));
            assertTrue(s.rateLimits().tryAcquire("U9"));
            for (int i = 0; i < 100; i++) {
                s.messages().claim("C1:" + i);
            }
            assertTrue(backend.health().degraded());
            assertTrue(backend.health().detail().startsWith("state: DEGRADED, Redis at redis://127.0.0.1:" + redis.port()),
                    backend.health().detail());
            logs = log.text();
        }
        assertTrue(telemetry.count(Redis.FALLBACKS, "store", "messages") > 0, telemetry.toString());
        long warnings = logs.lines().filter(l -> l.startsWith("WARN org.thesisbot.state.Redis")).count();
        assertEquals(1, warnings, "one warning, not one per call:\n" + logs);

        redis.start();
        await(() -> !backend.health().degraded(), "reconnects by itself");
        assertEquals(List.of(Metric.IRR), s.threads().load("t").orElseThrow().metrics(),
                "the turn answered during the outage is newer than anything in Redis");
        assertTrue(s.events().claim("Ev-after"));
        assertTrue(redis.command("GET thesisbot:event:Ev-after").startsWith("{\"v\":1"), "written to Redis again");
    }

    @Test
    void a_hung_redis_costs_a_few_bounded_waits_then_state_calls_go_local_at_once() {
        StateBackend backend = replica();
        StateStores s = backend.stores();
        s.threads().save("t", state(Metric.STAKE, Instant.now()));
        redis.pause();
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                assertTrue(s.events().claim("Ev-hung-" + i));
                assertTrue(s.threads().load("t").isPresent());
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long waited = telemetry.count(Redis.ERRORS, "op", "claim", "kind", "timeout")
                    + telemetry.count(Redis.ERRORS, "op", "get", "kind", "timeout");
            // each wait is 50 ms plus the 1 s settle (two timeouts counted); then Redis is left alone for a back-off
            assertTrue(waited >= 2 && waited <= 24, "calls that waited for the hung Redis: " + waited + " " + telemetry);
            assertTrue(ms < 20_000, "400 state calls took " + ms + " ms against a hung Redis");
            assertTrue(telemetry.count(Redis.FALLBACKS, "store", "events") >= 150, telemetry.toString());
            assertTrue(backend.health().degraded());
        } finally {
            redis.resume();
        }
        await(() -> !backend.health().degraded(), "recovers once Redis answers again");
    }

    @Test
    void redis_down_at_start_does_not_stop_the_bot_and_it_connects_when_redis_comes() {
        redis.kill();
        StateBackend backend = replica();
        assertTrue(backend.health().degraded());
        assertTrue(backend.stores().events().claim("Ev1"), "answers from local state meanwhile");
        redis.start();
        await(() -> !backend.health().degraded(), "connects in the background");
        assertTrue(backend.stores().events().claim("Ev2"));
        assertTrue(redis.command("GET thesisbot:event:Ev2").startsWith("{\"v\":1"));
    }

    @Test
    void a_malformed_url_stops_start_up_without_printing_it() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> StateBackend.open(settings, "http://:s3cret-pass@redis:6379", Clock.systemUTC(), telemetry));
        assertTrue(e.getMessage().startsWith("THESISBOT_REDIS_URL must start with redis://"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret-pass"));
        ConfigException bad = assertThrows(ConfigException.class,
                () -> StateBackend.open(settings, "redis://:s3cret-pass@", Clock.systemUTC(), telemetry));
        assertFalse(bad.getMessage().contains("s3cret-pass"), bad.getMessage());
    }

    @Test
    void the_password_never_reaches_the_logs_or_the_ready_detail() {
        redis.command("CONFIG SET requirepass s3cret-pass");
        String logs;
        try (LogCapture log = new LogCapture()) {
            StateBackend b = StateBackend.open(settings, "redis://:s3cret-pass@127.0.0.1:" + redis.port() + "/0",
                    Clock.systemUTC(), telemetry);
            open.add(b);
            assertTrue(b.stores().events().claim("Ev1"));
            assertFalse(b.health().degraded());
            assertTrue(b.health().detail().contains("(with password)"), b.health().detail());
            assertFalse(b.health().detail().contains("s3cret-pass"));
            StateBackend wrong = StateBackend.open(settings, "redis://:wrong-pass@127.0.0.1:" + redis.port() + "/0",
                    Clock.systemUTC(), telemetry);
            open.add(wrong);
            assertTrue(wrong.stores().events().claim("Ev2"), "a wrong password degrades, it does not stop answers");
            assertTrue(wrong.health().degraded());
            logs = log.text();
        }
        assertFalse(logs.contains("s3cret-pass") || logs.contains("wrong-pass"), logs);
    }

    private void assertTtlMinutes(String key, long minutes) {
        long ms = Long.parseLong(redis.command("PTTL " + key).substring(1));
        long expected = Duration.ofMinutes(minutes).toMillis();
        assertTrue(ms > expected - 10_000 && ms <= expected, key + " expires in " + ms + " ms, expected " + expected);
    }

    private static ThreadState state(Metric metric, Instant updated) {
        return new ThreadState(Map.of(InputId.HOLDING_YEARS, new BigDecimal("4")), List.of("bull"), List.of(metric), null,
                Route.NUMERIC, 1, updated);
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
