package org.thesisbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.edge.BoundedBody;

/**
 * {@code POST /api/ask}: {@code {"question": "...", "thread": "optional id"}} -> the answer as
 * {@link AnswerJson}. Every problem with the input is a 400 (413 for an oversized body); the caller
 * never sees a 500 for bad input.
 */
final class AskHandler implements Handler {
    static final String CLIENT_HEADER = "X-Thesisbot-Client";
    private static final Pattern THREAD_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final String USAGE = "send a JSON object like {\"question\": \"What stake would $50B buy?\"}";

    private final Assistant assistant;
    private final ObjectMapper mapper;
    private final ObjectReader reader;
    private final BoundedBody body;
    private final AskPool pool;
    private final int questionMaxChars;

    private final AnswerJson.ChartLinks charts;

    AskHandler(Assistant assistant, ObjectMapper mapper, int maxBodyBytes, int questionMaxChars, AskPool pool,
               AnswerJson.ChartLinks charts) {
        this.pool = pool;
        this.assistant = assistant;
        this.charts = charts;
        this.mapper = mapper;
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.body = new BoundedBody(maxBodyBytes);
        this.questionMaxChars = questionMaxChars;
    }

    /**
     * Reads and checks the request on the HTTP thread (bounded and quick), then answers on the ask pool and
     * releases the HTTP thread meanwhile, so a slow model never holds one of the server's threads and
     * {@code /slack/events} and {@code /health} never wait behind it. A full pool is a quick 503.
     */
    @Override
    public void handle(Context ctx) throws IOException {
        Question question = parse(body.read(ctx), "playground".equals(ctx.header(CLIENT_HEADER)) ? "playground" : "api");
        CompletableFuture<Answer> answer = pool.submit(() -> assistant.ask(question));
        ctx.future(() -> answer.thenAccept(a -> {
            try {
                ctx.status(200).contentType("application/json; charset=utf-8")
                        .result(mapper.writeValueAsBytes(AnswerJson.toJson(a, mapper, charts)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the answer as JSON", e);
            }
        }));
    }

    Question parse(byte[] body, String origin) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : reader.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "the body is not valid JSON: " + USAGE);
        } catch (IOException e) {
            throw new ApiException(400, "the body could not be read as JSON: " + USAGE);
        }
        if (root == null || root.isMissingNode()) {
            throw new ApiException(400, "the body is empty: " + USAGE);
        }
        if (!root.isObject()) {
            throw new ApiException(400, "the body must be a JSON object: " + USAGE);
        }
        JsonNode q = root.get("question");
        if (q == null || q.isNull()) {
            throw new ApiException(400, "missing \"question\": " + USAGE);
        }
        if (!q.isTextual()) {
            throw new ApiException(400, "\"question\" must be a string: " + USAGE);
        }
        String text = q.textValue().strip();
        if (text.isEmpty()) {
            throw new ApiException(400, "the question is empty: ask something, e.g. \"What stake would $50B buy?\"");
        }
        int chars = text.codePointCount(0, text.length());
        if (chars > questionMaxChars) {
            throw new ApiException(400, "the question is too long: " + chars + " characters, the limit is "
                    + questionMaxChars);
        }
        return new Question(text, thread(root.get("thread")), null, origin);
    }

    /** API threads live in their own namespace, so an API caller can never read a Slack thread's memory. */
    private static String thread(JsonNode t) {
        if (t == null || t.isNull()) {
            return null;
        }
        if (!t.isTextual() || !THREAD_ID.matcher(t.textValue()).matches()) {
            throw new ApiException(400, "\"thread\" must be a string of 1 to 128 letters, digits or . _ : -");
        }
        return "api:" + t.textValue();
    }
}
