package org.thesisbot.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.FakeSlackWebApi;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.slack.testkit.SlackHarness;

/**
 * Issue 10, item 15: with a non-UTF-8 default charset (LC_ALL=C, -Dfile.encoding=US-ASCII) an event with
 * "café 🚀" got 401, because Bolt's signature check hashed the default-charset bytes, and Slack retried it
 * forever. Now the bot reads, verifies, answers and prints UTF-8 whatever the JVM's default.
 */
class DefaultCharsetTest {

    @Test
    void a_us_ascii_jvm_verifies_and_answers_non_ascii_slack_messages_and_prints_utf8() throws Exception {
        try (FakeSlackWebApi slack = new FakeSlackWebApi();
             BotProcess bot = new BotProcess().jvm("-Dfile.encoding=US-ASCII").env("LC_ALL", "C").env("LANG", "C")
                     .env("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN).env("SLACK_SIGNING_SECRET", SlackHarness.SIGNING_SECRET)
                     .env("SLACK_API_URL", slack.apiUrl()).env("THESISBOT_API_TOKEN", "charset-test-token").start()) {
            SlackEventsClient events = new SlackEventsClient(URI.create(bot.url("/slack/events")), SlackHarness.SIGNING_SECRET);
            SlackFixtures f = new SlackFixtures();
            String ts = f.nextTs();
            assertEquals(200, events.event(f.appMention("U0CAFE", "C0CAFE", "café 🚀 what stake would $50B buy at $830B?",
                    ts, null)).statusCode(), bot.output());
            ApiCall reply = slack.awaitCalls("chat.postMessage", 1).get(0);
            assertEquals(ts, reply.param("thread_ts"));
            assertTrue(reply.jsonText("blocks").contains("6.02%"), reply.jsonText("blocks"));

            // a slash command with typographic characters, and an interaction, take the same path
            assertEquals(200, events.command(f.slashCommand("/scenario", "U0CAFE", "C0CAFE", "what’s the stake at €-free $1T — café?",
                    slack.responseUrl("r1"))).statusCode());
            assertTrue(!bot.output().contains("Refused a Slack request"), bot.output());

            // the CLI prints "×" and "—" as UTF-8, not "?"
            String cli = bot.cli("command", "stake_value");
            assertTrue(cli.contains("×"), cli);
        }
    }

    @Test
    void the_same_jvm_refuses_a_wrong_signature_on_non_ascii_text() throws Exception {
        try (FakeSlackWebApi slack = new FakeSlackWebApi();
             BotProcess bot = new BotProcess().jvm("-Dfile.encoding=US-ASCII").env("LC_ALL", "C")
                     .env("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN).env("SLACK_SIGNING_SECRET", SlackHarness.SIGNING_SECRET)
                     .env("SLACK_API_URL", slack.apiUrl()).env("THESISBOT_API_TOKEN", "charset-test-token").start()) {
            SlackEventsClient events = new SlackEventsClient(URI.create(bot.url("/slack/events")), SlackHarness.SIGNING_SECRET);
            SlackFixtures f = new SlackFixtures();
            assertEquals(401, events.event(f.appMention("U0CAFE", "C0CAFE", "café 🚀", f.nextTs(), null),
                    events.signedNow().signedWith("another-secret")).statusCode());
            assertEquals(List.of(), slack.calls());
        }
    }
}
