package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A later round of OpenAI's that Amazon sits out or follows ({@link LaterRounds}). In wordings of my own; values by hand
 * from config/scenario.yaml ($50B check at an $830B post-money).
 */
class LaterRoundsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_round_sat_out_dilutes_the_stake_by_its_pre_over_its_post() {
        // 50/830 of OpenAI, then 200 new at 1800 pre: 1800/2000 = 0.9 of it kept, worth 50/830 x 0.9 x 3000 = 162.650602
        Answer a = ask("we get in at 830 post; later oai raises 200bn at a 1.8T pre and we sit it out; exit at 3T - stake value?");
        assertEquals("162.650602", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("sits out") && n.contains("6.02%") && n.contains("5.42%")), a.notes().toString());
        // a 3x then needs 150 of stake value: 150 / (50/830 x 1900/2000) = 2621.052632
        Answer b = ask("close at 830 post, then oai raises 100bn at a 1.9T pre and we pass - what exit gets a 3x?");
        assertEquals("2621.052632", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void a_round_followed_pro_rata_keeps_the_stake_and_adds_to_the_check() {
        // pro rata of 200 is 50/830 x 200 = 12.048193 more, 51500/830 in all; the stake 50/830 of 3000 = 150000/830;
        // moic = 150000 / 51500 = 2.912621
        Answer a = ask("we get in at 830 post, later oai raises 200bn at a 1.8T pre and we take our full pro-rata; exit at 3T - moic on all the money in?");
        assertEquals("2.912621", Results.value(a, "moic", 6), a.text());
    }

    @Test
    void a_round_that_does_not_say_whether_amazon_joins_is_read_as_written() {
        // no later round read: the 100bn is the round itself, and 50/830 at a 3T exit = 180.722892
        Answer a = ask("what's our stake worth at a 3T exit if the round is 100bn?");
        assertEquals("180.722892", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("later round")), a.notes().toString());
        // a later round bigger than the post-money it prices at is no round to dilute by: read as written, never a negative stake
        Answer b = ask("close at 830 post, then oai raises 300bn at a 200bn post and we pass - what's our stake?");
        assertTrue(b.notes().stream().noneMatch(n -> n.contains("later round")), b.notes().toString());
        assertTrue(b.results().stream().noneMatch(r -> r.metric().equals("stake") && r.value().signum() <= 0), b.results().toString());
    }

    @Test
    void our_own_round_said_in_the_same_breath_as_the_later_one_is_ours_not_the_later_round_s_price() {
        // 50/880 of OpenAI, then 40 new at a 600 pre sat out: 600/640 kept, 50/880 x 600/640 = 0.053267
        Answer a = ask("we close at an 880bn post and oai raises 40bn at a 600bn pre that we sit out. our stake?");
        assertEquals("0.053267", Results.value(a, "stake", 6), a.text());
        // a 2x needs 100 of stake value: 100 / (50/830 x 600/640) = 1770.666667
        Answer b = ask("we close at $830bn post and openai raises $40bn at a $600bn pre which we don't join. what exit doubles our money?");
        assertEquals("1770.666667", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void a_later_round_with_no_protection_for_us_dilutes_the_stake_like_one_we_sit_out() {
        // 50/900 of OpenAI, then 60 new at a 540 pre with no anti-dilution: 540/600 kept, 50/900 x 0.9 = 0.05
        Answer a = ask("say we're in at a 900bn post. then 60bn comes in at a 540bn pre, no anti-dilution for amazon - our % after that?");
        assertEquals("0.050000", Results.value(a, "stake", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("sits out") && n.contains("from 5.56% to 5% ")), a.notes().toString());
        // new money at a price with no word of raising, our round as a bare price before it, and the price a bare number:
        // 50/830 x 700/750 = 0.056225, worth 0.056225 x 1200 = 67.469880 at a 1.2T sale
        Answer b = ask("830 post to start. next up 50bn at 700 pre, unprotected. what is our piece worth if oai sells for 1.2T?");
        assertEquals("67.469880", Results.value(b, "stake_value", 6), b.text());
        // "no protection" beside our own round alone is no later round: 50/830
        Answer c = ask("we put in 50 at an 830bn post with no price protection. stake?");
        assertEquals("0.060241", Results.value(c, "stake", 6), c.text());
    }
}
