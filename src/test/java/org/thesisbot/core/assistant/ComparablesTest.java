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
 * Another company sized by the asker's own figure ({@link Comps}): the figure is what the question means, the company no
 * subject of it. In wordings of my own; values by hand from config/scenario.yaml ($50B check, $830B post, bull exit $1.5T).
 */
class ComparablesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_comparable_checked_against_is_no_input() {
        // 50 / 830 x 1500, with 180bn the figure to check
        Answer a = ask("stake value at the bull exit - more or less than a disney (my number ~180bn)?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("90.3614457831", Results.value(a, "stake_value", "bull", 10), a.text());
        assertEquals(1, a.results().size(), a.results().toString());
    }

    @Test
    void a_comparable_as_a_goal_or_a_level_is_its_figure() {
        // a stake worth 70: 70 / 50 x 830
        Answer goal = ask("what exit gets our stake to a whole nvidia-year of profit (~70bn, mine)?");
        assertEquals("1162", Results.value(goal, "exit_valuation", 0), goal.text());
        // an exit at 400: 400 / 830
        Answer level = ask("if oai trades like a costco (call it 400bn) at exit, moic?");
        assertEquals("0.4819277108", Results.value(level, "moic", 10), level.text());
        assertTrue(level.decision().cues().stream().noneMatch(c -> c.startsWith("not in the sources")), level.decision().cues().toString());
    }

    @Test
    void a_mark_after_the_question_checks_the_asked_inputs_figure() {
        // exit for a 25% irr over 7 years: 830 x 1.25^7, with 3T the figure to check
        Answer a = ask("what exit gets a 25% irr over 7 yrs? more or less than 3T?");
        assertEquals("3957.7484130859", Results.value(a, "exit_valuation", 10), a.text());
        // "above or below" checks 700bn: the pre-money is 830 - 100
        Answer b = ask("what's oai worth before the round money goes in - above or below 700bn?");
        assertEquals("730", Results.value(b, "pre_money_valuation", 0), b.text());
    }
}
