package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * A case told as a story before the question ({@link Stories}), and questions laid out as a level held with a list of
 * values ("X line: post A / B -> exit needed at each"). In wordings of my own; values by hand from config/scenario.yaml
 * ($50B check, $100B round, post-money $830B, compute spend $115B over five years; base capture 50% at a 35% margin; bear
 * exit $500B, capture 30%, margin 30%; bull exit $1.5T, capture 70%, margin 40%).
 */
class StoriesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return ask(q, null);
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "stories"));
    }

    private static boolean noted(Answer a, String... words) {
        return a.notes().stream().anyMatch(n -> List.of(words).stream().allMatch(n::contains));
    }

    @Test
    void a_story_that_moves_the_inputs_down_is_the_bear_case() {
        // 50/830 x 500 + 115 x 30% x 30% - 50 = 30.1204819 + 10.35 - 50
        Answer a = ask("the ai frenzy fades and aws ends up with a small share of openai's compute at skinny margins. what's the combined payoff?");
        assertEquals("-9.5295181", Results.value(a, "combined_payoff", "bear", 7), a.text());
        assertTrue(noted(a, "reads as the bear case", "\"small share\"", "\"skinny margins\""), a.notes().toString());
    }

    @Test
    void a_story_that_moves_them_up_is_the_bull_case() {
        // 115 x 70% x 40%
        Answer a = ask("imagine openai keeps compounding and aws takes the bulk of the training work at richer margins. what's aws's operating profit from openai?");
        assertEquals("32.2", Results.value(a, "aws_compute_profit", "bull", 1), a.text());
        assertTrue(noted(a, "reads as the bull case"), a.notes().toString());
    }

    @Test
    void a_story_that_points_two_ways_is_no_case() {
        // the valuation up, AWS's share down: no case moves both so; the base case, 50 + 115 x 50% x 35% - 50
        Answer a = ask("openai keeps climbing but aws only gets a thin slice of the compute. combined payoff?");
        assertEquals("20.125", Results.value(a, "combined_payoff", "base", 3), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("story")), a.notes().toString());
    }

    @Test
    void a_named_case_told_as_a_world_is_asked_in_that_case_and_the_which_case_question_answered() {
        // 2x on 50 at the $830B post: an exit of $1,660B, the same in every case
        Answer a = ask("downside world: openai stalls and aws wins a modest share. which case is that closest to, and what exit doubles our money?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("1660", Results.value(a, "exit_valuation", "bear", 0), a.text());
        assertTrue(noted(a, "reads as the bear case"), a.notes().toString());
    }

    @Test
    void a_figure_inside_the_story_is_still_read() {
        // 50/830 x 400 / 50
        Answer a = ask("story: openai stumbles and rivals catch up, and it's marked at 400bn. our multiple?");
        assertEquals("0.4819277", Results.value(a, "moic", "bear", 7), a.text());
    }

    @Test
    void a_story_before_a_question_for_the_sources_is_left_to_them() {
        // the story's words point to the bear case, but the question asks the author: no case's numbers answer it
        Answer a = ask("my downside: oai valuation halves and aws only gets a thin slice -- where does that diverge from the author's view?");
        assertTrue(a.route() != Route.NUMERIC, a.route() + " " + a.decision().cues());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("Your story reads")), a.notes().toString());
    }

    @Test
    void a_level_held_as_a_line_with_a_list_of_posts_is_solved_at_each() {
        // 90bn of stake: exit = 90 x post / 50
        Answer a = ask("stake worth 90bn line: post 900bn / 1T -> exit needed at each");
        assertEquals(List.of("1620", "1800"), Results.values(a, "exit_valuation", 0), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("loan")), a.notes().toString());
    }

    @Test
    void a_list_whose_values_each_carry_their_word_is_one_list() {
        // 3x on 50: exit = 3 x post
        Answer a = ask("for 3x on the 50, round at 1.2T post / 1.4T post -> exit each?");
        assertEquals(List.of("3600", "4200"), Results.values(a, "exit_valuation", 0), a.text());
    }

    @Test
    void a_check_asked_without_a_question_word_after_an_arrow_is_solved() {
        // 4% of a $1T post
        Answer a = ask("round at a 1T post -> check needed to own 4%");
        assertEquals("40", Results.value(a, "investment", 0), a.text());
        // "exactly" adds nothing to a figure: 4% of $830B
        assertEquals("33.2", Results.value(ask("what check to own exactly 4% at the 830 post"), "investment", 1));
    }

    @Test
    void a_round_that_gets_done_at_a_pre_is_the_round_not_the_check() {
        // $800B pre + $100B round = $900B post; 2.5x needs 2.5 x 900
        Answer a = ask("2.5x on the 50 if the round gets done at a 800bn pre - exit needed?");
        assertEquals("2250", Results.value(a, "exit_valuation", 0), a.text());
    }

    @Test
    void a_yearly_profit_target_said_after_its_figure_is_a_year_of_the_window_also_when_moved() {
        String t = "yr:" + System.nanoTime();
        // 7bn a year x 5 = 35 over the window; 35 / (115 x 35%)
        Answer a = ask("what capture share gets aws 7bn/yr of op profit from openai?", t);
        assertEquals("0.8695652", Results.value(a, "aws_capture_share", 7), a.text());
        // the thread's target moved to 3bn a year: 15 / 40.25
        Answer b = ask("move the target to 3bn/yr", t);
        assertEquals("0.3726708", Results.value(b, "aws_capture_share", 7), b.text());
    }

    @Test
    void the_price_an_ipo_clears_at_is_the_exit() {
        // 50/830 x 1800 / 50
        Answer a = ask("the ipo prices at 1.8T - moic on our 50?");
        assertEquals("2.1686747", Results.value(a, "moic", 7), a.text());
    }
}
