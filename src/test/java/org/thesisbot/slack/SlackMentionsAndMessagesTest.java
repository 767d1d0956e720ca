package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.lacks;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.APP_ID;
import static org.thesisbot.slack.testkit.SlackFixtures.BOB;
import static org.thesisbot.slack.testkit.SlackFixtures.BOT_ID;
import static org.thesisbot.slack.testkit.SlackFixtures.BOT_USER;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;
import static org.thesisbot.slack.testkit.SlackFixtures.DM;
import static org.thesisbot.slack.testkit.SlackFixtures.OTHER_APP;
import static org.thesisbot.slack.testkit.SlackFixtures.OTHER_BOT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.LogCapture;
import org.thesisbot.slack.testkit.ScriptedAssistant;
import org.thesisbot.slack.testkit.SlackHarness;

class SlackMentionsAndMessagesTest {
    private final ScriptedAssistant assistant = new ScriptedAssistant();
    private SlackHarness h;

    @BeforeEach
    void start() {
        h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_WORKERS", "1").start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void replies_in_a_new_thread_to_a_channel_mention_with_the_number_formula_and_sources() {
        String ts = h.fixtures().nextTs();
        HttpResponse<String> ack = h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake would $50B buy?", ts, null));

        assertEquals(200, ack.statusCode());
        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(CHANNEL, post.param("channel"));
        assertEquals(ts, post.param("thread_ts"));
        assertEquals("Bearer " + SlackHarness.BOT_TOKEN, post.authorization());
        JsonNode blocks = post.json("blocks");
        assertEquals("header", blocks.get(0).get("type").asText());
        assertEquals("Amazon's stake in OpenAI: 6.02%", blocks.get(0).get("text").get("text").asText());
        contains(blocks.toString(), "stake = investment / post_money_valuation = $50B / $830B = 6.02%",
                "potential $50 billion investment in OpenAI", "context_actions");
        assertEquals(1, assistant.questions().size());
        assertEquals("what stake would $50B buy?", assistant.questions().get(0).text());
        assertEquals(CHANNEL + ":" + ts, assistant.questions().get(0).thread());
        assertEquals("slack", assistant.questions().get(0).origin());
    }

    @Test
    void replies_inside_the_existing_thread_when_mentioned_in_a_thread() {
        String root = h.fixtures().nextTs();
        String ts = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "and the stake?", ts, root));

        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(root, post.param("thread_ts"));
        assertEquals(CHANNEL + ":" + root, assistant.questions().get(0).thread());
    }

    @Test
    void answers_a_direct_message_in_a_thread_under_it() {
        String ts = h.fixtures().nextTs();
        HttpResponse<String> ack = h.events().event(h.fixtures().message(ALICE, DM, "im", "what's the stake?", ts, null));

        assertEquals(200, ack.statusCode());
        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(DM, post.param("channel"));
        assertEquals(ts, post.param("thread_ts"));
        contains(post.jsonText("blocks"), "6.02%");
    }

    @Test
    void answers_a_thread_reply_also_sent_to_the_channel_like_any_follow_up() {
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", root, null));
        h.slack().awaitCalls("chat.postMessage", 1);
        String ts = h.fixtures().nextTs();
        assertEquals(200, h.events().event(h.fixtures().threadBroadcast(BOB, CHANNEL, "channel", "and in the bear case?",
                ts, root)).statusCode());

        ApiCall post = h.slack().awaitCalls("chat.postMessage", 2).get(1);
        assertEquals(root, post.param("thread_ts"));
        assertEquals("and in the bear case?", assistant.questions().get(1).text());
        assertEquals(CHANNEL + ":" + root, assistant.questions().get(1).thread());
        assertEquals(BOB, assistant.questions().get(1).user());
    }

    @Test
    void a_thread_broadcast_in_a_thread_the_bot_never_answered_is_not_for_the_bot() {
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().threadBroadcast(BOB, CHANNEL, "channel", "lunch at noon?", h.fixtures().nextTs(), root));
        sentinel();
        assertEquals(1, assistant.questions().size(), "only the sentinel");
    }

    @Test
    void answers_the_text_of_a_direct_message_sent_with_an_attachment() {
        String ts = h.fixtures().nextTs();
        assertEquals(200, h.events().event(h.fixtures().fileShareIn(ALICE, DM, "im", "what's the stake? deck attached", ts,
                null)).statusCode());
        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(DM, post.param("channel"));
        assertEquals(ts, post.param("thread_ts"));
        assertEquals("what's the stake? deck attached", assistant.questions().get(0).text());
        // a file with no words asks nothing
        h.events().event(h.fixtures().fileShareIn(ALICE, DM, "im", "", h.fixtures().nextTs(), null));
        sentinel();
        assertEquals(2, assistant.questions().size(), "the question and the sentinel");
    }

    @Test
    void follow_ups_work_in_private_channels_and_group_dms_too() {
        for (String[] conversation : new String[][] {{"G0PRIVATE", "group"}, {"G0MPIM", "mpim"}}) {
            String channel = conversation[0];
            String root = h.fixtures().nextTs();
            h.events().event(h.fixtures().appMention(ALICE, channel, "what stake?", root, null));
            h.slack().await(c -> channel.equals(c.param("channel")), 1, "the answer to the mention in " + conversation[1]);
            String ts = h.fixtures().nextTs();
            h.events().event(h.fixtures().message(BOB, channel, conversation[1], "what about at $1T?", ts, root));
            List<ApiCall> replies = h.slack().await(c -> channel.equals(c.param("channel")), 2, "the follow-up in " + conversation[1]);
            assertEquals(root, replies.get(1).param("thread_ts"));
            // a message outside any answered thread is not for the bot
            h.events().event(h.fixtures().message(BOB, channel, conversation[1], "anyone for coffee?", h.fixtures().nextTs(), null));
        }
        sentinel();
        assertEquals(5, assistant.questions().size(), "two per conversation and the sentinel");
    }

    @Test
    void replies_once_when_slack_retries_the_same_event() {
        ObjectNode mention = h.fixtures().appMention(ALICE, CHANNEL, "what stake?", h.fixtures().nextTs(), null);
        var first = h.events().signedNow();
        assertEquals(200, h.events().event(mention, first).statusCode());
        for (int retry = 1; retry <= 3; retry++) {
            assertEquals(200, h.events().event(mention, h.events().signedNow().retry(retry, "http_timeout")).statusCode());
        }
        sentinel();

        assertEquals(2, h.slack().calls("chat.postMessage").size(), "one reply to the mention, one to the sentinel");
        assertEquals(2, assistant.questions().size());
        assertEquals(3, h.telemetry().count("thesisbot.slack.dedupe.hits"));
    }

    @Test
    void answers_a_mention_once_although_it_also_arrives_as_a_channel_message() {
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", root, null));
        h.slack().awaitCalls("chat.postMessage", 1);
        String ts = h.fixtures().nextTs();
        // A mention inside the answered thread: Slack sends both events for the same message.
        h.events().event(h.fixtures().message(ALICE, CHANNEL, "channel", "<@" + BOT_USER + "> and in the bear case?", ts, root));
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "and in the bear case?", ts, root));
        sentinel();

        assertEquals(3, h.slack().calls("chat.postMessage").size());
        assertEquals(3, assistant.questions().size());
    }

    @Test
    void never_replies_to_its_own_messages_other_bots_edits_or_deletions() {
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", root, null));
        h.slack().awaitCalls("chat.postMessage", 1);

        List<ObjectNode> ignored = List.of(
                h.fixtures().botMessage(BOT_USER, BOT_ID, APP_ID, CHANNEL, "channel", "my own answer", h.fixtures().nextTs(), root),
                h.fixtures().botMessage(BOT_USER, BOT_ID, APP_ID, DM, "im", "my own DM answer", h.fixtures().nextTs(), null),
                h.fixtures().botMessage("U0OTHERBOT", OTHER_BOT, OTHER_APP, CHANNEL, "channel", "what stake?", h.fixtures().nextTs(), root),
                h.fixtures().botMessage("U0OTHERBOT", OTHER_BOT, OTHER_APP, DM, "im", "what stake?", h.fixtures().nextTs(), null),
                h.fixtures().legacyBotMessage(CHANNEL, "what stake?", h.fixtures().nextTs()),
                h.fixtures().messageChanged(ALICE, CHANNEL, "channel", "<@" + BOT_USER + "> what stake now?", root),
                h.fixtures().messageChanged(ALICE, DM, "im", "what stake now?", h.fixtures().nextTs()),
                h.fixtures().messageDeleted(ALICE, CHANNEL, "channel", root));
        for (ObjectNode event : ignored) {
            assertEquals(200, h.events().event(event).statusCode(), event.get("event").toString());
        }
        sentinel();

        assertEquals(2, h.slack().calls("chat.postMessage").size(), "only the mention and the sentinel are answered");
        assertEquals(2, assistant.questions().size());
    }

    @Test
    void answers_follow_ups_without_a_mention_in_a_thread_it_answered() {
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", root, null));
        h.slack().awaitCalls("chat.postMessage", 1);

        String followUp = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(BOB, CHANNEL, "channel", "why would Amazon do that?", followUp, root));

        ApiCall reply = h.slack().awaitCalls("chat.postMessage", 2).get(1);
        assertEquals(root, reply.param("thread_ts"));
        assertEquals("why would Amazon do that?", assistant.questions().get(1).text());
        assertEquals(CHANNEL + ":" + root, assistant.questions().get(1).thread(), "the same thread id as the first question");
        assertEquals(BOB, assistant.questions().get(1).user());
    }

    @Test
    void a_thread_reply_addressed_to_someone_else_is_not_taken_as_a_follow_up() {
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", root, null));
        h.slack().awaitCalls("chat.postMessage", 1);
        h.events().event(h.fixtures().message(BOB, CHANNEL, "channel", "<@U0ALICE> do you buy that valuation?", h.fixtures().nextTs(), root));
        sentinel();

        assertEquals(2, assistant.questions().size(), "the mention and the sentinel only");
    }

    @Test
    void acks_before_the_brain_has_answered() throws Exception {
        java.util.concurrent.CountDownLatch gate = assistant.hold();
        HttpResponse<String> ack = h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", h.fixtures().nextTs(), null));

        assertEquals(200, ack.statusCode());
        assistant.awaitHeld(1);
        assertEquals(0, h.slack().calls("chat.postMessage").size(), "acked while the answer is still being produced");
        gate.countDown();
        h.slack().awaitCalls("chat.postMessage", 1);
    }

    @Test
    void ignores_thread_messages_in_threads_it_never_answered_and_top_level_channel_chatter() {
        h.events().event(h.fixtures().message(BOB, CHANNEL, "channel", "why would Amazon do that?", h.fixtures().nextTs(), h.fixtures().nextTs()));
        h.events().event(h.fixtures().message(BOB, CHANNEL, "channel", "lunch?", h.fixtures().nextTs(), null));
        sentinel();

        assertEquals(1, h.slack().calls("chat.postMessage").size());
        assertEquals(1, assistant.questions().size());
    }

    @Test
    void a_channel_llm_answer_is_posted_once_when_ready_without_streaming() {
        String ts = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "why is Amazon doing this?", ts, null));

        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(ts, post.param("thread_ts"));
        contains(post.jsonText("blocks"), "a second frontier-model partner", "*Sources*",
                "[1] _Amazon weighs a $50B bet on OpenAI_, ¶3", "context_actions");
        assertEquals(0, h.slack().calls("chat.startStream").size());
        assertEquals(0, h.slack().calls("chat.update").size(), "no placeholder to edit");
    }

    @Test
    void an_internal_error_gets_an_apology_with_an_error_id_in_the_thread() {
        String ts = h.fixtures().nextTs();
        ApiCall post;
        String logs;
        try (LogCapture log = new LogCapture()) {
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "boom", ts, null));
            post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
            logs = log.text();
        }

        assertEquals(ts, post.param("thread_ts"));
        Matcher id = Pattern.compile("error id: `(e-[0-9a-f]{10})`").matcher(post.param("text"));
        assertTrue(id.find(), post.param("text"));
        contains(post.param("text"), "Sorry, something went wrong");
        lacks(post.allText(), "IllegalStateException", "failed on purpose", "at org.");
        contains(logs, "[" + id.group(1) + "]", "the scripted brain failed on purpose");
    }

    @Test
    void a_question_the_brain_cannot_use_gets_its_reason_not_an_apology() {
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "empty", h.fixtures().nextTs(), null));

        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        contains(post.param("text"), "Ask a question: the message was empty.");
        lacks(post.param("text"), "Sorry");
    }

    /** With one worker, once the sentinel is answered every question queued before it has been handled. */
    private void sentinel() {
        String ts = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, "C0SENTINEL", "help", ts, null));
        h.slack().await(c -> c.method().equals("chat.postMessage") && "C0SENTINEL".equals(c.param("channel")), 1, "sentinel reply");
    }
}
