package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.BOB;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.RecordingTelemetry;
import org.thesisbot.slack.testkit.SlackHarness;
import org.thesisbot.state.RedisMonitor;
import org.thesisbot.state.RedisServer;
import org.thesisbot.state.StateBackend;

/**
 * Follow-ups (thread replies without a mention, mentions inside a thread) are answered while their Redis admission is
 * out: two replicas in this JVM, each the real Slack app and the real brain on its own Redis-backed state, sharing the
 * test's own redis-server and one fake Slack Web API. The admission is held back for real by pausing Redis (SIGSTOP).
 */
class SlackFollowUpDraftRedisTest {
    private static final String FIRST = "<@U0BOT> what stake would $50B buy at $830B?";
    private static final String ROOT_KEY_PREFIX = "thesisbot:thread:" + CHANNEL + ":";

    private RedisServer redis;
    private Replica a;
    private Replica b;
    private AutoCloseable open;

    /** One replica: its state backend, brain (drafts counted) and Slack app. */
    private record Replica(StateBackend backend, SlackHarness h, Semaphore drafted, RecordingTelemetry brainTelemetry)
            implements AutoCloseable {
        static Replica start(RedisServer redis, String slackApiUrl) {
            // a generous command timeout: the test pauses Redis for a moment and wants the script's reply, not a fallback
            Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
                    Map.of("THESISBOT_STATE_REDIS_TIMEOUT_MS", "5000"));
            RecordingTelemetry telemetry = new RecordingTelemetry();
            StateBackend backend = StateBackend.open(settings, redis.url(), Clock.systemUTC(), telemetry);
            Thesisbot bot = Thesisbot.build(Path.of("").toAbsolutePath(), settings, Secrets.fromEnv(Map.of()), telemetry,
                    Clock.systemUTC(), backend.stores().threads());
            Semaphore drafted = new Semaphore(0);
            SlackHarness.Builder builder = SlackHarness.builder(new DraftCounting(bot.assistant(), drafted)).state(backend.stores());
            if (slackApiUrl != null) {
                builder.apiUrl(slackApiUrl);
            }
            return new Replica(backend, builder.start(), drafted, telemetry);
        }

        @Override
        public void close() {
            h.close();
            backend.close();
        }
    }

    @BeforeEach
    void start() {
        redis = RedisServer.startOrSkip();
        a = Replica.start(redis, null);
        b = Replica.start(redis, a.h().slack().apiUrl());   // both replicas post to one fake Slack
    }

    @AfterEach
    void stop() {
        if (redis != null) {
            redis.resume();
        }
        for (AutoCloseable c : new AutoCloseable[] {open, b, a, redis}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }

    @Test
    void a_follow_up_is_computed_while_redis_holds_its_admission_and_posted_once_after() throws Exception {
        String root = answeredMention(a);
        String followUpTs = a.h().fixtures().nextTs();
        ObjectNode followUp = a.h().fixtures().message(BOB, CHANNEL, "channel", "what if it's a $1T post-money?",
                followUpTs, root);
        RedisMonitor monitor = new RedisMonitor(redis);
        open = monitor;
        monitor.sent();

        redis.pause();
        long t0 = System.nanoTime();
        assertEquals(200, a.h().events().event(followUp).statusCode(), "acked while Redis holds the admission");
        assertTrue(System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2), "the ack did not wait for Redis");
        assertTrue(a.drafted().tryAcquire(20, TimeUnit.SECONDS), "the follow-up was computed while Redis was paused");
        Thread.sleep(300);
        assertEquals(1, posts(), "nothing posted before the admission decides");
        assertEquals(1, a.backend().stores().threads().peek(CHANNEL + ":" + root).orElseThrow().turns(),
                "no thread state written before the admission decides");

        redis.resume();
        ApiCall reply = a.h().slack().awaitCalls("chat.postMessage", 2).get(1);
        contains(reply.jsonText("blocks"), "$50B / $1T = 5%");   // the thread's $50B, with the new post-money
        assertEquals(root, reply.param("thread_ts"));

        awaitIdle(a);   // A is done with the follow-up: posted, then its state shared

        // Slack's retry of the follow-up, to the other replica: no second reply, and the shared state has two turns
        b.h().events().event(followUp, b.h().events().signedNow().retry(1, "http_timeout"));
        awaitIdle(a, b);
        assertEquals(2, posts(), "exactly one reply to the follow-up");
        List<String> sent = monitor.sent().stream().map(c -> c.name() + " " + c.args().get(c.name().equals("evalsha") ? 1 : 0))
                .toList();
        assertEquals(List.of("evalsha 5", "set " + ROOT_KEY_PREFIX + root, "evalsha 5"), sent,
                "the admission (5 keys), the thread's state once posted, the retry's admission on B: " + sent);
        contains(redis.command("GET " + ROOT_KEY_PREFIX + root), "\"turns\":2");
        assertEquals(0, a.brainTelemetry().count("thesisbot.drafts.redone"), "the draft's state was the shared one");
    }

    @Test
    void a_follow_up_drafted_from_an_older_local_copy_is_answered_from_the_newer_shared_state() throws Exception {
        String root = answeredMention(a);   // A holds the thread's first turn

        // the second turn on B, which holds nothing for the thread: it waits for the state the admission reads
        b.h().events().event(a.h().fixtures().message(BOB, CHANNEL, "channel", "what if it's a $1T post-money?",
                a.h().fixtures().nextTs(), root));
        contains(a.h().slack().awaitCalls("chat.postMessage", 2).get(1).jsonText("blocks"), "$50B / $1T = 5%");
        assertEquals(0, b.drafted().availablePermits(), "B had no state to draft from");
        awaitIdle(a, b);

        // the third on A, whose own copy is still the first turn: drafted from it, then computed again from Redis'
        ObjectNode third = a.h().fixtures().appMention(ALICE, CHANNEL, "<@U0BOT> and with a $40B check?",
                a.h().fixtures().nextTs(), root);
        a.h().events().event(third);
        ApiCall reply = a.h().slack().awaitCalls("chat.postMessage", 3).get(2);
        contains(reply.jsonText("blocks"), "$40B / $1T = 4%");   // the $1T of the second turn, not the $830B of the first
        assertEquals(1, a.drafted().availablePermits(), "A drafted the third turn from its own copy");
        assertEquals(1, a.brainTelemetry().count("thesisbot.drafts.redone"), "and computed it again from the newer one");

        // the mention's retry on B, and its message.channels copy on A: nothing more
        b.h().events().event(third, b.h().events().signedNow().retry(1, "http_timeout"));
        awaitIdle(a, b);
        assertEquals(3, posts(), "one reply per question");
        contains(redis.command("GET " + ROOT_KEY_PREFIX + root), "\"turns\":3");
    }

    @Test
    void with_redis_gone_a_follow_up_is_answered_from_the_replica_s_own_state() throws Exception {
        String root = answeredMention(a);
        redis.kill();

        a.h().events().event(a.h().fixtures().message(BOB, CHANNEL, "channel", "what if it's a $1T post-money?",
                a.h().fixtures().nextTs(), root));
        contains(a.h().slack().awaitCalls("chat.postMessage", 2).get(1).jsonText("blocks"), "$50B / $1T = 5%");
        awaitIdle(a, b);
        assertEquals(2, posts());
    }

    @Test
    void redis_stopped_under_a_drafted_follow_up_counts_the_thread_s_write_once() throws Exception {
        String root = answeredMention(a);
        redis.pause();   // the admission goes out and gets no reply
        assertEquals(200, a.h().events().event(a.h().fixtures().message(BOB, CHANNEL, "channel",
                "what if it's a $1T post-money?", a.h().fixtures().nextTs(), root)).statusCode());
        assertTrue(a.drafted().tryAcquire(20, TimeUnit.SECONDS), "drafted while the admission is out");
        redis.kill();    // stopped mid-question: the admission is not answered, and the state's write finds Redis gone

        contains(a.h().slack().awaitCalls("chat.postMessage", 2).get(1).jsonText("blocks"), "$50B / $1T = 5%");
        awaitIdle(a, b);
        RecordingTelemetry t = a.brainTelemetry();
        for (String store : List.of("events", "messages", "rates", "replied_threads")) {
            assertEquals(1, t.count("thesisbot.state.fallbacks", "store", store), store + ": " + t);
        }
        // the thread's state read once (the admission that would have read it fell back) and written once, after the
        // post. The write is not waited for: when it went out on a connection not yet known to be gone, its fault (and
        // so its fallback) is counted when the connection's reply comes due, up to a second after the post.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.count("thesisbot.state.fallbacks", "store", "threads") < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertEquals(2, t.count("thesisbot.state.fallbacks", "store", "threads"), t.toString());
        assertEquals(2, a.backend().stores().threads().peek(CHANNEL + ":" + root).orElseThrow().turns(),
                "this replica keeps the turn");
    }

    /**
     * A mention that opens a thread, answered by {@code r}; returns its ts once its state is in Redis (written right
     * after the post; a missing key reads "$-1", not null).
     */
    private String answeredMention(Replica r) throws InterruptedException {
        String root = r.h().fixtures().nextTs();
        r.h().events().event(r.h().fixtures().appMention(ALICE, CHANNEL, FIRST, root, null));
        contains(r.h().slack().awaitCalls("chat.postMessage", 1).get(0).jsonText("blocks"), "6.02%");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!String.valueOf(redis.command("GET " + ROOT_KEY_PREFIX + root)).startsWith("{")
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        r.drafted().drainPermits();
        return root;
    }

    private int posts() {
        return a.h().slack().calls("chat.postMessage").size();
    }

    private static void awaitIdle(Replica... replicas) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        for (Replica r : replicas) {
            while (!r.h().module().idle() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(r.h().module().idle(), "every job finished");
        }
        assertFalse(System.nanoTime() > deadline);
    }
}
