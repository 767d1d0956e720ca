package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.SlackFixtures.ALICE;
import static org.thesisbot.slack.testkit.SlackFixtures.CHANNEL;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackHarness;

/**
 * Slack end to end with the real brain: signed events in, the real Bolt app, the real scenario core,
 * router and grounded writer, and replies recorded by the fake Slack Web API.
 */
class SlackWithRealBrainTest {
    private SlackHarness h;

    @BeforeEach
    void start() {
        h = SlackHarness.builder(TestBrains.offline().assistant()).setting("THESISBOT_SLACK_WORKERS", "1").start();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void a_mention_then_a_follow_up_without_mention_then_a_why_are_answered_in_the_thread() {
        String root = h.fixtures().nextTs();
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "<@U0BOT> what stake would $50B buy at $830B?", root, null));
        ApiCall first = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        assertEquals(root, first.param("thread_ts"));
        contains(first.jsonText("blocks"), "6.02%", "$50B / $830B = 6.02%", "could value it at $830 billion");

        h.events().event(h.fixtures().message(ALICE, CHANNEL, "channel", "what if it's a $1T post-money?",
                h.fixtures().nextTs(), root));
        ApiCall second = h.slack().awaitCalls("chat.postMessage", 2).get(1);
        assertEquals(root, second.param("thread_ts"));
        contains(second.jsonText("blocks"), "5%", "$50B / $1T = 5%");

        h.events().event(h.fixtures().message(ALICE, CHANNEL, "channel", "and in the bull case?", h.fixtures().nextTs(), root));
        ApiCall third = h.slack().awaitCalls("chat.postMessage", 3).get(2);
        contains(third.jsonText("blocks"), "5%", "bull");
    }

    @Test
    void a_narrative_mention_gets_numbered_sources_and_an_out_of_scope_one_a_polite_refusal() {
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "why would Amazon back a rival of Anthropic?",
                h.fixtures().nextTs(), null));
        ApiCall narrative = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        contains(narrative.jsonText("blocks"), "[1]", "Anthropic");

        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "write me a haiku about Jeff Bezos",
                h.fixtures().nextTs(), null));
        ApiCall refusal = h.slack().awaitCalls("chat.postMessage", 2).get(1);
        contains(refusal.jsonText("blocks"), "outside what I can help with");
    }

    @Test
    void a_question_with_two_readings_gets_a_button_for_each_and_a_click_answers_that_reading_in_the_thread() {
        // a thread of its own: the brain (and its thread state) is shared by every test in this JVM
        String root = String.format("1720000000.%06d", System.nanoTime() % 1_000_000);
        h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "<@U0BOT> aws compute profit at 60%?", root, null));
        ApiCall ask = h.slack().awaitCalls("chat.postMessage", 1).get(0);
        String blocks = ask.jsonText("blocks");
        contains(blocks, "I can read 60% two ways", "clarify_choice:0", "clarify_choice:1");
        // the second button: 60% as the margin (its value is the question that states that reading)
        com.fasterxml.jackson.databind.JsonNode button = null;
        for (com.fasterxml.jackson.databind.JsonNode block : ask.json("blocks")) {
            for (com.fasterxml.jackson.databind.JsonNode e : block.path("elements")) {
                if ("clarify_choice:1".equals(e.path("action_id").asText())) {
                    button = e;
                }
            }
        }
        org.junit.jupiter.api.Assertions.assertNotNull(button, blocks);
        com.fasterxml.jackson.databind.node.ObjectNode click = h.fixtures().blockAction("clarify_choice:1", "button",
                button.get("value").asText(), ALICE, CHANNEL, "http://127.0.0.1:1/unused", false);
        ((com.fasterxml.jackson.databind.node.ObjectNode) click.get("container")).put("thread_ts", root);
        assertEquals(200, h.events().interaction(click).statusCode());
        ApiCall answer = h.slack().awaitCalls("chat.postMessage", 2).get(1);
        assertEquals(root, answer.param("thread_ts"), "answered in the question's thread");
        contains(answer.jsonText("blocks"), "$34.5B");
        h.events().interaction(click); // Slack delivering the same click again is answered once
        h.events().event(h.fixtures().message(ALICE, CHANNEL, "channel", "and in the bull case?", h.fixtures().nextTs(), root));
        ApiCall bull = h.slack().awaitCalls("chat.postMessage", 3).get(2);
        contains(bull.jsonText("blocks"), "bull", "60%");
    }

    @Test
    void the_scenario_command_acks_with_the_number_itself() {
        HttpResponse<String> ack = h.events().command(h.fixtures().slashCommand("/scenario", ALICE, CHANNEL,
                "stake post_money_valuation=1T", "http://127.0.0.1:1/unused"));
        assertEquals(200, ack.statusCode());
        contains(ack.body(), "5%", "ephemeral");
    }
}
