package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * Sensitivities asked per step of an input, and one input's move asked as what it does to a number, in wordings of my own. Values by hand from config/scenario.yaml ($50B check,
 * $830B post-money and exit, $115B compute, 50% capture, 35% margin; bear capture 30%).
 */
class StepsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    private static MetricResult change(Answer a) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE).findFirst()
                .orElseThrow(() -> new AssertionError("no change in " + a.results() + "\n" + a.text()));
    }

    @Test
    void the_answer_is_the_move_per_step_and_the_level_follows() {
        // +$200B of exit: 200 x 50/830 = $12.05B more on the stake's value
        Answer a = ask("for every extra $200bn on the exit, how much does our stake's value go up?");
        assertEquals("12.048193", change(a).value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
        assertTrue(a.text().startsWith("*Per +$200bn of "), a.text());
        assertTrue(a.results().stream().anyMatch(r -> r.kind() == MetricResult.Kind.METRIC && r.metric().equals("stake_value")));
    }

    @Test
    void a_step_of_points_moves_a_share() {
        // +5 pts of capture in bear: 5% x $115B x 30% (the bear margin) = $1.725B of profit
        Answer a = ask("how many $bn of aws op profit does each 5 pts of capture add in bear?");
        assertEquals("1.725000", change(a).value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString());
        assertEquals("bear", change(a).scenario());
    }

    private static java.util.List<String> changes(Answer a) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE)
                .map(r -> r.scenario() + "=" + r.value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString()).toList();
    }

    @Test
    void one_step_from_the_values_in_force_is_its_move() {
        // 20 pts of capture: 115 x 0.20 x 35% = $8.05B more profit
        assertEquals(java.util.List.of("base=8.050000"), changes(ask("+20pts of capture adds how many $bn of aws op profit?")));
        // knocked off: 5 pts off the margin, 115 x 50% x 5% = $2.875B less
        assertEquals(java.util.List.of("base=-2.875000"), changes(ask("knock 5pts off the margin: what does that do to aws op profit")));
    }

    @Test
    void a_step_at_two_settings_is_asked_at_each_and_their_gap_said() {
        // 300bn more exit: 50 x 300 / 830 and 50 x 300 / 1100; the gap 4.435926
        Answer a = ask("if we bolt 300bn onto the exit, how much more is the stake worth at the 830 post vs at a 1.1T post?");
        assertEquals(java.util.List.of("base=18.072289", "base=13.636364"), changes(a));
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Gap between the two moves") && n.endsWith("= +$4.44B.")), a.notes().toString());
        // from one exit to another, on two holds: (1400/830)^(1/h) - (1100/830)^(1/h)
        Answer b = ask("exit 1,100bn -> 1,400bn: how many irr pts do we pick up on a 3y hold vs a 6y hold?");
        assertEquals(java.util.List.of("base=0.091946", "base=0.042983"), changes(b));
    }

    @Test
    void a_step_in_several_cases_moves_each_from_its_own_value() {
        // 10 pts of capture: 115 x 0.1 x 40% in bull, x 35% in base (read together, bull would move from base's 50%)
        assertEquals(java.util.List.of("bull=4.600000", "base=4.025000"), changes(ask("capture up 10pts: aws op profit pickup in bull vs base, $bn")));
    }

    @Test
    void a_gap_between_two_values_is_its_size_and_more_than_is_the_first_less_the_second() {
        // 50 x (1400 - 500) / 1000
        assertEquals(java.util.List.of("base=45.000000"), changes(ask("stake value spread between a 500bn exit and a 1.4T exit, at a 1T post?")));
        // 50 x 1500 / 830 - 50 x 1500 / 1200
        assertEquals(java.util.List.of("base=27.861446"), changes(ask("how much more is the stake worth at the 830 post than at a 1.2T post, with a 1.5T exit?")));
    }

    @Test
    void a_step_from_one_case_value_to_another_takes_each_from_the_model() {
        // exit from bear's $500B to bull's $1.5T at a 1T post: 50 x 1000 / 1000
        assertEquals(java.util.List.of("base=50.000000"), changes(ask("what's the bear-to-bull exit swing in stake value at a 1T post?")));
        // capture at bull's 70% against bear's 30%, margin at base: 115 x 40% x 35%
        assertEquals(java.util.List.of("base=16.100000"), changes(ask("bull capture vs bear capture: the gap in aws op profit, everything else at base?")));
    }

    @Test
    void a_question_of_the_sources_after_the_step_is_answered_after_its_numbers() {
        // 5 pts of margin: 115 x 50% x 5%
        Answer a = ask("+5pts of margin moves aws op profit by how much, and what does the article say the big risk is?");
        assertEquals(java.util.List.of("base=2.875000"), changes(a));
        assertEquals(org.thesisbot.core.api.Route.MIXED, a.route());
        assertTrue(!a.citations().isEmpty() && a.text().contains("*From the sources*"), a.text());
    }

    @Test
    void a_step_in_a_unit_no_input_of_its_words_takes_is_no_step() {
        // points of ownership are no round size
        Steps.Step s = Steps.find("existing holders go from 100 pts to 89 pts on this raise: what's our stake worth?").orElseThrow();
        assertTrue(!s.fits(org.thesisbot.core.api.Unit.USD_BILLIONS));
        assertTrue(Steps.find("2026 capex comes in +$25B vs article, what slice of capex does the check eat").isEmpty());
    }

    @Test
    void a_rate_per_period_is_no_step() {
        assertTrue(Steps.find("aws compute revenue at $3B per quarter?").isEmpty());
        assertTrue(Steps.find("stake at a post of 900 per the article").isEmpty());
    }
}
