package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.FakeSlackWebApi.Scripted;
import org.thesisbot.slack.testkit.FakeSlackWebApi.Upload;
import org.thesisbot.slack.testkit.SlackHarness;

/**
 * Grids and charts in Slack, end to end with the real brain: signed events in, the real Bolt app and SDK client,
 * the fake Slack Web API recording every call and every uploaded byte.
 */
class SlackChartsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private SlackHarness h;

    @BeforeEach
    void start() {
        h = SlackHarness.builder(TestBrains.offline().assistant()).setting("THESISBOT_SLACK_WORKERS", "1").start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private static BufferedImage png(Upload u) throws Exception {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(u.bytes()));
        assertNotNull(img, "the uploaded bytes are a PNG");
        return img;
    }

    @Test
    void a_grid_question_gets_a_table_in_the_thread_then_the_chart_uploaded_there_with_alt_text() throws Exception {
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "<@U0BOT> irr by exit valuation and holding years", root, null));
        ApiCall answer = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(root, answer.param("thread_ts"));
        JsonNode blocks = answer.json("blocks");
        assertTrue(blocks.size() <= 50);
        String table = null;
        for (JsonNode b : blocks) {
            String t = b.path("text").path("text").asText("");
            assertTrue(t.length() <= 3000, "section within Slack's limit");
            if (t.contains("```")) {
                table = t;
            }
        }
        assertNotNull(table, "a monospace table: " + blocks);
        contains(table, "0%*", "$830B", "-22.38%", "34.43%");
        for (String line : table.split("\n")) {
            if (!line.startsWith("Rows:")) {
                assertTrue(line.length() <= AnswerRenderer.TABLE_WIDTH, "fits without wrapping: " + line);
            }
        }

        ApiCall url = h.slack().awaitCalls("files.getUploadURLExternal", 1).get(0);
        assertEquals("irr-heatmap.png", url.param("filename"));
        assertTrue(url.param("alt_txt").startsWith("Heat map of IRR (base case)"), url.param("alt_txt"));
        ApiCall complete = h.slack().awaitCalls("files.completeUploadExternal", 1).get(0);
        assertEquals(CHANNEL, complete.param("channel_id"));
        assertEquals(root, complete.param("thread_ts"), "the chart goes in the thread");
        Upload upload = h.slack().uploads().get(0);
        assertEquals(Integer.parseInt(url.param("length")), upload.bytes().length, "the declared length is the upload's");
        assertNull(upload.authorization(), "the pre-signed upload URL gets no token");
        BufferedImage img = png(upload);
        assertEquals(1000, img.getWidth());
        JsonNode files = JSON.readTree(complete.param("files"));
        assertEquals(upload.fileId(), files.get(0).path("id").asText());
        assertEquals("IRR by exit valuation and holding years (base case)", files.get(0).path("title").asText());
        // order: the answer first, then the upload
        List<String> methods = h.slack().calls().stream().map(ApiCall::method).toList();
        assertTrue(methods.indexOf("chat.postMessage") < methods.indexOf("files.getUploadURLExternal"), methods.toString());
    }

    @Test
    void a_large_grid_is_summarised_in_the_message_and_attached_in_full_as_csv() throws Exception {
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL,
                "<@U0BOT> irr for exit valuations from $500B to $4T in steps of $250B by holding years", h.fixtures().nextTs(), null));
        ApiCall answer = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        contains(answer.jsonText("blocks"), "Showing", "of 15 rows", "the full grid is attached as a CSV file");
        h.slack().awaitCalls("files.completeUploadExternal", 2);
        Upload csv = h.slack().uploads().stream().filter(u -> u.filename().endsWith(".csv")).findFirst().orElseThrow();
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals(17, lines.length, "header, 15 rows, a note: " + text);
        assertTrue(lines[0].startsWith("exit_valuation \\ holding_years,2,3,4,5,6,7,8"), lines[0]);
        assertTrue(lines[3].startsWith("1000,"), lines[3]);
        // exact values: $4T over 2 years is sqrt(4000/830) - 1
        assertTrue(lines[15].startsWith("4000,1.195285199793806959504970145708113,"), lines[15]);
    }

    @Test
    void a_slash_grid_acks_with_the_table_then_shows_the_chart_privately() throws Exception {
        HttpResponse<String> ack = h.events().command(h.fixtures().slashCommand("/scenario", ALICE, CHANNEL,
                "grid stake post_money_valuation=700B..1T", h.slack().responseUrl("r1")));
        assertEquals(200, ack.statusCode());
        JsonNode body = JSON.readTree(ack.body());
        assertEquals("ephemeral", body.path("response_type").asText());
        contains(body.path("blocks").toString(), "7.14%", "5%", "share_answer");
        ApiCall eph = h.slack().awaitCalls("chat.postEphemeral", 1).get(0);
        assertEquals(ALICE, eph.param("user"));
        assertEquals(CHANNEL, eph.param("channel"));
        JsonNode image = eph.json("blocks").get(0);
        assertEquals("image", image.path("type").asText());
        ApiCall complete = h.slack().calls("files.completeUploadExternal").get(0);
        assertNull(complete.param("channel_id"), "uploaded privately, not into the channel");
        assertEquals(JSON.readTree(complete.param("files")).get(0).path("id").asText(), image.path("slack_file").path("id").asText());
        assertTrue(image.path("alt_text").asText().startsWith("Line chart of Amazon's stake in OpenAI"), image.toString());
        png(h.slack().uploads().get(0));
    }

    @Test
    void when_the_chart_cannot_be_shown_privately_the_user_is_told_that_share_posts_it() throws Exception {
        h.slack().script("chat.postEphemeral", Scripted.error("channel_not_found"));
        h.events().command(h.fixtures().slashCommand("/scenario", ALICE, CHANNEL, "tornado", h.slack().responseUrl("r2")));
        ApiCall note = h.slack().awaitCalls("response_url", 1).get(0);
        contains(note.body(), "show the chart privately", "Share in channel");
    }

    @Test
    void sharing_a_chart_answer_posts_it_and_uploads_the_chart_into_its_thread() throws Exception {
        HttpResponse<String> ack = h.events().command(h.fixtures().slashCommand("/scenario", ALICE, CHANNEL,
                "tornado irr exit_valuation=1T", h.slack().responseUrl("r3")));
        String share = null;
        for (JsonNode b : JSON.readTree(ack.body()).path("blocks")) {
            for (JsonNode e : b.path("elements")) {
                if (AnswerRenderer.SHARE_ACTION.equals(e.path("action_id").asText())) {
                    share = e.path("value").asText();
                }
            }
        }
        assertNotNull(share);
        h.slack().awaitCalls("chat.postEphemeral", 1);
        h.events().interaction(h.fixtures().blockAction(AnswerRenderer.SHARE_ACTION, "button", share, ALICE, CHANNEL,
                h.slack().responseUrl("r3"), true));
        ApiCall posted = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        contains(posted.jsonText("blocks"), "What matters most", "Years until the stake is valued");
        List<ApiCall> completes = h.slack().awaitCalls("files.completeUploadExternal", 2);
        ApiCall shared = completes.get(1);
        assertEquals(CHANNEL, shared.param("channel_id"));
        assertNotNull(shared.param("thread_ts"), "in the shared answer's thread");
        BufferedImage img = png(h.slack().uploads().get(1));
        assertArrayEquals(h.slack().uploads().get(0).bytes(), h.slack().uploads().get(1).bytes(), "the same chart the user saw");
        assertTrue(img.getHeight() >= 420);
    }

    @Test
    void a_missing_files_write_scope_costs_a_note_not_the_answer() {
        h.slack().script("files.getUploadURLExternal", Scripted.error("missing_scope"));
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "<@U0BOT> what matters most for the payoff?", root, null));
        List<ApiCall> posts = h.slack().awaitCalls("chat.postMessage", 2);
        contains(posts.get(0).jsonText("blocks"), "What matters most");
        contains(posts.get(1).param("text"), "couldn't attach the chart", "files:write");
        assertEquals(root, posts.get(1).param("thread_ts"));
    }
}
