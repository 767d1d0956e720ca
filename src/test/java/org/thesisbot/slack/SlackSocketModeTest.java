package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.FakeSlackSocketServer;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.ScriptedAssistant;
import org.thesisbot.slack.testkit.SlackHarness;

/** Socket Mode end to end: the real SDK (Tyrus client) against a local fake of Slack's WebSocket endpoint. */
class SlackSocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ScriptedAssistant assistant = new ScriptedAssistant();

    @Test
    void acks_envelopes_and_replies_in_thread_over_socket_mode() {
        try (FakeSlackSocketServer socket = new FakeSlackSocketServer();
             SlackHarness h = SlackHarness.builder(assistant).socketMode().start()) {
            h.slack().socketModeUrl(socket.url());
            h.module().startSocketMode();
            socket.awaitConnection();
            ApiCall open = h.slack().calls("apps.connections.open").get(0);
            assertEquals("Bearer " + SlackHarness.APP_TOKEN, open.authorization());

            String ts = h.fixtures().nextTs();
            ObjectNode mention = h.fixtures().appMention(ALICE, CHANNEL, "what stake would $50B buy?", ts, null);
            socket.send(envelope("env-mention-1", "events_api", mention, false));

            JsonNode ack = socket.awaitAck("env-mention-1");
            assertEquals("env-mention-1", ack.get("envelope_id").asText());
            ApiCall reply = h.slack().awaitCalls("chat.postMessage", 1).get(0);
            assertEquals(CHANNEL, reply.param("channel"));
            assertEquals(ts, reply.param("thread_ts"));
            assertEquals("Bearer " + SlackHarness.BOT_TOKEN, reply.authorization());
            contains(reply.jsonText("blocks"), "Amazon's stake in OpenAI: 6.02%");

            Map<String, String> form = h.fixtures().slashCommand("/scenario", ALICE, CHANNEL, "stake",
                    h.slack().responseUrl("sm"));
            ObjectNode command = JSON.valueToTree(form);
            socket.send(envelope("env-command-1", "slash_commands", command, true));

            JsonNode commandAck = socket.awaitAck("env-command-1");
            assertEquals("ephemeral", commandAck.get("payload").get("response_type").asText());
            contains(commandAck.get("payload").get("blocks").toString(), "Amazon's stake in OpenAI: 6.02%", "share_answer");
        }
    }

    @Test
    void a_retried_envelope_is_acked_again_but_answered_once() {
        try (FakeSlackSocketServer socket = new FakeSlackSocketServer();
             SlackHarness h = SlackHarness.builder(assistant).socketMode().setting("THESISBOT_SLACK_WORKERS", "1").start()) {
            h.slack().socketModeUrl(socket.url());
            h.module().startSocketMode();
            socket.awaitConnection();

            ObjectNode mention = h.fixtures().appMention(ALICE, CHANNEL, "what stake?", h.fixtures().nextTs(), null);
            socket.send(envelope("env-a", "events_api", mention, false));
            ObjectNode retry = envelope("env-b", "events_api", mention, false);
            retry.put("retry_attempt", 1).put("retry_reason", "timeout");
            socket.send(retry);
            socket.awaitAck("env-a");
            socket.awaitAck("env-b");
            socket.send(envelope("env-c", "events_api",
                    h.fixtures().appMention(ALICE, "C0SENTINEL", "help", h.fixtures().nextTs(), null), false));
            h.slack().await(c -> "C0SENTINEL".equals(c.param("channel")), 1, "sentinel");

            assertEquals(2, h.slack().calls("chat.postMessage").size());
            assertEquals(1, h.telemetry().count("thesisbot.slack.dedupe.hits"));
        }
    }

    @Test
    void starting_socket_mode_while_slack_is_unreachable_returns_at_once_and_connects_later() {
        try (FakeSlackSocketServer socket = new FakeSlackSocketServer();
             SlackHarness h = SlackHarness.builder(assistant).socketMode().start()) {
            h.slack().script("apps.connections.open",
                    new org.thesisbot.slack.testkit.FakeSlackWebApi.Scripted(503, Map.of(), "unavailable"));
            h.slack().socketModeUrl(socket.url());
            h.module().startSocketMode(); // the first attempt fails (503): retried in the background
            socket.awaitConnection();
            assertEquals(true, h.slack().calls("apps.connections.open").size() >= 2);
        }
    }

    private static ObjectNode envelope(String id, String type, JsonNode payload, boolean acceptsResponse) {
        ObjectNode e = JSON.createObjectNode();
        e.put("envelope_id", id).put("type", type).set("payload", payload);
        e.put("accepts_response_payload", acceptsResponse).put("retry_attempt", 0).put("retry_reason", "");
        return e;
    }
}
