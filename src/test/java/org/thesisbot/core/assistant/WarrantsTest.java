package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Warrants on top of the equity ({@link Warrants}): w of OpenAI, fully diluted, struck at K, worth w × max(exit − K, 0);
 * vesting with AWS's revenue when a schedule is said. In wordings of my own; values by hand from config/scenario.yaml
 * ($50B into a $830B post; base AWS revenue from OpenAI 50% of $115B = $57.5B).
 */
class WarrantsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_stake_its_value_and_multiple_count_the_warrants_intrinsic_value() {
        // 50/830 x 1800 + 3% x (1800 - 1000)
        Answer v = ask("say we also get warrants for 3% fully diluted, strike at a 1T valuation, all vested. what's our position worth at a 1.8T exit?", null);
        assertEquals("132.43", Results.value(v, "stake_value", 2), v.text());
        Answer m = ask("moic incl the warrants (3% fd, struck at 1T, fully vested) if oai exits at 1.8T", null);
        assertEquals("2.6487", Results.value(m, "moic", 4), m.text());
        // the stake: 50/830 + 2%
        Answer s = ask("our % of oai with warrants on 2% (fd, strike at the post, all vested) on top?", null);
        assertEquals("0.080241", Results.value(s, "stake", 6), s.text());
    }

    @Test
    void warrants_vest_with_awss_revenue_when_a_schedule_is_said() {
        // 57.5 of AWS revenue vests 3 of 4 tranches (one per 15): 1.5% of OpenAI, worth 1.5% x (1200 - 830)
        Answer a = ask("warrants on 2% fd, struck at the 830 post, 4 tranches, one per 15bn of aws spend. stake value at a 1.2T exit?", null);
        assertEquals("77.84", Results.value(a, "stake_value", 2), a.text());
    }

    @Test
    void goals_are_solved_with_the_warrants_counted() {
        // (3 x 50 + 3% x 1000) / (50/830 + 3%)
        Answer e = ask("what exit gets us to 3x counting the warrants (3% fd, strike at a 1T valuation, fully vested)?", null);
        assertEquals("1994.66", Results.value(e, "exit_valuation", 2), e.text());
        assertTrue(e.text().startsWith("*With the warrants, OpenAI's exit valuation"), e.text());
        // 9% all in less 2% of warrants: 50 / 7%
        Answer p = ask("what post-money gets us to 9% all in w/ the warrants (2% fd, strike at the round price, all vested)?", null);
        assertEquals("714.29", Results.value(p, "post_money_valuation", 2), p.text());
    }

    @Test
    void warrants_said_once_stay_in_the_thread_until_it_asks_for_the_equity_alone() {
        String t = "warrants-1";
        ask("bull moic with warrants on 1.5% (fd, strike at a 1T valuation, fully vested)?", t);
        // bull exit 1.5T: (90.36 + 1.5% x 500) / 50
        Answer b = ask("and the stake value?", t);
        assertEquals("97.86", Results.value(b, "stake_value", 2), b.text());
        Answer c = ask("equity alone, what's it worth?", t);
        assertEquals("90.36", Results.value(c, "stake_value", 2), c.text());
    }
}
