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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 */
public final class LlmAnswerWriter implements AnswerWriter {
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerWriter.class);

    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final String modelName;
    private final PromptTemplates prompts;
    private final ExtractiveWriter fallback;
    private final Duration deadline;
    private final int maxRetries;
    private final Telemetry telemetry;
    private final AtomicInteger threads = new AtomicInteger();
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
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

    @Override
    public Draft write(WriteRequest request, AnswerListener listener) {
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

    /** One model call: the text received (possibly partial) and the failure, if any. */
    private record Attempt(String text, Failure failure) {
    }

    private Attempt call(ChatRequest chat, long remainingNanos) {
        Future<ChatResponse> call = calls.submit(() -> model.chat(chat));
        try {
            ChatResponse response = call.get(remainingNanos, TimeUnit.NANOSECONDS);
            String text = response == null || response.aiMessage() == null ? null : response.aiMessage().text();
            if (text == null || text.isBlank()) {
                return new Attempt("", new Failure("malformed", "returned an empty reply", "empty reply", true));
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
        }
    }

    private Attempt stream(ChatRequest chat, long remainingNanos, AnswerListener listener) {
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        StringBuilder received = new StringBuilder();
        Object lock = new Object();
        boolean[] open = {true};
        try {
            streaming.chat(chat, new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(String token) {
                    synchronized (lock) {
                        if (open[0] && token != null && !token.isEmpty()) {
                            received.append(token);
                            listener.chunk(token);
                        }
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
            done.get(remainingNanos, TimeUnit.NANOSECONDS);
            synchronized (lock) {
                open[0] = false;
                if (received.toString().isBlank()) {
                    return new Attempt("", new Failure("malformed", "returned an empty reply", "empty reply", true));
                }
                return new Attempt(received.toString(), null);
            }
        } catch (TimeoutException e) {
            return new Attempt(close(lock, open, received), new Failure("timeout", timeoutNote(), "deadline", false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(close(lock, open, received), new Failure("error", "was interrupted", "interrupted", false));
        } catch (ExecutionException e) {
            return new Attempt(close(lock, open, received), classify(e.getCause()));
        } catch (RuntimeException e) {
            return new Attempt(close(lock, open, received), classify(e));
        }
    }

    /** Stops forwarding late tokens; returns exactly what was forwarded. */
    private static String close(Object lock, boolean[] open, StringBuilder received) {
        synchronized (lock) {
            open[0] = false;
            return received.toString();
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
