package org.thesisbot.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.Thesisbot;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * The whole brain with an LLM configured the way a user does it (environment variables), talking to a
 * local fake OpenAI-compatible server through the real LangChain4j streaming client.
 */
class LlmCompositionTest {
    private static final String KEY = "sk-test-composition-0123456789abcdef";
    private FakeOpenAiServer server;
    private Thesisbot bot;

    @BeforeEach
    void start() throws Exception {
        server = new FakeOpenAiServer();
        bot = TestBrains.build(Map.of("OPENAI_API_KEY", KEY, "THESISBOT_LLM_BASE_URL", server.baseUrl(),
                "THESISBOT_LLM_DEADLINE_SECONDS", "5", "THESISBOT_LLM_MAX_RETRIES", "0"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void narrative_questions_are_written_by_the_model_and_numbers_never_are() {
        server.then(new FakeOpenAiServer.Stream(List.of("Amazon already has an ", "$8 billion investment in Anthropic ",
                "and an $11 billion data center campus in Indiana [1]."), false));
        Answer narrative = bot.assistant().ask(Question.of("Where is the campus Amazon built for Anthropic?"));
        assertEquals(Route.NARRATIVE, narrative.route());
        assertEquals("llm:gpt-4o-mini", narrative.answerer());
        assertTrue(narrative.text().contains("$8 billion investment in Anthropic"), narrative.text());
        assertEquals(1, narrative.citations().size());
        assertEquals(1, server.received().size());
        assertEquals("Bearer " + KEY, server.received().get(0).authorization());

        Answer numeric = bot.assistant().ask(Question.of("What stake would $50B buy at $830B?"));
        assertEquals("scenario-core", numeric.answerer());
        assertEquals(1, server.received().size(), "no LLM call for a number");
    }

    @Test
    void a_failing_model_falls_back_to_the_extractive_answer_and_says_so() {
        server.always(new FakeOpenAiServer.Status(500));
        Answer a = bot.assistant().ask(Question.of("Why would Amazon back a rival of Anthropic?"));
        assertEquals(Route.NARRATIVE, a.route());
        assertEquals("extractive", a.answerer());
        assertFalse(a.citations().isEmpty());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("drawn directly from the sources")), a.notes().toString());
    }

    @Test
    void an_invented_number_from_the_model_never_reaches_the_user() {
        server.then(new FakeOpenAiServer.Stream(List.of("Amazon invested $13 billion in Anthropic [1]. ",
                "Amazon has an $8 billion investment in Anthropic [1]."), false));
        Answer a = bot.assistant().ask(Question.of("Tell me about Amazon's Anthropic investment."));
        assertFalse(a.text().contains("$13 billion"), a.text());
        assertTrue(a.text().contains("$8 billion"), a.text());
    }
}
