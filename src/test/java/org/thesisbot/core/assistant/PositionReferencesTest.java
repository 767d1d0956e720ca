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
 * Follow-ups that point at an earlier answer's figure by its position, in wordings of my own; values by hand from
 * config/scenario.yaml ($50B check, $830B post-money and exit, 5-year hold, $100B round, $125B capex, $115B compute
 * over 5 years, 50% capture, 35% margin).
 */
class PositionReferencesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 10);
    }

    @Test
    void a_lookup_lists_the_inputs_in_the_order_asked() {
        Answer a = ask("which margin and capture share are you using?", null);
        assertEquals(List.of("aws_operating_margin", "aws_capture_share"), a.results().stream().map(MetricResult::metric).toList());
    }

    @Test
    void a_position_counts_the_figures_of_the_latest_answer_that_showed_several() {
        ask("what margin and capture do you assume?", "pos1");
        // the second figure is the 50% capture: tripled is 150%, more than all of the spend, so it cannot be computed
        // ("a share above 100%"); the first is the 35% margin: doubled, 70%, gives 115 x 50% x 70%
        Answer a = ask("aws profit with the margin at double the first", "pos1");
        assertEquals("40.2500000000", value(a, "aws_compute_profit"));
        assertTrue(a.text().contains("answer 1 (35%)"), a.text());
    }

    @Test
    void a_figure_is_named_by_its_place_in_a_numbered_answer() {
        ask("capex and round size in the model?", "pos2");
        ask("stake at an 1100 post", "pos2");
        // the 2nd figure in answer 1 is the $100B round; 80% of it is $80B
        Answer a = ask("make the round 80% of the 2nd number in your first reply; what share of it is amazon's", "pos2");
        assertEquals("0.6250000000", value(a, "round_share")); // 50 / 80
    }

    @Test
    void the_last_number_and_the_first_are_the_metric_and_the_value_meant() {
        ask("stake value at a 996b exit", "pos3"); // 50 x 996 / 830 = $60B
        ask("aws compute revenue?", "pos3"); // 115 x 50% = $57.5B
        // the capture at which AWS's revenue equals the $60B stake value: 60 / 115
        Answer a = ask("what capture makes your latest number equal to your 1st?", "pos3");
        assertEquals("0.5217391304", value(a, "aws_capture_share"));
    }

    @Test
    void an_answer_counted_back_from_the_end_is_its_one_figure() {
        ask("what exit triples the check?", "pos4"); // 3 x 830 = $2.49T
        ask("and the pre-money?", "pos4");
        // two answers up is the $2,490B exit; at it over 4 years, 3^(1/4) - 1
        Answer a = ask("irr over 4 yrs with the exit at the one two replies back", "pos4");
        assertEquals("0.3160740130", value(a, "irr"));
    }

    @Test
    void a_figure_pointed_at_by_its_rounded_value_is_the_metric_or_scenario_it_was() {
        ask("stake value bear vs bull?", "val1"); // bear $30.12B, bull $90.36B
        Answer moic = ask("moic on the 30 bil one?", "val1");
        assertEquals("0.6024096386", value(moic, "moic")); // 500 / 830
        assertEquals("bear", moic.results().get(0).scenario());
        ask("combined payoff in bear?", "val2"); // 500 x 50 / 830 + 115 x 30% x 30% - 50 = -$9.53B
        // that hole at a 45% margin: 30.120482 + 115 x 30% x 45% - 50
        Answer hole = ask("that 9.5bn hole with a 45% margin?", "val2");
        assertEquals("-4.3545180723", value(hole, "combined_payoff"));
    }

    @Test
    void a_reference_is_left_as_written_without_a_figure_to_point_at() {
        // no thread: "the first" is nothing to look back at, and "the first quarter" is a date, not a position
        Answer a = ask("irr at the first exit you showed", null);
        assertTrue(a.notes().stream().noneMatch(n -> n.startsWith("Taking")), a.notes().toString());
        ask("aws margin you assume?", "pos5");
        Answer q = ask("does it close in the first quarter?", "pos5");
        assertTrue(q.notes().stream().noneMatch(n -> n.startsWith("Taking")), q.notes().toString());
        Answer latest = ask("and by end of Q1 at the latest?", "pos5");
        assertTrue(latest.notes().stream().noneMatch(n -> n.startsWith("Taking")), latest.notes().toString());
        // "what's half that" of a metric is arithmetic on the answer, never a figure for an input
        ask("gain at a 1.66T exit?", "pos6");
        Answer half = ask("and half that?", "pos6");
        assertTrue(half.results().stream().noneMatch(r -> r.metric().equals("gain") && r.value().signum() != 0
                && !r.value().stripTrailingZeros().toPlainString().equals("50")), half.results().toString());
    }
}
