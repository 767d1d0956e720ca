package org.thesisbot.llm;

import com.fasterxml.jackson.core.JacksonException;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.NonRetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingHandle;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.grounding.AnswerWriter;
import org.thesisbot.core.grounding.Draft;
import org.thesisbot.core.grounding.ExtractiveWriter;
import org.thesisbot.core.grounding.Passage;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.WriteRequest;
import org.thesisbot.core.api.MetricResult;

/**
 * Writes the answer with a chat model (LangChain4j). The passages go in as delimited, untrusted material
 * and the model must cite [n]. One overall deadline covers every attempt; failed attempts (server
 * errors, unreadable replies) are retried at most {@code maxRetries} times within it. On timeout, error or
 * a malformed reply the extractive writer answers instead and a note says why. Never throws for a model
 * failure. The draft still goes through the grounding guard.
 *
 * <p>With a streaming model, tokens are passed to the listener as they arrive; {@link
 * org.thesisbot.core.grounding.Grounding} puts the guard between them and the reader. If the model fails
 * after part of the answer has streamed, that part is kept (with a note) rather than replaced.
 *
 * <p><b>Bounded.</b> A call that misses the deadline is cancelled, not just abandoned: LangChain4j's
 * {@code StreamingHandle.cancel()} once a token has arrived, and {@link LlmHttp.Call#cancel()} in every
 * case (it closes the streamed body, so the reading thread and the connection are released). A model
 * that ignores {@code max_tokens} is cut at {@code maxAnswerChars} characters: the stream is cancelled at
 * once and the answer says it was cut.
 */
public final class LlmAnswerWriter implements AnswerWriter {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerWriter.class);
    public static final int DEFAULT_MAX_ANSWER_CHARS = 6000;

    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final String modelName;
    private final PromptTemplates prompts;
    private final ExtractiveWriter fallback;
    private final Duration deadline;
    private final int maxRetries;
    private final Telemetry telemetry;
    private final LlmHttp http;
    private final int maxAnswerChars;
    private final AtomicInteger threads = new AtomicInteger();
    /** Model calls in progress, so that a shutdown can cut them short ({@link #cutShort()}). */
    private final java.util.Set<java.util.concurrent.Future<?>> inFlight = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile boolean cutShort;
    /** Blocking (non-streaming) calls; idle threads leave after 2 s. */
    private final ExecutorService calls = new ThreadPoolExecutor(0, 256, 2, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
        Thread t = new Thread(r, "llm-call-" + threads.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** A writer that waits for the whole reply (no streaming). */
    public LlmAnswerWriter(ChatModel model, String modelName, PromptTemplates prompts, ExtractiveWriter fallback,
                           Duration deadline, int maxRetries, Telemetry telemetry) {
        this(model, null, modelName, prompts, fallback, deadline, maxRetries, telemetry);
    }

    /**
     * @param streaming when not null, replies are streamed: tokens go to the listener's {@code chunk} as they
     *                  arrive (the grounding guard sits in between and passes on only checked sentences), and
     *                  {@code model} is not used
     */
    public LlmAnswerWriter(ChatModel model, StreamingChatModel streaming, String modelName, PromptTemplates prompts,
                           ExtractiveWriter fallback, Duration deadline, int maxRetries, Telemetry telemetry) {
        this(model, streaming, modelName, prompts, fallback, deadline, maxRetries, telemetry, null, DEFAULT_MAX_ANSWER_CHARS);
    }

    /**
     * @param http           the client under the models ({@link ChatModelFactory#http()}), to cut off a stream
     *                       at the deadline; null leaves only LangChain4j's handle (tests of other behaviour)
     * @param maxAnswerChars model output kept at most ({@code llm.max_answer_chars}); the stream is cancelled there
     */
    public LlmAnswerWriter(ChatModel model, StreamingChatModel streaming, String modelName, PromptTemplates prompts,
                           ExtractiveWriter fallback, Duration deadline, int maxRetries, Telemetry telemetry,
                           LlmHttp http, int maxAnswerChars) {
        if (maxAnswerChars < 1) {
            throw new IllegalArgumentException("maxAnswerChars must be positive");
        }
        this.http = http;
        this.maxAnswerChars = maxAnswerChars;
        this.model = model;
        this.streaming = streaming;
        this.modelName = modelName;
        this.prompts = prompts;
        this.fallback = fallback;
        this.deadline = deadline;
        this.maxRetries = Math.max(0, maxRetries);
        this.telemetry = telemetry == null ? Telemetry.NOOP : telemetry;
    }

    @Override
    public String name() {
        return "llm:" + modelName;
    }

    /** The prompt texts, for {@link org.thesisbot.core.grounding.GroundingGuard}: their wording must never reach a reader. */
    public List<String> confidentialTexts() {
        return prompts.confidentialTexts();
    }

    /**
     * For a graceful shutdown: every model call in progress ends now (keeping what has streamed, or falling
     * back to the extractive answer), and later calls go straight to the extractive writer, so the answers
     * already promised to users finish within the drain time.
     */
    public void cutShort() {
        cutShort = true;
        for (java.util.concurrent.Future<?> f : inFlight) {
            if (f instanceof CompletableFuture<?> c) {
                c.completeExceptionally(new CutShort());
            } else {
                f.cancel(true);
            }
        }
    }

    /** The reason a call ended early: the process is shutting down. */
    private static final class CutShort extends RuntimeException {
        CutShort() {
            super("cut short by a restart", null, false, false);
        }
    }

    @Override
    public Draft write(WriteRequest request, AnswerListener listener) {
        if (cutShort) {
            count("cut_short");
            Draft extractive = fallback.write(request, AnswerListener.NONE);
            List<String> notes = new ArrayList<>();
            notes.add("The bot is restarting, so this answer is drawn directly from the sources.");
            notes.addAll(extractive.notes());
            return new Draft(extractive.text(), extractive.answerer(), notes);
        }
        ChatRequest chat = ChatRequest.builder()
                .messages(SystemMessage.from(prompts.system()), UserMessage.from(userMessage(request)))
                .build();
        long end = System.nanoTime() + deadline.toNanos();
        String failure = timeoutNote();
        for (int attempt = 0; attempt <= maxRetries; attempt++) {
            long remaining = end - System.nanoTime();
            if (remaining <= 0) {
                break;
            }
            Attempt a = streaming != null ? stream(chat, remaining, listener) : call(chat, remaining);
            if (a.failure() == null) {
                count("ok");
                if (a.capped()) {
                    telemetry.increment("thesisbot.llm.capped");
                    LOG.warn("LLM reply from {} cut at {} characters (llm.max_answer_chars)", modelName, maxAnswerChars);
                    return new Draft(a.text().strip(), name(), List.of("The language model's answer was longer than "
                            + maxAnswerChars + " characters, so it was cut there."));
                }
                return new Draft(a.text().strip(), name(), List.of());
            }
            count(a.failure().outcome());
            failure = a.failure().note();
            LOG.warn("LLM call {}/{} to {} failed: {}", attempt + 1, maxRetries + 1, modelName, a.failure().log());
            if (!a.text().isBlank()) {
                // part of the answer has already been streamed (and checked): keep it rather than contradict it
                return new Draft(a.text().strip(), name(), List.of("The language model " + failure
                        + " before finishing, so this answer may be incomplete."));
            }
            if (!a.failure().retryable()) {
                break;
            }
        }
        telemetry.increment("thesisbot.llm.fallbacks");
        Draft extractive = fallback.write(request, AnswerListener.NONE);
        List<String> notes = new ArrayList<>();
        notes.add("The language model " + failure + ", so this answer is drawn directly from the sources.");
        notes.addAll(extractive.notes());
        return new Draft(extractive.text(), extractive.answerer(), notes);
    }

    /** One model call: the text received (possibly partial), the failure if any, and whether it was cut at the cap. */
    private record Attempt(String text, Failure failure, boolean capped) {
        Attempt(String text, Failure failure) {
            this(text, failure, false);
        }
    }

    private Attempt call(ChatRequest chat, long remainingNanos) {
        Future<ChatResponse> call = calls.submit(() -> model.chat(chat));
        inFlight.add(call);
        if (cutShort) {
            call.cancel(true);
        }
        try {
            ChatResponse response = call.get(remainingNanos, TimeUnit.NANOSECONDS);
            String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null || text.isBlank()) {
                return new Attempt("", new Failure("malformed", "returned an empty reply", "empty reply", true));
            }
            if (text.length() > maxAnswerChars) {
                return new Attempt(text.substring(0, maxAnswerChars), null, true);
            }
            return new Attempt(text, null);
        } catch (TimeoutException e) {
            call.cancel(true);
            return new Attempt("", new Failure("timeout", timeoutNote(), "deadline", false));
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt("", new Failure("error", "was interrupted", "interrupted", false));
        } catch (ExecutionException e) {
            return new Attempt("", classify(e.getCause()));
        } catch (java.util.concurrent.CancellationException e) {
            return new Attempt("", classify(new CutShort()));
        } finally {
            inFlight.remove(call);
        }
    }

    private Attempt stream(ChatRequest chat, long remainingNanos, AnswerListener listener) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        inFlight.add(done);
        if (cutShort) {
            done.completeExceptionally(new CutShort());
        }
        Stream state = new Stream(listener);
        LlmHttp.Call call = http == null ? null : http.open();
        try {
            try {
                streaming.chat(chat, new StreamingChatResponseHandler() {
                    @Override
                    public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                        state.handle(context == null ? null : context.streamingHandle());
                        if (state.accept(partial == null ? null : partial.text())) {
                            done.complete(null); // cut at the cap: stop waiting, the stream is cancelled below
                        }
                    }

                    @Override
                    public void onCompleteResponse(ChatResponse response) {
                        done.complete(response);
                    }

                    @Override
                    public void onError(Throwable error) {
                        done.completeExceptionally(error);
                    }
                });
            } finally {
                if (http != null) {
                    http.release();
                }
            }
            done.get(remainingNanos, TimeUnit.NANOSECONDS);
            String text = state.close();
            if (state.capped()) {
                return new Attempt(text, null, true);
            }
            if (text.isBlank()) {
                return new Attempt("", new Failure("malformed", "returned an empty reply", "empty reply", true));
            }
            return new Attempt(text, null);
        } catch (TimeoutException e) {
            return new Attempt(state.close(), new Failure("timeout", timeoutNote(), "deadline", false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(state.close(), new Failure("error", "was interrupted", "interrupted", false));
        } catch (ExecutionException e) {
            return new Attempt(state.close(), classify(e.getCause()));
        } catch (RuntimeException e) {
            return new Attempt(state.close(), classify(e));
        } finally {
            inFlight.remove(done);
            // whatever happened, nothing more is read: the thread reading the stream and its connection are released
            state.cancel();
            if (call != null) {
                call.cancel();
            }
        }
    }

    /** What one streamed call has forwarded, with the cap and LangChain4j's handle to cancel it. */
    private final class Stream {
        private final AnswerListener listener;
        private final StringBuilder received = new StringBuilder();
        private StreamingHandle handle;
        private boolean open = true;
        private boolean capped;

        Stream(AnswerListener listener) {
            this.listener = listener;
        }

        synchronized void handle(StreamingHandle h) {
            if (h != null) {
                handle = h;
            }
        }

        /** Forwards a token while open; true when this token reached the cap (the rest is dropped). */
        synchronized boolean accept(String token) {
            if (!open || token == null || token.isEmpty()) {
                return false;
            }
            int room = maxAnswerChars - received.length();
            String kept = token.length() > room ? token.substring(0, room) : token;
            if (!kept.isEmpty()) {
                received.append(kept);
                listener.chunk(kept);
            }
            if (kept.length() < token.length() || received.length() >= maxAnswerChars) {
                open = false;
                capped = true;
                return true;
            }
            return false;
        }

        synchronized boolean capped() {
            return capped;
        }

        /** Stops forwarding late tokens; returns exactly what was forwarded. */
        synchronized String close() {
            open = false;
            return received.toString();
        }

        void cancel() {
            StreamingHandle h;
            synchronized (this) {
                open = false;
                h = handle;
            }
            if (h != null && !h.isCancelled()) {
                try {
                    h.cancel();
                } catch (RuntimeException e) {
                    LOG.debug("Cancelling the model's stream: {}", e.toString());
                }
            }
        }
    }

    private String timeoutNote() {
        return "did not answer within " + deadline.toSeconds() + " s";
    }

    private void count(String outcome) {
        telemetry.increment("thesisbot.llm.calls", "outcome", outcome);
    }

    private record Failure(String outcome, String note, String log, boolean retryable) {
    }

    private Failure classify(Throwable error) {
        if (error instanceof CutShort) {
            return new Failure("cut_short", "was cut short by a restart", "shutdown", false);
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof dev.langchain4j.exception.TimeoutException) {
                return new Failure("timeout", timeoutNote(), t.getClass().getSimpleName(), false);
            }
            if (t instanceof JacksonException) {
                return new Failure("malformed", "sent a reply that could not be read", t.getClass().getSimpleName(), true);
            }
            if (t instanceof HttpException h) {
                boolean retry = h.statusCode() >= 500 || h.statusCode() == 429 || h.statusCode() == 408;
                return new Failure("error", "failed (HTTP " + h.statusCode() + ")", "HTTP " + h.statusCode(), retry);
            }
        }
        boolean retry = !(error instanceof NonRetriableException)
                && (error instanceof IOException || error instanceof UncheckedIOException || error.getCause() instanceof IOException
                || error instanceof dev.langchain4j.exception.RetriableException);
        return new Failure("error", "could not be reached or failed", error.getClass().getSimpleName(), retry);
    }

    /** The user message: the passages as numbered, delimited, untrusted sources; the question; computed figures. */
    String userMessage(WriteRequest request) {
        StringBuilder sources = new StringBuilder();
        List<ScoredPassage> ps = request.passages();
        for (int i = 0; i < ps.size(); i++) {
            Passage p = ps.get(i).passage();
            sources.append("<source n=\"").append(i + 1).append("\" title=\"").append(attribute(p.title()))
                    .append(p.publisher() == null ? "" : "\" publisher=\"" + attribute(p.publisher()))
                    .append(p.published() == null ? "" : "\" published=\"" + p.published())
                    .append("\" paragraph=\"").append(p.paragraph()).append("\">\n")
                    .append(neutralise(p.text())).append("\n</source>\n");
        }
        String computed = "";
        if (!request.numbers().isEmpty()) {
            StringBuilder c = new StringBuilder("<computed>\n");
            for (MetricResult r : request.numbers()) {
                c.append("- ").append(neutralise(r.label())).append(" (").append(neutralise(r.scenario())).append("): ")
                        .append(r.display());
                if (r.formula() != null) {
                    c.append("; ").append(neutralise(r.formula()));
                }
                c.append('\n');
            }
            computed = c.append("</computed>\n").toString();
        }
        return prompts.answer(Map.of(
                "passages", sources.toString().strip(),
                "question", neutralise(request.question()),
                "computed", computed));
    }

    /** Untrusted text cannot open or close an element of the prompt. */
    private static String neutralise(String s) {
        return s == null ? "" : s.replace("<", "\u2039").replace(">", "\u203A");
    }

    private static String attribute(String s) {
        return neutralise(s).replace("\"", "'").replace("\n", " ");
    }
}
