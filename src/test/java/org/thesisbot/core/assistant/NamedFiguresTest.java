package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Quantities said by name where a figure would stand ("the entire raise", "the old valuation", "the downside-case
 * capture") are read as their figures, and the answer names each one; asked about, they stay questions about the input.
 * In wordings of my own; values by hand from config/scenario.yaml ($50B check, $100B round, $830B post-money, $8B in
 * Anthropic, $11B campus, $115B of compute spend, bear capture 30%, bull margin 40%) and the article's $500B valuation.
 */
class NamedFiguresTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_name_where_a_figure_stands_is_read_as_that_figure_and_said() {
        // 50 / 830 of an exit V is 100: V = 1660
        Answer a = ask("which exit valuation makes the stake equal to the entire raise?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("1660.000000", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("as $100B")), a.notes().toString());
        // bought at 500, marked at 830: 50 / 500 x 830 = 83
        Answer b = ask("stake value if we buy in at the old valuation and the exit is at the headline figure");
        assertEquals("83.000000", Results.value(b, "stake_value", 6), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.contains("$500 billion valuation")), b.notes().toString());
        // twice the $8B: 16 / 830
        Answer c = ask("amazon writes twice the anthropic investment into openai - what % is that at the 830 post");
        assertEquals("0.019277", Results.value(c, "stake", 6), c.text());
    }

    @Test
    void a_named_figure_is_a_goal_too() {
        // profit to pay for the $11B campus at base revenue 57.5: margin 11 / 57.5
        Answer a = ask("which aws margin lets the compute profit pay for the indiana campus?");
        assertEquals("0.191304", Results.value(a, "aws_operating_margin", 6), a.text());
    }

    @Test
    void a_scenario_named_with_an_input_is_that_scenario_s_value_alone() {
        // the bear case's 30% of $115B, everything else base
        Answer a = ask("if aws only gets the downside-case capture, what's its compute revenue?");
        assertEquals("34.500000", Results.value(a, "aws_compute_revenue", 6), a.text());
        assertEquals("base", a.results().get(0).scenario(), a.text());
        // the bull case's 40% margin on the base 50% of $115B
        Answer b = ask("aws compute profit using the bull-case margin, base otherwise");
        assertEquals("23.000000", Results.value(b, "aws_compute_profit", 6), b.text());
    }

    @Test
    void a_name_that_restates_a_figure_given_adds_nothing() {
        // 50 / 830 x 500: the name repeats the half trillion, it is not a second figure to place
        Answer a = ask("stake worth if openai exits at half a trillion, i.e. back at the old valuation?");
        assertEquals("30.120482", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.clarify().isEmpty(), a.text());
    }

    @Test
    void the_same_name_twice_is_read_twice_and_only_the_asker_s_own_figures_count_as_restated() {
        NamedFigures named = new NamedFigures(new org.thesisbot.config.LexiconLoader()
                .load(java.nio.file.Path.of("config", "lexicon.yaml")).namedValues(), org.thesisbot.core.scenario.TestModels.real());
        // the first name read puts $500B in the text; the second is still read (it restates no figure the asker gave)
        NamedFigures.Read r = named.read("bear case: in at the old valuation and out at the old valuation, moic?");
        assertEquals("bear case: in at $500B and out at $500B, moic?", r.question());
        // a figure the asker gave is restated by the name: left as words
        assertEquals("exit at 500bn, i.e. at the old valuation", named.read("exit at 500bn, i.e. at the old valuation").question());
    }

    @Test
    void a_name_asked_about_stays_a_question_about_the_input() {
        Answer a = ask("how big is the indiana campus?");
        assertEquals("11.000000", Results.value(a, "anthropic_campus", 6), a.text());
        Answer b = ask("what is the bull-case margin?");
        assertEquals("0.400000", Results.value(b, "aws_operating_margin", 6), b.text());
    }
}
