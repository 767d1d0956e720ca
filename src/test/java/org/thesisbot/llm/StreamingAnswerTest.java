package org.thesisbot.llm;

import org.thesisbot.core.lexicon.TestLexicons;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.core.api.RecordingListener;
import org.thesisbot.core.grounding.ExtractiveWriter;
import org.thesisbot.core.grounding.GroundedAnswer;
import org.thesisbot.core.grounding.Grounding;
import org.thesisbot.core.grounding.GroundingGuard;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.RecordingTelemetry;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.GroundingFixtures;
import org.thesisbot.core.grounding.SourceLibrary;

/**
 * Streaming through the real LangChain4j OpenAI streaming client and a fake server sending server-sent
 * events: only checked sentences reach the listener, and what reaches it is exactly the answer.
 */
class StreamingAnswerTest {
    private static final String QUESTION = "How much has Amazon invested in Anthropic?";
    private static SourceLibrary library;
    private static PromptTemplates prompts;

    private FakeOpenAiServer server;
    private RecordingTelemetry telemetry;
    private final RecordingListener listener = new RecordingListener();

    @BeforeAll
    static void load() {
        library = GroundingFixtures.article();
        prompts = PromptTemplates.load(Path.of("prompts"));
    }

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
        telemetry = new RecordingTelemetry();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private GroundedAnswer ask(int deadlineSeconds) {
        Settings.Llm llm = new Settings.Llm("openai", "gpt-4o-mini", server.baseUrl(), 0.0, 300, deadlineSeconds, 0);
        ChatModelFactory factory = new ChatModelFactory(llm, new Secrets(null, null, null, null, null, "sk-test-stream", null));
        ExtractiveWriter extractive = new ExtractiveWriter(TestLexicons.real());
        LlmAnswerWriter writer = new LlmAnswerWriter(null, factory.createStreaming().orElseThrow(), factory.modelName(),
                prompts, extractive, Duration.ofSeconds(deadlineSeconds), 0, telemetry);
        Grounding g = new Grounding(new LexicalRetriever(library.passages(), TestLexicons.real()), writer, extractive,
                new GroundingGuard(writer.confidentialTexts()), 4, 0.3, library.coverage(), telemetry);
        List<ScoredPassage> retrieved = g.retrieve(QUESTION);
        assertEquals(2, retrieved.get(0).passage().paragraph(), "precondition: the $8B/$11B paragraph ranks first");
        return g.answer(QUESTION, retrieved, List.of(), listener);
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.split("(?<= )")) {
            out.add(w);
        }
        return out;
    }

    @Test
    void streams_checked_sentences_one_by_one_and_drops_the_rest() {
        server.then(new FakeOpenAiServer.Stream(tokens("Amazon has an $8 billion investment in Anthropic [1]. "
                + "It has invested $13 billion more [1]. It also built an $11 billion data center campus in Indiana [1]."), false));
        GroundedAnswer a = ask(5);

        assertAll(
                () -> assertTrue(server.received().get(0).body().path("stream").asBoolean(), "asked for a stream"),
                () -> assertEquals("llm:gpt-4o-mini", a.answerer()),
                () -> assertEquals("Amazon has an $8 billion investment in Anthropic [1]. It also built an $11 billion data "
                        + "center campus in Indiana [1].", a.text()),
                () -> assertEquals(List.of("Amazon has an $8 billion investment in Anthropic [1].",
                        " It also built an $11 billion data center campus in Indiana [1]."), listener.chunks()),
                () -> assertEquals(1, telemetry.count("thesisbot.grounding.repairs", "kind", "unsupported_number")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.calls", "outcome", "ok")));
    }

    @Test
    void a_model_link_whose_label_lies_reaches_the_listener_as_unclickable_text() {
        server.then(new FakeOpenAiServer.Stream(tokens("Amazon has an $8 billion investment in Anthropic, see "
                + "[slack.com/verify](https://evil.example/login) [1]. It also built an $11 billion data center campus in Indiana [1]."), false));
        GroundedAnswer a = ask(5);
        String shown = String.join("", listener.chunks());

        assertAll(
                () -> assertEquals(a.text(), shown),
                () -> assertFalse(shown.contains("evil.example"), shown),
                () -> assertFalse(shown.contains("]("), shown),
                () -> assertTrue(shown.contains("`slack.com/verify`"), shown));
    }

    @Test
    void a_stream_that_stalls_keeps_what_was_checked_and_says_it_may_be_incomplete() {
        server.then(new FakeOpenAiServer.Stream(tokens("Amazon has an $8 billion investment in Anthropic [1]. "
                + "It also built an $11 billion"), true));
        GroundedAnswer a = ask(1);

        assertAll(
                () -> assertEquals("llm:gpt-4o-mini", a.answerer()),
                () -> assertEquals("Amazon has an $8 billion investment in Anthropic [1].", a.text()),
                () -> assertEquals(a.text(), String.join("", listener.chunks())),
                () -> assertTrue(a.notes().contains("The language model did not answer within 1 s before finishing, so this "
                        + "answer may be incomplete."), a.notes().toString()),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.calls", "outcome", "timeout")),
                () -> assertEquals(0, telemetry.count("thesisbot.llm.fallbacks")));
    }

    @Test
    void a_stream_with_nothing_that_checks_out_is_replaced_by_the_extractive_answer() {
        server.then(new FakeOpenAiServer.Stream(tokens("Amazon loves Anthropic. Trust me on this."), false));
        GroundedAnswer a = ask(5);

        assertAll(
                () -> assertEquals("extractive", a.answerer()),
                () -> assertTrue(a.text().contains("$8 billion investment"), a.text()),
                () -> assertEquals(a.text(), String.join("", listener.chunks())),
                () -> assertFalse(String.join("", listener.chunks()).contains("Trust me")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.fallbacks")));
    }

    @Test
    void a_streamed_not_covered_reply_becomes_the_not_covered_answer() {
        server.then(new FakeOpenAiServer.Stream(tokens("The sources don't cover that."), false));
        GroundedAnswer a = ask(5);

        assertAll(
                () -> assertFalse(a.covered()),
                () -> assertEquals(List.of(a.text()), listener.chunks()),
                () -> assertTrue(a.text().startsWith("The sources don't cover that. The source is \"Amazon's potential")));
    }

    @Test
    void a_stream_that_fails_before_any_token_falls_back() {
        server.then(new FakeOpenAiServer.Status(500));
        GroundedAnswer a = ask(5);

        assertAll(
                () -> assertEquals("extractive", a.answerer()),
                () -> assertEquals(a.text(), String.join("", listener.chunks())),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.calls", "outcome", "error")),
                () -> assertTrue(a.notes().contains("The language model failed (HTTP 500), so this answer is drawn directly "
                        + "from the sources."), a.notes().toString()));
    }
}
