package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.Admissions;
import org.thesisbot.core.state.Admissions.Admission;
import org.thesisbot.core.state.Admissions.Arrival;
import org.thesisbot.core.state.StateHealth;
import org.thesisbot.core.state.StateStores;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;
import org.thesisbot.slack.testkit.LogCapture;
import org.thesisbot.slack.testkit.MutableClock;
import org.thesisbot.slack.testkit.RecordingTelemetry;

/** The ack path's state in one Redis round trip, against a real redis-server: two backends are two replicas. */
class RedisAdmissionsTest extends RedisPerTest {
    private final Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
            Map.of("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "3"));
    /**
     * For the tests that count commands: on a machine this busy a reply can come later than the default 50 ms, and
     * the settle run that follows is a second command (by design; timeouts have tests of their own).
     */
    private final Settings patient = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
            Map.of("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "3", "THESISBOT_STATE_REDIS_TIMEOUT_MS", "5000"));
    private final RecordingTelemetry telemetry = new RecordingTelemetry();

    private StateBackend replica() {
        return replica(settings);
    }

    private StateBackend replica(Settings s) {
        StateBackend b = StateBackend.open(s, redis.url(), Clock.systemUTC(), telemetry);
        open.add(b);
        return b;
    }

    private RedisMonitor monitor() {
        RedisMonitor m = new RedisMonitor(redis);
        open.add(m);
        return m;
    }

    private static Arrival mention(String event, String ts, String user) {
        return new Arrival(event, "C1:" + ts, user, "C1:" + ts, false, false);
    }

    @Test
    void a_mention_is_one_round_trip_and_its_worker_reads_the_thread_state_without_another() {
        StateStores s = replica(patient).stores();
        RedisMonitor monitor = monitor();
        monitor.sent();   // whatever connecting sent
        redis.command("CONFIG RESETSTAT");
        monitor.sent();

        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev1", "1.0", "U1")));
        List<RedisMonitor.Command> ack = monitor.sent();
        assertEquals(List.of("evalsha"), ack.stream().map(RedisMonitor.Command::name).toList(), "one command: " + ack);
        assertEquals(RedisAdmissions.ADMIT.sha1(), ack.get(0).key());
        String stats = redis.command("INFO commandstats");
        assertTrue(stats.contains("cmdstat_evalsha:calls=1,"), stats);
        monitor.sent();   // the INFO above

        assertTrue(s.threads().load("C1:1.0").isEmpty(), "a new thread: the script found no state");
        assertEquals(List.of(), monitor.sent(), "the worker's load took what the script read");
        assertTrue(s.threads().load("C1:1.0").isEmpty());
        assertEquals(List.of("get"), monitor.sent().stream().map(RedisMonitor.Command::name).toList(),
                "read ahead once: a second load reads Redis");
    }

    @Test
    void a_question_opening_its_thread_is_admitted_without_reading_a_thread_state_there_cannot_be() {
        StateStores s = replica(patient).stores();
        RedisMonitor monitor = monitor();
        monitor.ran();
        Arrival opening = new Arrival("Ev1", "C1:1.0", "U1", "C1:1.0", false, false, true);
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(opening));
        assertEquals(List.of("evalsha " + RedisAdmissions.ADMIT.sha1(), "  get thesisbot:event:Ev1",
                        "  set thesisbot:message:C1:1.0", "  zremrangebyscore thesisbot:rate:U1", "  zcard thesisbot:rate:U1",
                        "  zadd thesisbot:rate:U1", "  pexpire thesisbot:rate:U1", "  set thesisbot:replied:C1:1.0",
                        "  set thesisbot:event:Ev1"),
                ran(monitor), "one round trip; inside it the dedupe, the rate window and the thread's mark, no read of the "
                        + "thread's state");
        assertTrue(s.threads().load("C1:1.0").isEmpty(), "a new thread");
        assertEquals(List.of(), ran(monitor), "and its worker's load needs no read either");

        // a mention inside that thread does not open it: its state is read in the same script
        ThreadState turn1 = state(Metric.IRR, Instant.parse("2026-11-26T09:30:00Z"));
        s.threads().save("C1:1.0", turn1);
        RedisStateTest.await(() -> String.valueOf(redis.command("GET thesisbot:thread:C1:1.0")).startsWith("{"),
                "the turn reaches Redis");
        monitor.ran();
        assertEquals(Admission.ANSWER, s.admissions().admit(new Arrival("Ev2", "C1:2.0", "U1", "C1:1.0", false, false)));
        List<String> inThread = ran(monitor);
        assertEquals("  get thesisbot:thread:C1:1.0", inThread.get(inThread.size() - 1), inThread.toString());
        assertEquals(turn1, s.threads().load("C1:1.0").orElseThrow());
    }

    /** What Redis ran since the last look: each client command, then (indented) those its script ran, by name and key. */
    private static List<String> ran(RedisMonitor monitor) {
        return monitor.ran().stream().map(c -> (c.script() ? "  " : "") + c.name() + " " + c.key()).toList();
    }

    @Test
    void a_worker_that_starts_late_reads_the_thread_state_afresh() {
        MutableClock clock = new MutableClock(Instant.now());
        StateBackend backend = StateBackend.open(patient, redis.url(), clock, telemetry);
        open.add(backend);
        StateStores s = backend.stores();
        RedisMonitor monitor = monitor();
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev1", "1.0", "U1")));
        monitor.sent();
        clock.advance(RedisThreadStore.PRIMED_FOR.plusMillis(1));
        assertTrue(s.threads().load("C1:1.0").isEmpty());
        assertEquals(List.of("get"), monitor.sent().stream().map(RedisMonitor.Command::name).toList(),
                "the state read at the ack is too old to stand in");
    }

    @Test
    void after_redis_forgets_its_scripts_the_script_is_sent_once_whole_then_by_its_sha_again() {
        StateStores s = replica(patient).stores();
        RedisMonitor monitor = monitor();
        assertEquals("+OK", redis.command("SCRIPT FLUSH"));
        monitor.sent();
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev1", "1.0", "U1")));
        assertEquals(List.of("evalsha", "eval"), monitor.sent().stream().map(RedisMonitor.Command::name).toList(),
                "NOSCRIPT, then the script itself");
        assertEquals(Admission.REPEATED_MESSAGE, s.admissions().admit(mention("Ev2", "1.0", "U1")));
        assertEquals(List.of("evalsha"), monitor.sent().stream().map(RedisMonitor.Command::name).toList());
    }

    @Test
    void a_follow_up_on_another_replica_gets_the_thread_state_in_the_same_round_trip() {
        StateStores a = replica(patient).stores();
        StateStores b = replica(patient).stores();
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, a.admissions().admit(mention("Ev1", "1.0", "U1")));
        ThreadState turn1 = state(Metric.IRR, Instant.parse("2026-11-26T09:30:00Z"));
        a.threads().save("C1:1.0", turn1);
        RedisStateTest.await(() -> String.valueOf(redis.command("GET thesisbot:thread:C1:1.0")).startsWith("{"),
                "a's turn reaches Redis");

        RedisMonitor monitor = monitor();
        monitor.sent();
        Arrival followUp = new Arrival("Ev2", "C1:1.5", "U2", "C1:1.0", true, false);
        assertEquals(Admission.ANSWER, b.admissions().admit(followUp), "a follow-up without a mention, in a thread a answered");
        assertEquals(turn1, b.threads().load("C1:1.0").orElseThrow());
        assertEquals(List.of("evalsha"), monitor.sent().stream().map(RedisMonitor.Command::name).toList());
    }

    @Test
    void the_script_writes_the_keys_ttls_and_values_the_separate_stores_read() {
        StateStores s = replica().stores();
        StateStores other = replica().stores();
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev1", "1.0", "U1")));
        assertTtlMinutes("thesisbot:event:Ev1", 15);
        assertTtlMinutes("thesisbot:message:C1:1.0", 15);
        assertTtlMinutes("thesisbot:replied:C1:1.0", 120);
        assertTtlMinutes("thesisbot:rate:U1", 1);
        assertEquals(":1", redis.command("ZCARD thesisbot:rate:U1"));
        String event = redis.command("GET thesisbot:event:Ev1");
        assertTrue(event.startsWith("{\"v\":1,\"by\":") && event.endsWith(",\"outcome\":\"answer_first\"}"), event);
        assertTrue(redis.command("GET thesisbot:message:C1:1.0").startsWith("{\"v\":1,\"by\":"));
        // a replica on the separate stores (a rolling deploy) agrees with the script
        assertFalse(other.events().claim("Ev1"));
        assertFalse(other.messages().claim("C1:1.0"));
        assertTrue(other.repliedThreads().contains("C1:1.0"));
        assertTrue(other.rateLimits().tryAcquire("U1"));
        assertTrue(other.rateLimits().tryAcquire("U1"));
        assertFalse(other.rateLimits().tryAcquire("U1"), "the script's question counts in the shared window");
        assertTrue(other.events().claim("Ev2"));
        assertEquals(Admission.REPEATED_EVENT, s.admissions().admit(mention("Ev2", "2.0", "U3")), "and the other way round");
    }

    @Test
    void exactly_one_reply_per_event_and_per_message_however_many_deliveries_race_on_two_replicas() throws Exception {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int m = 0; m < 40; m++) {
                String ts = m + ".0";
                String user = "U" + m;
                List<Callable<Admission>> racers = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    StateStores s = i % 2 == 0 ? a : b;
                    // a mention's app_mention (Ev<m>a, three retries) and its message.channels twin (Ev<m>b)
                    String event = "Ev" + m + (i % 4 == 3 ? "b" : "a");
                    racers.add(() -> s.admissions().admit(new Arrival(event, "C1:" + ts, user, "C1:" + ts, false, false)));
                }
                List<Admission> outcomes = new ArrayList<>();
                for (Future<Admission> f : pool.invokeAll(racers)) {
                    outcomes.add(f.get());
                }
                assertEquals(1, outcomes.stream().filter(Admission::answers).count(), "message " + ts + ": " + outcomes);
                assertTrue(outcomes.stream().allMatch(o -> o.answers() || o == Admission.REPEATED_EVENT
                        || o == Admission.REPEATED_MESSAGE), outcomes.toString());
                assertEquals(":1", redis.command("ZCARD thesisbot:rate:U" + m), "one question counted");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void the_rate_limit_refuses_at_the_limit_whichever_replica_counts() {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, a.admissions().admit(mention("Ev1", "1.0", "U1")));
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, b.admissions().admit(mention("Ev2", "2.0", "U1")));
        assertEquals(Admission.TOO_LONG, a.admissions().admit(new Arrival("Ev3", "C1:3.0", "U1", "C1:3.0", false, true)),
                "a question too long costs no rate");
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, a.admissions().admit(mention("Ev4", "4.0", "U1")));
        assertEquals(Admission.RATE_LIMITED, b.admissions().admit(mention("Ev5", "5.0", "U1")), "three a minute");
        assertEquals(Admission.RATE_LIMITED, a.admissions().admit(mention("Ev6", "6.0", "U1")));
        assertEquals("$-1", redis.command("GET thesisbot:replied:C1:5.0"), "a refused question marks no thread");
        assertEquals(Admission.REPEATED_MESSAGE, a.admissions().admit(mention("Ev7", "5.0", "U1")),
                "the refused message was claimed: its note goes out once");
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, b.admissions().admit(mention("Ev8", "8.0", "U2")));
    }

    @Test
    void a_follow_up_in_a_thread_nobody_answered_claims_nothing() {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        assertEquals(Admission.NOT_FOLLOWED, a.admissions().admit(new Arrival("Ev1", "C1:1.5", "U2", "C1:1.0", true, false)));
        assertEquals("$-1", redis.command("GET thesisbot:message:C1:1.5"));
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, b.admissions().admit(mention("Ev2", "1.0", "U1")));
        assertEquals(Admission.ANSWER, a.admissions().admit(new Arrival("Ev3", "C1:1.6", "U2", "C1:1.0", true, false)),
                "the thread b answered in, followed on a");
    }

    @Test
    void a_button_click_without_an_event_id_is_answered_once_by_its_message() {
        StateStores a = replica().stores();
        StateStores b = replica().stores();
        Arrival click = new Arrival(null, "C1:clarify-7.7", "U1", "C1:1.0", false, false);
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, a.admissions().admit(click));
        assertEquals(Admission.REPEATED_MESSAGE, b.admissions().admit(click));
        assertEquals(Admission.REPEATED_MESSAGE, a.admissions().admit(click));
    }

    @Test
    void a_late_reply_is_settled_by_running_the_script_again_not_guessed_nor_counted_twice() throws Exception {
        Settings slow = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
                Map.of("THESISBOT_STATE_REDIS_TIMEOUT_MS", "200"));
        StateStores a = replica(slow).stores();
        StateStores b = replica(slow).stores();
        for (int round = 0; round < 3; round++) {
            Arrival arrival = mention("Ev-late-" + round, round + ".0", "U" + round);
            // Redis stops answering for 300 ms: both first attempts time out at 200 ms, the second ones are answered
            CompletableFuture<String> sleep = CompletableFuture.supplyAsync(() -> redis.command("DEBUG SLEEP 0.3"));
            Thread.sleep(20);
            CompletableFuture<Admission> ca = CompletableFuture.supplyAsync(() -> a.admissions().admit(arrival));
            CompletableFuture<Admission> cb = CompletableFuture.supplyAsync(() -> b.admissions().admit(arrival));
            assertEquals("+OK", sleep.get());
            List<Admission> outcomes = List.of(ca.get(), cb.get());
            assertTrue(outcomes.contains(Admission.ANSWER_FIRST_IN_THREAD) && outcomes.contains(Admission.REPEATED_EVENT),
                    "exactly one replica answers: " + outcomes);
            assertEquals(":1", redis.command("ZCARD thesisbot:rate:U" + round), "counted once");
        }
        assertTrue(telemetry.count(Redis.ERRORS, "op", "admit", "kind", "timeout") >= 2, telemetry.toString());
        assertTrue(telemetry.count(Redis.SETTLED, "op", "admit") >= 2, telemetry.toString());
        assertEquals(0, telemetry.count(Redis.FALLBACKS, "store", "events"), "nothing was decided locally");
    }

    @Test
    void with_redis_killed_questions_are_admitted_from_local_state_then_in_redis_again() {
        StateBackend backend = replica();
        StateStores s = backend.stores();
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev-before", "1.0", "U1")));
        String logs;
        try (LogCapture log = new LogCapture()) {
            redis.kill();
            assertEquals(Admission.REPEATED_EVENT, s.admissions().admit(mention("Ev-before", "1.0", "U1")),
                    "a retry of an event this replica took is still a repeat");
            assertEquals(Admission.ANSWER, s.admissions().admit(new Arrival("Ev-during", "C1:1.5", "U2", "C1:1.0", true, false)),
                    "a follow-up in the thread this replica answered in");
            assertEquals(Admission.REPEATED_EVENT, s.admissions().admit(new Arrival("Ev-during", "C1:1.5", "U2", "C1:1.0", true, false)));
            assertEquals(Admission.REPEATED_MESSAGE, s.admissions().admit(new Arrival("Ev-twin", "C1:1.5", "U2", "C1:1.0", true, false)));
            assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev-d2", "2.0", "U2")));
            assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev-d3", "3.0", "U2")));
            assertEquals(Admission.RATE_LIMITED, s.admissions().admit(mention("Ev-d4", "4.0", "U2")),
                    "the limit holds on local state too");
            for (int i = 0; i < 50; i++) {
                s.admissions().admit(mention("Ev-more-" + i, "9." + i, "U" + (10 + i)));
            }
            assertTrue(backend.health().degraded());
            logs = log.text();
        }
        for (String store : List.of("events", "messages", "rates", "replied_threads")) {
            assertTrue(telemetry.count(Redis.FALLBACKS, "store", store) > 0, store + ": " + telemetry);
        }
        long warnings = logs.lines().filter(l -> l.startsWith("WARN org.thesisbot.state.Redis")).count();
        assertEquals(1, warnings, "one warning, not one per call:\n" + logs);

        redis.start();
        RedisStateTest.await(() -> !backend.health().degraded(), "reconnects by itself");
        assertEquals(Admission.ANSWER, s.admissions().admit(new Arrival("Ev-after", "C1:1.7", "U3", "C1:1.0", true, false)),
                "the thread's mark is still known here; the empty Redis does not forget it");
        assertTrue(redis.command("GET thesisbot:event:Ev-after").startsWith("{\"v\":1"), "written to Redis again");
    }

    @Test
    void a_hung_redis_costs_a_few_bounded_waits_then_questions_are_admitted_locally_at_once() {
        StateBackend backend = replica();
        StateStores s = backend.stores();
        redis.pause();
        try {
            long t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                assertEquals(Admission.ANSWER_FIRST_IN_THREAD, s.admissions().admit(mention("Ev-hung-" + i, i + ".0", "U" + i)));
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            long waited = telemetry.count(Redis.ERRORS, "op", "admit", "kind", "timeout");
            // each wait is 50 ms plus the 1 s settle (two timeouts counted); then Redis is left alone for a back-off
            assertTrue(waited >= 2 && waited <= 24, "questions that waited for the hung Redis: " + waited + " " + telemetry);
            assertTrue(ms < 20_000, "200 questions took " + ms + " ms against a hung Redis");
            assertTrue(telemetry.count(Redis.FALLBACKS, "store", "events") >= 150, telemetry.toString());
            assertTrue(backend.health().degraded());
        } finally {
            redis.resume();
        }
        RedisStateTest.await(() -> !backend.health().degraded(), "recovers once Redis answers again");
        assertEquals(Admission.REPEATED_EVENT, s.admissions().admit(mention("Ev-hung-7", "7.0", "U7")),
                "decided here while Redis hung, still a repeat");
    }

    private void assertTtlMinutes(String key, long minutes) {
        long ms = Long.parseLong(redis.command("PTTL " + key).substring(1));
        long expected = Duration.ofMinutes(minutes).toMillis();
        assertTrue(ms > expected - 10_000 && ms <= expected, key + " expires in " + ms + " ms, expected " + expected);
    }

    @Test
    void a_state_saved_here_reaches_redis_when_it_is_shared_as_one_plain_write() {
        StateStores a = replica(patient).stores();
        StateStores b = replica(patient).stores();
        ThreadState next = state(Metric.IRR, Instant.parse("2026-12-01T10:00:00Z"));
        RedisMonitor monitor = monitor();
        monitor.ran();

        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, a.admissions().start(
                new Arrival("Ev1", "C1:1.0", "U1", "C1:1.0", false, false, true)).outcome());
        assertTrue(a.threads().load("C1:1.0").isEmpty(), "a new thread");
        ThreadStore.Share share = a.threads().saveHere("C1:1.0", next);
        assertEquals(next, a.threads().peek("C1:1.0").orElseThrow(), "this replica's own copy, at once");
        assertEquals(List.of("evalsha " + RedisAdmissions.ADMIT.sha1()),
                monitor.ran().stream().filter(c -> !c.script()).map(c -> c.name() + " " + c.key()).toList(),
                "until it is shared, the question's only command is its admission");
        assertTrue(b.threads().load("C1:1.0").isEmpty(), "another replica finds nothing yet");
        monitor.ran();

        share.send();   // the answer is posted
        List<RedisMonitor.Command> seen = new ArrayList<>();
        monitor.await(c -> c.name().equals("set"), seen, "the state's write");
        assertEquals(List.of("set thesisbot:thread:C1:1.0"), seen.stream().map(c -> c.name() + " " + c.key()).toList(),
                "one plain SET, no script");
        assertEquals(StateJson.threadState(next), redis.command("GET thesisbot:thread:C1:1.0"));
        assertEquals(next, b.threads().load("C1:1.0").orElseThrow(), "and another replica finds it");
        assertEquals(0, telemetry.count(Redis.FALLBACKS, "store", "threads"));
    }

    @Test
    void a_state_saved_here_while_redis_is_down_is_kept_here_and_its_share_counted_once() {
        StateStores s = replica(patient).stores();
        ThreadState next = state(Metric.IRR, Instant.parse("2026-12-01T10:00:00Z"));
        redis.kill();
        ThreadStore.Share share = s.threads().saveHere("C1:1.0", next);
        share.send();
        RedisStateTest.await(() -> telemetry.count(Redis.FALLBACKS, "store", "threads") == 1, "the write's fallback counted");
        assertEquals(next, s.threads().peek("C1:1.0").orElseThrow(), "the replica keeps the turn");
    }

    /** The caches' upkeep, watched: each maintenance run counted (and run at once), each expiry timer set counted. */
    private static final class Upkeep {
        final AtomicInteger runs = new AtomicInteger();
        final AtomicInteger timers = new AtomicInteger();
        final LocalCaches caches = LocalCaches.of(Clock.systemUTC(), r -> {
            runs.incrementAndGet();
            r.run();
        }, (executor, command, delay, unit) -> {
            timers.incrementAndGet();
            return new CompletableFuture<Void>();
        });

        void reset() {
            runs.set(0);
            timers.set(0);
        }
    }

    /**
     * One question opening its thread, as the Slack intake and the assistant drive the state: the admission sent, the
     * answer drafted meanwhile, the decision, the keep (the state loaded, and saved here), the post, then the state
     * shared. With Redis, Redis holds its reply until the draft is done (the usual order when idle).
     */
    private void answerNewThread(StateStores s, String event, String ts, boolean holdRedis) {
        Arrival a = new Arrival(event, "C1:" + ts, "U-" + event, "C1:" + ts, false, false, true);
        ThreadState next = state(Metric.STAKE, Instant.parse("2026-12-01T10:00:00Z"));
        if (holdRedis) {
            redis.pause();
        }
        Admissions.Pending pending = s.admissions().start(a);
        if (holdRedis) {
            redis.resume();
        }
        assertEquals(Admission.ANSWER_FIRST_IN_THREAD, pending.outcome());
        assertTrue(s.threads().load(a.thread()).isEmpty(), "a new thread");
        ThreadStore.Share share = s.threads().saveHere(a.thread(), next);
        assertEquals(next, s.threads().peek(a.thread()).orElseThrow());
        share.send();
    }

    @Test
    void an_answered_mention_sets_no_expiry_timer_and_costs_the_cache_upkeep_no_more_than_in_memory() {
        Upkeep inMemory = new Upkeep();
        StateStores memory = InMemoryState.create(StateBudget.of(patient), inMemory.caches, StateHealth.LOCAL);
        Upkeep shared = new Upkeep();
        Redis connection = new Redis(RedisUrl.parse(redis.url(), Duration.ofSeconds(5)), telemetry,
                List.of(RedisAdmissions.ADMIT));
        open.add(connection);
        StateStores withRedis = StateBackend.shared(StateBudget.of(patient), shared.caches, connection, "thesisbot:",
                Clock.systemUTC(), telemetry);
        // the first question opens every cache and sets each one's first expiry timer: counted from the second on
        answerNewThread(memory, "Ev1", "1.0", false);
        answerNewThread(withRedis, "Ev1", "1.0", true);
        inMemory.reset();
        shared.reset();
        answerNewThread(memory, "Ev2", "2.0", false);
        answerNewThread(withRedis, "Ev2", "2.0", true);

        // with the state read ahead and the admission in flight (no longer kept) held in expiring caches, each question set their two
        // timers again (they empty between questions) and gave the maintenance 8 runs against 5 in memory: other threads
        // woken on the replica's core between the admission's reply and the answer's post (now 4 runs, no timer)
        assertEquals(0, inMemory.timers.get(), "in memory");
        assertEquals(0, shared.timers.get(), "with Redis: no expiry timer set for one question");
        assertTrue(shared.runs.get() <= inMemory.runs.get(), "cache upkeep for one question: with Redis " + shared.runs
                + " runs, in memory " + inMemory.runs);
    }

    private static ThreadState state(Metric metric, Instant updated) {
        return new ThreadState(Map.of(InputId.HOLDING_YEARS, new BigDecimal("4")), List.of("bull"), List.of(metric), null,
                Route.NUMERIC, 1, updated);
    }
}
