package org.thesisbot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.core.api.RecordingListener;
import org.thesisbot.core.grounding.Draft;
import org.thesisbot.core.grounding.ExtractiveWriter;
import org.thesisbot.core.grounding.GroundingFixtures;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.RecordingTelemetry;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.core.grounding.WriteRequest;
import org.thesisbot.core.lexicon.TestLexicons;

/**
 * Issue 10, items 3 and 4, through the real LangChain4j OpenAI client against a fake server: a stream
 * that misses the deadline is cancelled (its connection closed, its thread released), and a model that
 * ignores max_tokens is cut at llm.max_answer_chars with the stream cancelled there.
 */
class AbandonedStreamsTest {
    private static final String QUESTION = "How much has Amazon invested in Anthropic?";
    private static SourceLibrary library;
    private static PromptTemplates prompts;

    private FakeOpenAiServer server;
    private final RecordingTelemetry telemetry = new RecordingTelemetry();

    @BeforeAll
    static void load() {
        library = GroundingFixtures.article();
        prompts = PromptTemplates.load(Path.of("prompts"));
    }

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Writer(LlmAnswerWriter writer, LlmHttp http) {
    }

    private Writer writer(int deadlineSeconds, int maxAnswerChars, boolean stream) {
        Settings.Llm llm = new Settings.Llm("openai", "gpt-4o-mini", server.baseUrl(), 0.0, 300, deadlineSeconds, 0, maxAnswerChars);
        ChatModelFactory factory = new ChatModelFactory(llm, new Secrets(null, null, null, null, null, "sk-test-abandon", null));
        LlmAnswerWriter w = new LlmAnswerWriter(stream ? null : factory.create().orElseThrow(),
                stream ? factory.createStreaming().orElseThrow() : null, factory.modelName(), prompts, new ExtractiveWriter(),
                Duration.ofSeconds(deadlineSeconds), 0, telemetry, factory.http(), maxAnswerChars);
        return new Writer(w, factory.http());
    }

    private static WriteRequest request() {
        return new WriteRequest(QUESTION, new LexicalRetriever(library.passages(), TestLexicons.real()).retrieve(QUESTION, 4), List.of());
    }

    private static List<String> words(int n) {
        return Collections.nCopies(n, "Amazon invested $8 billion in Anthropic [1]. ");
    }

    @Test
    void stalled_streams_are_cancelled_at_the_deadline_and_their_threads_and_connections_released() throws Exception {
        java.util.Set<Long> before = new java.util.HashSet<>();
        Thread.getAllStackTraces().keySet().forEach(t -> before.add(t.getId()));
        int streams = 12;
        server.always(new FakeOpenAiServer.Stream(List.of("Amazon has an $8 billion ", "investment in"), true));
        Writer w = writer(1, 6000, true);
        ExecutorService callers = Executors.newFixedThreadPool(streams);
        List<Future<Draft>> drafts = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
            drafts.add(callers.submit(() -> w.writer().write(request(), new RecordingListener())));
        }
        for (Future<Draft> d : drafts) {
            assertTrue(d.get().notes().get(0).contains("did not answer within 1 s"), d.get().notes().toString());
        }
        callers.shutdown();
        assertEquals(streams, server.awaitDisconnects(streams, 3_000), "every hung stream's connection was closed");
        assertEquals(0, awaitNoThreads(w.http(), 5_000), "llm-http threads left after the deadline + 5 s");
        assertEquals(0, Thread.getAllStackTraces().keySet().stream().filter(t -> !before.contains(t.getId()))
                .filter(t -> t.getName().startsWith("HttpClient-") && t.getName().contains("-Worker-")).count(),
                "no new worker thread of the JDK client's default executor");
        assertEquals(streams, telemetry.count("thesisbot.llm.calls", "outcome", "timeout"));
    }

    @Test
    void a_stream_that_never_sends_a_token_is_cancelled_too() throws Exception {
        server.then(new FakeOpenAiServer.HeadersOnly());
        Writer w = writer(1, 6000, true);
        Draft d = w.writer().write(request(), new RecordingListener());
        assertEquals("extractive", d.answerer(), "nothing arrived: the extractive answer");
        assertEquals(1, server.awaitDisconnects(1, 3_000));
        assertEquals(0, awaitNoThreads(w.http(), 5_000));
    }

    @Test
    void a_model_that_ignores_max_tokens_is_cut_at_max_answer_chars_and_its_stream_cancelled() throws Exception {
        server.then(new FakeOpenAiServer.Stream(words(20_000), false)); // about 900 KB if read to the end
        Writer w = writer(10, 500, true);
        RecordingListener listener = new RecordingListener();
        Draft d = w.writer().write(request(), listener);

        assertTrue(d.text().length() <= 500, d.text().length() + " characters kept");
        assertEquals(500, String.join("", listener.chunks()).length(), "exactly the cap was forwarded");
        assertEquals(List.of("The language model's answer was longer than 500 characters, so it was cut there."), d.notes());
        assertEquals(1, telemetry.count("thesisbot.llm.capped"));
        assertEquals(1, server.awaitDisconnects(1, 5_000), "the stream was cancelled, not read to the end");
        assertTrue(server.chunksSent() < 20_000, "chunks sent before the cancel: " + server.chunksSent());
    }

    @Test
    void a_blocking_reply_over_the_cap_is_cut_too() {
        server.then(new FakeOpenAiServer.Completion(String.join("", words(2_000))));
        Writer w = writer(10, 300, false);
        Draft d = w.writer().write(request(), new RecordingListener());
        assertTrue(d.text().length() <= 300, d.text().length() + " characters kept");
        assertEquals(List.of("The language model's answer was longer than 300 characters, so it was cut there."), d.notes());
    }

    private static int awaitNoThreads(LlmHttp http, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while ((http.liveThreads() > 0 || threadsNamed("llm-http-") > 0) && System.currentTimeMillis() < end) {
            Thread.sleep(50);
        }
        return Math.max(http.liveThreads(), threadsNamed("llm-http-"));
    }

    private static int threadsNamed(String prefix) {
        return (int) Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith(prefix)).count();
    }
}
