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
 * the real Slack app and the real brain answer signed events: one round trip (the admission script, which also reads
 * the thread's state for the worker; it is sent before the ack and waited for only once the answer is drafted,
 * when it can be), and the thread's new state written without waiting for it: sent behind the script when the answer
 * was drafted before the script's reply came, else once admitted), and the thread's new state written after the answer without waiting for it.
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
    void an_answered_mention_is_one_round_trip_and_one_write_after_the_answer() {
        String root = h.fixtures().nextTs();
        String threadKey = "thesisbot:thread:" + CHANNEL + ":" + root;
        monitor.sent();

        ObjectNode mention = h.fixtures().appMention(ALICE, CHANNEL, "<@U0BOT> what stake would $50B buy at $830B?", root, null);
        assertEquals(200, h.events().event(mention).statusCode());
        ApiCall answer = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        contains(answer.jsonText("blocks"), "6.02%");
        assertOneOf(afterTheAnswer(threadKey), List.of("evalsha", "keep " + threadKey), List.of("evalsha", "set " + threadKey),
                "the admission script, then the thread's state: sent behind it (the answer was drafted before the "
                        + "script's reply came) or written once admitted, without waiting");

        // the same message as message.channels, and Slack's retry of the mention: no answer, and no round trip
        h.events().event(h.fixtures().message(ALICE, CHANNEL, "channel", "<@U0BOT> what stake would $50B buy at $830B?",
                root, null));
        h.events().event(mention, h.events().signedNow().retry(1, "http_timeout"));
        assertEquals(List.of(), names(monitor.sent()));

        // a follow-up without a mention: the script checks the thread's mark and reads its state in the same trip
        h.events().event(h.fixtures().message(BOB, CHANNEL, "channel", "what if it's a $1T post-money?", h.fixtures().nextTs(), root));
        ApiCall followUp = h.slack().awaitCalls("chat.postMessage", 2).get(1);
        contains(followUp.jsonText("blocks"), "$50B / $1T = 5%");
        assertOneOf(afterTheAnswer(threadKey), List.of("evalsha", "keep " + threadKey), List.of("evalsha", "set " + threadKey),
                "the same for a follow-up");
        assertEquals(2, h.slack().calls("chat.postMessage").size(), "one reply per question");
    }

    /** Client commands until the thread's state is written (it is sent without waiting). */
    private List<String> afterTheAnswer(String threadKey) {
        List<Command> seen = new ArrayList<>(monitor.sent());
        monitor.await(c -> name(c).equals("set " + threadKey) || name(c).equals("keep " + threadKey), seen,
                "write of " + threadKey);
        seen.addAll(monitor.sent());
        return names(seen);
    }

    private static void assertOneOf(List<String> actual, List<String> one, List<String> other, String why) {
        if (!actual.equals(one) && !actual.equals(other)) {
            assertEquals(one, actual, why + " (or " + other + ")");
        }
    }

    private static List<String> names(List<Command> commands) {
        return commands.stream().map(SlackRedisRoundTripsTest::name).toList();
    }

    /** {@code set KEY}; {@code keep KEY} for the script that writes a draft's state (2 keys, the thread's second). */
    private static String name(Command c) {
        if (c.name().equals("set")) {
            return "set " + c.key();
        }
        if (c.name().equals("evalsha") && c.args().size() > 3 && c.args().get(1).equals("2")) {
            return "keep " + c.args().get(3);
        }
        return c.name();
    }
}
