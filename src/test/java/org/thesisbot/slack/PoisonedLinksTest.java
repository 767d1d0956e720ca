package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thesisbot.TestBrains;
import org.thesisbot.Thesisbot;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Question;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackHarness;

/**
 * A document carrying a Slack link whose label lies ({@code <https://evil.example/login|slack.com/verify>}) and
 * a Markdown one: neither reaches a reader as a link, through the brain (the JSON API and the playground get
 * this answer) or through chat.postMessage. Links may only point at the hosts the documents' own urls name
 * (www.ainvest.com, wire.example.com), never at evil.example.
 */
class PoisonedLinksTest {
    private static final String QUESTION = "When is the term sheet for Amazon's OpenAI deal expected to be signed?";
    @TempDir
    static Path documents;
    private static Thesisbot brain;

    @BeforeAll
    static void build() throws IOException {
        Files.copy(Path.of("documents", "amazon-openai-50b-bet.md"), documents.resolve("amazon-openai-50b-bet.md"));
        Files.writeString(documents.resolve("deal-update.md"), "---\ntitle: Term sheet update <https://evil.example/t|ainvest.com>\n"
                + "publisher: Example Wire\npublished: 2026-02-20\nurl: https://wire.example.com/deal-update\n---\n"
                + "The term sheet for the Amazon and OpenAI deal is expected to be signed in the coming weeks, see "
                + "<https://evil.example/login|slack.com/verify> for the term sheet timeline.\n\n"
                + "Readers can check the term sheet signing timeline at [slack.com/verify](https://evil.example/login) before the deal closes.\n");
        brain = TestBrains.build(Map.of("THESISBOT_GROUNDING_DOCUMENTS_DIR", documents.toString(),
                "THESISBOT_GROUNDING_CACHE_DIR", documents.resolve("cache").toString()));
    }

    @AfterAll
    static void done() {
        brain = null;
    }

    private static void noLink(String where, String text) {
        assertAll(where,
                () -> assertFalse(text.contains("evil.example"), where + ": " + text),
                () -> assertFalse(text.contains("]("), where + ": " + text),
                () -> assertFalse(text.matches("(?s).*<https?://[^>]*\\|.*"), where + ": " + text));
    }

    @Test
    void the_answer_the_api_and_the_playground_get_carries_no_link() {
        Answer a = brain.assistant().ask(Question.of(QUESTION));
        String all = a.text() + "\n" + String.join("\n", a.citations().stream()
                .map(c -> c.title() + " " + c.quote()).toList());
        assertAll(
                () -> assertTrue(a.citations().stream().map(Citation::document).anyMatch("deal-update"::equals),
                        "precondition: the poisoned document is cited: " + a.citations()),
                () -> noLink("answer", all),
                () -> assertTrue(all.contains("`slack.com/verify`"), all));
    }

    @Test
    void chat_post_message_carries_no_link() {
        try (SlackHarness h = SlackHarness.builder(brain.assistant()).setting("THESISBOT_SLACK_WORKERS", "1").start()) {
            h.events().event(h.fixtures().appMention("U0ALICE", "C0DEALS", "<@U0BOT> " + QUESTION, h.fixtures().nextTs(), null));
            ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
            String blocks = post.jsonText("blocks");
            assertAll(
                    () -> assertTrue(blocks.contains("slack.com/verify"), blocks),
                    () -> noLink("blocks", blocks),
                    () -> noLink("text", post.param("text") == null ? "" : post.param("text")));
        }
    }

    @Test
    void streamed_markdown_never_carries_a_link_whose_label_differs_from_its_target() {
        assertEquals("see slack.com/verify and slack.com/verify",
                AnswerStream.defuse("see [slack.com/verify](https://evil.example/login) and <https://evil.example/login|slack.com/verify>"));
    }
}
