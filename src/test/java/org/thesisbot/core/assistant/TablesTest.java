package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Values listed as a table's rows or columns ("1.2T / 1.5T / 2T", "$700B | $900B"), in wordings of my own: one cell per
 * value, each exact. Values by hand from config/scenario.yaml ($50B check, $830B post-money and exit, 5-year hold, $115B
 * compute, 50% capture, 35% margin).
 */
class TablesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_list_of_exits_gives_one_cell_per_exit() {
        // moic = 50/830 x exit / 50 = exit / 830: 1000/830, 1245/830, 1660/830
        Answer a = ask("can i get the multiple on our check for an exit of 1T / 1.245T / 1.66T", null);
        assertEquals(List.of("1.204819", "1.500000", "2.000000"), Results.values(a, "moic", 6), a.text());
        assertTrue(a.text().contains("At 1.245T"), a.text());
    }

    @Test
    void a_unit_written_once_at_the_end_belongs_to_every_value_and_bars_separate_too() {
        // irr at the base exit is 0 whatever the hold; at a $1.66T exit (2x) over 4 and 8 years: 2^(1/4)-1, 2^(1/8)-1
        Answer a = ask("columns: hold 4 | 8 yrs, exit at 1.66T - irr per column", null);
        assertEquals(List.of("0.189207", "0.090508"), Results.values(a, "irr", 6), a.text());
    }

    @Test
    void rows_and_columns_give_every_cell() {
        // stake value = 50/830 x exit; ... and over a post of 1T: 50/1000 x exit
        Answer a = ask("table for the deck - rows: post-money 830bn / 1T, columns: exit 1.2T / 2T. cell = what our stake is worth", null);
        assertEquals(List.of("72.289157", "120.481928", "60.000000", "100.000000"), Results.values(a, "stake_value", 6), a.text());
    }

    @Test
    void the_thread_keeps_the_list_for_the_next_question() {
        ask("value of the stake at exits of 1.2T / 2T?", "tables-1");
        // the same exits, the post now 1T: 50/1000 x exit
        Answer a = ask("same again with a 1T post", "tables-1");
        assertEquals(List.of("60.000000", "100.000000"), Results.values(a, "stake_value", 6), a.text());
    }

    @Test
    void a_value_of_the_list_that_is_the_models_own_stays_in_the_thread() {
        ask("irr on a 1.66T exit, hold 5 / 8 yrs", "tables-2");
        // 5 years is the model's hold; a 1T post: stake 5%, at 1.66T worth $83B, moic 1.66: 1.66^(1/5)-1, 1.66^(1/8)-1
        Answer a = ask("now the same with the post at 1T", "tables-2");
        assertEquals(List.of("0.106679", "0.065402"), Results.values(a, "irr", 6), a.text());
    }

    @Test
    void a_list_in_a_scenario_keeps_the_scenarios_own_value() {
        ask("moic in bull at an exit of 1.5T / 2T", "tables-3");
        // bull's exit is $1.5T: the list is 1.5T and 2T; at a 1T post the stake is 5%: 75/50 and 100/50
        Answer a = ask("same with a 1T post", "tables-3");
        assertEquals(List.of("1.500000", "2.000000"), Results.values(a, "moic", 6), a.text());
    }

    @Test
    void a_ratio_written_with_a_slash_and_mixed_kinds_are_no_list() {
        assertTrue(Series.cells("stake = 50/830 of the exit").isEmpty());
        assertTrue(Series.cells("compute 115 / 5 years").isEmpty());
        assertTrue(Series.cells("exit 2,076B / 6.02% stake").isEmpty());
        assertEquals(3, Series.cells("exit 1T / 1.5T / 2T").orElseThrow().size());
    }

    @Test
    void a_list_written_with_commas_and_or_gives_one_cell_per_value_but_a_range_or_two_inputs_do_not() {
        // stake value at the bull exit: check / 830 x 1500 for 40, 60 and 80
        Answer a = ask("bull case, what is the stake worth for a check of $40bn, $60bn or $80bn?", null);
        assertEquals(List.of("72.289157", "108.433735", "144.578313"), Results.values(a, "stake_value", 6), a.text());
        assertEquals(3, Series.cells("irr at holds of 3, 5 and 7 years").orElseThrow().size());
        // a range's ends, and two inputs side by side, are no list
        assertTrue(Series.cells("aws profit with capture between 30% and 50%").isEmpty());
        assertTrue(Series.cells("capture at 60% and 35% margin, aws profit?").isEmpty());
    }

    @Test
    void a_list_no_word_names_is_the_input_one_of_its_values_is_now() {
        // $40bn / $50bn / $60bn with no word of which input: $50B is the model's check, so the list is of checks: x / 830
        Answer a = ask("$40bn, $50bn and $60bn in at the 830 post: what share of openai does each one buy?", null);
        assertEquals(List.of("0.048193", "0.060241", "0.072289"), Results.values(a, "stake", 6), a.text());
    }
}
