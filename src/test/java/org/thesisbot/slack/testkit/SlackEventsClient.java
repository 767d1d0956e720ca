package org.thesisbot.slack.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sends signed requests to a {@code /slack/events} endpoint, as Slack would: JSON for events, a form for
 * slash commands, {@code payload=<json>} for interactivity. Signing can be spoiled on purpose.
 */
public final class SlackEventsClient {
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final SlackRequestSigner signer;

    public SlackEventsClient(URI endpoint, String signingSecret) {
        this.endpoint = endpoint;
        this.signer = new SlackRequestSigner(signingSecret);
    }

    /** How to sign and deliver one request. */
    public record Delivery(long timestampSeconds, SlackRequestSigner signer, Map<String, String> headers) {
        public Delivery retry(int number, String reason) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("X-Slack-Retry-Num", String.valueOf(number));
            h.put("X-Slack-Retry-Reason", reason);
            return new Delivery(timestampSeconds, signer, h);
        }

        public Delivery at(long timestampSeconds) {
            return new Delivery(timestampSeconds, signer, headers);
        }

        public Delivery signedWith(String otherSecret) {
            return new Delivery(timestampSeconds, new SlackRequestSigner(otherSecret), headers);
        }

        public Delivery unsigned() {
            return new Delivery(timestampSeconds, null, headers);
        }
    }

    /** A correctly signed delivery, timestamped now. */
    public Delivery signedNow() {
        return new Delivery(System.currentTimeMillis() / 1000, signer, Map.of());
    }

    public HttpResponse<String> event(JsonNode payload) {
        return event(payload, signedNow());
    }

    public HttpResponse<String> event(JsonNode payload, Delivery delivery) {
        return send(payload.toString(), "application/json", delivery);
    }

    /** A slash command, form encoded. */
    public HttpResponse<String> command(Map<String, String> form) {
        return send(form(form), "application/x-www-form-urlencoded", signedNow());
    }

    /** An interactivity payload (block_actions, view_submission...), as {@code payload=<json>}. */
    public HttpResponse<String> interaction(JsonNode payload) {
        return send(form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded", signedNow());
    }

    public HttpResponse<String> send(String body, String contentType, Delivery delivery) {
        return send(body.getBytes(StandardCharsets.UTF_8), contentType, delivery);
    }

    public HttpResponse<String> send(byte[] body, String contentType, Delivery delivery) {
        HttpRequest.Builder b = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (delivery.signer() != null) {
            b.header("X-Slack-Request-Timestamp", String.valueOf(delivery.timestampSeconds()));
            b.header("X-Slack-Signature", delivery.signer().sign(delivery.timestampSeconds(), body));
        }
        delivery.headers().forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
