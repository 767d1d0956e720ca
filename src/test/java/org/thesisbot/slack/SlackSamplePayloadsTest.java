package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thesisbot.slack.testkit.ScriptedAssistant;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.slack.testkit.SlackHarness;

/**
 * Every payload shape in {@code slack/samples} (Slack's own SDK samples), signed and sent to the
 * endpoint, gets a 2xx or a 4xx: never a 5xx, never a 404 for a subscribed event type.
 */
class SlackSamplePayloadsTest {
    private static SlackHarness h;

    @BeforeAll
    static void start() {
        h = SlackHarness.builder(new ScriptedAssistant()).start();
    }

    @AfterAll
    static void stop() {
        h.close();
    }

    static Stream<String> events() {
        return SlackFixtures.names("samples/events").stream();
    }

    static Stream<String> appBackend() {
        return Stream.of("dialogs", "interactive-components", "views").flatMap(folder ->
                SlackFixtures.names("samples/app-backend/" + folder).stream().map(n -> folder + "/" + n));
    }

    @ParameterizedTest(name = "{0} as Slack sends it")
    @MethodSource("events")
    void every_sample_event_wrapped_as_an_event_callback_is_acked_with_200(String sample) {
        ObjectNode payload = h.fixtures().eventCallback(sample);
        HttpResponse<String> r = h.events().event(payload);
        assertTrue(r.statusCode() == 200, sample + " -> " + r.statusCode() + " " + r.body());
    }

    @ParameterizedTest(name = "{0} with placeholder values")
    @MethodSource("events")
    void every_raw_sample_event_gets_a_2xx_or_4xx(String sample) {
        HttpResponse<String> r = h.events().event(SlackFixtures.load("samples/events/" + sample));
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 500, sample + " -> " + r.statusCode() + " " + r.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("appBackend")
    void every_interactivity_sample_gets_a_2xx_or_4xx(String sample) {
        HttpResponse<String> r = h.events().interaction(SlackFixtures.load("samples/app-backend/" + sample));
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 500, sample + " -> " + r.statusCode() + " " + r.body());
    }

    @Test
    void the_sample_slash_command_gets_a_2xx_or_4xx_as_is_and_filled_in() {
        ObjectNode sample = SlackFixtures.load("samples/app-backend/slash-commands/SlashCommandPayload.json");
        Map<String, String> raw = new java.util.LinkedHashMap<>();
        sample.fieldNames().forEachRemaining(k -> raw.put(k, sample.get(k).asText()));
        HttpResponse<String> r = h.events().command(raw);
        assertTrue(r.statusCode() >= 200 && r.statusCode() < 500, "raw -> " + r.statusCode() + " " + r.body());

        HttpResponse<String> filled = h.events().command(h.fixtures().slashCommand("/unknown-command",
                SlackFixtures.ALICE, SlackFixtures.CHANNEL, "stake", h.slack().responseUrl("x")));
        assertTrue(filled.statusCode() == 200, "unknown command -> " + filled.statusCode());
    }

    @Test
    void the_assistant_thread_payloads_are_acked_with_200() {
        assertTrue(h.events().event(h.fixtures().assistantThreadStarted(SlackFixtures.ALICE, SlackFixtures.DM,
                h.fixtures().nextTs())).statusCode() == 200);
        assertTrue(h.events().event(h.fixtures().assistantThreadContextChanged(SlackFixtures.ALICE, SlackFixtures.DM,
                h.fixtures().nextTs())).statusCode() == 200);
        assertTrue(h.events().event(SlackFixtures.load("payloads/AssistantThreadStartedPayload.json")).statusCode() < 500);
    }

    @Test
    void a_form_body_that_is_neither_command_nor_payload_gets_400() {
        HttpResponse<String> r = h.events().send(SlackEventsClient.form(Map.of("foo", "bar")),
                "application/x-www-form-urlencoded", h.events().signedNow());
        assertTrue(r.statusCode() == 400, r.statusCode() + " " + r.body());
    }
}
