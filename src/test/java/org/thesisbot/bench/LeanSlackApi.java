package org.thesisbot.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load generator's stand-in for Slack's Web API: a lean sibling of the test kit's
 * {@link org.thesisbot.slack.testkit.FakeSlackWebApi}, for benchmarks. It runs in the load generator's JVM
 * (so reply arrival and event send times share one clock), which is why it must cost that JVM as little as
 * possible: the JDK's own HTTP server on one thread, no JSON parsing, nothing kept per call. For
 * {@code chat.postMessage} it reads only {@code channel} and {@code thread_ts} from the form body and hands them,
 * with the arrival time taken before the body is read, to a {@link Listener}, and tells it when the answer was
 * written. {@code auth.test} answers as a real workspace would (Bolt calls it at start-up); every other method gets {@code {"ok":true}}.
 */
final class LeanSlackApi implements AutoCloseable {
    /** Called for every {@code chat.postMessage}, on the server thread. */
    interface Listener {
        /** {@code content} is the message's text and blocks, as posted. */
        void reply(String channel, String threadTs, long arrivalNanos, String content);

        /**
         * Once the answer to that {@code chat.postMessage} is written, with the time taken just after (the caller may
         * read it before this thread takes the time, when this thread is held up in between).
         */
        default void responded(String channel, String threadTs, long respondedNanos) {
        }
    }

    static {
        // The JDK server leaves Nagle's algorithm on (sun.net.httpserver.nodelay=false) and writes a response's
        // headers and body separately, so a client that sends nothing more waits for its own delayed ACK: every
        // response took 44 ms for the Java apps' blocking Slack client (measured: p50 44.0 ms, 0.39 ms with this
        // on), which capped both Java targets near 8 workers / 44 ms = 180 replies/s while bolt-js, posting
        // asynchronously, went on. Read once, when the JDK's server classes load: set before the first server.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static final byte[] AUTH_TEST = ("{\"ok\":true,\"url\":\"https://bench.slack.com/\",\"team\":\"Bench\","
            + "\"user\":\"thesisbot\",\"team_id\":\"T0THESIS\",\"user_id\":\"U0BOT\",\"bot_id\":\"B0BOT\","
            + "\"app_id\":\"A0THESIS\"}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] OK = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final Map<String, AtomicLong> methods = new ConcurrentHashMap<>();
    private final AtomicLong ts = new AtomicLong(1_700_000_000_000_000L);

    /** Listens on loopback at {@code port} (0: any free port). */
    LeanSlackApi(int port, Listener listener) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.createContext("/api/", exchange -> {
            long arrival = System.nanoTime();
            String channel = null;
            String threadTs = null;
            long responded;
            try (exchange) {
                String method = exchange.getRequestURI().getPath().substring("/api/".length());
                methods.computeIfAbsent(method, m -> new AtomicLong()).incrementAndGet();
                byte[] body = readAll(exchange.getRequestBody());
                byte[] response = OK;
                if (method.equals("chat.postMessage")) {
                    Map<String, String> form = form(body, exchange);
                    channel = form.get("channel");
                    threadTs = form.get("thread_ts");
                    listener.reply(channel, threadTs, arrival,
                            form.getOrDefault("text", "") + form.getOrDefault("blocks", ""));
                    response = ("{\"ok\":true,\"channel\":\"" + channel + "\",\"ts\":\"" + nextTs() + "\"}")
                            .getBytes(StandardCharsets.UTF_8);
                } else if (method.equals("auth.test")) {
                    response = AUTH_TEST;
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, response.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response);
                }
                responded = System.nanoTime();   // written (closing the body stream sends it)
            }
            if (channel != null) {
                listener.responded(channel, threadTs, responded);
            }
        });
        server.createContext("/response/", exchange -> {
            try (exchange) {
                methods.computeIfAbsent("response_url", m -> new AtomicLong()).incrementAndGet();
                readAll(exchange.getRequestBody());
                exchange.sendResponseHeaders(200, 2);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write("ok".getBytes(StandardCharsets.UTF_8));
                }
            }
        });
        server.start(); // no executor: handlers run on the server's own thread
    }

    /** What {@code SLACK_API_URL} should be set to. */
    String apiUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
    }

    /** A response_url that is answered and counted. */
    String responseUrl(String id) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/response/" + id;
    }

    /** Calls per Web API method, e.g. {@code {"auth.test": 1, "chat.postMessage": 3000}}. */
    Map<String, Long> methods() {
        Map<String, Long> out = new TreeMap<>();
        methods.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private String nextTs() {
        long n = ts.incrementAndGet();
        return (n / 1_000_000) + "." + String.format("%06d", n % 1_000_000);
    }

    /** The form fields of a urlencoded body (the SDK posts forms; a JSON body yields no fields). */
    private static Map<String, String> form(byte[] body, HttpExchange exchange) {
        Map<String, String> out = new java.util.HashMap<>();
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("application/x-www-form-urlencoded")) {
            return out;
        }
        String s = new String(body, StandardCharsets.US_ASCII);
        for (String pair : s.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                String key = pair.substring(0, eq);
                if (key.equals("channel") || key.equals("thread_ts") || key.equals("text") || key.equals("blocks")) {
                    out.put(key, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
