package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.BOB;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;
import static org.thesisbot.slack.testkit.SlackFixtures.DM;
import static org.thesisbot.slack.testkit.SlackFixtures.OTHER_APP;
import static org.thesisbot.slack.testkit.SlackFixtures.OTHER_BOT;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.FakeSlackWebApi.Scripted;
import org.thesisbot.slack.testkit.ScriptedAssistant;
import org.thesisbot.slack.testkit.SlackHarness;

class SlackReliabilityTest {
    private final ScriptedAssistant assistant = new ScriptedAssistant();

    @Test
    void honours_retry_after_on_a_429_then_delivers_the_reply() {
        try (SlackHarness h = SlackHarness.builder(assistant).start()) {
            h.slack().script("chat.postMessage", Scripted.rateLimited(1));
            String ts = h.fixtures().nextTs();
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", ts, null));

            List<ApiCall> posts = h.slack().awaitCalls("chat.postMessage", 2);
            assertEquals(posts.get(0).params(), posts.get(1).params(), "the same message, retried");
            assertEquals(ts, posts.get(1).param("thread_ts"));
            assertEquals(1, h.telemetry().count("thesisbot.slack.api.ratelimited"));
            assertEquals(0, h.telemetry().count("thesisbot.slack.api.errors", "method", "chat.postMessage"));
            assertEquals(1, assistant.questions().size(), "the brain is not asked again");
        }
    }

    @Test
    void says_busy_when_every_worker_and_queue_slot_is_taken() {
        try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_WORKERS", "1")
                .setting("THESISBOT_SLACK_QUEUE_CAPACITY", "1").start()) {
            CountDownLatch gate = assistant.hold();
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", h.fixtures().nextTs(), null));
            assistant.awaitHeld(1); // the worker is busy
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "and in the bear case?", h.fixtures().nextTs(), null)); // queued
            String ts = h.fixtures().nextTs();
            HttpResponse<String> ack = h.events().event(h.fixtures().appMention(BOB, CHANNEL, "what stake?", ts, null));

            assertEquals(200, ack.statusCode(), "still acked at once");
            ApiCall busy = h.slack().awaitCalls("chat.postMessage", 1).get(0);
            assertEquals(ts, busy.param("thread_ts"));
            contains(busy.param("text"), "busy", "try again in a minute");
            gate.countDown();
            h.slack().awaitCalls("chat.postMessage", 3);
            assertEquals(2, assistant.questions().size(), "the refused question never reached the brain");
        }
    }

    @Test
    void while_draining_events_get_503_before_any_ack_and_queued_answers_get_restarting_notices() throws Exception {
        try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_WORKERS", "1").start()) {
            CountDownLatch gate = assistant.hold();
            String running = h.fixtures().nextTs();
            String queued = h.fixtures().nextTs();
            assertEquals(200, h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", running, null)).statusCode());
            assistant.awaitHeld(1);
            assertEquals(200, h.events().event(h.fixtures().appMention(BOB, CHANNEL, "why?", queued, null)).statusCode());

            h.module().stopTakingWork();
            HttpResponse<String> refused = h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "and now?",
                    h.fixtures().nextTs(), null));
            assertEquals(503, refused.statusCode(), "not acked: Slack delivers it again later");
            assertEquals(false, h.module().idle());

            assertEquals(1, h.module().abandonQueued());
            ApiCall restarting = h.slack().awaitCalls("chat.postMessage", 1).get(0);
            assertEquals(queued, restarting.param("thread_ts"));
            contains(restarting.param("text"), "restarting", "ask again");
            gate.countDown();
            List<ApiCall> posts = h.slack().awaitCalls("chat.postMessage", 2);
            assertEquals(running, posts.get(1).param("thread_ts"), "the running answer is finished");
            long deadline = System.currentTimeMillis() + 5_000;
            while (!h.module().idle() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(true, h.module().idle());
            assertEquals(1, assistant.questions().size(), "the abandoned question never reached the brain");
        }
    }

    @Test
    void says_busy_in_the_command_ack_when_the_queue_is_full() throws Exception {
        try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_WORKERS", "1")
                .setting("THESISBOT_SLACK_QUEUE_CAPACITY", "1").start()) {
            CountDownLatch gate = assistant.hold();
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "why?", h.fixtures().nextTs(), null));
            assistant.awaitHeld(1);
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "why not?", h.fixtures().nextTs(), null));
            HttpResponse<String> ack = h.events().command(h.fixtures().slashCommand("/scenario", BOB, CHANNEL,
                    "why is Amazon doing this?", h.slack().responseUrl("r")));
            contains(new ObjectMapper().readTree(ack.body()).get("text").asText(), "busy");
            gate.countDown();
        }
    }

    @Test
    void a_user_over_the_rate_limit_gets_a_polite_note_and_no_brain_call() {
        try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "2").start()) {
            for (int i = 0; i < 2; i++) {
                h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", h.fixtures().nextTs(), null));
            }
            String ts = h.fixtures().nextTs();
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake now?", ts, null));

            ApiCall note = h.slack().await(c -> c.method().equals("chat.postMessage") && ts.equals(c.param("thread_ts")),
                    1, "rate-limit note").get(0);
            contains(note.param("text"), "faster than I can answer", "2 questions a minute");
            h.slack().awaitCalls("chat.postMessage", 3);
            assertEquals(2, assistant.questions().size());
            // Another user is not affected.
            h.events().event(h.fixtures().appMention(BOB, CHANNEL, "what stake?", h.fixtures().nextTs(), null));
            h.slack().awaitCalls("chat.postMessage", 4);
            assertEquals(3, assistant.questions().size());
        }
    }

    @Test
    void the_slash_command_is_rate_limited_per_user_too() throws Exception {
        try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "1").start()) {
            h.events().command(h.fixtures().slashCommand("/scenario", ALICE, CHANNEL, "stake", h.slack().responseUrl("a")));
            HttpResponse<String> second = h.events().command(h.fixtures().slashCommand("/scenario", ALICE, CHANNEL,
                    "stake", h.slack().responseUrl("b")));
            contains(new ObjectMapper().readTree(second.body()).get("text").asText(), "faster than I can answer");
            assertEquals(1, assistant.commands().size());
        }
    }

    @Test
    void answers_other_bots_when_configured_to_but_never_itself() {
        try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_WORKERS", "1")
                .setting("THESISBOT_SLACK_IGNORE_OTHER_BOTS", "false").start()) {
            h.events().event(h.fixtures().botMessage("U0OTHERBOT", OTHER_BOT, OTHER_APP, DM, "im", "what stake?",
                    h.fixtures().nextTs(), null));
            h.events().event(h.fixtures().botMessage(org.thesisbot.slack.testkit.SlackFixtures.BOT_USER,
                    org.thesisbot.slack.testkit.SlackFixtures.BOT_ID, org.thesisbot.slack.testkit.SlackFixtures.APP_ID,
                    DM, "im", "what stake?", h.fixtures().nextTs(), null));
            h.events().event(h.fixtures().appMention(ALICE, "C0SENTINEL", "help", h.fixtures().nextTs(), null));
            h.slack().await(c -> "C0SENTINEL".equals(c.param("channel")), 1, "sentinel");

            assertEquals(2, assistant.questions().size(), "the other bot and the sentinel");
            assertEquals("U0OTHERBOT", assistant.questions().get(0).user());
        }
    }

    @Test
    void follow_ups_without_a_mention_can_be_turned_off() {
        try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_WORKERS", "1")
                .setting("THESISBOT_SLACK_FOLLOW_UPS", "false").start()) {
            String root = h.fixtures().nextTs();
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", root, null));
            h.slack().awaitCalls("chat.postMessage", 1);
            h.events().event(h.fixtures().message(ALICE, CHANNEL, "channel", "and why?", h.fixtures().nextTs(), root));
            h.events().event(h.fixtures().appMention(ALICE, "C0SENTINEL", "help", h.fixtures().nextTs(), null));
            h.slack().await(c -> "C0SENTINEL".equals(c.param("channel")), 1, "sentinel");

            assertEquals(2, assistant.questions().size());
        }
    }

    @Test
    void a_question_over_the_length_limit_gets_a_note_and_no_brain_call() throws Exception {
        try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SERVER_QUESTION_MAX_CHARS", "50").start()) {
            String ts = h.fixtures().nextTs();
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake " + "really ".repeat(10), ts, null));
            ApiCall note = h.slack().awaitCalls("chat.postMessage", 1).get(0);
            assertEquals(ts, note.param("thread_ts"));
            contains(note.param("text"), "too long", "the limit is 50");

            HttpResponse<String> ack = h.events().command(h.fixtures().slashCommand("/scenario", ALICE, CHANNEL,
                    "stake " + "x".repeat(60), h.slack().responseUrl("r")));
            contains(new ObjectMapper().readTree(ack.body()).get("text").asText(), "too long");
            assertEquals(0, assistant.questions().size() + assistant.commands().size());
        }
    }
}
