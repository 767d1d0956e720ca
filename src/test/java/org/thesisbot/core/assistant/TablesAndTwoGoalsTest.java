package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Figures given as a small table (a key line, one slash-separated row per case), and two goals met at once by two inputs
 * ("a 3x and a 25% irr: what exit and how many years?"). In wordings of my own; values by hand from config/scenario.yaml
 * (base: $50B into a $830B post, exit $830B, 5 years).
 */
class TablesAndTwoGoalsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void each_row_of_a_table_is_read_on_its_own_a_dash_leaving_the_models_value() {
        // 830/1000 and 1660/830: the second row's dash is the model's post, not the first row's 1T
        Answer a = ask("key: post/exit\n1T/—\n—/1.66T → moic", null);
        assertEquals(List.of("moic(base)=0.830000", "moic(base)=2.000000"), ResultValues.of(a), a.text());
        assertTrue(a.text().startsWith("*1)*"), a.text());
    }

    @Test
    void a_question_mark_in_a_row_is_the_input_solved_for_the_key_lines_goal() {
        // 830 x 1.15^4
        Answer a = ask("cols: hold/exit → irr 15%\n4/?", null);
        assertEquals(List.of("exit_valuation(base)=1451.675188", "irr(base)=0.150000"), ResultValues.of(a), a.text());
    }

    @Test
    void same_on_a_later_row_is_the_row_aboves_ask_with_its_own_change() {
        // 60/830, then 50/1000 in the bull case
        Answer a = ask("key: check/post\n60/— → stake\n—/1T → same, bull case", null);
        assertEquals(List.of("stake(base)=0.072289", "stake(bull)=0.050000"), ResultValues.of(a), a.text());
    }

    @Test
    void a_row_whose_cells_do_not_line_up_with_the_key_is_no_table() {
        assertEquals(List.of(), KeyTable.rows("key: check/post\n50/830/1T → stake"));
        assertEquals(List.of(), KeyTable.rows("our check/post ratio is 50/830, stake?"));
        assertEquals(List.of("check 60, post 1T: stake"), KeyTable.rows("key: check/post\n60/1T → stake"));
        // after a greeting or a frame on the key's line
        assertEquals(List.of("check 60, post 1T: stake"), KeyTable.rows("Forwarding for Grace: key: check/post\n60/1T → stake"));
    }

    @Test
    void two_goals_and_two_inputs_are_solved_one_after_the_other() {
        // the MOIC sets the exit alone (3 x 830); the 25% IRR then sets the hold: ln 3 / ln 1.25
        Answer a = ask("we need a 3x and a 25% irr - what exit and how many years?", null);
        assertEquals(List.of("exit_valuation(base)=2490.000000", "moic(base)=3.000000", "holding_years(base)=4.923343",
                "irr(base)=0.250000"), ResultValues.of(a), a.text());
        assertTrue(a.text().startsWith("*To reach a 3.00x MOIC and a 25% IRR, OpenAI's exit valuation"), a.text());
    }

    @Test
    void goals_stated_rather_than_asked_are_goals_when_two_inputs_are_asked() {
        // 50/0.05 for the post; 90/0.05 for the exit
        String t = "two-goals-" + System.nanoTime();
        Answer a = ask("target: we own 5% and the stake ends up worth 90bn. which post and which exit?", t);
        assertEquals(List.of("post_money_valuation(base)=1000.000000", "stake(base)=0.050000", "exit_valuation(base)=1800.000000",
                "stake_value(base)=90.000000"), ResultValues.of(a), a.text());
        // the thread keeps both: 1.8x over 3 years
        Answer b = ask("irr on that over 3 yrs?", t);
        assertEquals(List.of("irr(base)=0.216440"), ResultValues.of(b), b.text());
    }

    @Test
    void two_goals_with_no_order_to_solve_them_in_are_read_as_written() {
        // the MOIC reads the post as well as the exit: neither goal sets one input alone
        Answer a = ask("we need a 3x and a 25% irr - what exit and what post?", null);
        assertFalse(a.decision().cues().toString().contains("two goals"), a.decision().cues().toString());
    }

    @Test
    void a_figure_is_not_offered_as_an_input_another_figure_of_the_question_sets() {
        // the post is held at 830 by its own figure, so 500 is the exit only: 500/830
        Answer a = ask("exit pinned at 500B with the post held at 830B, moic?", null);
        assertEquals(List.of("moic(base)=0.602410"), ResultValues.of(a), a.text());
        assertTrue(a.clarify().isEmpty(), a.text());
    }

    @Test
    void the_highest_value_that_keeps_the_stake_above_water_is_the_one_that_breaks_even() {
        // the bear exit is 500: the stake is worth the check when the post is the exit
        Answer a = ask("bear case: highest post we can pay in at without going under water on the stake?", null);
        assertEquals(List.of("post_money_valuation(bear)=500.000000", "gain(bear)=0.000000"), ResultValues.of(a), a.text());
    }

    @Test
    void a_check_as_big_as_a_round_with_its_own_figure_takes_that_figure_and_keeps_the_round() {
        // 120 into a 120 round
        Answer a = ask("our check the size of the whole $120bn round, share of the round?", null);
        assertEquals(List.of("round_share(base)=1.000000"), ResultValues.of(a), a.text());
    }
}
