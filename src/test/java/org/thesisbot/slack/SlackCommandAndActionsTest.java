package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.Expect.lacks;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.FakeSlackWebApi.Scripted;
import org.thesisbot.slack.testkit.ScriptedAssistant;
import org.thesisbot.slack.testkit.SlackHarness;

class SlackCommandAndActionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    private HttpResponse<String> command(String text, String responseUrlId) {
        return h.events().command(h.fixtures().slashCommand(h.settings().slack().command(), ALICE, CHANNEL, text,
                h.slack().responseUrl(responseUrlId)));
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    @Test
    void an_instant_numeric_command_is_answered_in_the_ack_itself_with_a_share_button() throws Exception {
        HttpResponse<String> ack = command("stake valuation=830", "r1");

        assertEquals(200, ack.statusCode());
        JsonNode body = json(ack.body());
        assertEquals("ephemeral", body.get("response_type").asText());
        String blocks = body.get("blocks").toString();
        contains(blocks, "Amazon's stake in OpenAI: 6.02%", "stake = investment / post_money_valuation",
                "\"action_id\":\"share_answer\"", "Share in channel", "feedback_buttons");
        assertEquals(List.of("stake valuation=830"), assistant.commands());
        assertEquals(0, h.slack().calls().size(), "no Slack call on the ack path");
    }

    @Test
    void the_share_button_posts_the_same_answer_to_the_channel_and_removes_the_ephemeral() throws Exception {
        JsonNode ack = json(command("stake", "r1").body());
        String shareValue = findShareValue(ack.get("blocks"));

        HttpResponse<String> click = h.events().interaction(h.fixtures().blockAction(AnswerRenderer.SHARE_ACTION, "button",
                shareValue, ALICE, CHANNEL, h.slack().responseUrl("r2"), true));

        assertEquals(200, click.statusCode());
        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(CHANNEL, post.param("channel"));
        contains(post.jsonText("blocks"), "<@" + ALICE + "> shared `stake`", "Amazon's stake in OpenAI: 6.02%",
                ack.get("blocks").get(ack.get("blocks").size() - 2).get("elements").get(0).get("text").asText());
        ApiCall delete = h.slack().awaitCalls("response_url", 1).get(0);
        assertEquals("/response/r2", delete.path());
        assertTrue(delete.bodyJson().get("delete_original").asBoolean());
        assertEquals(1, assistant.commands().size(), "the shared answer is the one shown, not recomputed");
    }

    @Test
    void sharing_in_a_channel_the_bot_is_not_in_posts_through_the_response_url() throws Exception {
        h.slack().script("chat.postMessage", Scripted.error("not_in_channel"));
        String shareValue = findShareValue(json(command("stake", "r1").body()).get("blocks"));
        h.events().interaction(h.fixtures().blockAction(AnswerRenderer.SHARE_ACTION, "button", shareValue, ALICE,
                CHANNEL, h.slack().responseUrl("r2"), true));

        List<ApiCall> responses = h.slack().awaitCalls("response_url", 2);
        assertEquals("in_channel", responses.get(0).bodyJson().get("response_type").asText());
        contains(responses.get(0).bodyJson().get("blocks").toString(), "Amazon's stake in OpenAI: 6.02%");
        assertTrue(responses.get(1).bodyJson().get("delete_original").asBoolean());
    }

    @Test
    void sharing_after_a_restart_recomputes_the_answer_from_the_command_text() {
        h.events().interaction(h.fixtures().blockAction(AnswerRenderer.SHARE_ACTION, "button",
                "q-unknown|compare stake", ALICE, CHANNEL, h.slack().responseUrl("r2"), true));

        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        contains(post.jsonText("blocks"), "*Results*", "(bull)", "(bear)");
        assertEquals(List.of("compare stake"), assistant.commands());
    }

    @Test
    void a_narrative_command_is_acked_at_once_and_answered_on_the_response_url() throws Exception {
        HttpResponse<String> ack = command("why is Amazon doing this?", "r1");

        assertEquals(200, ack.statusCode());
        contains(json(ack.body()).get("text").asText(), "Looking into it");
        ApiCall answer = h.slack().awaitCalls("response_url", 1).get(0);
        assertEquals("/response/r1", answer.path());
        JsonNode body = answer.bodyJson();
        assertEquals("ephemeral", body.get("response_type").asText());
        contains(body.get("blocks").toString(), "a second frontier-model partner", "*Sources*", "share_answer");
    }

    @Test
    void an_instant_command_that_is_slow_after_all_is_acked_within_the_budget_and_answered_on_the_response_url()
            throws Exception {
        // before: "/scenario irr bull holding_years=0.000001" computed before the ack, which came after 53 s
        HttpResponse<String> ack = command("slow-stake", "r1");

        assertEquals(200, ack.statusCode());
        contains(json(ack.body()).get("text").asText(), "Looking into it");
        ApiCall answer = h.slack().awaitCalls("response_url", 1).get(0);
        assertEquals("/response/r1", answer.path());
        contains(answer.bodyJson().get("blocks").toString(), "Amazon's stake in OpenAI: 6.02%", "share_answer");
        assertEquals(List.of("slow-stake"), assistant.commands(), "computed once, not again on a worker");
    }

    @Test
    void a_failing_instant_command_acks_an_apology_with_an_error_id() throws Exception {
        HttpResponse<String> ack = command("boom-instant", "r1");

        assertEquals(200, ack.statusCode());
        String text = json(ack.body()).get("text").asText();
        contains(text, "Sorry, something went wrong", "error id: `e-");
        lacks(ack.body(), "Exception");
    }

    @Test
    void a_failing_slow_command_replies_with_an_apology_on_the_response_url() {
        command("why boom", "r1");
        ApiCall reply = h.slack().awaitCalls("response_url", 1).get(0);
        contains(reply.bodyJson().get("text").asText(), "Sorry, something went wrong", "error id: `e-");
    }

    @Test
    void feedback_clicks_are_acked_and_counted_by_vote() {
        for (String value : List.of("up|q-000000a001", "down|q-000000a001", "up|q-000000a002", "sideways|q-1")) {
            HttpResponse<String> r = h.events().interaction(h.fixtures().blockAction(AnswerRenderer.FEEDBACK_ACTION,
                    "feedback_buttons", value, ALICE, CHANNEL, h.slack().responseUrl("f"), false));
            assertEquals(200, r.statusCode());
        }
        assertEquals(2, h.telemetry().count("thesisbot.feedback", "vote", "up"));
        assertEquals(1, h.telemetry().count("thesisbot.feedback", "vote", "down"));
        assertEquals(0, h.slack().calls().size());
    }

    @Test
    void an_unknown_button_is_acked_not_404() {
        HttpResponse<String> r = h.events().interaction(h.fixtures().blockAction("someone_elses_button", "button",
                "v", ALICE, CHANNEL, h.slack().responseUrl("x"), false));
        assertEquals(200, r.statusCode());
    }

    @Test
    void the_command_name_comes_from_the_config() {
        try (SlackHarness other = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_COMMAND", "/thesis").start()) {
            HttpResponse<String> r = other.events().command(other.fixtures().slashCommand("/thesis", ALICE, CHANNEL,
                    "stake", other.slack().responseUrl("r")));
            contains(r.body(), "6.02%");
            HttpResponse<String> old = other.events().command(other.fixtures().slashCommand("/scenario", ALICE, CHANNEL,
                    "stake", other.slack().responseUrl("r")));
            assertEquals(200, old.statusCode());
            lacks(old.body(), "6.02%");
        }
    }

    private static String findShareValue(JsonNode blocks) {
        for (JsonNode b : blocks) {
            if ("actions".equals(b.path("type").asText())) {
                for (JsonNode e : b.get("elements")) {
                    if (AnswerRenderer.SHARE_ACTION.equals(e.path("action_id").asText())) {
                        return e.get("value").asText();
                    }
                }
            }
        }
        throw new AssertionError("no share button in " + blocks);
    }
}
