package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.BOB;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackHarness;
import org.thesisbot.state.RedisMonitor;
import org.thesisbot.state.RedisMonitor.Command;
import org.thesisbot.state.RedisServer;
import org.thesisbot.state.StateBackend;

/**
 * What one answered Slack mention costs in Redis, counted with {@code MONITOR} on the test's own redis-server while
 * the real Slack app and the real brain answer signed events, with the fake Slack holding its answer to the post so
 * that what comes before the post and what comes after it are told apart. Before the post: one command, the admission
 * script (sent before the ack, its reply read after the draft), and for a question opening its thread 8 commands run
 * inside it (the dedupe, the rate window, the thread's mark; not the thread's state, which cannot exist yet). After the
 * post: the thread's new state, one plain {@code SET}, sent without waiting.
 */
class SlackRedisRoundTripsTest {
    private RedisServer redis;
    private StateBackend backend;
    private SlackHarness h;
    private RedisMonitor monitor;

    @BeforeEach
    void start() {
        redis = RedisServer.startOrSkip();
        // a generous command timeout: on a busy machine a reply later than the default 50 ms is settled by a second
        // run of the script (by design, tested in RedisAdmissionsTest), which this test would count
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"),
                Map.of("THESISBOT_STATE_REDIS_TIMEOUT_MS", "5000"));
        backend = StateBackend.open(settings, redis.url(), Clock.systemUTC(), Telemetry.NOOP);
        Thesisbot bot = Thesisbot.build(Path.of("").toAbsolutePath(), settings, Secrets.fromEnv(Map.of()), Telemetry.NOOP,
                Clock.systemUTC(), backend.stores().threads());
        h = SlackHarness.builder(bot.assistant()).state(backend.stores()).setting("THESISBOT_SLACK_WORKERS", "1").start();
        monitor = new RedisMonitor(redis);
    }

    @AfterEach
    void stop() {
        for (AutoCloseable c : new AutoCloseable[] {h, monitor, backend, redis}) {
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
    void an_answered_mention_is_one_command_before_its_post_and_one_write_after_it() throws Exception {
        String root = h.fixtures().nextTs();
        String threadKey = "thesisbot:thread:" + CHANNEL + ":" + root;
        monitor.ran();

        CountDownLatch post = h.slack().hold("chat.postMessage");
        ObjectNode mention = h.fixtures().appMention(ALICE, CHANNEL, "<@U0BOT> what stake would $50B buy at $830B?", root, null);
        String event = mention.get("event_id").asText();
        assertEquals(200, h.events().event(mention).statusCode());
        contains(h.slack().awaitCalls("chat.postMessage", 1).get(0).jsonText("blocks"), "6.02%");
        assertEquals(List.of("evalsha admit", "  get thesisbot:event:" + event, "  set thesisbot:message:" + CHANNEL + ":" + root,
                        "  zremrangebyscore thesisbot:rate:" + ALICE, "  zcard thesisbot:rate:" + ALICE,
                        "  zadd thesisbot:rate:" + ALICE, "  pexpire thesisbot:rate:" + ALICE,
                        "  set thesisbot:replied:" + CHANNEL + ":" + root, "  set thesisbot:event:" + event),
                ran(), "while the post waits for Slack: the admission script alone, and no read of a new thread's state");
        post.countDown();
        assertEquals(List.of("set " + threadKey), afterThePost(threadKey), "once posted: the thread's state, one plain SET");

        // the same message as message.channels, and Slack's retry of the mention: no answer, and no command
        h.events().event(h.fixtures().message(ALICE, CHANNEL, "channel", "<@U0BOT> what stake would $50B buy at $830B?",
                root, null));
        h.events().event(mention, h.events().signedNow().retry(1, "http_timeout"));
        assertEquals(List.of(), ran());

        // a follow-up without a mention: the script checks the thread's mark and reads its state in the same trip
        post = h.slack().hold("chat.postMessage");
        h.events().event(h.fixtures().message(BOB, CHANNEL, "channel", "what if it's a $1T post-money?", h.fixtures().nextTs(), root));
        contains(h.slack().awaitCalls("chat.postMessage", 2).get(1).jsonText("blocks"), "$50B / $1T = 5%");
        List<String> followUp = ran();
        assertEquals(List.of("evalsha admit", "  get thesisbot:thread:" + CHANNEL + ":" + root),
                List.of(followUp.get(0), followUp.get(followUp.size() - 1)), followUp.toString());
        assertEquals(10, followUp.size(), "the follow-up's script runs 9 commands, its thread's state read last: " + followUp);
        post.countDown();
        assertEquals(List.of("set " + threadKey), afterThePost(threadKey), "the same for a follow-up");
        assertEquals(2, h.slack().calls("chat.postMessage").size(), "one reply per question");
    }

    /**
     * What Redis ran since the last look, by name and key ({@code evalsha admit}: the admission script, the one with 5
     * keys), the commands a script ran indented under it.
     */
    private List<String> ran() {
        return monitor.ran().stream().map(c -> c.script() ? "  " + c.name() + " " + c.key()
                : c.name().equals("evalsha") && c.args().size() > 1 && c.args().get(1).equals("5") ? "evalsha admit"
                : c.name() + " " + c.key()).toList();
    }

    /** Client commands until the thread's state is written (it is sent without waiting, once the post is answered). */
    private List<String> afterThePost(String threadKey) {
        List<Command> seen = new ArrayList<>(monitor.sent());
        monitor.await(c -> c.name().equals("set") && c.key().equals(threadKey), seen, "write of " + threadKey);
        seen.addAll(monitor.sent());
        return seen.stream().map(c -> c.name() + " " + c.key()).toList();
    }
}
