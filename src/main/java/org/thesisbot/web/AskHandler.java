package org.thesisbot.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

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
    /** How much of an oversized body is read and discarded so the client sees the 413. */
    private static final long DRAIN_BYTES = 1 << 20;
    private final int maxBodyBytes;
    private final int questionMaxChars;

    private final AnswerJson.ChartLinks charts;

    AskHandler(Assistant assistant, ObjectMapper mapper, int maxBodyBytes, int questionMaxChars, AnswerJson.ChartLinks charts) {
        this.assistant = assistant;
        this.charts = charts;
        this.mapper = mapper;
        this.reader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.maxBodyBytes = maxBodyBytes;
        this.questionMaxChars = questionMaxChars;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        byte[] body = readBounded(ctx);
        Question question = parse(body, "playground".equals(ctx.header(CLIENT_HEADER)) ? "playground" : "api");
        Answer answer = assistant.ask(question);
        ctx.status(200)
                .contentType("application/json; charset=utf-8")
                .result(mapper.writeValueAsBytes(AnswerJson.toJson(answer, mapper, charts)));
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

    private byte[] readBounded(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        byte[] buf = new byte[8192];
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBodyBytes) {
                throw tooLarge(ctx, in, buf);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 256);
            int n;
            while ((n = in.read(buf)) != -1) {
                if (out.size() + n > maxBodyBytes) {
                    throw tooLarge(ctx, in, buf);
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }

    /**
     * Reads and discards what the client is still sending (up to a bound) so it gets to read the 413
     * instead of a connection reset, then asks for the connection to be closed.
     */
    private ApiException tooLarge(Context ctx, InputStream in, byte[] buf) {
        long budget = Math.max(DRAIN_BYTES, 4L * maxBodyBytes);
        try {
            int n;
            while (budget > 0 && (n = in.read(buf)) != -1) {
                budget -= n;
            }
        } catch (IOException ignored) {
            // the client gave up; the 413 still goes out if it can
        }
        ctx.header("Connection", "close");
        return tooLarge();
    }

    private ApiException tooLarge() {
        return new ApiException(413, "the body is larger than " + maxBodyBytes + " bytes");
    }
}
