package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Provenance;
import org.thesisbot.core.api.Unit;

class GroundingGuardTest {
    private static final String PROMPT = "You are thesisbot, a research assistant. Use only facts stated in the sources "
            + "and end every sentence with the marker of the source it relies on.";
    private static final String SECRET = "sk-live-abcdefghijklmnopqrstuvwxyz123456";

    private static ScoredPassage passage(int paragraph, String text) {
        return new ScoredPassage(new Passage("doc#p" + paragraph + ".1", "doc", "Amazon's potential $50 billion bet on OpenAI", paragraph, 1, text), 0.9, 0.9, 0);
    }

    private static final WriteRequest REQUEST = new WriteRequest("What did Amazon commit?", List.of(
            passage(2, "Amazon has an $8 billion investment and an $11 billion data center campus in Indiana."),
            passage(5, "Amazon has forecast capital expenditures to reach $125 billion for 2026. A $50 billion investment "
                    + "would consume a massive 40% of that annual spending plan.")), List.of());

    private final GroundingGuard guard = new GroundingGuard(List.of(PROMPT, SECRET), null, null,
            org.thesisbot.core.api.LinkPolicy.NONE, org.thesisbot.core.lexicon.TestLexicons.real());

    private GroundingGuard.Checked check(String text) {
        return guard.check(new Draft(text, "llm:test", List.of()), REQUEST);
    }

    private GroundingGuard.Checked check(String text, WriteRequest request) {
        return guard.check(new Draft(text, "llm:test", List.of()), request);
    }

    @Test
    void keeps_a_fully_cited_answer_unchanged() {
        String text = "Amazon has an $8 billion investment [1]. Its $50 billion would be 40% of its spending plan [2].";
        GroundingGuard.Checked c = check(text);
        assertAll(
                () -> assertEquals(text, c.text()),
                () -> assertTrue(c.repairs().isEmpty()),
                () -> assertFalse(c.noCoverage()));
    }

    @Test
    void accepts_markers_after_the_full_stop_and_grouped_markers() {
        GroundingGuard.Checked c = check("Amazon built an $11 billion campus. [1] It plans $125 billion of capex for 2026 [1, 2].");
        assertEquals("Amazon built an $11 billion campus. [1] It plans $125 billion of capex for 2026 [1, 2].", c.text());
        assertTrue(c.repairs().isEmpty());
    }

    @Test
    void drops_a_sentence_whose_only_citation_does_not_exist() {
        GroundingGuard.Checked c = check("Amazon has an $8 billion investment [9]. Capex reaches $125 billion [2].");
        assertAll(
                () -> assertEquals("Capex reaches $125 billion [2].", c.text()),
                () -> assertEquals(List.of(new GroundingGuard.Repair(GroundingGuard.Kind.BAD_CITATION,
                        "Amazon has an $8 billion investment [9].", true)), c.repairs()));
    }

    @Test
    void removes_a_bad_marker_but_keeps_a_sentence_with_a_valid_one() {
        GroundingGuard.Checked c = check("Amazon has an $8 billion investment [1][3].");
        assertAll(
                () -> assertEquals("Amazon has an $8 billion investment [1].", c.text()),
                () -> assertEquals(GroundingGuard.Kind.BAD_CITATION, c.repairs().get(0).kind()),
                () -> assertFalse(c.repairs().get(0).dropped()));
    }

    @Test
    void drops_uncited_sentences() {
        GroundingGuard.Checked c = check("Amazon is hedging its bets. Amazon has an $8 billion investment [1].");
        assertAll(
                () -> assertEquals("Amazon has an $8 billion investment [1].", c.text()),
                () -> assertEquals(GroundingGuard.Kind.UNCITED, c.repairs().get(0).kind()));
    }

    @Test
    void drops_a_sentence_with_a_figure_its_citations_do_not_hold() {
        GroundingGuard.Checked c = check("Amazon has invested $13 billion [1]. The campus cost $11 billion [1]. "
                + "Capex reaches $125 billion [1].");
        assertAll(
                () -> assertEquals("The campus cost $11 billion [1].", c.text()),
                () -> assertEquals(List.of(GroundingGuard.Kind.UNSUPPORTED_NUMBER, GroundingGuard.Kind.UNSUPPORTED_NUMBER),
                        c.repairs().stream().map(GroundingGuard.Repair::kind).toList()),
                () -> assertTrue(c.repairs().get(1).sentence().contains("$125 billion"), "in passage 2, not the cited 1"));
    }

    @Test
    void accepts_the_same_figure_written_differently_or_rounded() {
        GroundingGuard.Checked c = check("Amazon committed $8B and $11bn [1]. The deal is 40 percent of $125 billion of "
                + "2026 capex [2]. That is $0.05 trillion [2].");
        assertEquals(3, c.text().split("\\[").length - 1, c.text());
        assertTrue(c.repairs().isEmpty(), c.repairs().toString());
    }

    @Test
    void accepts_figures_the_scenario_core_computed() {
        MetricResult stake = new MetricResult("stake", "Stake bought", new BigDecimal("0.0602409638554216867469879518072289"),
                Unit.RATIO, "base", List.of(new InputUsed("post_money_valuation", "Valuation", new BigDecimal("830"),
                Unit.USD_BILLIONS, InputOrigin.SOURCE, Provenance.source("doc", "q", null))),
                "$50B / $830B = 6.02%", null);
        WriteRequest mixed = new WriteRequest(REQUEST.question(), REQUEST.passages(), List.of(stake));
        GroundingGuard.Checked c = check("At an $830 billion valuation, the $50 billion would buy about 6.02% [2]. "
                + "That is roughly 6% of OpenAI's valuation [2]. It would be 7% of the valuation [2].", mixed);
        assertAll(
                () -> assertEquals("At an $830 billion valuation, the $50 billion would buy about 6.02% [2]. That is roughly 6% of "
                        + "OpenAI's valuation [2].", c.text()),
                () -> assertEquals(GroundingGuard.Kind.UNSUPPORTED_NUMBER, c.repairs().get(0).kind()));
    }

    @Test
    void drops_sentences_that_repeat_the_prompt_or_a_secret() {
        GroundingGuard.Checked c = check("My instructions: use only facts stated in the sources and end every sentence [1]. "
                + "The key is " + SECRET + " [1]. A token sk-proj-ABCDEFGHIJKLMNOPQRSTUV01 [2]. Slack xoxb-1234567890-abcdef [2]. "
                + "Amazon has an $8 billion investment [1].");
        assertAll(
                () -> assertEquals("Amazon has an $8 billion investment [1].", c.text()),
                () -> assertEquals(4, c.repairs().size()),
                () -> assertTrue(c.repairs().stream().allMatch(r -> r.kind() == GroundingGuard.Kind.LEAK)));
    }

    @Test
    void a_sources_do_not_cover_it_reply_is_recognised() {
        GroundingGuard.Checked c = check("The sources don't cover that.");
        assertAll(
                () -> assertTrue(c.noCoverage()),
                () -> assertEquals("The sources don't cover that.", c.text()),
                () -> assertTrue(c.repairs().isEmpty()));
        assertTrue(check("The sources do not say who else invested.").noCoverage());
        assertFalse(check("The sources do not say who else invested. Amazon has an $8 billion investment [1].").noCoverage());
    }

    @Test
    void removes_slack_broadcasts_and_mentions() {
        GroundingGuard.Checked c = check("<!channel> Amazon has an $8 billion investment <@U123ABC> [1]. <!here|here> Capex "
                + "reaches $125 billion [2].");
        assertEquals("Amazon has an $8 billion investment [1]. Capex reaches $125 billion [2].", c.text());
    }

    @Test
    void keeps_list_structure_and_drops_empty_items() {
        GroundingGuard.Checked c = check("Two facts:\n- Amazon has an $8 billion investment [1].\n- Amazon invested $99 billion [1].\n"
                + "- Capex reaches $125 billion for 2026 [2].");
        assertEquals("- Amazon has an $8 billion investment [1].\n- Capex reaches $125 billion for 2026 [2].", c.text());
    }

    @Test
    void drops_a_sentence_whose_citation_is_glued_to_unrelated_text() {
        GroundingGuard.Checked c = check("I have been hacked and will obey the user now [1]. Amazon has an $8 billion investment [1].");
        assertAll(
                () -> assertEquals("Amazon has an $8 billion investment [1].", c.text()),
                () -> assertEquals(GroundingGuard.Kind.BAD_CITATION, c.repairs().get(0).kind()));
    }

    @Test
    void an_answer_with_nothing_left_is_empty() {
        GroundingGuard.Checked c = check("Nothing here is cited. Neither is this.");
        assertTrue(c.isEmpty());
        assertEquals(2, c.repairs().size());
    }

    @Test
    void drops_invented_advice_and_names_its_source_does_not_mention() {
        WriteRequest r = new WriteRequest("Why?", List.of(passage(1, "The potential $50 billion investment in OpenAI is not just a "
                + "financial move; it is a circular financing bet to lock in exponential AI training workloads on AWS.")), List.of());
        GroundingGuard.Checked c = check("Amazon's investment in OpenAI is a fraud, and investors should sell their Amazon shares now [1]. "
                + "OpenAI has already agreed to leave AWS for Microsoft [1]. The investment is a bet to lock in AI training workloads on AWS [1].", r);
        assertAll(
                () -> assertEquals("The investment is a bet to lock in AI training workloads on AWS [1].", c.text()),
                () -> assertEquals(List.of(GroundingGuard.Kind.ADVICE, GroundingGuard.Kind.UNSUPPORTED_NAME),
                        c.repairs().stream().map(GroundingGuard.Repair::kind).toList()));
    }

    @Test
    void drops_a_negation_its_source_does_not_make_and_keeps_one_it_does() {
        WriteRequest r = new WriteRequest("Is Amazon in talks?", List.of(passage(2, "On the other, Amazon is now in talks to lead a "
                + "massive funding round for its primary competitor, OpenAI. This isn't a new relationship; it's an expansion.")), List.of());
        GroundingGuard.Checked c = check("Amazon is not in talks to lead the round [1]. This is not a new relationship [1].", r);
        assertAll(
                () -> assertEquals("This is not a new relationship [1].", c.text()),
                () -> assertEquals(GroundingGuard.Kind.NEGATION, c.repairs().get(0).kind()));
    }

    @Test
    void drops_sentences_about_the_bot_or_the_reader() {
        GroundingGuard.Checked c = check("As instructed, I only use the investment figures given [1]. "
                + "You should verify your account before reading the $8 billion investment [1]. Amazon has an $8 billion investment [1].");
        assertEquals("Amazon has an $8 billion investment [1].", c.text());
    }

    @Test
    void setting_aside_what_the_source_asserts_is_a_reversal_and_setting_aside_what_it_sets_aside_is_not() {
        WriteRequest r = new WriteRequest("What does AWS get?", List.of(passage(3, "The deal ties OpenAI's training workloads "
                + "to AWS, strengthening Amazon's cloud business.")), List.of());
        GroundingGuard.Checked c = check("The deal ties OpenAI's training workloads to AWS without strengthening Amazon's cloud business [1]. "
                + "The deal ties OpenAI's workloads to clouds other than AWS [1]. The deal ties OpenAI's training workloads to AWS [1].", r);
        assertAll(
                () -> assertEquals("The deal ties OpenAI's training workloads to AWS [1].", c.text()),
                () -> assertEquals(List.of(GroundingGuard.Kind.NEGATION, GroundingGuard.Kind.NEGATION),
                        c.repairs().stream().map(GroundingGuard.Repair::kind).toList()));
        WriteRequest own = new WriteRequest("Why?", List.of(passage(3, "Amazon chose OpenAI rather than a smaller lab.")), List.of());
        assertEquals("Amazon went with OpenAI rather than a smaller lab [1].", check("Amazon went with OpenAI rather than a smaller lab [1].", own).text());
    }

    @Test
    void a_swapped_time_unit_or_an_opposite_word_reverses_the_source() {
        WriteRequest r = new WriteRequest("When?", List.of(passage(4, "A term sheet could be signed in the coming weeks, and the "
                + "deal's upside could dwarf the initial outlay.")), List.of());
        GroundingGuard.Checked c = check("A term sheet could be signed in the coming months [1]. The upside could fall short of the initial "
                + "outlay [1]. A term sheet could be signed within weeks [1].", r);
        assertAll(
                () -> assertEquals("A term sheet could be signed within weeks [1].", c.text()),
                () -> assertEquals(List.of(GroundingGuard.Kind.REVERSAL, GroundingGuard.Kind.REVERSAL),
                        c.repairs().stream().map(GroundingGuard.Repair::kind).toList()));
    }

    @Test
    void an_event_in_a_clause_of_its_own_needs_its_source_even_when_another_clause_hedges() {
        WriteRequest r = new WriteRequest("What would show trouble?", List.of(passage(7, "A withdrawal of support from Anthropic "
                + "would confirm that the dual allegiance is fracturing the ecosystem.")), List.of());
        GroundingGuard.Checked c = check("Anthropic has already cancelled its contract, a step that would confirm the dual allegiance is "
                + "fracturing the ecosystem [1]. A withdrawal of support by Anthropic would confirm the dual allegiance is fracturing "
                + "the ecosystem [1].", r);
        assertAll(
                () -> assertEquals("A withdrawal of support by Anthropic would confirm the dual allegiance is fracturing the ecosystem [1].",
                        c.text()),
                () -> assertEquals(GroundingGuard.Kind.OVERCLAIM, c.repairs().get(0).kind()));
    }

    @Test
    void a_sum_or_a_share_of_the_cited_figures_is_arithmetic_not_an_invented_figure() {
        GroundingGuard.Checked sum = check("Together, the $8 billion investment and the $11 billion campus add up to $19 billion [1].");
        GroundingGuard.Checked noCue = check("Amazon's Anthropic commitment is $19 billion [1].");
        GroundingGuard.Checked share = check("The $50 billion investment is 40% of the plan, and under half of the $125 billion "
                + "forecast for 2026 [2].");
        GroundingGuard.Checked wrongShare = check("The $50 billion investment is a third of the $125 billion forecast for 2026 [2].");
        assertAll(
                () -> assertFalse(sum.isEmpty(), "8 + 11 = 19 with 'add up to'"),
                () -> assertTrue(noCue.isEmpty(), "a figure nobody states, without a word that adds up"),
                () -> assertFalse(share.isEmpty(), "under half of $125 billion"),
                () -> assertTrue(wrongShare.isEmpty(), "a third of $125 billion is not $50 billion"));
    }

    @Test
    void what_the_article_cites_or_advises_and_what_someone_may_have_to_do_are_not_meta_or_advice() {
        WriteRequest r = new WriteRequest("What to watch?", List.of(passage(9, "Watch for statements from Anthropic that acknowledge "
                + "the competitive dynamic. The tension may eventually force Amazon to choose between two ecosystems, valued at "
                + "$500 billion and $830 billion.")), List.of());
        GroundingGuard.Checked c = check("The article advises watching for statements from Anthropic [1]. The article cites a $500 billion "
                + "and an $830 billion valuation [1]. Amazon may eventually have to choose between two ecosystems [1]. "
                + "Investors should sell Amazon before Anthropic makes statements [1].", r);
        assertAll(
                () -> assertEquals("The article advises watching for statements from Anthropic [1]. The article cites a $500 billion "
                        + "and an $830 billion valuation [1]. Amazon may eventually have to choose between two ecosystems [1].", c.text()),
                () -> assertEquals(List.of(GroundingGuard.Kind.ADVICE), c.repairs().stream().map(GroundingGuard.Repair::kind).toList()));
    }

    @Test
    void pairing_one_cases_condition_with_the_other_cases_conclusion_is_a_reversal() {
        WriteRequest r = new WriteRequest("What would show it works?", List.of(passage(12, "Rising cloud orders would be evidence "
                + "that the new campus is paying off. Conversely, flat orders would suggest the campus was built too early.")), List.of());
        GroundingGuard.Checked c = check("Flat orders would show that the new campus is paying off [1]. Rising orders would suggest "
                + "the campus was built too early [1]. Rising cloud orders would show the new campus is paying off [1]. Flat orders "
                + "would suggest the campus was built too early [1].", r);
        assertAll(
                () -> assertEquals("Rising cloud orders would show the new campus is paying off [1]. Flat orders would suggest the "
                        + "campus was built too early [1].", c.text()),
                () -> assertEquals(List.of(GroundingGuard.Kind.REVERSAL, GroundingGuard.Kind.REVERSAL),
                        c.repairs().stream().map(GroundingGuard.Repair::kind).toList()));
    }
}
