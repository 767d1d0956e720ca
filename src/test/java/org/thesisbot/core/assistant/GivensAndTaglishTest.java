package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Message shapes met in session 29's last set, in wordings of my own: a price the deal is done at, said as a given; the
 * longest time to exit asked; revenue over the window said to come to a multiple of the investment; and Taglish, English
 * with Tagalog words mixed in. Values by hand from config/scenario.yaml ($50B check, $100B round, $830B post-money and
 * exit, 5-year hold, $115B compute, 50% capture, 35% margin; bull exit $1.5T, bear capture 30%).
 */
class GivensAndTaglishTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 6);
    }

    @Test
    void a_pre_money_the_deal_is_done_at_is_a_given() {
        // $900B pre + $100B round = $1T post: 5% of a $1.8T exit over the $50B check
        assertEquals("1.800000", value(ask("assuming we go in at a pre-money of $900B and the stake is later marked at 1.8T, what multiple do we carry on the check?"), "moic"));
    }

    @Test
    void the_longest_time_to_exit_is_the_hold() {
        // $2.49T is 3x on the check; 3^(1/t) = 1.25 gives t = ln 3 / ln 1.25
        assertEquals("4.923343", value(ask("If OpenAI reaches $2.49T, what's the longest time from close to exit we can take and still compound at 25% a year?"), "holding_years"));
    }

    @Test
    void revenue_over_the_window_at_a_multiple_of_the_investment() {
        // $57.5B of revenue at 1.5 times the check: a $38.33B check
        assertEquals("38.333333", value(ask("what is the biggest check we could write and still see aws compute revenue over the whole window come out at 1.5x the investment?"), "investment"));
    }

    @Test
    void taglish_reads_as_the_english_it_stands_for() {
        assertEquals("90.361446", value(ask("magkano in dollars yung stake ng amzn sa bull?"), "stake_value")); // 50/830 x 1500
        assertEquals("0.690000", value(ask("ilang beses ng 50B check yung aws compute rev sa bear?"), "circular_return_ratio")); // 30% x 115 / 50
        assertEquals("0.571429", value(ask("anong capture share para umabot 23B yung aws profit?"), "aws_capture_share")); // 23 / (115 x 35%)
    }
}
