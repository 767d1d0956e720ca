package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * A goal solved on a grid of round numbers ({@link GridSteps}). In wordings of my own; values by hand from
 * config/scenario.yaml (base: $50B at an $830B post, exit flat, AWS 50% x $115B x 35%).
 */
class GridStepsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    /** Every value of this metric in the answer, at 6 places, in order. */
    private static List<String> values(Answer a, String metric) {
        return a.results().stream().filter(r -> r.metric().equals(metric))
                .map(r -> r.value().setScale(6, java.math.RoundingMode.HALF_UP).toPlainString()).collect(Collectors.toList());
    }

    @Test
    void the_smallest_exit_goes_up_to_the_grid_with_the_metric_there_a_step_under_and_the_exact_value() {
        // 3x at a 900 post: exact exit 2700; up to the $200B grid: 2800 (3.111111x); a step under, 2600: 2.888889x
        Answer a = ask("At a 900bn post, what's the smallest exit in $200bn steps that gets us to 3x? the multiple there and one step under, plus the exact exit", null);
        MetricResult first = a.results().get(0);
        assertEquals("exit_valuation", first.metric(), a.text());
        assertEquals(MetricResult.Kind.SOLVED, first.kind());
        assertEquals(0, first.value().compareTo(new BigDecimal("2800")), a.text());
        assertEquals(List.of("3.111111", "2.888889", "3.000000"), values(a, "moic"), a.text());
        assertEquals(List.of("2800.000000", "2700.000000"), values(a, "exit_valuation"), a.text());
        assertTrue(a.text().startsWith("*On a grid of $200B"), a.text());
        assertTrue(a.text().contains("Exact, before rounding: $2.7T"), a.text());
    }

    @Test
    void the_highest_post_goes_down_and_with_no_word_of_direction_the_grid_point_that_meets_the_goal() {
        // 5.5% of OpenAI for $50B: post 909.0909; down to the $20B grid: 900, a 5.555556% stake
        Answer a = ask("highest post-money, rounded down to the nearest $20bn, where our $50bn still buys 5.5%?", null);
        assertEquals(List.of("900.000000", "909.090909"), values(a, "post_money_valuation"), a.text());
        assertEquals("0.055556", values(a, "stake").get(0), a.text());
        // 7% or better: post 714.2857; on a $30B grid 690 (7.246377%) meets it, 720 (6.94%) does not
        Answer b = ask("what post-money on a $30bn grid keeps our $50bn at 7% or better?", null);
        assertEquals("690.000000", values(b, "post_money_valuation").get(0), b.text());
        assertEquals("0.072464", values(b, "stake").get(0), b.text());
        // a ratio grid: profit 115 x c x 35% >= 25 -> c >= 62.11%; 60% gives 24.15, so 65% (26.1625)
        Answer c = ask("what capture share, in 5% steps, makes AWS's compute profit at least $25bn?", null);
        assertEquals("0.650000", values(c, "aws_capture_share").get(0), c.text());
        assertEquals("26.162500", values(c, "aws_compute_profit").get(0), c.text());
    }

    @Test
    void the_thread_points_back_at_the_grid_point_and_keeps_the_grid_until_asked_for_the_exact_value() {
        String t = "grid-thread";
        Answer a = ask("smallest exit, in $100bn steps, that gets 2x?", t);
        assertEquals("1700.000000", values(a, "exit_valuation").get(0), a.text());
        // irr at 1700 over 5 years: (1700 / 830)^(1/5) - 1 = 15.418165%
        Answer b = ask("irr at that exit?", t);
        assertEquals("0.154182", values(b, "irr").get(0), b.text());
        // the grid kept: 2.5x is exit 2075, up to 2100
        Answer c = ask("and what exit gets 2.5x?", t);
        assertEquals("2100.000000", values(c, "exit_valuation").get(0), c.text());
        // the exact value asked: the grid is left
        Answer d = ask("and the exact exit for 2.5x, unrounded?", t);
        assertEquals("2075.000000", values(d, "exit_valuation").get(0), d.text());
    }

    @Test
    void with_nothing_solved_the_steps_either_side_are_of_the_figure_the_question_gave() {
        // 50 / 900, and a $50B step either side: 50 / 850 and 50 / 950
        Answer a = ask("what's our stake at a 900bn post, and at the $50bn steps either side?", null);
        assertEquals(List.of("0.055556", "0.058824", "0.052632"), values(a, "stake"), a.text());
        assertTrue(a.text().contains("a step of $50B away: $850B: 5.88%; $950B: 5.26%"), a.text());
    }
}
