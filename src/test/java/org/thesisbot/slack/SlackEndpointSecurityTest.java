package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.Expect.lacks;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.state.StateBackend;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.slack.testkit.LogCapture;
import org.thesisbot.slack.testkit.RecordingTelemetry;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.slack.testkit.ScriptedAssistant;
import org.thesisbot.slack.testkit.SlackEventsClient.Delivery;
import org.thesisbot.slack.testkit.SlackHarness;

class SlackEndpointSecurityTest {
    private final ScriptedAssistant assistant = new ScriptedAssistant();
    private SlackHarness h;

    @BeforeEach
    void start() {
        h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_WORKERS", "1").start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private ObjectNode mention() {
        return h.fixtures().appMention(ALICE, CHANNEL, "what stake?", h.fixtures().nextTs(), null);
    }

    @Test
    void refuses_a_wrong_signature_with_401() {
        HttpResponse<String> r = h.events().event(mention(), h.events().signedNow().signedWith("not-the-secret"));
        assertEquals(401, r.statusCode());
        contains(r.body(), "invalid signature");
    }

    @Test
    void refuses_an_unsigned_request_with_401() {
        assertEquals(401, h.events().event(mention(), h.events().signedNow().unsigned()).statusCode());
    }

    @Test
    void refuses_a_timestamp_older_than_five_minutes_with_401() {
        Delivery old = h.events().signedNow().at(System.currentTimeMillis() / 1000 - 6 * 60);
        HttpResponse<String> r = h.events().event(mention(), old);
        assertEquals(401, r.statusCode());
        contains(r.body(), "timestamp");
    }

    @Test
    void refuses_a_timestamp_more_than_five_minutes_in_the_future_with_401() {
        Delivery future = h.events().signedNow().at(System.currentTimeMillis() / 1000 + 6 * 60);
        HttpResponse<String> r = h.events().event(mention(), future);
        assertEquals(401, r.statusCode());
        contains(r.body(), "timestamp");
    }

    @Test
    void accepts_a_timestamp_within_the_window_either_side() {
        long now = System.currentTimeMillis() / 1000;
        assertEquals(200, h.events().event(mention(), h.events().signedNow().at(now - 4 * 60)).statusCode());
        assertEquals(200, h.events().event(mention(), h.events().signedNow().at(now + 60)).statusCode());
    }

    @Test
    void refused_requests_never_reach_the_brain() {
        h.events().event(mention(), h.events().signedNow().signedWith("nope"));
        h.events().event(mention(), h.events().signedNow().at(System.currentTimeMillis() / 1000 + 3600));
        h.events().event(h.fixtures().appMention(ALICE, "C0SENTINEL", "help", h.fixtures().nextTs(), null));
        h.slack().awaitCalls("chat.postMessage", 1);

        assertEquals(1, assistant.questions().size());
    }

    @Test
    void refuses_a_signed_but_malformed_json_body_with_400() {
        HttpResponse<String> r = h.events().send("{\"type\": \"event_callback\", \"event\": ", "application/json", h.events().signedNow());
        assertEquals(400, r.statusCode());
        lacks(r.body(), "Exception", "at com.");
    }

    @Test
    void refuses_signed_json_that_is_not_a_slack_payload_with_400() {
        assertEquals(400, h.events().send("[1,2,3]", "application/json", h.events().signedNow()).statusCode());
        assertEquals(400, h.events().send("{\"hello\":\"world\"}", "application/json", h.events().signedNow()).statusCode());
        assertEquals(400, h.events().send("{\"type\":\"event_callback\",\"event\":42}", "application/json", h.events().signedNow()).statusCode());
        assertEquals(400, h.events().send("payload=%7Bnot+json", "application/x-www-form-urlencoded", h.events().signedNow()).statusCode());
        assertEquals(400, h.events().send("", "application/json", h.events().signedNow()).statusCode());
    }

    @Test
    void refuses_a_body_over_the_size_limit_with_413() {
        int limit = h.settings().server().maxBodyBytes();
        String big = "{\"type\":\"event_callback\",\"pad\":\"" + "x".repeat(limit) + "\"}";
        HttpResponse<String> r = h.events().send(big, "application/json", h.events().signedNow());
        assertEquals(413, r.statusCode());
    }

    @Test
    void refuses_an_oversized_body_without_content_length_with_413() throws Exception {
        int limit = h.settings().server().maxBodyBytes();
        byte[] big = ("{\"pad\":\"" + "x".repeat(limit + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(h.endpoint())
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(System.currentTimeMillis() / 1000))
                .header("X-Slack-Signature", "v0=00")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))) // chunked
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
    }

    @Test
    void answers_slacks_url_verification_challenge() {
        HttpResponse<String> r = h.events().event(h.fixtures().urlVerification("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"));
        assertEquals(200, r.statusCode());
        assertEquals("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", r.body());
    }

    @Test
    void verifies_signatures_over_the_raw_bytes_of_non_ascii_text() {
        String ts = h.fixtures().nextTs();
        HttpResponse<String> r = h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "quelle part — 50 Md$ ? stake ✓", ts, null));
        assertEquals(200, r.statusCode());
        h.slack().awaitCalls("chat.postMessage", 1);
        assertEquals("quelle part — 50 Md$ ? stake ✓", assistant.questions().get(0).text());
    }

    @Test
    void tokens_and_secrets_never_reach_the_logs() {
        String logs;
        try (LogCapture log = new LogCapture().debug()) {
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", h.fixtures().nextTs(), null));
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "boom", h.fixtures().nextTs(), null));
            h.slack().script("chat.postMessage", org.thesisbot.slack.testkit.FakeSlackWebApi.Scripted.error("invalid_auth"));
            h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "why is Amazon doing this?", h.fixtures().nextTs(), null));
            h.events().event(mention(), h.events().signedNow().signedWith("wrong"));
            h.slack().awaitCalls("chat.postMessage", 3);
            h.events().event(h.fixtures().appMention(ALICE, "C0SENTINEL", "help", h.fixtures().nextTs(), null));
            h.slack().await(c -> "C0SENTINEL".equals(c.param("channel")), 1, "sentinel");
            // The fake Slack server runs in this JVM: its Jetty logs the Authorization header it receives at
            // DEBUG. In production that Jetty is Slack's; the bot's own Jetty only ever sees Slack's requests.
            logs = log.textExcept("org.eclipse.jetty");
        }
        contains(logs, "invalid_auth", "Slack answer failed", "com.slack.api");
        lacks(logs, SlackHarness.BOT_TOKEN, SlackHarness.SIGNING_SECRET, "xoxb-0000");
    }

    @Test
    void refuses_to_start_without_the_bot_token_naming_the_variable() {
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> new SlackModule(settings,
                new Secrets(null, "secret", null, null, null, null, null), assistant, Telemetry.NOOP, StateBackend.inMemory(settings, Clock.systemUTC())));
        contains(e.getMessage(), "SLACK_BOT_TOKEN");
        lacks(e.getMessage(), "SLACK_SIGNING_SECRET is");
    }

    @Test
    void refuses_http_mode_without_the_signing_secret_naming_the_variable() {
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of());
        ConfigException e = assertThrows(ConfigException.class, () -> new SlackModule(settings,
                new Secrets("xoxb-1", null, null, null, null, null, null), assistant, Telemetry.NOOP, StateBackend.inMemory(settings, Clock.systemUTC())));
        contains(e.getMessage(), "SLACK_SIGNING_SECRET");
        ConfigException both = assertThrows(ConfigException.class, () -> new SlackModule(settings,
                Secrets.none(), assistant, Telemetry.NOOP, StateBackend.inMemory(settings, Clock.systemUTC())));
        contains(both.getMessage(), "SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET");
    }

    @Test
    void socket_mode_needs_no_signing_secret_but_then_serves_no_http_endpoint() {
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of());
        try (SlackModule m = new SlackModule(settings, new Secrets("xoxb-1", null, "xapp-1", "http://127.0.0.1:9/api/",
                null, null, null), assistant, Telemetry.NOOP, StateBackend.inMemory(settings, Clock.systemUTC()))) {
            ConfigException e = assertThrows(ConfigException.class, m::httpHandler);
            contains(e.getMessage(), "SLACK_SIGNING_SECRET");
        }
    }

    @Test
    void starts_and_acks_the_first_request_while_slack_is_unreachable_then_retries_the_reply() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Settings settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), Map.of());
        Secrets secrets = new Secrets(SlackHarness.BOT_TOKEN, SlackHarness.SIGNING_SECRET, null,
                "http://127.0.0.1:" + closedPort + "/api/", null, null, null);
        List<Duration> waits = new CopyOnWriteArrayList<>();
        RecordingTelemetry telemetry = new RecordingTelemetry();
        String logs;
        try (LogCapture log = new LogCapture();
             SlackModule module = new SlackModule(settings, secrets, assistant, telemetry,
                     StateBackend.inMemory(settings, Clock.systemUTC()), Clock.systemUTC(), waits::add)) {
            Javalin server = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.routes.post("/slack/events", module.httpHandler());
            }).start("127.0.0.1", 0);
            try {
                SlackEventsClient events = new SlackEventsClient(
                        java.net.URI.create("http://127.0.0.1:" + server.port() + "/slack/events"), SlackHarness.SIGNING_SECRET);
                SlackFixtures f = new SlackFixtures();
                assertEquals(200, events.event(f.appMention(ALICE, CHANNEL, "what stake?", f.nextTs(), null)).statusCode());
                assertEquals(200, events.event(f.urlVerification("c")).statusCode());
                long deadline = System.currentTimeMillis() + 15_000;
                // the error is counted before the worker logs it: wait for both
                while ((telemetry.count("thesisbot.slack.api.errors", "method", "chat.postMessage") < 1
                        || !log.text().contains("Slack unreachable")) && System.currentTimeMillis() < deadline) {
                    Thread.sleep(20);
                }
            } finally {
                server.stop();
            }
            logs = log.text();
        }
        assertEquals(1, assistant.questions().size(), "the question was answered; only the delivery failed");
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)), waits.subList(0, 3),
                "connection failures are retried with backoff");
        assertTrue(telemetry.count("thesisbot.slack.api.errors", "method", "chat.postMessage") >= 1);
        contains(logs, "Slack unreachable");
        lacks(logs, "auth.test");
        assertEquals(false, canConnect(closedPort));
    }

    private static boolean canConnect(int port) {
        try {
            new Socket("127.0.0.1", port).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
