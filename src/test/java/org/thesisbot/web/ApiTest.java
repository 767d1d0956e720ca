package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/ask against a real server on an ephemeral port, with a real HTTP client. */
class ApiTest {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.local(TestAssistants.create());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static HttpResponse<String> post(TestServer s, String body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/api/ask"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String ask(String question) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("question", question));
    }

    static String ask(String question, String thread) throws IOException {
        return JSON.writeValueAsString(JSON.createObjectNode().put("question", question).put("thread", thread));
    }

    static JsonNode json(HttpResponse<String> r) throws IOException {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                "JSON content type, got " + r.headers().firstValue("Content-Type"));
        return JSON.readTree(r.body());
    }

    static void assertError(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode n = json(r);
        assertTrue(n.path("error").isTextual() && !n.path("error").asText().isBlank(), r.body());
        assertFalse(r.body().contains("Exception"), "no exception names in the body: " + r.body());
        assertFalse(r.body().contains("\tat "), "no stack trace in the body");
    }

    @Test
    void numeric_answer_follows_the_contract_with_full_precision_plain_numbers() throws Exception {
        HttpResponse<String> r = post(server, ask("What stake would $50B buy at an $830B valuation?"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode n = json(r);
        assertEquals("numeric", n.get("route").asText());
        assertTrue(n.get("text").asText().contains("6.02%"), n.get("text").asText());
        assertEquals("scenario-core", n.get("answerer").asText());
        assertTrue(n.get("citations").isArray() && n.get("citations").isEmpty());
        JsonNode res = n.get("results").get(0);
        assertEquals(Set.of("metric", "label", "value", "unit", "scenario", "inputs", "formula"),
                intersect(res, Set.of("metric", "label", "value", "unit", "scenario", "inputs", "formula")));
        assertEquals("stake", res.get("metric").asText());
        assertEquals("ratio", res.get("unit").asText());
        assertEquals("base", res.get("scenario").asText());
        assertEquals("$50B / $830B = 6.02%", res.get("formula").asText());
        // The value is exact: 50/830 to 34 significant digits, written as a plain JSON number.
        assertTrue(r.body().contains("\"value\":0.06024096385542168674698795180722892"), r.body());
        assertTrue(r.body().contains("\"inputs\":{\"investment\":50,\"post_money_valuation\":830}"), r.body());
        assertFalse(r.body().matches("(?s).*\"value\":[0-9.]+[eE].*"), "no exponent notation: " + r.body());
        assertEquals(0, new BigDecimal(res.get("value").asText()).compareTo(
                new BigDecimal("0.06024096385542168674698795180722892")));
        JsonNode src = res.get("sources").get(0);
        assertEquals("source", src.get("origin").asText());
        assertEquals("$50B", src.get("display").asText());
        assertTrue(n.get("id").asText().startsWith("q-"));
    }

    @Test
    void ratio_values_are_fractions() throws Exception {
        JsonNode n = json(post(server, ask("How big is the $50B relative to Amazon's capex plan?")));
        JsonNode res = n.get("results").get(0);
        assertEquals("capex_share", res.get("metric").asText());
        assertEquals(0, res.get("value").decimalValue().compareTo(new BigDecimal("0.4")));
    }

    @Test
    void two_readings_come_back_as_clarify_choices_and_asking_one_answers_it() throws Exception {
        String thread = "t-" + System.nanoTime();
        JsonNode n = json(post(server, ask("aws compute profit at 60%?", thread)));
        assertEquals(2, n.get("clarify").size(), n.toString());
        assertTrue(n.get("results").isEmpty(), "no number is asserted while the reading is open");
        JsonNode margin = n.get("clarify").get(1);
        assertTrue(margin.get("label").asText().contains("margin"), margin.toString());
        JsonNode chosen = json(post(server, ask(margin.get("question").asText(), thread)));
        assertEquals(0, chosen.get("clarify").size());
        JsonNode res = chosen.get("results").get(0);
        assertEquals("aws_compute_profit", res.get("metric").asText());
        assertEquals(0, res.get("value").decimalValue().compareTo(new BigDecimal("34.5")), "0.5 x 115 x 0.6");
    }

    @Test
    void results_say_their_kind_input_solved_change_or_metric() throws Exception {
        JsonNode input = json(post(server, ask("what margin do you assume for aws?"))).get("results").get(0);
        assertEquals("input", input.get("kind").asText());
        assertEquals("aws_operating_margin", input.get("metric").asText());
        assertEquals(0, input.get("value").decimalValue().compareTo(new BigDecimal("0.35")));
        JsonNode solved = json(post(server, ask("what exit valuation gets amazon a 3x?"))).get("results");
        assertEquals("solved", solved.get(0).get("kind").asText());
        assertEquals("exit_valuation", solved.get(0).get("metric").asText());
        assertEquals(0, solved.get(0).get("value").decimalValue().compareTo(new BigDecimal("2490")), "3 x 830");
        assertEquals("metric", solved.get(1).get("kind").asText());
        // per +$100B of exit: 100 x 50/830 / 50 more on the multiple; the multiple itself after it
        JsonNode change = json(post(server, ask("per +$100bn of exit, how much does the moic move?"))).get("results");
        assertEquals("change", change.get(0).get("kind").asText());
        assertEquals("moic", change.get(0).get("metric").asText());
        assertEquals("0.120482", change.get(0).get("value").decimalValue().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
        assertEquals("metric", change.get(1).get("kind").asText());
    }

    @Test
    void a_payoff_solved_to_zero_is_zero_in_json_beside_a_fifteen_digit_margin() throws Exception {
        // bear: (50 - 50 x 500/830) / (30% x 115) = 0.57621791513881613...; the payoff at the 15-digit margin reads 0
        JsonNode a = json(post(server, ask("what aws margin makes the combined payoff $0 in the bear case?")));
        JsonNode results = a.get("results");
        assertEquals("solved", results.get(0).get("kind").asText());
        assertEquals("aws_operating_margin", results.get(0).get("metric").asText());
        assertEquals("0.576217915138816", results.get(0).get("value").decimalValue().toPlainString());
        assertEquals("combined_payoff", results.get(1).get("metric").asText());
        assertEquals("0", results.get(1).get("value").decimalValue().toPlainString());
        assertEquals("0.576217915138816", results.get(1).get("inputs").get("aws_operating_margin").decimalValue().toPlainString());
        assertTrue(a.get("text").asText().contains("= $0B`"), a.get("text").asText());
        assertFalse(a.get("text").asText().contains("Negative"), a.get("text").asText());
    }

    @Test
    void narrative_answer_has_numbered_citations_and_no_results() throws Exception {
        HttpResponse<String> r = post(server, ask("Why would Amazon fund a competitor of Anthropic?"));
        assertEquals(200, r.statusCode());
        JsonNode n = json(r);
        assertEquals("narrative", n.get("route").asText());
        assertTrue(n.get("results").isEmpty());
        JsonNode c = n.get("citations").get(0);
        assertEquals(1, c.get("n").asInt());
        assertTrue(c.get("paragraph").isInt());
        for (String f : List.of("document", "title", "quote")) {
            assertTrue(c.get(f).isTextual() && !c.get(f).asText().isBlank(), f);
        }
        assertTrue(n.get("text").asText().contains("[1]"));
    }

    @Test
    void a_follow_up_in_the_same_thread_is_answered_in_context() throws Exception {
        String thread = "t-" + System.nanoTime();
        assertEquals(200, post(server, ask("What stake would $50B buy at an $830B valuation?", thread)).statusCode());
        JsonNode n = json(post(server, ask("what if it's a $1T post-money?", thread)));
        assertEquals("numeric", n.get("route").asText());
        JsonNode res = n.get("results").get(0);
        assertEquals("stake", res.get("metric").asText());
        assertEquals(0, res.get("value").decimalValue().compareTo(new BigDecimal("0.05")));
    }

    @Test
    void api_threads_are_namespaced_and_the_playground_is_named_as_origin() throws Exception {
        List<org.thesisbot.core.api.Question> seen = new ArrayList<>();
        org.thesisbot.core.api.Assistant recording = new RecordingAssistant(seen, TestAssistants.create());
        try (TestServer s = TestServer.local(recording)) {
            post(s, ask("What stake would $50B buy?", "C123:1700000000.000100"));
            post(s, ask("What stake would $50B buy?"), "X-Thesisbot-Client", "playground");
        }
        assertEquals("api:C123:1700000000.000100", seen.get(0).thread());
        assertEquals("api", seen.get(0).origin());
        assertEquals(null, seen.get(1).thread());
        assertEquals("playground", seen.get(1).origin());
    }

    @ParameterizedTest(name = "400 for body {0}")
    @ValueSource(strings = {
        "",
        "   ",
        "not json",
        "{\"question\": \"unterminated",
        "{\"question\": \"ok\"} trailing",
        "[\"What stake would $50B buy?\"]",
        "\"What stake would $50B buy?\"",
        "42",
        "null",
        "{}",
        "{\"q\": \"What stake?\"}",
        "{\"question\": null}",
        "{\"question\": 42}",
        "{\"question\": [\"a\"]}",
        "{\"question\": {\"text\": \"a\"}}",
        "{\"question\": \"\"}",
        "{\"question\": \"   \\n\\t  \"}",
        "{\"question\": \"What stake?\", \"thread\": 7}",
        "{\"question\": \"What stake?\", \"thread\": \"has spaces and <tags>\"}",
        "{\"question\": \"What stake?\", \"thread\": \"\"}",
    })
    void bad_input_gets_400_with_a_json_error(String body) throws Exception {
        assertError(post(server, body), 400);
    }

    @Test
    void deeply_nested_json_gets_400_not_500() throws Exception {
        String body = "[".repeat(5000) + "]".repeat(5000);
        assertError(post(server, body), 400);
    }

    @Test
    void invalid_utf8_gets_400() throws Exception {
        byte[] bytes = {'{', '"', 'q', 'u', 'e', 's', 't', 'i', 'o', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri("/api/ask"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        assertError(r, 400);
    }

    @Test
    void a_question_over_the_configured_length_gets_400_naming_the_limit() throws Exception {
        int max = server.settings.server().questionMaxChars();
        HttpResponse<String> r = post(server, ask("a".repeat(max + 1)));
        assertError(r, 400);
        assertTrue(json(r).get("error").asText().contains(String.valueOf(max)));
        assertEquals(200, post(server, ask("What stake would $50B buy? " + "a".repeat(max - 40))).statusCode());
    }

    @Test
    void the_assistants_bad_question_becomes_400_with_its_message() throws Exception {
        org.thesisbot.core.api.Assistant refusing = new RecordingAssistant(new ArrayList<>(), TestAssistants.create()) {
            @Override
            public org.thesisbot.core.api.Answer ask(org.thesisbot.core.api.Question q, org.thesisbot.core.api.AnswerListener l) {
                throw new org.thesisbot.core.api.BadQuestionException("a valuation of $0B cannot be used");
            }
        };
        try (TestServer s = TestServer.local(refusing)) {
            HttpResponse<String> r = post(s, ask("stake at $0B?"));
            assertError(r, 400);
            assertEquals("a valuation of $0B cannot be used", json(r).get("error").asText());
        }
    }

    @Test
    void an_unexpected_failure_gets_500_with_an_error_id_and_no_details() throws Exception {
        org.thesisbot.core.api.Assistant broken = new RecordingAssistant(new ArrayList<>(), TestAssistants.create()) {
            @Override
            public org.thesisbot.core.api.Answer ask(org.thesisbot.core.api.Question q, org.thesisbot.core.api.AnswerListener l) {
                throw new IllegalStateException("db password is hunter2");
            }
        };
        try (TestServer s = TestServer.local(broken)) {
            HttpResponse<String> r = post(s, ask("What stake would $50B buy?"));
            assertEquals(500, r.statusCode());
            JsonNode n = json(r);
            assertEquals("internal error", n.get("error").asText());
            assertTrue(n.get("id").asText().matches("e-[0-9a-f]{10}"), r.body());
            assertFalse(r.body().contains("hunter2"));
            assertEquals(Set.of("error", "id"), intersect(n, Set.of("error", "id", "message", "trace", "exception")));
        }
    }

    @Test
    void a_body_over_max_body_bytes_gets_413() throws Exception {
        int max = server.settings.server().maxBodyBytes();
        String big = ask("x".repeat(max + 10));
        assertError(post(server, big), 413);
    }

    @Test
    void a_chunked_body_over_max_body_bytes_gets_413() throws Exception {
        int max = server.settings.server().maxBodyBytes();
        byte[] big = ask("x".repeat(max + 10)).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.uri("/api/ask"))
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(r, 413);
    }

    @Test
    void wrong_method_and_unknown_paths_get_json_4xx() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(server.uri("/api/ask")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(get, 405);
        HttpResponse<String> missing = HTTP.send(HttpRequest.newBuilder(server.uri("/nope")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(missing, 404);
        HttpResponse<String> slack = HTTP.send(HttpRequest.newBuilder(server.uri("/slack/events"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertError(slack, 404);
    }

    @Test
    void a_cross_site_browser_request_is_refused() throws Exception {
        HttpResponse<String> r = post(server, ask("What stake would $50B buy?"), "Sec-Fetch-Site", "cross-site");
        assertError(r, 403);
        assertEquals(200, post(server, ask("What stake would $50B buy?"), "Sec-Fetch-Site", "same-origin").statusCode());
    }

    private static Set<String> intersect(JsonNode n, Set<String> names) {
        Set<String> out = new TreeSet<>();
        n.fieldNames().forEachRemaining(f -> {
            if (names.contains(f)) {
                out.add(f);
            }
        });
        return out;
    }
}
