package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Questions typed in a hurry: the goal first and the quantity asked last on its own ("…, exit?"), tags after the question
 * ("#irr"), and the model's own figure named only to be set aside ("not the 830 you use"). In wordings of my own; values by
 * hand from config/scenario.yaml ($50B check, $830B post-money, $100B round, $115B of compute over 5 years).
 */
class ShortFormsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void the_quantity_asked_last_after_a_comma_is_solved_for() {
        // 15% a year for 5 years: 830 x 1.15^5 = 1669.426465625
        Answer a = ask("irr of 15% over 5 years, exit?");
        assertEquals("1669.426466", Results.value(a, "exit_valuation", 6), a.text());
    }

    @Test
    void a_tag_that_restates_the_metric_asked_does_not_turn_the_goal_into_a_question() {
        // 50 buys 4% at a post-money of 1250, so the pre-money is 1150
        Answer a = ask("50 in gets us 4%, pre has to be? #pre_money");
        assertEquals("1150.000000", Results.value(a, "pre_money_valuation", 6), a.text());
        assertEquals("1250.000000", Results.value(a, "post_money_valuation", 6), a.text());
    }

    @Test
    void a_tag_ending_in_a_period_asks_per_period() {
        // 115 over 5 years at a 40% capture: 115 x 0.4 / 5 = 9.2 a year
        Answer a = ask("115 over 5 yrs, aws gets 40% of it #aws_rev_yr");
        assertEquals("9.200000", Results.value(a, "aws_compute_revenue_per_year", 6), a.text());
    }

    @Test
    void sitting_on_the_stake_is_holding_it() {
        // a 1.66T exit is 2x: 2^(1/n) = 1.1, so n = ln 2 / ln 1.1 = 7.2725409
        Answer a = ask("at a 1.66T exit, max yrs we can sit and still clear a 10% irr?");
        assertEquals("7.272541", Results.value(a, "holding_years", 6), a.text());
    }

    @Test
    void the_model_s_own_figure_named_to_be_set_aside_is_not_an_input() {
        // 1245 / 830 = 1.5x; the 830 is the model's entry, not the exit
        Answer a = ask("moic at a 1,245bn exit rather than the 830 you use");
        assertEquals("1.500000", Results.value(a, "moic", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("set aside")), a.notes().toString());
    }
}
