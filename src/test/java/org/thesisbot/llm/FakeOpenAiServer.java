package org.thesisbot.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A local stand-in for an OpenAI-compatible chat completions endpoint, on port 0. Tests script its
 * replies; it records every request (body and Authorization header) so tests can assert what the real
 * LangChain4j client sent.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply. */
    public sealed interface Reply permits Completion, Status, Raw, Hang, Stream, HeadersOnly, SlowStream {
    }

    /** A streamed completion with {@code delayMillis} between tokens (a slow model), finished normally. */
    public record SlowStream(List<String> tokens, long delayMillis) implements Reply {
    }

    /** Stream headers, then nothing but keep-alive comments until the client goes away (a model that never starts). */
    public record HeadersOnly() implements Reply {
    }

    /**
     * A streamed completion (server-sent events, as with "stream": true): one chunk per token. With
     * {@code hangAfter} the stream stops after the tokens without finishing (a model that stalls); it
     * sends an SSE comment every 50 ms meanwhile, so the server notices when the client goes away
     * ({@link #disconnects()}).
     */
    public record Stream(List<String> tokens, boolean hangAfter) implements Reply {
    }

    /** A well-formed chat completion whose message content is {@code content}. */
    public record Completion(String content) implements Reply {
    }

    /** An HTTP error status with an OpenAI-style error body. */
    public record Status(int status) implements Reply {
    }

    /** HTTP 200 with this body as is (e.g. broken JSON). */
    public record Raw(String body) implements Reply {
    }

    /** Never answers until the server is closed (a model that hangs). */
    public record Hang() implements Reply {
    }

    record Received(JsonNode body, String authorization) {
        String systemMessage() {
            return message("system");
        }

        String userMessage() {
            return message("user");
        }

        private String message(String role) {
            for (JsonNode m : body.path("messages")) {
                if (role.equals(m.path("role").asText())) {
                    return m.path("content").asText();
                }
            }
            return null;
        }
    }

    private final HttpServer server;
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final java.util.concurrent.atomic.AtomicInteger disconnects = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger chunksSent = new java.util.concurrent.atomic.AtomicInteger();
    private Reply fallbackReply = new Status(500);

    public FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-openai");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    synchronized FakeOpenAiServer then(Reply reply) {
        script.add(reply);
        return this;
    }

    /** The reply once the script is used up. */
    public synchronized FakeOpenAiServer always(Reply reply) {
        fallbackReply = reply;
        return this;
    }

    List<Received> received() {
        return received;
    }

    /** Streams the client closed before they ended. */
    public int disconnects() {
        return disconnects.get();
    }

    /** Stream chunks written so far (all streams). */
    int chunksSent() {
        return chunksSent.get();
    }

    /** Waits up to {@code timeoutMillis} for at least {@code n} disconnects; returns the count. */
    int awaitDisconnects(int n, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (disconnects.get() < n && System.currentTimeMillis() < end) {
            Thread.sleep(20);
        }
        return disconnects.get();
    }

    private synchronized Reply next() {
        return script.isEmpty() ? fallbackReply : script.poll();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        received.add(new Received(JSON.readTree(body), ex.getRequestHeaders().getFirst("Authorization")));
        Reply reply = next();
        try {
            if (reply instanceof Completion c) {
                send(ex, 200, completion(c.content()));
            } else if (reply instanceof Status s) {
                send(ex, s.status(), "{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\",\"code\":null}}");
            } else if (reply instanceof Raw r) {
                send(ex, 200, r.body());
            } else if (reply instanceof Stream st) {
                stream(ex, st);
            } else if (reply instanceof SlowStream slow) {
                ex.getResponseHeaders().set("Content-Type", "text/event-stream");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    event(out, chunk(null, null));
                    for (String token : slow.tokens()) {
                        if (closing.await(slow.delayMillis(), TimeUnit.MILLISECONDS)) {
                            return;
                        }
                        event(out, chunk(token, null));
                        chunksSent.incrementAndGet();
                    }
                    event(out, chunk(null, "stop"));
                    out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                } catch (IOException e) {
                    disconnects.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else if (reply instanceof HeadersOnly) {
                ex.getResponseHeaders().set("Content-Type", "text/event-stream");
                ex.sendResponseHeaders(200, 0);
                try (OutputStream out = ex.getResponseBody()) {
                    pingUntilGone(out);
                }
            } else {
                try {
                    closing.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                send(ex, 200, completion("Too late [1]."));
            }
        } catch (IOException e) {
            // the client gave up (a timeout test); nothing to do
        }
    }

    /** SSE comments every 50 ms until the client closes the stream (counted) or the server closes. */
    private void pingUntilGone(OutputStream out) {
        try {
            while (!closing.await(50, TimeUnit.MILLISECONDS)) {
                out.write(": ping\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            disconnects.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stream(HttpExchange ex, Stream st) throws IOException {
        ex.getResponseHeaders().set("Content-Type", "text/event-stream");
        ex.sendResponseHeaders(200, 0);
        try (OutputStream out = ex.getResponseBody()) {
            event(out, chunk(null, null));
            try {
                for (String token : st.tokens()) {
                    event(out, chunk(token, null));
                    chunksSent.incrementAndGet();
                }
            } catch (IOException e) {
                disconnects.incrementAndGet();
                throw e;
            }
            if (st.hangAfter()) {
                pingUntilGone(out);
                return;
            }
            event(out, chunk(null, "stop"));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static void event(OutputStream out, String json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String chunk(String content, String finishReason) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-stream");
        root.put("object", "chat.completion.chunk");
        root.put("created", 1_700_000_000L);
        root.put("model", "gpt-4o-mini");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (content == null && finishReason == null) {
            delta.put("role", "assistant").put("content", "");
        } else if (content != null) {
            delta.put("content", content);
        }
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return JSON.writeValueAsString(root);
    }

    private static String completion(String content) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        root.put("created", 1_700_000_000L);
        root.put("model", "gpt-4o-mini");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return JSON.writeValueAsString(root);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** Requests received so far. */
    public int requests() {
        return received.size();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
    }
}
