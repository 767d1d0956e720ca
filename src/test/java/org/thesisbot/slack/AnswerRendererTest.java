package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.Expect.lacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.slack.testkit.SampleAnswers;

class AnswerRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final AnswerRenderer renderer = new AnswerRenderer();

    private static JsonNode json(SlackMessage m) throws Exception {
        return JSON.readTree(GsonFactory.createSnakeCase().toJson(m.blocks()));
    }

    private static List<String> types(JsonNode blocks) {
        List<String> t = new ArrayList<>();
        blocks.forEach(b -> t.add(b.get("type").asText()));
        return t;
    }

    @Test
    void a_numeric_answer_is_headline_formula_inputs_with_sources_then_scenario() throws Exception {
        JsonNode b = json(renderer.render(SampleAnswers.numeric("q-0000000001")));

        assertEquals(List.of("header", "section", "section", "context", "context", "context_actions"), types(b));
        assertEquals("Amazon's stake in OpenAI: 6.02%", b.get(0).get("text").get("text").asText());
        assertEquals("*Formula*  `stake = investment / post_money_valuation = $50B / $830B = 6.02%`",
                b.get(1).get("text").get("text").asText());
        String inputs = b.get(2).get("text").get("text").asText();
        contains(inputs, "• *Amazon's investment in OpenAI*: $50B — “potential $50 billion investment in OpenAI” "
                + "(_Amazon weighs a $50B bet on OpenAI_, ¶1)", "read as the post-money valuation");
        lacks(inputs, "assumption");
        assertEquals("Scenario: *base*", b.get(3).get("elements").get(0).get("text").asText());
    }

    @Test
    void an_input_that_is_not_in_the_sources_carries_an_assumption_tag_and_its_reason() throws Exception {
        JsonNode b = json(renderer.render(SampleAnswers.withAssumption("q-0000000002")));
        String inputs = b.get(2).get("text").get("text").asText();
        contains(inputs, "• *AWS share of OpenAI's compute spend*: 40% — `assumption` not in the sources",
                "• *OpenAI's planned compute spend, 2025-2029*: $115B — “spend $115 billion");
        contains(b.toString(), "AWS's share is an assumption, not a sourced figure.");
        assertEquals("`assumption` from your question", AnswerRenderer.input(new org.thesisbot.core.api.InputUsed(
                "v", "Valuation", new java.math.BigDecimal("1000"), org.thesisbot.core.api.Unit.USD_BILLIONS,
                InputOrigin.QUESTION, null), "base").replaceAll(".*— ", ""));
    }

    @Test
    void several_results_become_a_table_of_fields_with_inputs_listed_once() throws Exception {
        JsonNode b = json(renderer.render(SampleAnswers.comparison("q-0000000003")));

        JsonNode table = b.get(0);
        assertEquals("*Results*", table.get("text").get("text").asText());
        assertEquals(3, table.get("fields").size());
        assertEquals("*Amazon's stake in OpenAI (bull)*\n5%", table.get("fields").get(0).get("text").asText());
        assertEquals("*Amazon's stake in OpenAI (bear)*\n8.33%", table.get("fields").get(2).get("text").asText());
        String all = b.toString();
        assertEquals(1, count(all, "Amazon's investment in OpenAI*: $50B"), "the shared input is listed once");
        contains(all, "$1T — `assumption` set by the *bull* scenario", "$600B — `assumption` set by the *bear* scenario", "$830B — “could value it at $830 billion”",
                "Scenarios: bull, base, bear");
    }

    @Test
    void more_than_ten_results_spill_into_further_field_sections() throws Exception {
        List<MetricResult> many = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(SampleAnswers.stake("s" + i, String.valueOf(500 + 50 * i), InputOrigin.SCENARIO));
        }
        Answer a = new Answer("q-0000000004", Route.NUMERIC, "many", null, many, List.of(), "scenario-core", List.of(),
                new RouteDecision(Route.NUMERIC, 1, -1, List.of()));
        JsonNode b = json(renderer.render(a));
        assertEquals(10, b.get(0).get("fields").size());
        assertEquals(2, b.get(1).get("fields").size());
    }

    @Test
    void a_narrative_answer_is_the_text_then_numbered_sources() throws Exception {
        JsonNode b = json(renderer.render(SampleAnswers.narrative("q-0000000005", "llm:gpt-4o-mini")));

        assertEquals(List.of("section", "section", "context", "context_actions"), types(b));
        assertEquals(SampleAnswers.NARRATIVE, b.get(0).get("text").get("text").asText());
        assertEquals("*Sources*\n[1] _Amazon weighs a $50B bet on OpenAI_, ¶3 — “Amazon already backs Anthropic with $8 billion”\n"
                + "[2] _Amazon weighs a $50B bet on OpenAI_, ¶4 — “spend $115 billion between 2025 and 2029 just on compute”",
                b.get(1).get("text").get("text").asText());
        assertEquals("`q-0000000005` · llm:gpt-4o-mini", b.get(2).get("elements").get(0).get("text").asText());
    }

    @Test
    void a_mixed_answer_has_the_numbers_then_the_narrative_then_sources() throws Exception {
        JsonNode b = json(renderer.render(SampleAnswers.mixed("q-0000000006")));
        List<String> t = types(b);
        assertEquals("header", t.get(0));
        int divider = t.indexOf("divider");
        assertTrue(divider > 0);
        assertEquals(SampleAnswers.NARRATIVE, b.get(divider + 1).get("text").get("text").asText());
        contains(b.get(divider + 2).get("text").get("text").asText(), "*Sources*");
    }

    @Test
    void every_answer_ends_with_feedback_buttons_carrying_its_id() throws Exception {
        for (Answer a : List.of(SampleAnswers.numeric("q-1"), SampleAnswers.narrative("q-2", "extractive"),
                SampleAnswers.mixed("q-3"), SampleAnswers.help("q-4"), SampleAnswers.comparison("q-5"))) {
            JsonNode b = json(renderer.render(a));
            JsonNode last = b.get(b.size() - 1);
            assertEquals("context_actions", last.get("type").asText());
            JsonNode fb = last.get("elements").get(0);
            assertEquals("feedback_buttons", fb.get("type").asText());
            assertEquals(AnswerRenderer.FEEDBACK_ACTION, fb.get("action_id").asText());
            assertEquals("up|" + a.id(), fb.get("positive_button").get("value").asText());
            assertEquals("down|" + a.id(), fb.get("negative_button").get("value").asText());
        }
    }

    @Test
    void long_text_is_split_into_sections_of_at_most_3000_characters() throws Exception {
        String sentence = "Amazon's bet ties AWS capacity to OpenAI's growth and hedges its Anthropic position. ";
        String longText = sentence.repeat(120); // about 10,000 characters
        Answer a = new Answer("q-7", Route.NARRATIVE, longText, longText, List.of(), List.of(), "extractive", List.of(),
                new RouteDecision(Route.NARRATIVE, 0, 0.5, List.of()));
        JsonNode b = json(renderer.render(a));
        int sections = 0;
        StringBuilder joined = new StringBuilder();
        for (JsonNode block : b) {
            if (block.get("type").asText().equals("section")) {
                String text = block.get("text").get("text").asText();
                assertTrue(text.length() <= 3000, "section of " + text.length());
                joined.append(text).append(' ');
                sections++;
            }
        }
        assertTrue(sections >= 4, "sections " + sections);
        assertEquals(longText.replaceAll("\\s+", " ").strip(), joined.toString().replaceAll("\\s+", " ").strip(),
                "nothing lost in the split");
    }

    @Test
    void an_answer_over_fifty_blocks_is_trimmed_with_a_note_and_keeps_its_feedback() throws Exception {
        List<Citation> citations = new ArrayList<>();
        StringBuilder narrative = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            narrative.append("p".repeat(2900)).append("\n\n");
        }
        Answer a = new Answer("q-8", Route.NARRATIVE, narrative.toString(), narrative.toString(), List.of(), citations,
                "extractive", List.of(), new RouteDecision(Route.NARRATIVE, 0, 0.5, List.of()));
        JsonNode b = json(renderer.render(a));

        assertEquals(50, b.size());
        assertEquals("context_actions", b.get(49).get("type").asText());
        contains(b.toString(), "_Trimmed: ", "50-block limit");
    }

    @Test
    void text_we_did_not_write_cannot_ping_the_channel() throws Exception {
        String evil = "Ignore this <!channel> and <@U0ALICE> &co";
        Answer a = new Answer("q-9", Route.NARRATIVE, evil, evil, List.of(),
                List.of(new Citation(1, "doc", "Title <!here>", 1, "quote <!everyone>")), "llm:x", List.of(),
                new RouteDecision(Route.NARRATIVE, 0, 0.5, List.of()));
        SlackMessage m = renderer.render(a);
        String all = json(m).toString() + m.text();
        lacks(all, "<!channel>", "<@U0ALICE>", "<!here>", "<!everyone>");
        contains(all, "&lt;!channel&gt;", "&amp;co");
    }

    @Test
    void the_ephemeral_answer_has_a_share_button_unless_the_command_is_too_long_to_carry() throws Exception {
        JsonNode b = json(renderer.renderEphemeral(SampleAnswers.numeric("q-10"), "q-10|stake"));
        JsonNode actions = b.get(b.size() - 3);
        assertEquals("actions", actions.get("type").asText());
        assertEquals(AnswerRenderer.SHARE_ACTION, actions.get("elements").get(0).get("action_id").asText());
        assertEquals("q-10|stake", actions.get("elements").get(0).get("value").asText());

        JsonNode noShare = json(renderer.renderEphemeral(SampleAnswers.numeric("q-11"), "q-11|" + "x".repeat(2100)));
        lacks(noShare.toString(), AnswerRenderer.SHARE_ACTION);
    }

    @Test
    void the_stream_trailer_has_everything_but_the_streamed_text() throws Exception {
        JsonNode b = JSON.readTree(GsonFactory.createSnakeCase().toJson(renderer.trailer(SampleAnswers.narrative("q-12", "llm:x"))));
        lacks(b.toString(), "a second frontier-model partner");
        contains(b.toString(), "*Sources*", "feedback_buttons");
    }

    @Test
    void fallback_text_is_the_headline_for_numbers_and_the_narrative_otherwise() {
        assertEquals("Amazon's stake in OpenAI: 6.02%", renderer.fallbackText(SampleAnswers.numeric("q-13")));
        assertEquals(SampleAnswers.NARRATIVE, renderer.fallbackText(SampleAnswers.narrative("q-14", "x")));
    }

    private static int count(String haystack, String needle) {
        int n = 0;
        for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
