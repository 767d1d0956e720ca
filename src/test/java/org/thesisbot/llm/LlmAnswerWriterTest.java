package org.thesisbot.llm;

import org.thesisbot.core.lexicon.TestLexicons;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.thesisbot.core.api.Citation;
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
 * The LLM path end to end: the real LangChain4j OpenAI client talks to a local fake OpenAI-compatible
 * server on port 0 that plays scripted replies; the answer goes through the real guard and grounding.
 */
class LlmAnswerWriterTest {
    private static final String KEY = "sk-test-0123456789abcdefghijklmnop";
    private static final String QUESTION = "How much has Amazon invested in Anthropic?";
    private static SourceLibrary library;
    private static PromptTemplates prompts;

    private FakeOpenAiServer server;
    private RecordingTelemetry telemetry;
    private final RecordingListener listener = new RecordingListener();

    @BeforeAll
    static void loadSources() {
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

    private Grounding grounding(int deadlineSeconds, int maxRetries) {
        Settings.Llm llm = new Settings.Llm("openai", "gpt-4o-mini", server.baseUrl(), 0.0, 300, deadlineSeconds, maxRetries);
        Secrets secrets = new Secrets(null, null, null, null, null, KEY, null);
        ChatModelFactory factory = new ChatModelFactory(llm, secrets);
        ExtractiveWriter extractive = new ExtractiveWriter(TestLexicons.real());
        LlmAnswerWriter writer = new LlmAnswerWriter(factory.create().orElseThrow(), factory.modelName(), prompts,
                extractive, Duration.ofSeconds(deadlineSeconds), maxRetries, telemetry);
        List<String> confidential = new ArrayList<>(writer.confidentialTexts());
        confidential.add(KEY);
        return new Grounding(new LexicalRetriever(library.passages(), TestLexicons.real()), writer, extractive, new GroundingGuard(confidential),
                4, 0.3, library.coverage(), telemetry);
    }

    private GroundedAnswer ask(Grounding g) {
        List<ScoredPassage> retrieved = g.retrieve(QUESTION);
        assertEquals(2, retrieved.get(0).passage().paragraph(), "precondition: the $8B/$11B paragraph ranks first");
        return g.answer(QUESTION, retrieved, List.of(), listener);
    }

    @Test
    void sends_the_question_and_the_delimited_passages_with_the_system_prompt_and_key() {
        server.then(new FakeOpenAiServer.Completion(
                "Amazon has an $8 billion investment in Anthropic and an $11 billion data center campus in Indiana [1]."));
        Grounding g = grounding(5, 0);
        List<ScoredPassage> retrieved = g.retrieve(QUESTION);
        g.answer(QUESTION, retrieved, List.of(), listener);

        assertEquals(1, server.received().size());
        FakeOpenAiServer.Received r = server.received().get(0);
        String user = r.userMessage();
        assertAll(
                () -> assertEquals("Bearer " + KEY, r.authorization()),
                () -> assertEquals("gpt-4o-mini", r.body().path("model").asText()),
                () -> assertEquals(prompts.system(), r.systemMessage()),
                () -> assertTrue(user.contains("<question>\n" + QUESTION + "\n</question>"), user),
                () -> assertTrue(user.contains("<sources>"), user),
                () -> assertFalse(r.systemMessage().contains(KEY)),
                () -> assertFalse(user.contains(KEY)));
        for (int i = 0; i < retrieved.size(); i++) {
            ScoredPassage p = retrieved.get(i);
            String element = "<source n=\"" + (i + 1) + "\" title=\"" + p.passage().title() + "\" publisher=\"AInvest\""
                    + " published=\"2026-02-10\" paragraph=\"" + p.passage().paragraph() + "\">\n" + p.passage().text()
                    + "\n</source>";
            assertTrue(user.contains(element), "passage " + (i + 1) + " delimited in:\n" + user);
        }
    }

    @Test
    void a_good_cited_answer_is_kept_with_its_citations_renumbered() {
        server.then(new FakeOpenAiServer.Completion(
                "Amazon has an $8 billion investment in Anthropic [1]. It also built an $11 billion data center campus "
                        + "in Indiana to run Anthropic models exclusively [1]."));
        GroundedAnswer a = ask(grounding(5, 0));

        assertAll(
                () -> assertTrue(a.covered()),
                () -> assertEquals("llm:gpt-4o-mini", a.answerer()),
                () -> assertEquals("Amazon has an $8 billion investment in Anthropic [1]. It also built an $11 billion data "
                        + "center campus in Indiana to run Anthropic models exclusively [1].", a.text()),
                () -> assertEquals(1, a.citations().size()),
                () -> assertEquals(new Citation(1, "amazon-openai-50b-bet", library.documents().get(0).title(), 2,
                        a.citations().get(0).quote(), "AInvest", java.time.LocalDate.of(2026, 2, 10),
                        library.documents().get(0).url()), a.citations().get(0)),
                () -> assertTrue(a.citations().get(0).quote().contains("$8 billion investment")),
                () -> assertTrue(a.notes().isEmpty(), a.notes().toString()),
                () -> assertEquals(a.text(), String.join("", listener.chunks())),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.calls", "outcome", "ok")),
                () -> assertEquals(0, telemetry.count("thesisbot.llm.fallbacks")));
    }

    @Test
    void an_uncited_answer_is_replaced_by_the_extractive_answer() {
        server.then(new FakeOpenAiServer.Completion(
                "Amazon has invested heavily in Anthropic. It also built a large data center for it."));
        GroundedAnswer a = ask(grounding(5, 0));

        assertAll(
                () -> assertTrue(a.covered()),
                () -> assertEquals("extractive", a.answerer()),
                () -> assertFalse(a.text().contains("invested heavily")),
                () -> assertTrue(a.text().contains("$8 billion investment"), a.text()),
                () -> assertFalse(a.citations().isEmpty()),
                () -> assertTrue(a.notes().contains("Removed 2 sentences that cited no source."), a.notes().toString()),
                () -> assertTrue(a.notes().stream().anyMatch(n -> n.contains("did not pass the citation check")), a.notes().toString()),
                () -> assertTrue(a.notes().contains(ExtractiveWriter.LABEL)),
                () -> assertEquals(2, telemetry.count("thesisbot.grounding.repairs", "kind", "uncited")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.fallbacks")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.calls", "outcome", "ok")));
    }

    @Test
    void a_sentence_with_an_invented_figure_is_dropped_and_the_rest_kept() {
        server.then(new FakeOpenAiServer.Completion(
                "Amazon has invested $13 billion in Anthropic [1]. Amazon has already committed deeply to Anthropic, "
                        + "with an $8 billion investment [1]."));
        GroundedAnswer a = ask(grounding(5, 0));

        assertAll(
                () -> assertEquals("llm:gpt-4o-mini", a.answerer()),
                () -> assertEquals("Amazon has already committed deeply to Anthropic, with an $8 billion investment [1].", a.text()),
                () -> assertFalse(a.text().contains("$13 billion")),
                () -> assertEquals(List.of("Removed 1 sentence with a figure that is not in the sources it cited."), a.notes()),
                () -> assertEquals(1, telemetry.count("thesisbot.grounding.repairs", "kind", "unsupported_number")),
                () -> assertEquals(0, telemetry.count("thesisbot.llm.fallbacks")));
    }

    @Test
    void a_citation_of_a_passage_that_was_not_given_drops_the_sentence() {
        server.then(new FakeOpenAiServer.Completion(
                "Amazon has an $8 billion investment in Anthropic [9]. Amazon built an $11 billion data center campus in "
                        + "Indiana [1][9]."));
        GroundedAnswer a = ask(grounding(5, 0));

        assertAll(
                () -> assertEquals("llm:gpt-4o-mini", a.answerer()),
                () -> assertEquals("Amazon built an $11 billion data center campus in Indiana [1].", a.text()),
                () -> assertEquals(1, a.citations().size()),
                () -> assertFalse(a.text().contains("[9]")),
                () -> assertEquals(2, telemetry.count("thesisbot.grounding.repairs", "kind", "bad_citation")),
                () -> assertEquals(List.of("Removed 1 sentence whose citation did not check out (a source it was not given, or one that does not say it).",
                        "Removed 1 citation to a source the model was not given."), a.notes()));
    }

    @Test
    void a_model_that_does_not_answer_before_the_deadline_falls_back_to_the_extractive_answer() {
        server.always(new FakeOpenAiServer.Hang());
        GroundedAnswer a = ask(grounding(1, 2));

        assertAll(
                () -> assertTrue(a.covered()),
                () -> assertEquals("extractive", a.answerer()),
                () -> assertTrue(a.notes().contains("The language model did not answer within 1 s, so this answer is drawn "
                        + "directly from the sources."), a.notes().toString()),
                () -> assertTrue(a.text().contains("[1]")),
                () -> assertEquals(1, server.received().size(), "no retry once the deadline has passed"),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.calls", "outcome", "timeout")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.fallbacks")));
    }

    @Test
    void http_500_is_retried_max_retries_times_then_falls_back() {
        server.always(new FakeOpenAiServer.Status(500));
        GroundedAnswer a = ask(grounding(10, 1));

        assertAll(
                () -> assertEquals("extractive", a.answerer()),
                () -> assertEquals(2, server.received().size()),
                () -> assertEquals(2, telemetry.count("thesisbot.llm.calls", "outcome", "error")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.fallbacks")),
                () -> assertTrue(a.notes().contains("The language model failed (HTTP 500), so this answer is drawn directly "
                        + "from the sources."), a.notes().toString()),
                () -> assertFalse(a.text().isBlank()));
    }

    @Test
    void a_retry_after_http_500_can_still_give_the_model_answer() {
        server.then(new FakeOpenAiServer.Status(503)).then(new FakeOpenAiServer.Completion(
                "Amazon has an $8 billion investment in Anthropic [1]."));
        GroundedAnswer a = ask(grounding(10, 1));

        assertAll(
                () -> assertEquals("llm:gpt-4o-mini", a.answerer()),
                () -> assertEquals("Amazon has an $8 billion investment in Anthropic [1].", a.text()),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.calls", "outcome", "error")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.calls", "outcome", "ok")),
                () -> assertEquals(0, telemetry.count("thesisbot.llm.fallbacks")));
    }

    @Test
    void malformed_json_is_counted_as_malformed_and_falls_back() {
        server.always(new FakeOpenAiServer.Raw("{\"id\": \"chatcmpl-x\", \"choices\": [ {\"message\": "));
        GroundedAnswer a = ask(grounding(10, 1));

        assertAll(
                () -> assertEquals("extractive", a.answerer()),
                () -> assertEquals(2, server.received().size(), "a malformed reply is retried once"),
                () -> assertEquals(2, telemetry.count("thesisbot.llm.calls", "outcome", "malformed")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.fallbacks")),
                () -> assertTrue(a.notes().contains("The language model sent a reply that could not be read, so this answer "
                        + "is drawn directly from the sources."), a.notes().toString()));
    }

    @Test
    void a_model_saying_the_sources_do_not_cover_it_gives_an_uncovered_answer() {
        server.then(new FakeOpenAiServer.Completion("The sources don't cover that."));
        GroundedAnswer a = ask(grounding(5, 0));

        assertAll(
                () -> assertFalse(a.covered()),
                () -> assertTrue(a.text().startsWith("The sources don't cover that. The source is \"Amazon's potential")),
                () -> assertTrue(a.citations().isEmpty()),
                () -> assertEquals(1, telemetry.count("thesisbot.grounding.uncovered")));
    }

    @Test
    void an_off_topic_question_makes_no_model_call() {
        Grounding g = grounding(5, 0);
        String q = "What did Microsoft invest in OpenAI?";
        GroundedAnswer a = g.answer(q, g.retrieve(q), List.of(), listener);

        assertAll(
                () -> assertFalse(a.covered()),
                () -> assertEquals(0, server.received().size()),
                () -> assertNotNull(a.text()),
                () -> assertEquals(1, telemetry.count("thesisbot.grounding.uncovered")));
    }
}
