package org.thesisbot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.thesisbot.slack.testkit.FakeSlackWebApi;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.state.RedisServer;

/**
 * Two thesisbot processes from the packaged jar, one Redis, one fake Slack Web API: what a zero-downtime
 * deployment behind one URL looks like. Slack delivers each event to one replica and its retry to the other;
 * a thread moves between replicas; a replica restarts mid-conversation; Redis dies mid-run.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {
    private static final String SECRET = "it-signing-secret-3a7c0e9b51";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHANNEL = SlackFixtures.CHANNEL;
    private static final String ALICE = SlackFixtures.ALICE;

    private static RedisServer redis;
    private static FakeSlackWebApi slack;
    private static Replica a;
    private static Replica b;
    private static Path tmp;
    private static final SlackFixtures fixtures = new SlackFixtures();   // one sequence of ids and ts for the whole class

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Replica.jarBuilt(), "target/thesisbot.jar is not built (run mvn verify)");
        redis = RedisServer.startOrSkip();
        slack = new FakeSlackWebApi();
        tmp = Files.createTempDirectory("thesisbot-replicas-");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SLACK_BOT_TOKEN", "xoxb-0000-it-bot-token");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("THESISBOT_REDIS_URL", redis.url());
        env.put("THESISBOT_GROUNDING_EMBEDDINGS", "false");
        env.put("THESISBOT_GROUNDING_CACHE_DIR", tmp.resolve("cache").toString());
        env.put("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "1000");
        a = new Replica("replica-a", env, tmp);
        b = new Replica("replica-b", env, tmp);
        CompletableFuture<Replica> startA = CompletableFuture.supplyAsync(a::start);
        b.start();
        startA.join();
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {a, b, slack, redis}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing the rest matters more
            }
        }
    }

    @Test
    @Order(1)
    void each_event_and_its_retry_on_the_other_replica_get_exactly_one_reply() {
        List<String> roots = new ArrayList<>();
        List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String ts = fixtures.nextTs();
            roots.add(ts);
            ObjectNode event = fixtures.appMention("U0USER" + i, CHANNEL, "what stake would $50B buy at $830B?", ts, null);
            Replica first = i % 2 == 0 ? a : b;
            Replica second = i % 2 == 0 ? b : a;
            // the original and Slack's retry race each other on the two replicas
            sends.add(CompletableFuture.supplyAsync(() -> client(first).event(event)));
            sends.add(CompletableFuture.supplyAsync(() -> {
                SlackEventsClient c = client(second);
                return c.event(event, c.signedNow().retry(1, "http_timeout"));
            }));
        }
        sends.forEach(s -> assertEquals(200, s.join().statusCode()));
        for (String ts : roots) {
            awaitReplies(ts, 1);
        }
        pause(Duration.ofSeconds(2));   // time for a duplicate to show up, if there were one
        for (String ts : roots) {
            assertEquals(1, replies(ts).size(), "replies to " + ts);
        }
    }

    @Test
    @Order(2)
    void a_follow_up_on_the_other_replica_keeps_the_thread_context() {
        String root = fixtures.nextTs();
        client(a).event(fixtures.appMention(ALICE, CHANNEL, "what stake would $50B buy at $830B?", root, null));
        contains(awaitReplies(root, 1).get(0).jsonText("blocks"), "6.02%");
        awaitShared(root, 1);

        // no mention: only a replica that knows the bot answered this thread takes it
        client(b).event(fixtures.message(ALICE, CHANNEL, "channel", "what if it's a $1T post-money?", fixtures.nextTs(), root));
        contains(awaitReplies(root, 2).get(1).jsonText("blocks"), "$50B / $1T = 5%");
        awaitShared(root, 2);

        client(a).event(fixtures.message(ALICE, CHANNEL, "channel", "and in the bull case?", fixtures.nextTs(), root));
        contains(awaitReplies(root, 3).get(2).jsonText("blocks"), "5%", "bull");
    }

    @Test
    @Order(3)
    void a_replica_restarted_mid_conversation_keeps_the_context() {
        String root = fixtures.nextTs();
        client(a).event(fixtures.appMention(ALICE, CHANNEL, "what's the IRR over 4 years if OpenAI is worth $1.5T?", root, null));
        String first = awaitReplies(root, 1).get(0).jsonText("blocks");
        contains(first, "IRR");

        a.restart();   // SIGTERM, then a fresh JVM on the same port: nothing of the thread is left in its memory

        client(a).event(fixtures.message(ALICE, CHANNEL, "channel", "and over 7 years?", fixtures.nextTs(), root));
        String second = awaitReplies(root, 2).get(1).jsonText("blocks");
        contains(second, "IRR", "7");
        assertTrue(second.contains("1.5T") || second.contains("1,500") || second.contains("$1500B")
                || second.contains("1.5 trillion"), "the $1.5T exit from before the restart still holds: " + second);
    }

    @Test
    @Order(4)
    void a_share_click_on_the_other_replica_posts_the_answer_the_user_saw() throws Exception {
        HttpResponse<String> ack = client(a).command(fixtures.slashCommand("/scenario", ALICE, CHANNEL,
                "stake post_money_valuation=1T", slack.responseUrl("share-1")));
        assertEquals(200, ack.statusCode(), ack.body());
        JsonNode body = JSON.readTree(ack.body());
        String shareValue = shareValue(body.get("blocks"));
        String answerId = shareValue.substring(0, shareValue.indexOf('|'));
        assertTrue(answerId.startsWith("q-"), shareValue);

        int before = slack.calls("chat.postMessage").size();
        client(b).interaction(fixtures.blockAction("share_answer", "button", shareValue, ALICE, CHANNEL,
                slack.responseUrl("share-2"), true));
        ApiCall post = slack.await(c -> c.method().equals("chat.postMessage") && CHANNEL.equals(c.param("channel"))
                && c.jsonText("blocks") != null && c.jsonText("blocks").contains("shared"), 1, "the shared answer")
                .get(0);
        assertTrue(slack.calls("chat.postMessage").size() > before);
        contains(post.jsonText("blocks"), "5%", answerId);
    }

    @Test
    @Order(5)
    void killing_redis_mid_run_loses_no_answer_and_both_replicas_recover_by_themselves() {
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i == 15) {
                redis.kill();
            }
            if (i == 30) {
                assertReady(a, "degraded");
                assertReady(b, "degraded");
                String metrics = a.get("/metrics").body();
                contains(metrics, "thesisbot_state_redis_up 0.0");
                assertTrue(metrics.lines().anyMatch(l -> l.startsWith("thesisbot_state_fallbacks_total{store=\"events\"}")
                        && !l.endsWith(" 0.0")), "fallbacks counted: " + metrics.lines()
                        .filter(l -> l.startsWith("thesisbot_state")).toList());
            }
            String ts = fixtures.nextTs();
            roots.add(ts);
            Replica r = i % 2 == 0 ? a : b;
            assertEquals(200, client(r).event(fixtures.appMention("U0KILL" + i, CHANNEL, "what stake would $50B buy at $830B?",
                    ts, null)).statusCode());
            pause(Duration.ofMillis(50));
        }
        for (String ts : roots) {
            contains(awaitReplies(ts, 1).get(0).jsonText("blocks"), "6.02%");
        }

        redis.start();
        await(() -> status(a).contains("\"ready\"") && status(b).contains("\"ready\""), "both replicas use Redis again");
        contains(a.get("/metrics").body(), "thesisbot_state_redis_up 1.0");
        String root = fixtures.nextTs();
        client(b).event(fixtures.appMention(ALICE, CHANNEL, "what stake would $50B buy at $830B?", root, null));
        awaitReplies(root, 1);
        client(a).event(fixtures.message(ALICE, CHANNEL, "channel", "what if it's a $1T post-money?", fixtures.nextTs(), root));
        contains(awaitReplies(root, 2).get(1).jsonText("blocks"), "$50B / $1T = 5%");
        for (String ts : roots) {
            assertEquals(1, replies(ts).size(), "replies to " + ts);
        }
    }

    private static void assertReady(Replica r, String status) {
        HttpResponse<String> ready = r.get("/ready");
        assertEquals(200, ready.statusCode(), "degraded is still ready: " + ready.body());
        assertTrue(ready.body().contains("\"status\":\"" + status + "\""), ready.body());
        if (status.equals("degraded")) {
            contains(ready.body(), "DEGRADED", "Redis at redis://127.0.0.1:" + redis.port());
        }
    }

    private static String status(Replica r) {
        HttpResponse<String> ready = r.get("/ready");
        return ready == null ? "" : ready.body();
    }

    private static SlackEventsClient client(Replica r) {
        return new SlackEventsClient(r.events(), SECRET);
    }

    private static List<ApiCall> replies(String threadTs) {
        return slack.calls("chat.postMessage").stream().filter(c -> threadTs.equals(c.param("thread_ts"))).toList();
    }

    private static List<ApiCall> awaitReplies(String threadTs, int n) {
        await(() -> replies(threadTs).size() >= n, n + " replies in thread " + threadTs);
        return replies(threadTs);
    }

    /**
     * Waits until the thread's state in Redis has {@code turns} turns. A replica shares a drafted answer's state right
     * after its post returns (sent, not waited for): a person sees the answer before following up on it, but this test,
     * which follows up the moment the fake Slack receives the post, could otherwise overtake that write by a few
     * hundred microseconds.
     */
    private static void awaitShared(String root, int turns) {
        await(() -> {
            String state = redis.command("GET thesisbot:thread:" + CHANNEL + ":" + root);
            return state != null && state.contains("\"turns\":" + turns + ",");
        }, "turn " + turns + " of thread " + root + " in Redis");
    }

    private static String shareValue(JsonNode blocks) {
        Matcher m = Pattern.compile("\"action_id\":\"share_answer\"[^}]*\"value\":\"([^\"]+)\"|\"value\":\"([^\"]+)\"[^}]*\"action_id\":\"share_answer\"")
                .matcher(blocks.toString());
        if (!m.find()) {
            throw new AssertionError("no share button in " + blocks);
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "\n--- replica-a log tail ---\n"
                        + tail(a) + "\n--- replica-b log tail ---\n" + tail(b));
            }
            pause(Duration.ofMillis(50));
        }
    }

    private static String tail(Replica r) {
        List<String> lines = r.logText().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
