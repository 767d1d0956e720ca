package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.Expect.lacks;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.DM;
import static org.thesisbot.slack.testkit.SlackFixtures.TEAM;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SampleAnswers;
import org.thesisbot.slack.testkit.ScriptedAssistant;
import org.thesisbot.slack.testkit.SlackHarness;

class SlackAssistantThreadsAndStreamingTest {
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

    @Test
    void greets_a_new_assistant_thread_with_the_configured_suggested_prompts() {
        String thread = h.fixtures().nextTs();
        assertEquals(200, h.events().event(h.fixtures().assistantThreadStarted(ALICE, DM, thread)).statusCode());

        ApiCall greeting = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(DM, greeting.param("channel"));
        assertEquals(thread, greeting.param("thread_ts"));
        assertEquals(h.settings().slack().greeting(), greeting.param("text"));
        ApiCall prompts = h.slack().awaitCalls("assistant.threads.setSuggestedPrompts", 1).get(0);
        assertEquals(DM, prompts.param("channel_id"));
        assertEquals(thread, prompts.param("thread_ts"));
        JsonNode list = prompts.json("prompts");
        assertEquals(4, list.size());
        assertEquals(h.settings().slack().suggestedPrompts().get(0).title(), list.get(0).get("title").asText());
        assertEquals(h.settings().slack().suggestedPrompts().get(0).message(), list.get(0).get("message").asText());
        assertEquals(0, assistant.questions().size(), "a greeting needs no brain");
    }

    @Test
    void an_assistant_thread_question_sets_title_and_status_then_streams_the_answer_with_sources_and_feedback() {
        String thread = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "why is Amazon doing this? it already backs Anthropic", h.fixtures().nextTs(), thread));

        ApiCall stop = h.slack().awaitCalls("chat.stopStream", 1).get(0);
        ApiCall title = h.slack().calls("assistant.threads.setTitle").get(0);
        assertEquals(thread, title.param("thread_ts"));
        assertEquals("Why is Amazon doing this?", title.param("title"));
        ApiCall status = h.slack().calls("assistant.threads.setStatus").get(0);
        assertEquals("is thinking…", status.param("status"));
        // The SDK sends lists in form bodies comma-joined, as Slack accepts them.
        assertEquals(String.join(",", h.settings().slack().loadingMessages()), status.param("loading_messages"));
        contains(h.slack().calls("assistant.threads.setStatus").get(1).param("status"), "Reading the sources");

        ApiCall start = h.slack().calls("chat.startStream").get(0);
        assertEquals(DM, start.param("channel"));
        assertEquals(thread, start.param("thread_ts"));
        assertEquals(ALICE, start.param("recipient_user_id"));
        assertEquals(TEAM, start.param("recipient_team_id"));
        StringBuilder streamed = new StringBuilder(start.param("markdown_text"));
        for (ApiCall append : h.slack().calls("chat.appendStream")) {
            assertEquals(start.param("channel"), append.param("channel"));
            streamed.append(append.param("markdown_text"));
        }
        assertEquals(SampleAnswers.NARRATIVE, streamed.toString());
        String trailer = stop.jsonText("blocks");
        contains(trailer, "*Sources*", "[2] _Amazon weighs a $50B bet on OpenAI_, ¶4", "feedback_buttons", "up|q-");
        lacks(trailer, "a second frontier-model partner");
        assertEquals(0, h.slack().calls("chat.postMessage").size(), "the answer is the streamed message");
        assertEquals(0, h.slack().calls("chat.update").size());
        assertEquals(DM + ":" + thread, assistant.questions().get(0).thread());
    }

    @Test
    void sets_the_thread_title_only_for_the_first_question_of_a_thread() {
        String thread = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "what stake?", h.fixtures().nextTs(), thread));
        h.slack().awaitCalls("chat.postMessage", 1);
        h.events().event(h.fixtures().message(ALICE, DM, "im", "and the AWS revenue?", h.fixtures().nextTs(), thread));
        h.slack().awaitCalls("chat.postMessage", 2);

        assertEquals(1, h.slack().calls("assistant.threads.setTitle").size());
        assertEquals(2, h.slack().calls("assistant.threads.setStatus").size());
    }

    @Test
    void a_numeric_answer_in_an_assistant_thread_is_posted_at_once_not_streamed() {
        String thread = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "what stake does $50B buy?", h.fixtures().nextTs(), thread));

        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(thread, post.param("thread_ts"));
        contains(post.jsonText("blocks"), "Amazon's stake in OpenAI: 6.02%");
        assertEquals(0, h.slack().calls("chat.startStream").size());
    }

    @Test
    void an_extractive_answer_in_a_dm_is_posted_at_once() {
        String ts = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "what are the risks?", ts, null));

        ApiCall post = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(ts, post.param("thread_ts"));
        contains(post.jsonText("blocks"), "a second frontier-model partner", "*Sources*");
        assertEquals(0, h.slack().calls("chat.startStream").size());
        assertEquals(0, h.slack().calls("assistant.threads.setStatus").size(), "a plain DM is not an assistant thread");
    }

    @Test
    void an_llm_answer_in_a_plain_dm_streams_in_the_thread_under_the_message() {
        String ts = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "why would Amazon invest?", ts, null));

        h.slack().awaitCalls("chat.stopStream", 1);
        assertEquals(ts, h.slack().calls("chat.startStream").get(0).param("thread_ts"));
    }

    @Test
    void a_mixed_answer_streams_the_narrative_and_closes_with_the_numbers() {
        String thread = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "mixed: stake and why", h.fixtures().nextTs(), thread));

        ApiCall stop = h.slack().awaitCalls("chat.stopStream", 1).get(0);
        contains(stop.jsonText("blocks"), "Amazon's stake in OpenAI: 6.02%", "stake = investment / post_money_valuation",
                "*Sources*", "feedback_buttons");
    }

    @Test
    void replaces_the_streamed_text_when_the_final_answer_differs_from_it() {
        String thread = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "swap the draft", h.fixtures().nextTs(), thread));

        ApiCall update = h.slack().awaitCalls("chat.update", 1).get(0);
        ApiCall start = h.slack().calls("chat.startStream").get(0);
        contains(start.param("markdown_text"), "A first draft");
        assertEquals(DM, update.param("channel"));
        contains(update.jsonText("blocks"), "a second frontier-model partner", "*Sources*");
        lacks(update.jsonText("blocks"), "A first draft");
        assertTrue(h.slack().calls("chat.stopStream").size() == 1);
    }

    @Test
    void an_error_after_streaming_started_closes_the_stream_with_the_apology() {
        h.slack().script("chat.appendStream", org.thesisbot.slack.testkit.FakeSlackWebApi.Scripted.error("message_not_in_streaming_state"));
        String thread = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "why is Amazon doing this?", h.fixtures().nextTs(), thread));

        // appendStream failed: the stream is closed and the full answer replaces the partial text.
        ApiCall update = h.slack().awaitCalls("chat.update", 1).get(0);
        contains(update.jsonText("blocks"), "a second frontier-model partner", "*Sources*");
        assertEquals(1, h.slack().calls("chat.appendStream").size(), "no more appends after the first failure");
        assertEquals(1, h.telemetry().count("thesisbot.slack.api.errors", "method", "chat.appendStream"));
    }

    @Test
    void streamed_bold_is_markdown_bold_not_mrkdwn_which_markdown_shows_as_italic() {
        String thread = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "flood me, why?", h.fixtures().nextTs(), thread));
        h.slack().awaitCalls("chat.stopStream", 1);
        String first = h.slack().calls("chat.startStream").get(0).param("markdown_text");
        assertEquals("Sentence 1 says **AWS** capacity matters [1]. ", first);
    }

    @Test
    void a_model_that_writes_without_end_costs_a_bounded_number_of_stream_calls() {
        String thread = h.fixtures().nextTs();
        h.events().event(h.fixtures().message(ALICE, DM, "im", "flood me, why?", h.fixtures().nextTs(), thread));
        ApiCall stop = h.slack().awaitCalls("chat.stopStream", 1).get(0);

        List<ApiCall> appends = h.slack().calls("chat.appendStream");
        assertTrue(appends.size() <= AnswerStream.MAX_APPENDS, appends.size() + " appends for 320 sentences");
        assertEquals(1, h.slack().calls("chat.startStream").size());
        // nothing is lost: start + appends + the rest with stopStream is the whole answer, in markdown
        StringBuilder streamed = new StringBuilder(h.slack().calls("chat.startStream").get(0).param("markdown_text"));
        appends.forEach(a -> streamed.append(a.param("markdown_text")));
        streamed.append(stop.param("markdown_text") == null ? "" : stop.param("markdown_text"));
        assertEquals(SampleAnswers.flood(320).replace("*AWS*", "**AWS**"), streamed.toString().strip());
        assertEquals(0, h.slack().calls("chat.update").size(), "the streamed message is the answer");
    }

    @Test
    void a_context_change_in_an_assistant_thread_is_acked_without_a_reply() {
        String thread = h.fixtures().nextTs();
        assertEquals(200, h.events().event(h.fixtures().assistantThreadContextChanged(ALICE, DM, thread)).statusCode());
        h.events().event(h.fixtures().appMention(ALICE, "C0SENTINEL", "help", h.fixtures().nextTs(), null));
        h.slack().awaitCalls("chat.postMessage", 1);

        assertEquals(1, h.slack().calls().size(), "only the sentinel's reply: " + h.slack().calls());
    }
}
