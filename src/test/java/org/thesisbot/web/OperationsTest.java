package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Handler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** /health, /ready, /metrics, the playground files and the Slack mount, over real HTTP. */
class OperationsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static HttpResponse<String> get(TestServer s, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(s.uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_is_200_while_ready_follows_readiness_with_its_detail() throws Exception {
        try (TestServer s = TestServer.local(TestAssistants.create())) {
            s.ready.set(false);
            assertEquals(200, get(s, "/health").statusCode());
            assertEquals("ok", JSON.readTree(get(s, "/health").body()).get("status").asText());
            HttpResponse<String> notReady = get(s, "/ready");
            assertEquals(503, notReady.statusCode());
            assertEquals("building the source index", JSON.readTree(notReady.body()).get("detail").asText());
            s.ready.set(true);
            HttpResponse<String> ready = get(s, "/ready");
            assertEquals(200, ready.statusCode());
            assertEquals("ready", JSON.readTree(ready.body()).get("status").asText());
        }
    }

    @Test
    void metrics_lists_every_app_metric_at_zero_from_the_start() throws Exception {
        try (TestServer s = TestServer.local(TestAssistants.create())) {
            HttpResponse<String> r = get(s, "/metrics");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            String body = r.body();
            for (String route : new String[] {"numeric", "narrative", "mixed", "help", "out_of_scope"}) {
                assertTrue(body.contains("thesisbot_questions_total{route=\"" + route + "\"} 0"), route);
                assertTrue(body.contains("thesisbot_answer_latency_seconds_count{route=\"" + route + "\"} 0"), route);
            }
            for (String name : new String[] {"thesisbot_llm_calls_total 0", "thesisbot_llm_errors_total 0",
                    "thesisbot_llm_fallbacks_total 0", "thesisbot_grounding_repairs_total 0",
                    "thesisbot_slack_api_errors_total 0", "thesisbot_slack_api_ratelimited_total 0",
                    "thesisbot_slack_dedupe_hits_total 0", "thesisbot_llm_capped_total 0", "thesisbot_api_busy_total 0",
                    "thesisbot_drafts_redone_total 0", "thesisbot_feedback_total{vote=\"up\"} 0",
                    "thesisbot_feedback_total{vote=\"down\"} 0", "jvm_memory_used_bytes"}) {
                assertTrue(body.contains(name), name);
            }
        }
    }

    @Test
    void telemetry_recorded_through_the_port_shows_in_metrics_with_latency_buckets() throws Exception {
        try (TestServer s = TestServer.local(TestAssistants.create())) {
            s.telemetry.increment(MicrometerTelemetry.QUESTIONS, "route", "numeric");
            s.telemetry.record(MicrometerTelemetry.ANSWER_LATENCY, Duration.ofMillis(3), "route", "numeric");
            s.telemetry.increment(MicrometerTelemetry.FEEDBACK, "vote", "up");
            s.telemetry.increment(MicrometerTelemetry.LLM_FALLBACKS);
            String body = get(s, "/metrics").body();
            assertTrue(body.contains("thesisbot_questions_total{route=\"numeric\"} 1"), body);
            assertTrue(body.contains("thesisbot_feedback_total{vote=\"up\"} 1"));
            assertTrue(body.contains("thesisbot_llm_fallbacks_total 1"));
            // 3 ms lands in the 5 ms bucket (an SLO boundary) but not below 2 ms.
            assertTrue(body.contains("thesisbot_answer_latency_seconds_bucket{route=\"numeric\",le=\"0.005\"} 1"), body);
            assertTrue(body.matches("(?s).*thesisbot_answer_latency_seconds_bucket\\{route=\"numeric\",le=\"0\\.00[01]\\d*\"} 0.*"));
            assertTrue(body.contains("thesisbot_answer_latency_seconds_count{route=\"numeric\"} 1"));
            assertEquals(1.0, s.telemetry.count(MicrometerTelemetry.QUESTIONS, "route", "numeric"));
        }
    }

    @Test
    void the_playground_is_served_with_a_strict_content_security_policy() throws Exception {
        try (TestServer s = TestServer.local(TestAssistants.create())) {
            HttpResponse<String> page = get(s, "/");
            assertEquals(200, page.statusCode());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("default-src 'none'"), csp);
            assertTrue(page.body().contains("/playground.js"));
            assertTrue(!page.body().contains("http://") && !page.body().contains("https://"), "no external URL");
            HttpResponse<String> js = get(s, "/playground.js");
            assertEquals(200, js.statusCode());
            assertTrue(js.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
            assertTrue(!js.body().contains("innerHTML"), "the renderer builds DOM nodes, never HTML strings");
            assertEquals(200, get(s, "/playground.css").statusCode());
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(page.headers().firstValue("Server").isEmpty(), "no server version banner");
        }
    }

    @Test
    void a_given_slack_handler_is_mounted_at_slack_events_outside_the_api_token() throws Exception {
        AtomicReference<String> received = new AtomicReference<>();
        Handler slack = ctx -> {
            received.set(ctx.body());
            ctx.status(200).result("");
        };
        try (TestServer s = TestServer.withEnv(Map.of("SLACK_BOT_TOKEN", "xoxb-t", "SLACK_SIGNING_SECRET", "sig",
                "THESISBOT_API_TOKEN", "api"), TestAssistants.create(), slack)) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(s.uri("/slack/events"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"url_verification\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertEquals("{\"type\":\"url_verification\"}", received.get());
            // Javalin's own body limit protects the Slack handler too: 413, not 500.
            String big = "x".repeat(s.settings.server().maxBodyBytes() + 1);
            HttpResponse<String> tooBig = HTTP.send(HttpRequest.newBuilder(s.uri("/slack/events"))
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, tooBig.statusCode());
        }
    }

    /** The Dockerfile's HEALTHCHECK speaks raw HTTP/1.0 over bash's /dev/tcp; this is the same exchange. */
    @Test
    void health_answers_a_bare_http_1_0_request_like_the_docker_healthcheck_sends() throws Exception {
        try (TestServer s = TestServer.local(TestAssistants.create());
             Socket socket = new Socket("127.0.0.1", s.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String statusLine = all.toString(StandardCharsets.US_ASCII).lines().findFirst().orElse("");
            assertTrue(statusLine.matches("HTTP/1\\.[01] 200 .*"), statusLine);
        }
    }

    @Test
    void a_port_already_in_use_fails_start_with_a_message_naming_the_port() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            var settings = new org.thesisbot.config.SettingsLoader().load(java.nio.file.Path.of("config/thesisbot.yaml"),
                    Map.of("PORT", String.valueOf(taken.getLocalPort())));
            var registry = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                    io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
            WebServer w = new WebServer(settings, org.thesisbot.config.Secrets.none(), TestAssistants.create(),
                    new Readiness() {
                        @Override
                        public boolean ready() {
                            return true;
                        }

                        @Override
                        public String detail() {
                            return "";
                        }
                    }, registry, null);
            var e = org.junit.jupiter.api.Assertions.assertThrows(org.thesisbot.config.ConfigException.class, w::start);
            assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())) && e.getMessage().contains("PORT"),
                    e.getMessage());
            w.close();
        }
    }

    @Test
    void ready_reports_503_when_the_readiness_check_itself_fails() throws Exception {
        Readiness broken = new Readiness() {
            @Override
            public boolean ready() {
                throw new IllegalStateException("index file corrupt");
            }

            @Override
            public String detail() {
                return "x";
            }
        };
        var registry = new io.micrometer.prometheusmetrics.PrometheusMeterRegistry(
                io.micrometer.prometheusmetrics.PrometheusConfig.DEFAULT);
        var settings = new org.thesisbot.config.SettingsLoader().load(java.nio.file.Path.of("config/thesisbot.yaml"),
                Map.of("PORT", "0"));
        try (WebServer w = new WebServer(settings, org.thesisbot.config.Secrets.none(), TestAssistants.create(),
                broken, registry, null).start()) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(
                    java.net.URI.create("http://localhost:" + w.port() + "/ready")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode());
            JsonNode n = JSON.readTree(r.body());
            assertEquals("not ready", n.get("status").asText());
            assertTrue(!r.body().contains("corrupt"));
        }
    }
}
