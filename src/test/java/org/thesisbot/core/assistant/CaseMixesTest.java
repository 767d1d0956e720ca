package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * The model's cases taken one input at a time ({@link CaseMixes}). In wordings of my own; values by hand (Python's decimal
 * module) from config/scenario.yaml: $50B at an $830B post, $115B of compute spend; exit, capture and margin are $500B,
 * 30%, 30% in bear, $830B, 50%, 35% in base and $1.5T, 70%, 40% in bull.
 */
class CaseMixesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void each_input_takes_its_own_case_and_the_rest_stay_at_base_or_where_said() {
        // 115 x 70% x 30%, exit at base
        Answer a = ask("aws op profit with bull capture but bear margin?", null);
        assertEquals("24.150000", Results.value(a, "aws_compute_profit", "base", 6), a.text());
        assertTrue(a.notes().contains("Cases taken one input at a time: exit at base ($830B); capture at bull (70%); margin at bear (30%)."),
                a.notes().toString());
        // 50 x 1500 / 830 + 115 x 30% x 30% - 50
        Answer b = ask("combined payoff with the exit at bull and everything else at bear", null);
        assertEquals("50.711446", Results.value(b, "combined_payoff", "base", 6), b.text());
    }

    @Test
    void a_goal_is_solved_in_the_mix() {
        // 50 x 500 / 830 + 115 x c x 40% - 50 = 0
        Answer a = ask("exit at bear, margin at bull: what capture share makes the combined payoff zero?", null);
        assertEquals("0.4321634364", Results.value(a, "aws_capture_share", 10), a.text());
    }

    @Test
    void the_thread_keeps_the_mix_and_moves_one_input_a_case_at_a_time() {
        String t = "mix-thread";
        // 50 x 500 / 830 + 115 x 30% x 35% - 50
        assertEquals("-7.804518", Results.value(ask("margin held at base. combined payoff with exit bear, capture bear?", t), "combined_payoff", 6));
        // capture one case up: 50%
        assertEquals("0.245482", Results.value(ask("capture up one notch, everything else same", t), "combined_payoff", 6));
        // margin to bear: 115 x 50% x 30%
        assertEquals("-2.629518", Results.value(ask("now the margin down to the bear col", t), "combined_payoff", 6));
    }

    @Test
    void a_whole_case_after_a_mix_drops_the_mix_but_keeps_the_askers_own_figures() {
        String t = "mix-then-whole";
        ask("aws op profit with bull capture but bear margin?", t);
        // the whole bull case: 115 x 70% x 40%, not the mix's 30% margin
        assertEquals("32.200000", Results.value(ask("and in bull?", t), "aws_compute_profit", "bull", 6));
        // the whole bear case: 115 x 30% x 30%
        assertEquals("10.350000", Results.value(ask("what about the whole bear case?", t), "aws_compute_profit", "bear", 6));
        String u = "own-figure-then-mix";
        // a figure of the asker's own (a 45% margin) is no case's value: leaving the mix keeps it; bull: 115 x 70% x 45%
        // 115 x 30% x 45%: the mix sets no margin, and its note claims none
        Answer own = ask("margin at 45%, capture at bear, exit at bull: aws op profit?", u);
        assertEquals("15.525000", Results.value(own, "aws_compute_profit", 6), own.text());
        assertTrue(own.notes().contains("Cases taken one input at a time: exit at bull ($1.5T); capture at bear (30%)."), own.notes().toString());
        assertEquals("36.225000", Results.value(ask("and in bull?", u), "aws_compute_profit", "bull", 6));
    }

    @Test
    void the_cases_own_values_asked_are_no_mix() {
        Answer a = ask("what bull exit and bear exit do you use?", null);
        assertEquals("1500", Results.value(a, "exit_valuation", "bull", 0), a.text());
        assertFalse(a.notes().stream().anyMatch(n -> n.startsWith("Cases taken")), a.notes().toString());
    }
}
