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
 * Scenarios a user names in a thread and comes back to, and other thread and message shapes met in session 27, in
 * wordings of my own; values by hand from config/scenario.yaml ($50B check, $830B post-money and exit, 5-year hold,
 * $100B round, $115B compute over 5 years, 50% capture, 35% margin; bear capture 30%, margin 30%).
 */
class NamedScenariosTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 10);
    }

    @Test
    void a_named_scenario_is_read_again_by_its_name_and_its_figures_only() {
        ask("let's call it \"hot\": exit $1.66T, 60% capture. moic?", "named1"); // 2x
        ask("\"cold\": exit $415B, 4 yr hold. moic", "named1"); // 0.5x, and the hot capture is not carried
        // in "hot" again: its exit and capture, and the cold 4-year hold left behind: 2^(1/5) - 1
        Answer irr = ask("irr under hot", "named1");
        assertEquals("0.1486983550", value(irr, "irr"));
        assertTrue(irr.text().contains("\"hot\""), irr.text());
        // cold's own figures, with hot's capture: 115 x 60% x 35%
        Answer profit = ask("cold but with hot's capture - aws profit?", "named1");
        assertEquals("24.1500000000", value(profit, "aws_compute_profit"));
    }

    @Test
    void a_quoted_label_without_figures_names_no_scenario() {
        Answer a = ask("'circular financing': what does the piece mean by it?", "named2");
        assertEquals(Route.NARRATIVE, a.route(), a.decision().toString());
    }

    @Test
    void a_lead_in_on_its_own_line_asks_nothing_of_the_sources() {
        ask("moic at a 1.245T exit?", "lead"); // 1.5x
        Answer a = ask("what if\n3 yr hold\nirr then", "lead");
        assertEquals(Route.NUMERIC, a.route(), a.decision().toString());
        assertEquals("0.1447142426", value(a, "irr")); // 1.5^(1/3) - 1
    }

    @Test
    void a_pre_money_is_made_post_money_with_the_round_the_same_question_gives() {
        // $770B pre + the $130B round this question gives = $900B post
        Answer a = ask("raise comes in at $130B and pre-money is $770B - our stake?", null);
        assertEquals("0.0555555556", value(a, "stake"));
    }

    @Test
    void zeroing_a_metric_is_a_goal_of_zero() {
        ask("bear case combined payoff?", "zero");
        // bear: stake value + 115 x 30% x 30% - 50 = 0, so the stake is worth $39.65B: exit 39.65 x 830 / 50
        Answer a = ask("and the exit that zeros it?", "zero");
        assertEquals("658.1900000000", value(a, "exit_valuation"));
    }

    @Test
    void an_input_asked_with_no_figure_and_no_goal_is_its_value() {
        Answer a = ask("in bear, what margin does aws make on oai's compute?", null);
        assertEquals("0.3000000000", value(a, "aws_operating_margin"));
        Answer sourced = ask("hold period - from the article or your own assumption?", null);
        assertEquals("5.0000000000", value(sourced, "holding_years"));
    }

    @Test
    void a_scenario_said_with_an_emoji_and_a_multiple_written_x_first_are_read() {
        assertEquals("1.8072289157", value(ask("moic for the :ox: case? :eyes:", null), "moic")); // bull: 1500 / 830
        // where no scenario's word would stand, the same emoji is a mood: base, 1400 / 830
        Answer mood = ask("moic if oai gets to 1.4T :rocket:", null);
        assertEquals("1.6867469880", value(mood, "moic"));
        assertEquals("base", mood.results().get(0).scenario());
        assertEquals("2490.0000000000", value(ask("exit for x3 on the check?", null), "exit_valuation")); // 3 x 830
        ask("irr at a 1.1T exit?", "x");
        assertEquals("1.3253012048", value(ask("and the x?", "x"), "moic")); // 1100 / 830
    }

    @Test
    void the_thread_s_question_again_for_a_goal_of_another_metric_solves_the_same_input() {
        ask("exit where the gain is zero, with a $1T post?", "again"); // the $1T post itself
        // the same exit asked for a 3x: 3 x 1000
        Answer a = ask("same question but for 3x on the check?", "again");
        assertEquals("3000.0000000000", value(a, "exit_valuation"));
    }

    @Test
    void a_breakeven_said_with_paying_back_before_the_ask_solves_for_the_input_asked() {
        // compute profit = the $50B check: 115 x 50% x margin = 50
        Answer a = ask("aws profit alone paying back the check.\nwhat margin does that take?", null);
        assertEquals("0.8695652174", value(a, "aws_operating_margin"));
    }
}
