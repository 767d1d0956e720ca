package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Issue 10, item 2: /api/ask answers on a bounded pool of its own. Questions beyond its queue get a quick
 * 503 with Retry-After instead of holding a server thread, and /health never waits behind them.
 */
class AskPoolTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** The real brain, held at a gate like a slow model. */
    private static final class SlowAssistant implements Assistant {
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger started = new AtomicInteger();
        private final Assistant real = TestAssistants.create();

        @Override
        public Answer ask(Question question, AnswerListener listener) {
            started.incrementAndGet();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return real.ask(question, listener);
        }

        @Override
        public Answer command(String text, String user) {
            return real.command(text, user);
        }

        @Override
        public boolean isInstant(String commandText) {
            return real.isInstant(commandText);
        }
    }

    @Test
    void questions_beyond_the_pool_and_its_queue_get_a_quick_503_with_retry_after_and_health_stays_up() throws Exception {
        SlowAssistant slow = new SlowAssistant();
        try (TestServer s = TestServer.withEnv(Map.of("THESISBOT_SERVER_ASK_WORKERS", "2", "THESISBOT_SERVER_ASK_QUEUE", "3"),
                slow)) {
            List<CompletableFuture<HttpResponse<String>>> held = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                held.add(ask(s, "What stake would $50B buy at $830B?"));
            }
            // all five accepted (two running, three queued) before the next ones are sent: a held question still on
            // its way would otherwise take a queue slot from one of them (the pool counts what it has accepted)
            long deadline = System.currentTimeMillis() + 10_000;
            while ((slow.started.get() < 2 || s.server.pendingQuestions() < 5) && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(2, slow.started.get(), "two workers busy, three questions waiting");
            assertEquals(5, s.server.pendingQuestions(), "two workers busy, three questions waiting");

            List<HttpResponse<String>> refused = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                refused.add(ask(s, "What stake would $50B buy at $830B?").get(10, TimeUnit.SECONDS));
            }
            for (HttpResponse<String> r : refused) {
                assertEquals(503, r.statusCode(), r.body());
                assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
                assertTrue(JSON.readTree(r.body()).get("error").asText().startsWith("busy: 2 questions are being answered"),
                        r.body());
            }
            HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(s.uri("/health")).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), "/health does not wait behind the questions");
            assertEquals(2, slow.started.get(), "refused questions never reached the brain");
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(s.uri("/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(metrics.body().contains("thesisbot_api_busy_total 20.0"), "each refusal is counted");

            slow.release.countDown();
            for (CompletableFuture<HttpResponse<String>> f : held) {
                HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
                assertEquals(200, r.statusCode(), r.body());
                assertEquals("numeric", JSON.readTree(r.body()).get("route").asText());
            }
        }
    }

    @Test
    void while_draining_new_questions_get_503_ready_says_draining_and_accepted_ones_are_answered() throws Exception {
        SlowAssistant slow = new SlowAssistant();
        org.thesisbot.edge.DrainGate gate = new org.thesisbot.edge.DrainGate();
        java.util.Map<String, String> env = new java.util.HashMap<>(Map.of("PORT", "0"));
        org.thesisbot.config.Settings settings = new org.thesisbot.config.SettingsLoader()
                .load(java.nio.file.Path.of("config/thesisbot.yaml"), env);
        io.micrometer.prometheusmetrics.PrometheusMeterRegistry registry =
                new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        Readiness ready = new Readiness() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public String detail() {
                return "ready";
            }
        };
        try (WebServer server = new WebServer(settings, org.thesisbot.config.Secrets.none(), slow, ready, registry, null, gate)
                .start()) {
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + server.port());
            CompletableFuture<HttpResponse<String>> accepted = HTTP.sendAsync(HttpRequest.newBuilder(base.resolve("/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"What stake would $50B buy?\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            long deadline = System.currentTimeMillis() + 10_000;
            while (slow.started.get() < 1 && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            gate.startDraining();
            assertTrue(!server.idle(), "the accepted question is still being answered");

            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"What stake would $50B buy?\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, refused.statusCode());
            assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
            assertTrue(refused.body().contains("restarting"), refused.body());
            HttpResponse<String> readyNow = HTTP.send(HttpRequest.newBuilder(base.resolve("/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, readyNow.statusCode());
            assertEquals("draining", JSON.readTree(readyNow.body()).get("status").asText());
            assertEquals(200, HTTP.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode());

            slow.release.countDown();
            assertEquals(200, accepted.get(30, TimeUnit.SECONDS).statusCode(), "accepted before the drain: answered");
            deadline = System.currentTimeMillis() + 5_000;
            while (!server.idle() && System.currentTimeMillis() < deadline) {
                Thread.sleep(10);
            }
            assertTrue(server.idle());
        } finally {
            registry.close();
        }
    }

    private static CompletableFuture<HttpResponse<String>> ask(TestServer s, String question) throws Exception {
        String body = JSON.writeValueAsString(JSON.createObjectNode().put("question", question));
        return HTTP.sendAsync(HttpRequest.newBuilder(s.uri("/api/ask")).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
