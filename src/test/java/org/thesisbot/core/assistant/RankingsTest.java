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
 * Alternatives listed to be put in order ({@link Rankings}): each item answered, then the answers in the order asked, the
 * top few kept, or the odd one out named first. In wordings of my own; values by hand from config/scenario.yaml ($50B check,
 * $830B post-money and base exit, $100B round, 5-year hold; bull: exit $1.5T, 70% capture, 40% margin of $115B).
 */
class RankingsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void figures_to_compare_are_answered_each_and_put_largest_first() {
        // 50 x 1100 / 830 = 66.265060; a 1T post at the base exit of 830: 50 / 1000 x 830 = 41.5; 50 x 900 / 830 = 54.216867
        Answer a = ask("largest first - what our stake is worth if: oai exits at 1.1T / the round prices at a 1T post / oai gets marked at 900bn");
        assertEquals(List.of("66.265060", "54.216867", "41.500000"), Results.values(a, "stake_value", 6), a.text());
        assertTrue(a.text().startsWith("Largest first"), a.text());
    }

    @Test
    void goals_listed_for_one_input_are_solved_each_smallest_first() {
        // 1.15^5 x 830 = 1669.426466 for a 15% irr; 3 x 830 = 2490 for 3x; 200 x 830 / 50 = 3320 for a $200B stake
        Answer a = ask("lowest first, the exit that gets each: 3x on the 50 / a stake worth 200bn / a 15% irr over 5 yrs");
        assertEquals(List.of("1669.426466", "2490.000000", "3320.000000"), Results.values(a, "exit_valuation", 6), a.text());
        // a short item takes the first one's words: "our 50 still buys at least 4%" is a post of 50 / 0.04 = 1250
        Answer b = ask("post-money ceilings, highest first: our 50 still buys at least 5% / at least 4%");
        assertEquals(List.of("1250.000000", "1000.000000"), Results.values(b, "post_money_valuation", 6), b.text());
    }

    @Test
    void the_odd_one_out_is_named_first_and_the_top_few_kept() {
        // an exit of 1.66T is 2x either way it is said; a 1.66T post at the base exit of 830 is 50 / 1660 x 830 / 50 = 0.5x
        Answer a = ask("odd one out on moic: oai exits at 1.66T / oai marked at 1,660bn / the round priced at a 1.66T post");
        assertTrue(a.text().startsWith("*Odd one out: the round priced at a 1.66T post*"), a.text());
        assertEquals("0.500000", Results.values(a, "moic", 6).get(0), a.text());
        // bull: stake 90.361446, gain 40.361446, aws profit 0.7 x 115 x 0.4 = 32.2; the top two are the stake and the gain
        Answer b = ask("bull, top 2 only: what our stake is worth / aws op profit off oai / gain on the 50");
        assertEquals("90.361446", Results.value(b, "stake_value", 6), b.text());
        assertEquals("40.361446", Results.value(b, "gain", 6), b.text());
        assertTrue(b.results().stream().noneMatch(r -> r.metric().equals("aws_compute_profit")), b.text());
    }

    @Test
    void numbers_of_different_kinds_are_shown_as_listed_and_the_answer_says_so() {
        // a share and a multiple cannot be ranked against each other: 6.02% and 1.00x, in the order given
        Answer a = ask("rank these in base: our stake / the moic");
        assertTrue(a.text().startsWith("I couldn't put these in order"), a.text());
        assertEquals("0.060241", Results.value(a, "stake", 6), a.text());
        assertEquals("1.000000", Results.value(a, "moic", 6), a.text());
    }

    @Test
    void the_list_lasts_in_the_thread() {
        String t = "rank:" + System.nanoTime();
        brain.ask(new Question("base, largest first: stake $ / gain on the 50 / aws op profit off oai", t, "analyst", "deals"));
        // the same list in the bear case: stake 30.120482, gain -19.879518, aws profit 0.3 x 115 x 0.3 = 10.35
        Answer a = brain.ask(new Question("same list for bear", t, "analyst", "deals"));
        assertEquals("30.120482", Results.value(a, "stake_value", "bear", 6), a.text());
        assertEquals("-19.879518", Results.value(a, "gain", "bear", 6), a.text());
        assertEquals("10.350000", Results.value(a, "aws_compute_profit", "bear", 6), a.text());
        // a change asks each number again: an exit of 664 is a stake of 40 and a gain of -10
        Answer b = brain.ask(new Question("what if bear's exit were 664?", t, "analyst", "deals"));
        assertEquals("40.000000", Results.value(b, "stake_value", "bear", 6), b.text());
        assertEquals("-10.000000", Results.value(b, "gain", "bear", 6), b.text());
        assertEquals("10.350000", Results.value(b, "aws_compute_profit", "bear", 6), b.text());
    }

    @Test
    void an_item_of_the_list_is_pointed_at_later() {
        String t = "rank:" + System.nanoTime();
        brain.ask(new Question("exit needed, lowest first: 1.5x / 2x / 4x on the 50", t, "analyst", "deals"));
        // the middle one is 2x: an exit of 1660, and over 4 years 2^(1/4) - 1 = 18.9207%
        Answer a = brain.ask(new Question("irr at the middle one over 4 yrs", t, "analyst", "deals"));
        assertEquals("0.189207", Results.value(a, "irr", 6), a.text());
    }

    @Test
    void a_bound_is_a_goal_only_where_something_is_solved_for() {
        // "still 6%" asked of the stake restates it (6.02%): no choice of readings for the 6%
        Answer a = ask("is our stake still 6%?");
        assertEquals("0.060241", Results.value(a, "stake", 6), a.text());
        assertTrue(a.clarify().isEmpty(), a.clarify().toString());
        // beside "the highest post-money", "at least 6%" is the goal: 50 / 0.06 = 833.333333
        assertEquals("833.333333", Results.value(ask("highest post-money at which our 50 still buys at least 6%?"), "post_money_valuation", 6));
    }
}
