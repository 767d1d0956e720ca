package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * A question inside a status update, an input asked for that no reading found, amounts left out of a sum and put back,
 * figures that are guesses, restatements or the source of a value; in wordings of my own, values by hand from
 * config/scenario.yaml (exit $830B post-money, $50B check, $115B compute over 5 years; bear exit $500B, capture 30%, margin
 * 30%; bull exit $1.5T, capture 70%, margin 40%).
 */
class StatusLinesAndAsksTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(Question.of(q));
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 10);
    }

    @Test
    void only_the_line_of_a_status_update_that_addresses_the_bot_is_read() {
        // 3 x $830B: the other lines name a colleague (who would make it refuse as a name the sources lack) and a day
        Answer a = ask("- sent the comps to Marcus\n- @thesisbot what exit gets amzn to 3x on the 50b, for the Thurs sync\n- lunch moved to fri");
        assertEquals("2490.0000000000", value(a, "exit_valuation"));
    }

    @Test
    void without_an_address_the_lines_that_name_nothing_of_the_thesis_are_left_out() {
        ask("irr at a 1.5T exit?", "status");
        // (1500 / 830)^(1/7) - 1
        Answer a = ask("- deck to Dana\n- re the irr: same but over 7 yrs\n- back tmrw", "status");
        assertEquals("0.0882186551", value(a, "irr"));
        // a list of inputs keeps every line: each names an input or asks
        Answer list = ask("for the memo:\n• exit 1.2T\n• hold 5y\n• irr?");
        assertEquals("0.0765163513", value(list, "irr")); // (1200 / 830)^(1/5) - 1
    }

    @Test
    void an_input_asked_for_that_no_reading_solves_is_offered_as_targets_not_answered_forwards() {
        Answer a = ask("at what mark does our stake lose 15b");
        assertTrue(a.results().isEmpty(), a.results().toString());
        assertTrue(a.text().startsWith("You asked for OpenAI's exit valuation"), a.text());
        // one click: a loss of $15B is a stake worth $35B, at an exit of 35 x 830 / 50
        List<String> exits = a.clarify().stream().map(c -> ask(c.question())).flatMap(x -> x.results().stream())
                .filter(r -> r.metric().equals("exit_valuation")).map(MetricResult::value).map(v -> v.stripTrailingZeros().toPlainString()).toList();
        assertTrue(exits.contains("581"), exits.toString());

        Answer margin = ask("what aws margin doubles the base combined payoff");
        assertTrue(margin.results().isEmpty(), margin.results().toString());
        assertTrue(margin.text().startsWith("You asked for AWS operating margin"), margin.text());
    }

    @Test
    void an_amount_left_out_of_a_sum_counts_as_zero_and_is_put_back() {
        assertEquals("69.0000000000", value(ask("amazon's total ai commitment?", "sum"), "total_ai_commitment")); // 50 + 8 + 11
        assertEquals("58.0000000000", value(ask("leave out the campus", "sum"), "total_ai_commitment")); // 50 + 8
        assertEquals("69.0000000000", value(ask("ok put the campus back", "sum"), "total_ai_commitment"));
        assertEquals("69.0000000000", value(ask("total $ amazon has on the line in ai?"), "total_ai_commitment"));
    }

    @Test
    void a_value_said_to_be_like_another_scenario_s_keeps_the_scenario_asked() {
        // bear: $500B x 50 / 830 + $115B x 30% x 40% - $50B
        Answer a = ask("combined payoff in bear with a 40% margin like bull");
        assertEquals(1, a.results().size(), a.results().toString());
        assertEquals("-6.0795180723", value(a, "combined_payoff"));
    }

    @Test
    void two_readings_of_a_figure_with_the_same_numbers_are_answered_not_asked_about() {
        ask("combined payoff in the bear case", "either");
        // 35% as the capture share or as the margin: $115B x 35% x 30% either way, + $30.12B - $50B
        Answer a = ask("same, but 0.35 like base", "either");
        assertTrue(a.clarify().isEmpty(), a.clarify().toString());
        assertEquals("-7.8045180723", value(a, "combined_payoff"));
        // and the exit's write-down taken back: bear at an $830B exit, the 35% kept: $50B + $115B x 35% x 30% - $50B
        assertEquals("12.0750000000", value(ask("now undo the exit write-down, exit back at 830", "either"), "combined_payoff"));
    }

    @Test
    void a_figure_that_restates_another_or_guesses_the_answer_is_not_an_input() {
        // $30B / ($115B x 35%): "60% of our check" says the $30B again
        assertEquals("0.7453416149", value(ask("what capture share gets aws compute profit to 30bn, i.e. 60% of our check"),
                "aws_capture_share"));
        // $50B / ($115B x 40%)
        assertEquals("1.0869565217", value(ask("breakeven capture share in bull? probably well north of 100%"), "breakeven_capture_share"));
        assertEquals("0.4000000000", value(ask("what share of amazon's 2026 capex is the openai check (~40%?)"), "capex_share"));
        // a period after the question is the hold, not a guess: (1200 / 830)^(1/7) - 1
        assertEquals("0.0540758883", value(ask("irr at a 1.2T exit - over 7 years?"), "irr"));
    }

    @Test
    void a_cue_after_a_figure_behind_a_determiner_belongs_to_the_next_clause() {
        // $50B / $160B: "the openai check" is the subject of what follows, not the $160B's label
        assertEquals("0.3125000000", value(ask("if capex comes in at $160b the openai check is what share of it"), "capex_share"));
        // bull: $1.5T x 50 / 830 + $115B x 70% x 40% - $50B, the formula spelt out
        assertEquals("72.5614457831", value(ask("bull: stake value + what aws makes on compute minus the check"), "combined_payoff"));
    }

    @Test
    void money_per_quarter_glued_to_its_figure_and_periods_in_quarters() {
        // $2B a quarter is $8B a year, of $115B / 5 = $23B a year of compute
        assertEquals("0.3478260870", value(ask("what capture share gets aws to $2B/qtr of compute revenue"), "aws_capture_share"));
        assertEquals("5.0000000000", value(ask("how many months is the hold behind the irr"), "holding_years"));
        // bear: (500 / 830)^(1/5) - 1
        assertEquals("-0.0963955056", value(ask("bear p.a. return on the stake?"), "irr"));
        ask("aws revenue in the bull case", "pa");
        assertEquals("16.1000000000", value(ask("annualise that", "pa"), "aws_compute_revenue_per_year")); // 115 x 70% / 5
    }

    @Test
    void a_negative_figure_its_words_give_to_an_input_cannot_be_computed() {
        assertTrue(ask("multiple if openai exits at minus 200").text().startsWith("I can't compute that"));
        assertTrue(ask("irr at a 1.5T exit with a hold of -4").text().startsWith("I can't compute that"));
    }

    @Test
    void a_metric_left_out_beside_another_is_not_asked() {
        // bull: $1.5T x 50 / 830, and the aws profit left out
        Answer a = ask("stake value in bull ex any aws profit");
        assertEquals(1, a.results().size(), a.results().toString());
        assertEquals("90.3614457831", value(a, "stake_value"));
    }

    @Test
    void what_the_last_answer_solved_is_what_that_represents_and_a_precision_is_no_figure() {
        ask("what exit gets amazon to 2.5x", "solved");
        // at the $2.075T exit just solved: 2.5^(1/5) - 1
        assertEquals("0.2011244340", value(ask("ok, what irr would that represent over 5 years?", "solved"), "irr"));
        // (1600 / 830)^(1/5) - 1: "2 d.p." is how to show it, not a figure (nor a 2x to reach)
        assertEquals("0.1403", Results.value(ask("what irr would amazon's ticket earn at a 1.6T exit? please give it to 2 d.p."), "irr", 4));
    }
}
