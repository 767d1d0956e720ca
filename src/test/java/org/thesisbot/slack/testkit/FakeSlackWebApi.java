package org.thesisbot.slack.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A local stand-in for Slack's Web API (and for {@code response_url}s), on port 0. The real SDK client is
 * pointed at {@link #apiUrl()} (that is what {@code SLACK_API_URL} does). Every call is recorded with its
 * method, parameters and Authorization header; responses are realistic {@code ok:true} bodies unless a
 * test scripts something else ({@link #script}), e.g. a 429 with {@code Retry-After}.
 */
public final class FakeSlackWebApi implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded call. For {@code response_url} posts the method is {@code "response_url"} and params hold the JSON's top-level fields. */
    public record ApiCall(String method, Map<String, String> params, String body, String authorization, String path) {
        public String param(String name) {
            return params.get(name);
        }

        /** A parameter that carries JSON (blocks, prompts), parsed. */
        public JsonNode json(String name) {
            String v = params.get(name);
            try {
                return v == null ? null : JSON.readTree(v);
            } catch (Exception e) {
                throw new AssertionError("parameter " + name + " of " + method + " is not JSON: " + v, e);
            }
        }

        /**
         * A JSON parameter re-serialised by Jackson, for substring assertions: the SDK's Gson escapes
         * characters such as {@code '} and {@code =} as {@code \\u0027}, which Slack decodes.
         */
        public String jsonText(String name) {
            JsonNode n = json(name);
            return n == null ? null : n.toString();
        }

        /** The whole body, parsed as JSON (response_url posts). */
        public JsonNode bodyJson() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("body of " + method + " is not JSON: " + body, e);
            }
        }

        /** All text in the call's blocks and text fields, for "does the reply say X" assertions. */
        public String allText() {
            return params.values().stream().collect(Collectors.joining("\n")) + "\n" + body;
        }
    }

    /** The bytes POSTed to an upload URL that {@code files.getUploadURLExternal} handed out. */
    public record Upload(String fileId, String filename, String altText, byte[] bytes, String contentType,
                         String authorization) {
    }

    /** A scripted response. */
    public record Scripted(int status, Map<String, String> headers, String body) {
        public static Scripted rateLimited(int retryAfterSeconds) {
            return new Scripted(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)), "{\"ok\":false,\"error\":\"ratelimited\"}");
        }

        public static Scripted error(String slackError) {
            return new Scripted(200, Map.of(), "{\"ok\":false,\"error\":\"" + slackError + "\"}");
        }

        public static Scripted ok(String body) {
            return new Scripted(200, Map.of(), body);
        }
    }

    private final Javalin server;
    private final List<ApiCall> calls = new ArrayList<>();
    private final Map<String, Deque<Scripted>> scripted = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000100L);
    private final AtomicLong fileIds = new AtomicLong(1000);
    private final Map<String, String[]> pendingFiles = new ConcurrentHashMap<>();
    private final List<Upload> uploads = new ArrayList<>();
    private volatile String socketModeUrl = "ws://127.0.0.1:1/link";
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

    public FakeSlackWebApi() {
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/api/{method}", this::api);
            cfg.routes.post("/response/{id}", this::responseUrl);
            cfg.routes.get("/files/{name}", this::file);
            cfg.routes.post("/upload/{fileId}", this::upload);
        }).start("127.0.0.1", 0);
    }

    /** What {@code SLACK_API_URL} should be set to. */
    public String apiUrl() {
        return "http://127.0.0.1:" + server.port() + "/api/";
    }

    /** A response_url that records what is posted to it. */
    public String responseUrl(String id) {
        return "http://127.0.0.1:" + server.port() + "/response/" + id;
    }

    /**
     * Serves {@code bytes} as a file's private download (GET, recorded as method {@code "file_download"} with its
     * Authorization header) and returns its URL, for a scripted {@code files.info}.
     */
    public String serveFile(String name, byte[] bytes) {
        files.put(name, bytes);
        return "http://127.0.0.1:" + server.port() + "/files/" + name;
    }

    /** A {@code files.info} reply for a file served by {@link #serveFile}. */
    public Scripted fileInfo(String id, String name, String filetype, long size, String downloadUrl) {
        ObjectNode r = JSON.createObjectNode().put("ok", true);
        r.putObject("file").put("id", id).put("name", name).put("title", name).put("filetype", filetype)
                .put("size", size).put("url_private", downloadUrl).put("url_private_download", downloadUrl);
        return Scripted.ok(r.toString());
    }

    private void file(Context ctx) throws Exception {
        record(ctx, "file_download");
        byte[] b = files.get(ctx.pathParam("name"));
        if (b == null) {
            ctx.status(404).result("not found");
        } else if (ctx.header("Authorization") == null) {
            ctx.status(302).header("Location", "https://slack.com/signin").result("");
        } else {
            ctx.status(200).contentType("application/octet-stream").result(b);
        }
    }

    /** What {@code apps.connections.open} returns as the Socket Mode WebSocket URL. */
    public void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** The next calls of {@code method} get these responses, in order; later calls get the default again. */
    public void script(String method, Scripted... responses) {
        Deque<Scripted> q = scripted.computeIfAbsent(method, m -> new ArrayDeque<>());
        synchronized (q) {
            q.addAll(List.of(responses));
        }
    }

    /**
     * Calls of {@code method} from now on are recorded at once but answered only once the returned latch is counted
     * down (or after 30 s): the caller is held between sending its call and reading the answer.
     */
    public CountDownLatch hold(String method) {
        CountDownLatch release = new CountDownLatch(1);
        held.put(method, release);
        return release;
    }

    /** Every file upload (step two of Slack's upload flow), with its bytes, in order. */
    public synchronized List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    public synchronized List<ApiCall> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<ApiCall> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Waits (up to 15 s) until at least {@code count} calls of {@code method} have been recorded, and returns them all. */
    public List<ApiCall> awaitCalls(String method, int count) {
        return await(c -> c.method().equals(method), count, method);
    }

    /** Waits (up to 15 s) until at least {@code count} recorded calls match. */
    public synchronized List<ApiCall> await(Predicate<ApiCall> match, int count, String what) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            List<ApiCall> found = calls.stream().filter(match).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " call(s) of " + what + ", got " + found.size()
                        + "; all calls: " + calls.stream().map(ApiCall::method).toList());
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private void api(Context ctx) throws Exception {
        String method = ctx.pathParam("method");
        record(ctx, method);
        CountDownLatch release = held.get(method);
        if (release != null) {
            release.await(30, TimeUnit.SECONDS);
        }
        Scripted s = next(method);
        if (s == null) {
            s = Scripted.ok(defaultBody(method, ctx));
        }
        s.headers().forEach(ctx::header);
        ctx.status(s.status()).contentType("application/json; charset=utf-8").result(s.body());
    }

    private void responseUrl(Context ctx) throws Exception {
        record(ctx, "response_url");
        Scripted s = next("response_url");
        if (s == null) {
            s = Scripted.ok("ok");
        }
        s.headers().forEach(ctx::header);
        ctx.status(s.status()).result(s.body());
    }

    private void upload(Context ctx) {
        String fileId = ctx.pathParam("fileId");
        String[] meta = pendingFiles.get(fileId);
        if (meta == null) {
            ctx.status(404).result("unknown upload url");
            return;
        }
        byte[] bytes = ctx.bodyAsBytes();
        synchronized (this) {
            uploads.add(new Upload(fileId, meta[0], meta[1], bytes, ctx.contentType(), ctx.header("Authorization")));
            calls.add(new ApiCall("upload", Map.of("file_id", fileId, "length", String.valueOf(bytes.length)), "",
                    ctx.header("Authorization"), ctx.path()));
            notifyAll();
        }
        ctx.status(200).result("OK - " + bytes.length);
    }

    private void record(Context ctx, String method) throws Exception {
        String body = ctx.body();
        Map<String, String> params = new LinkedHashMap<>();
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("application/x-www-form-urlencoded")) {
            ctx.formParamMap().forEach((k, v) -> params.put(k, v.isEmpty() ? "" : v.get(0)));
        } else if (!body.isBlank() && body.strip().startsWith("{")) {
            JsonNode node = JSON.readTree(body);
            node.properties().forEach(e -> params.put(e.getKey(),
                    e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        }
        ApiCall call = new ApiCall(method, Map.copyOf(params), body, ctx.header("Authorization"), ctx.path());
        synchronized (this) {
            calls.add(call);
            notifyAll();
        }
    }

    private Scripted next(String method) {
        Deque<Scripted> q = scripted.get(method);
        if (q == null) {
            return null;
        }
        synchronized (q) {
            return q.pollFirst();
        }
    }

    private String defaultBody(String method, Context ctx) {
        ObjectNode r = JSON.createObjectNode().put("ok", true);
        String channel = ctx.formParam("channel") != null ? ctx.formParam("channel") : ctx.formParam("channel_id");
        switch (method) {
            case "chat.postMessage", "chat.startStream" -> {
                String newTs = nextTs();
                r.put("channel", channel).put("ts", newTs);
                if (method.equals("chat.postMessage")) {
                    r.putObject("message").put("ts", newTs).put("text", ctx.formParam("text"));
                }
            }
            case "chat.appendStream", "chat.stopStream", "chat.update" -> r.put("channel", channel).put("ts", ctx.formParam("ts"));
            case "auth.test" -> r.put("url", "https://thesis.slack.com/").put("team", "Thesis").put("user", "thesisbot")
                    .put("team_id", SlackFixtures.TEAM).put("user_id", SlackFixtures.BOT_USER)
                    .put("bot_id", SlackFixtures.BOT_ID).put("app_id", SlackFixtures.APP_ID);
            case "apps.connections.open" -> r.put("url", socketModeUrl);
            case "files.getUploadURLExternal" -> {
                String id = "F" + fileIds.incrementAndGet();
                pendingFiles.put(id, new String[] {ctx.formParam("filename"), ctx.formParam("alt_txt")});
                r.put("upload_url", "http://127.0.0.1:" + server.port() + "/upload/" + id).put("file_id", id);
            }
            case "files.completeUploadExternal" -> {
                var files = r.putArray("files");
                try {
                    for (JsonNode f : JSON.readTree(ctx.formParam("files"))) {
                        files.addObject().put("id", f.path("id").asText()).put("title", f.path("title").asText());
                    }
                } catch (Exception e) {
                    return "{\"ok\":false,\"error\":\"invalid_arguments\"}";
                }
            }
            case "chat.postEphemeral" -> r.put("message_ts", nextTs());
            default -> {
            }
        }
        return r.toString();
    }

    private String nextTs() {
        long n = ts.incrementAndGet();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    @Override
    public void close() {
        server.stop();
    }
}
