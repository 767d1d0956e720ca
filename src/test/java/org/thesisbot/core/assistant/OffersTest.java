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
 * A negotiation's log of prices ({@link Offers}): the log sets nothing; the price pointed at is the round's; "each of
 * those" asks at every price; a move is asked at both ends with its change; the log lasts in the thread. In wordings of
 * my own; values by hand from config/scenario.yaml ($50B check, $100B round, base exit $830B; bull exit $1.5T, bear $500B).
 */
class OffersTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_price_pointed_at_is_the_rounds_and_the_rest_of_the_log_sets_nothing() {
        // their last is 1.04T post: 50 / 1040 = 4.807692%
        Answer a = ask("us: 800 post / them: 1.2T / us: 870 / them: 1.04T\nwhat % do we get at their last number?", null);
        assertEquals("0.048077", Results.value(a, "stake", 6), a.text());
        // all pre: our latest 850 pre is a 950 post, worth 50 / 950 x 1500 = 78.947368 at the bull exit
        Answer b = ask("log, all pre: us 780 / them 990 / us 850\nif they take our latest, what's the piece worth at the bull exit?", null);
        assertEquals("78.947368", Results.value(b, "stake_value", "bull", 6), b.text());
        // halfway between the last two (900 and 1,000 post) is 950: 50 / 950 = 5.263158%
        Answer c = ask("us 760 post vs them 1.15T, then us 900 vs them 1T. meet in the middle of the last two - our %?", null);
        assertEquals("0.052632", Results.value(c, "stake", 6), c.text());
        // a price with a deal's verb that is not in the log: "we settle at 940" is a 940 post, 50 / 940 = 5.319149%
        Answer d = ask("us 880 / them 1T (all post). say we settle at 940 - our stake?", null);
        assertEquals("0.053191", Results.value(d, "stake", 6), d.text());
    }

    @Test
    void each_price_and_a_move_are_asked_side_by_side() {
        // 50/800, 50/1000, 50/900
        Answer a = ask("us: 800 post / them: 1T / us: 900\nour stake at each of those?", null);
        assertEquals(List.of("0.062500", "0.050000", "0.055556"), Results.values(a, "stake", 6), a.text());
        // our move 840 -> 910 post in bull: 50/840 x 1500 = 89.285714, 50/910 x 1500 = 82.417582, a change of -6.868132
        Answer b = ask("them: 1.2T -> 1.05T, us: 840 -> 910 (post)\nwhat did our last move cost us in bull-case $ on the piece?", null);
        assertEquals(List.of("89.285714", "82.417582", "-6.868132"), Results.values(b, "stake_value", 6), b.text());
    }

    @Test
    void the_log_lasts_in_the_thread() {
        String t = "offers:" + System.nanoTime();
        ask("us: 820 post / them: 1.1T / us: 880 / them: 960\nstake at each of those", t);
        // "the last one" is their 960 post: 50 / 960 x 500 = 26.041667 in bear
        Answer a = ask("last one, bear exit - $ value of the piece", t);
        assertEquals("26.041667", Results.value(a, "stake_value", "bear", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("offer log")), a.notes().toString());
    }

    @Test
    void the_market_named_is_the_case() {
        // a weak market is the bear case: 50 / 830 x 500 - 50 = -19.879518
        assertEquals("-19.879518", Results.value(ask("in a weak market what do we make or lose on the stake in $?", null), "gain", "bear", 6));
        // a hot market the bull: 50 / 830 x 1500 = 90.361446
        assertEquals("90.361446", Results.value(ask("what's the holding worth in a hot market", null), "stake_value", "bull", 6));
    }
}
