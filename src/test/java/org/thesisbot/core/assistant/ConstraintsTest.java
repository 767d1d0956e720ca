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
 * An input's extreme under several bars at once ({@link Constraints}): each bar solved on its own, the binding one
 * answers, and a thread keeps the bars for the next question. In wordings of my own; values by hand from
 * config/scenario.yaml ($50B check, $830B post-money, 5-year hold, $115B of compute, 50% capture, 35% margin).
 */
class ConstraintsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_lowest_input_that_clears_two_bars_is_the_higher_of_their_own_values() {
        // 3x: an exit of 3 x 830 = 2490; 25% a year over 4 years: 50 x 1.25^4 = 122.0703125 of stake, an exit of
        // 122.0703125 x 830 / 50 = 2026.3671875. Both are cleared from 2490: the multiple binds
        Answer a = ask("smallest exit valuation that gets both a 3x moic and a 25% irr over 4 years - which one binds?", null);
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals(List.of("2490.000000"), Results.values(a, "exit_valuation", 6), a.text());
        assertTrue(a.text().contains("2.026T") && a.text().contains("The bar that binds: Multiple on invested capital (MOIC) 3.00x"), a.text());
    }

    @Test
    void the_highest_input_under_two_bars_is_the_lower_of_their_own_values_and_the_thread_keeps_the_bars() {
        // owning 4%: a post of 50 / 0.04 = 1250; a stake worth $70B at a $1.2T exit: 50 x 1200 / 70 = 857.142857
        Answer a = ask("highest post-money we could pay where we own at least 4% and the stake is worth 70bn or more at a 1.2T exit?", "t-bars");
        assertEquals(List.of("857.142857"), Results.values(a, "post_money_valuation", 6), a.text());
        // the same bars with a $60B check: 60 / 0.04 = 1500 and 60 x 1200 / 70 = 1028.571429
        Answer b = ask("same two bars but with a 60bn check", "t-bars");
        assertEquals(List.of("1028.571429"), Results.values(b, "post_money_valuation", 6), b.text());
        // the value bar moved to $90B, the $60B check kept: 60 x 1200 / 90 = 800
        Answer c = ask("raise the value bar to 90bn - which one binds now?", "t-bars");
        assertEquals(List.of("800.000000"), Results.values(c, "post_money_valuation", 6), c.text());
    }

    @Test
    void one_bar_or_a_bar_beside_no_extreme_is_no_constraint() {
        // one bar: "what exit gets a 3x" is the goal alone
        Answer a = ask("lowest exit that clears a 3x moic?", null);
        assertEquals(List.of("2490.000000"), Results.values(a, "exit_valuation", 6), a.text());
        assertTrue(a.text().startsWith("*To reach"), a.text());
    }
}
