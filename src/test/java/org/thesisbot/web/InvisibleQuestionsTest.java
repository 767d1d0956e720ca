package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.QuestionText;

/**
 * Issue 10, item 16: {"question":"\u00a0"} and other lone control or space characters got HTTP 500 (the
 * embedding model throws on text it finds nothing in). They are bad input: 400 with a reason.
 */
class InvisibleQuestionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.local(TestBrains.offline().assistant());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every character below U+3100 that is not readable on its own, plus a few beyond. */
    private static List<Integer> invisible() {
        List<Integer> out = new ArrayList<>();
        for (int cp = 0; cp < 0x3100; cp++) {
            if (!QuestionText.readable(new String(Character.toChars(cp)))) {
                out.add(cp);
            }
        }
        out.addAll(List.of(0xFEFF, 0xFFFD, 0xE000, 0xF8FF, 0x1D173, 0xE0001));
        return out;
    }

    @Test
    void the_reported_characters_and_every_lone_invisible_character_get_400_over_http() throws Exception {
        List<Integer> chars = invisible();
        assertTrue(chars.size() > 700, "control, format, space and combining characters: " + chars.size());
        int[] reported = {0x00A0, 0x0000, 0x0085, 0x00AD, 0x200B, 0x200E, 0x2028, 0x202F, 0x2060, 0x3000, 0xFEFF, 0x0301};
        for (int cp : reported) {
            assertTrue(chars.contains(cp), Integer.toHexString(cp));
        }
        for (int cp : chars) {
            String q = new String(Character.toChars(cp));
            HttpResponse<String> r = post(JSON.writeValueAsString(JSON.createObjectNode().put("question", q)));
            assertEquals(400, r.statusCode(), String.format("U+%04X -> %s", cp, r.body()));
            String error = JSON.readTree(r.body()).get("error").asText();
            assertTrue(error.startsWith("the question is empty") || error.startsWith("The question is empty")
                    || error.startsWith("I couldn't find any words in that question"), String.format("U+%04X -> %s", cp, error));
        }
        // several of them together, too
        HttpResponse<String> r = post("{\"question\":\"\\u00a0\\u200b\\u0301 \\u0000\\ufeff\"}");
        assertEquals(400, r.statusCode(), r.body());
    }

    @Test
    void a_real_question_with_stray_control_or_invisible_characters_is_answered() {
        var brain = TestBrains.offline().assistant();
        Answer a = brain.ask(Question.of("what stake\u0000 would $50B buy\u200b at $830B?\u00a0"));
        assertEquals("numeric", a.route().wireName());
        assertTrue(a.text().contains("6.02%"), a.text());
        Answer n = brain.ask(Question.of("Why would Amazon back a rival of Anthropic?\n\u0301\u200b"));
        assertEquals("narrative", n.route().wireName());
        assertFalse(n.citations().isEmpty(), n.text());
    }

    @Test
    void the_brain_itself_refuses_them_whatever_the_mouth() {
        var brain = TestBrains.offline().assistant();
        BadQuestionException e = assertThrows(BadQuestionException.class, () -> brain.ask(Question.of("\u00a0")));
        assertEquals("I couldn't find any words in that question, only spaces or invisible characters. Ask me something "
                + "about Amazon's potential $50B investment in OpenAI, e.g. \"What stake would $50B buy?\"", e.getMessage());
        assertThrows(BadQuestionException.class, () -> brain.command("\u200b", null));
    }

    private static HttpResponse<String> post(String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.uri("/api/ask"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }
}
