package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A put or a collar on the stake's value at the exit, the premium in the cost ({@link Hedges}). In wordings of my own;
 * values by hand (Python's decimal module) from config/scenario.yaml (base: $50B at an $830B post; bear exit $500B, bull
 * exit $1.5T).
 */
class HedgesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_stake_is_held_between_floor_and_cap_and_the_premium_is_part_of_the_cost() {
        // bear: the stake is worth 50 x 500 / 830 = 30.12, the put holds it at 35; 35 / (50 + 1)
        Answer a = ask("put on the stake floored at 35bn for 1bn. bear moic on the all-in?", null);
        assertEquals("0.6862745098", Results.value(a, "moic", 10), a.text());
        assertTrue(a.text().startsWith("*Multiple on invested capital (MOIC) after the put"), a.text());
        // levels said as OpenAI's valuation: the cap at a 1.2T value is 50 x 1200 / 830 of stake
        Answer b = ask("collar with the floor at a 600bn oai value and the cap at a 1.2T oai value, no premium. exit at 1.5T: what's the stake worth?", null);
        assertEquals("72.289157", Results.value(b, "stake_value", 6), b.text());
    }

    @Test
    void asked_the_other_way_round_the_exits_where_the_hedge_starts_to_work() {
        // the floor works below 45 x 830 / 50; the cap bites above 100 x 830 / 50; the hedged multiple (45 / 52) beats the
        // naked one (exit x 50 / 830 / 50) below 45 x 830 / 52
        assertEquals("747.000000", Results.value(ask("put floor 45bn, 2bn premium: at what oai exit does the floor start to work?", null), "exit_valuation", 6));
        assertEquals("1660.000000", Results.value(ask("zero-cost collar 40/100: at what exit does the cap start to bite?", null), "exit_valuation", 6));
        assertEquals("718.269231", Results.value(ask("put floor 45bn for 2bn: below what exit does the hedged multiple beat going naked?", null), "exit_valuation", 6));
        // the longest hold that clears 8%: ln(72.289157 / 51) / ln(1.08)
        Answer hold = ask("exit at 1.2T, put floor 40bn, 1bn prem: how many years can we hold and still clear 8% hedged irr?", null);
        assertEquals("4.532794", Results.value(hold, "holding_years", 6), hold.text());
    }

    @Test
    void the_thread_keeps_the_hedge_a_follow_up_moves_one_level_and_dropping_it_leaves_the_stake_bare() {
        String t = "hedge-thread";
        // bull: 50 x 1500 / 830 = 90.361446, capped at 90
        assertEquals("90.000000", Results.value(ask("zero-cost collar 40/90 on the stake. bull stake value?", t), "stake_value", 6));
        assertEquals("90.361446", Results.value(ask("roll the cap up to 100bn", t), "stake_value", 6));
        // the collar dropped: bear is the bare 30.120482, no floor
        assertEquals("30.120482", Results.value(ask("drop the collar. bear stake value?", t), "stake_value", 6));
    }

    @Test
    void a_level_at_zero_is_no_hedge_and_a_figure_beyond_the_cores_bounds_is_refused_not_a_failure() {
        // a floor at zero floors nothing: the plain stake value, 50 x 500 / 830 in bear
        assertEquals("30.120482", Results.value(ask("bear, put floor 0bn: stake value?", null), "stake_value", 6));
        // 50 x 9900 / 830 = 596.4 against 51 of cost grows more than 1,000% a year in the log the hold needs: refused
        Answer a = ask("exit at 9.9T, put floor 40bn, 1bn prem: how many years can we hold and still clear 8% hedged irr?", null);
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
        assertTrue(a.results().isEmpty(), a.results().toString());
    }
}
