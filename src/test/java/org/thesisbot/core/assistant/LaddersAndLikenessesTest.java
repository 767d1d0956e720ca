package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * A question narrowed in levels ("big picture: … / narrower: … / narrowest: …"), whose last level is the question; and a
 * question that likens our deal to one the sources never mention ("like msft's 2019 deal", "azure-style"), which is
 * still about ours. In wordings of my own; values by hand from config/scenario.yaml ($50B check, $830B post-money, bull
 * exit $1.5T, bear exit $500B, 5-year hold, $115B compute spend, 50% capture, 35% margin).
 */
class LaddersAndLikenessesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return ask(q, null);
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_last_level_is_the_question_and_the_levels_before_it_its_context() {
        // 50 / 1000 = 5%: the widest level asks nothing of the sources
        Answer a = ask("big picture: is this a good use of the cash\nnarrower: say the round ends up pricing at a 1T post\nnarrowest: what % do we own");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("0.050000", Results.value(a, "stake", 6), a.text());
        // bull, exit 1500: 1500 x 50 / 830 / 50 = 1.807229; the case is named in the widest level
        Answer b = ask("zoom out: the upside story, bull case\nzoom in: multiple on the check");
        assertEquals(Route.NUMERIC, b.route(), b.text());
        assertEquals("1.807229", Results.value(b, "moic", 6), b.text());
        assertEquals("bull", b.results().get(0).scenario(), b.text());
    }

    @Test
    void levels_in_one_line_and_a_lone_narrower_level_in_a_thread() {
        // 115 x 0.5 x 0.3 = 17.25
        Answer a = ask("zooming out: is the compute side worth it. zooming in: aws profit over the window at a 30% margin");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("17.250000", Results.value(a, "aws_compute_profit", 6), a.text());
        ask("bear case, stake value?", "levels");
        // bear, exit 500 held 8 years: (500 / 830)^(1/8) - 1 = -0.061387...
        Answer b = ask("tighter: the irr on that if we hold 8 yrs", "levels");
        assertEquals("-0.0614", Results.value(b, "irr", 4), b.text());
        assertEquals("bear", b.results().get(0).scenario(), b.text());
    }

    @Test
    void a_deal_the_question_likens_ours_to_is_left_out() {
        // 50 / 1250 = 4%
        Answer a = ask("if we do it like msft's old oai deal but at a 1.25T post, what's our %?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("0.040000", Results.value(a, "stake", 6), a.text());
        // 115 x 0.6 = 69
        Answer b = ask("azure-style capture of 60% of oai's compute - what's aws revenue over the window?");
        assertEquals(Route.NUMERIC, b.route(), b.text());
        assertEquals("69.000000", Results.value(b, "aws_compute_revenue", 6), b.text());
        // a sentence of its own, with no figure: 830 x 2 = 1660
        Answer c = ask("google did well on anthropic. what exit doubles our money?");
        assertEquals(Route.NUMERIC, c.route(), c.text());
        assertEquals("1660.000000", Results.value(c, "exit_valuation", 6), c.text());
    }

    @Test
    void a_question_about_the_other_deal_is_still_not_answered_with_ours() {
        // asked about them: the sources never mention it
        assertNotEquals(Route.NUMERIC, ask("what's microsoft's stake in openai worth at a 1.25T post?").route());
        // pointing back at them
        assertNotEquals(Route.NUMERIC, ask("google did well on anthropic. what is their stake worth now?").route());
        // a figure of theirs would be read as one of ours
        assertNotEquals(Route.NUMERIC, ask("msft put 13bn into oai years ago. what multiple is that now?").route());
    }
}
