package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A period solved for a goal that only the compute window moves, goals said with other verbs, and layout instructions
 * whose counts are no figures, in wordings of my own. Values by hand from config/scenario.yaml ($115B of compute over 5
 * years, 50% capture, $830B post-money after a $100B round, $50B check).
 */
class WindowsAndInstructionsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_period_asked_for_a_yearly_aws_figure_is_the_compute_window() {
        // 50% x $115B / years = $8B a year: 57.5 / 8 = 7.1875 years
        Answer a = ask("how many years would openai need to spread the 115bn over for aws to book only 8bn a year from it");
        assertEquals("7.187500", Results.value(a, "compute_years", 6), a.text());
    }

    @Test
    void a_goal_that_comes_down_to_a_value_is_solved() {
        // $115B / years = $20B a year: 5.75 years
        Answer a = ask("how many years for openai's yearly compute burn to come down to 20bn");
        assertEquals("5.750000", Results.value(a, "compute_years", 6), a.text());
    }

    @Test
    void the_valuation_just_before_the_rounds_money_arrives_is_the_pre_money() {
        // $830B post-money less the $100B round
        Answer a = ask("what is openai worth just before the 100bn arrives?");
        assertEquals("730.000000", Results.value(a, "pre_money_valuation", 6), a.text());
    }

    @Test
    void counts_in_layout_instructions_are_no_figures() {
        // a 1T post: 50 / 1000 = 5%; "One number" and "3dp" set nothing
        Answer a = ask("One number, 3dp please: amazon's % of openai at a 1T post");
        assertEquals("0.050000", Results.value(a, "stake", 6), a.text());
        // "One %" was read as a 1% share of the round, so a $1B check: the share of the round is 50 / 100
        Answer b = ask("One %, no rounding: what part of the 100bn round is amazon's check");
        assertEquals("0.500000", Results.value(b, "round_share", 6), b.text());
    }

    @Test
    void an_ordering_preamble_that_asks_the_sources_gets_both_halves() {
        // the check over the $100B round: 50%; the preamble asks a sentence of the sources too
        Answer a = ask("Figure first, then a sentence from the article on why it matters: amazon's check as a share of the round");
        assertEquals(org.thesisbot.core.api.Route.MIXED, a.route(), a.text());
        assertEquals("0.500000", Results.value(a, "round_share", 6), a.text());
    }
}
