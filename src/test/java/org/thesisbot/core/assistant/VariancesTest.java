package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A planner's variances against the value in force, met in session 28, in wordings of my own: a signed figure "vs article"
 * or "vs budget", points that move a share, a change "on top of that", a kept or taken-out flex, a loss said "unfav".
 * Values by hand from config/scenario.yaml ($50B check, $830B post-money and exit, $100B round, 5-year hold, $115B compute,
 * 50% capture, 35% margin).
 */
class VariancesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "fpa"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 10);
    }

    @Test
    void a_signed_figure_against_the_article_changes_the_value_in_force() {
        // $830B less 20% = $664B: the stake is worth 50 x 664 / 830
        Answer a = ask("exit -20% vs the article - stake worth?", null);
        assertEquals("40.0000000000", value(a, "stake_value"));
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("$830B - 20% of it = $664B")), a.notes().toString());
        // and with the round's $100B kept: $730B + $170B = $900B pre, so $1T post
        assertEquals("0.0500000000", value(ask("pre-money +$170B vs the article's implied pre - our %?", null), "stake"));
    }

    @Test
    void points_move_a_share_and_never_scale_a_sum_of_money() {
        assertEquals("69.0000000000", value(ask("capture +10pts vs budget - aws compute revenue?", null), "aws_compute_revenue"));
        // "compute" names the spend too, but 5 points can only be the share's: 45% x 115 x 35%
        assertEquals("18.1125000000", value(ask("compute capture down 5pts - aws compute profit?", null), "aws_compute_profit"));
    }

    @Test
    void changes_pile_up_and_come_back_out_in_a_thread() {
        assertEquals("16.1000000000", value(ask("capture down 10pts vs budget - aws compute profit?", "flex"), "aws_compute_profit"));
        // 40% x 115 x 30%
        assertEquals("13.8000000000", value(ask("add margin -500bps on top of that", "flex"), "aws_compute_profit"));
        assertEquals("16.1000000000", value(ask("take the margin flex back out", "flex"), "aws_compute_profit"));
    }

    @Test
    void a_kept_change_is_not_applied_twice() {
        assertEquals("0.6000000000", value(ask("exit -40% vs article, moic?", "keep"), "moic")); // 498 / 830
        // the exit stays $498B; the hold is six years: 0.6^(1/6) - 1
        assertEquals("-0.0816140978", value(ask("keep the -40%, hold +1yr - irr?", "keep"), "irr"));
    }

    @Test
    void a_loss_said_unfav_is_a_goal_below_zero() {
        // the stake worth $40B: 40 x 830 / 50
        assertEquals("664.0000000000", value(ask("how far can the exit fall before we're $10B unfav on the stake?", null), "exit_valuation"));
    }

    @Test
    void a_repayment_found_on_a_second_reading_is_the_breakeven_share() {
        Answer a = ask("how big a slice of openai's compute must aws land before its profit on that alone has covered our $50 billion?", null);
        assertEquals("1.2422360248", value(a, "breakeven_capture_share")); // 50 / (115 x 35%)
    }
}
