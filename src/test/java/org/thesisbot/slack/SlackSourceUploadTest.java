package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thesisbot.TestHomes;
import org.thesisbot.Thesisbot;
import org.thesisbot.slack.testkit.FakeSlackWebApi;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.slack.testkit.SlackHarness;

/**
 * An admin adds a source from a DM, against the fake Slack Web API: files.info, the download with the bot
 * token, the preview with Confirm / Cancel, the write into documents/ and the reload; and a refusal for
 * anyone else.
 */
class SlackSourceUploadTest {
    private static final String ADMIN = TestHomes.ADMIN;
    private static final String DM = SlackFixtures.DM;
    private static final String PDF_MESSAGE = "add this source\ntitle: Amazon fourth-quarter 2025 earnings call (excerpt)\n"
            + "publisher: Example Transcripts\npublished: 2026-02-05\nurl: <https://transcripts.example.com/amazon/q4-2025>";

    private static SlackHarness harness(Thesisbot bot) {
        return SlackHarness.builder(bot.assistant()).sources(bot.desk()).setting("THESISBOT_SLACK_ADMINS", ADMIN)
                .setting("THESISBOT_SLACK_WORKERS", "1").start();
    }

    private static byte[] transcript() throws Exception {
        return Files.readAllBytes(TestHomes.CORPUS.resolve("documents/amazon-q4-2025-call.pdf"));
    }

    @Test
    void an_admin_shares_a_pdf_sees_a_preview_confirms_and_it_is_served(@TempDir Path home) throws Exception {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        try (SlackHarness h = harness(bot)) {
            FakeSlackWebApi slack = h.slack();
            byte[] pdf = transcript();
            String url = slack.serveFile("q4-call.pdf", pdf);
            slack.script("files.info", slack.fileInfo("F0CALL", "amazon-q4-2025-call.pdf", "pdf", pdf.length, url));
            String ts = h.fixtures().nextTs();

            assertEquals(200, h.events().event(h.fixtures().fileShare(ADMIN, DM, PDF_MESSAGE, ts, "F0CALL",
                    "amazon-q4-2025-call.pdf")).statusCode());

            ApiCall preview = slack.await(c -> c.method().equals("chat.postMessage") && c.allText().contains("Add this source?"),
                    1, "the preview").get(0);
            ApiCall download = slack.calls("file_download").get(0);
            String blocks = preview.jsonText("blocks");
            assertAll(
                    () -> assertEquals("F0CALL", slack.calls("files.info").get(0).param("file")),
                    () -> assertEquals("Bearer " + SlackHarness.BOT_TOKEN, download.authorization()),
                    () -> assertEquals(ts, preview.param("thread_ts")),
                    () -> assertTrue(blocks.contains("Amazon fourth-quarter 2025 earnings call (excerpt)"), blocks),
                    () -> assertTrue(blocks.contains("Example Transcripts, 2026-02-05 — 7 passages"), blocks),
                    () -> assertTrue(blocks.contains("Operator: Good afternoon"), blocks),
                    () -> assertTrue(blocks.contains("\"action_id\":\"source_confirm\"") && blocks.contains("\"action_id\":\"source_cancel\""), blocks),
                    () -> assertFalse(Files.exists(home.resolve("documents/amazon-q4-2025-call.pdf")), "nothing written before Confirm"));

            String token = confirmValue(preview.json("blocks"));
            h.events().interaction(h.fixtures().blockAction("source_confirm", "button", token, ADMIN, DM,
                    slack.responseUrl("r1"), false));

            ApiCall done = slack.await(c -> c.method().equals("chat.postMessage") && c.allText().contains("Added"), 1,
                    "the confirmation").get(0);
            assertAll(
                    () -> assertTrue(done.param("text").contains("now serving 2 documents"), done.param("text")),
                    () -> assertTrue(Files.exists(home.resolve("documents/amazon-q4-2025-call.pdf"))),
                    () -> assertEquals("title: \"Amazon fourth-quarter 2025 earnings call (excerpt)\"\npublisher: \"Example "
                            + "Transcripts\"\npublished: 2026-02-05\nurl: \"https://transcripts.example.com/amazon/q4-2025\"\n",
                            Files.readString(home.resolve("documents/amazon-q4-2025-call.pdf.meta.yaml"))),
                    () -> assertEquals(2, bot.library().documents().size()),
                    () -> assertTrue(bot.library().document("amazon-q4-2025-call").isPresent()));
        }
    }

    @Test
    void cancel_writes_nothing(@TempDir Path home) throws Exception {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        try (SlackHarness h = harness(bot)) {
            FakeSlackWebApi slack = h.slack();
            byte[] pdf = transcript();
            slack.script("files.info", slack.fileInfo("F0CALL", "call.pdf", "pdf", pdf.length, slack.serveFile("c.pdf", pdf)));
            h.events().event(h.fixtures().fileShare(ADMIN, DM, PDF_MESSAGE, h.fixtures().nextTs(), "F0CALL", "call.pdf"));
            ApiCall preview = slack.await(c -> c.method().equals("chat.postMessage") && c.allText().contains("Add this source?"),
                    1, "the preview").get(0);
            h.events().interaction(h.fixtures().blockAction("source_cancel", "button", confirmValue(preview.json("blocks")),
                    ADMIN, DM, slack.responseUrl("r2"), false));
            slack.await(c -> c.method().equals("chat.postMessage") && c.allText().contains("Cancelled: nothing was written."), 1,
                    "the cancel note");
            try (var files = Files.list(home.resolve("documents"))) {
                assertEquals(List.of("amazon-openai-50b-bet.md"), files.map(f -> f.getFileName().toString()).toList());
            }
        }
    }

    @Test
    void anyone_not_an_admin_is_refused_and_nothing_is_downloaded_or_written(@TempDir Path home) throws Exception {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        try (SlackHarness h = harness(bot)) {
            FakeSlackWebApi slack = h.slack();
            h.events().event(h.fixtures().fileShare(SlackFixtures.BOB, DM, "add this source", h.fixtures().nextTs(), "F0X", "x.pdf"));
            ApiCall refusal = slack.await(c -> c.method().equals("chat.postMessage"), 1, "the refusal").get(0);
            assertAll(
                    () -> assertTrue(refusal.param("text").contains("Only the admins listed in `slack.admins` can add sources"),
                            refusal.param("text")),
                    () -> assertEquals(List.of(), slack.calls("files.info")),
                    () -> assertEquals(List.of(), slack.calls("file_download")),
                    () -> assertEquals(1, bot.library().documents().size()));
        }
    }

    @Test
    void limits_and_missing_metadata_are_explained_before_anything_is_written(@TempDir Path home) throws Exception {
        TestHomes.create(home);
        Thesisbot bot = TestHomes.bot(home);
        try (SlackHarness h = harness(bot)) {
            FakeSlackWebApi slack = h.slack();
            slack.script("files.info", slack.fileInfo("F0BIG", "huge.pdf", "pdf", 50L * 1024 * 1024, slack.serveFile("h.pdf", new byte[] {1})),
                    slack.fileInfo("F0PPT", "deck.pptx", "pptx", 100, slack.serveFile("d.pptx", new byte[] {1})),
                    slack.fileInfo("F0NOMETA", "call.pdf", "pdf", transcript().length, slack.serveFile("n.pdf", transcript())));
            h.events().event(h.fixtures().fileShare(ADMIN, DM, "add this source", h.fixtures().nextTs(), "F0BIG", "huge.pdf"));
            h.events().event(h.fixtures().fileShare(ADMIN, DM, "add this source", h.fixtures().nextTs(), "F0PPT", "deck.pptx"));
            h.events().event(h.fixtures().fileShare(ADMIN, DM, "please add this file to the sources", h.fixtures().nextTs(),
                    "F0NOMETA", "call.pdf"));
            List<ApiCall> notes = slack.await(c -> c.method().equals("chat.postMessage"), 3, "three notes");
            assertAll(
                    () -> assertTrue(notes.get(0).param("text").contains("over the 10240 KB limit (sources.max_file_bytes)"),
                            notes.get(0).param("text")),
                    () -> assertTrue(notes.get(1).param("text").contains("is not a supported type"), notes.get(1).param("text")),
                    () -> assertTrue(notes.get(2).param("text").contains("needs title, publisher, published, url"),
                            notes.get(2).param("text")),
                    () -> assertEquals(1, slack.calls("file_download").size(), "only the file within the limits was downloaded"),
                    () -> assertEquals(1, bot.library().documents().size()));
        }
    }

    private static String confirmValue(JsonNode blocks) {
        for (JsonNode b : blocks) {
            if (b.has("elements")) {
                return b.get("elements").get(0).get("value").asText();
            }
        }
        throw new AssertionError("no buttons in " + blocks);
    }
}
