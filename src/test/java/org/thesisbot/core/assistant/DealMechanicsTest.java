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
 * How a deal team states a price or a check, not as the model's inputs: OpenAI priced per share on its fully diluted
 * count ({@link SharePrices}), a check split between primary and secondary ({@link Secondaries}), and a question written
 * as a brief in labelled fields ({@link Briefs}). In wordings of my own; values by hand from config/scenario.yaml ($50B
 * check, $100B round, base post-money $830B, base exit $830B, five-year hold, bull capture 70%).
 */
class DealMechanicsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_price_per_share_on_the_count_after_the_round_is_the_post_money() {
        // $160 x 5.5bn = $880B post; 50 / 880
        Answer a = ask("round priced at $160/sh, 5.5bn FD post-round - our ownership?", null);
        assertEquals("0.0568181818", Results.value(a, "stake", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("$160 a share \u00d7 5.5bn fully diluted shares") && n.contains("$880B")), a.notes().toString());
        // an exit price on a count in millions: $300 x 4,800m = $1,440B exit; 50/830 x 1440
        Answer b = ask("say oai is taken out at $300 a share on 4,800m FD, what's our position worth", null);
        assertEquals("86.746988", Results.value(b, "stake_value", 6), b.text());
    }

    @Test
    void a_count_before_the_round_makes_a_pre_money_and_the_round_adds_its_shares() {
        // $200 x 4bn = $800B pre, + $100B round = $900B post; 50 / 900
        Answer a = ask("4bn FD pre-round, new money goes in at $200/sh - what % do we end up with", null);
        assertEquals("0.0555555556", Results.value(a, "stake", 10), a.text());
    }

    @Test
    void a_price_asked_is_solved_as_the_valuation_and_said_per_share() {
        // 2x on 50 at a $900B post ($180 x 5bn) needs a $1,800B exit: $360 a share on the same count
        Answer a = ask("we're in at $180/sh with 5bn FD post. exit $/sh for a 2x?", null);
        assertEquals("1800", Results.value(a, "exit_valuation", 0), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Per share:") && n.endsWith("= $360 a share.")), a.notes().toString());
    }

    @Test
    void the_thread_keeps_the_share_count() {
        String t = "pps:" + System.nanoTime();
        // $150 x 6bn = $900B post
        assertEquals("0.0555555556", Results.value(ask("round at $150/sh on 6bn FD post, our stake?", t), "stake", 10));
        // same count, repriced: $125 x 6 = $750B; 50 / 750
        Answer b = ask("and if it reprices to $125/sh, same FD?", t);
        assertEquals("0.0666666667", Results.value(b, "stake", 10), b.text());
    }

    @Test
    void amazons_own_shares_are_left_to_the_per_share_reading() {
        // $5/sh on 10bn Amazon shares is $50B of stake value: exit 50 x 830/50 = 830
        Answer a = ask("what exit makes the stake worth $5/sh on ~10bn diluted amzn shares?", null);
        assertEquals("830", Results.value(a, "exit_valuation", 0), a.text());
    }

    @Test
    void secondary_money_buys_at_the_discounted_price() {
        // 20/830 + 30/(830 x 0.8) = 0.0240964 + 0.0451807 = 0.0692771
        Answer a = ask("20 primary and 30 secondary at 20% off the round px, 830 post - what % of oai do we hold?", null);
        assertEquals("0.0692771084", Results.value(a, "stake", 10), a.text());
        // all 50 secondary at a 10% discount to a $1T post: 50 / 900 of the company; at a $1.8T exit 0.0555556 x 1800 = 100
        Answer b = ask("all 50 via secondary at a 10% discount, round prints at 1T post. stake worth what if oai exits at 1.8T?", null);
        assertEquals("100", Results.value(b, "stake_value", 0), b.text());
        // a premium: 40/830 + 10/(830 x 1.1)
        Answer c = ask("40 primary / 10 secondary at a 10% premium to the 830 px, our %?", null);
        assertEquals("0.0591456736", Results.value(c, "stake", 10), c.text());
    }

    @Test
    void the_round_valuation_asked_under_a_mix_is_solved_on_the_shares_bought() {
        // 25 + 25/0.75 = 58.333 of primary dollars; for 7%: 58.333 / 0.07 = 833.33
        Answer a = ask("25 primary + 25 secondary at 25% off - what round post-money gets us to 7%?", null);
        assertEquals("833.333333", Results.value(a, "post_money_valuation", 6), a.text());
    }

    @Test
    void the_thread_keeps_the_mix_and_a_follow_up_changes_it() {
        String t = "mix:" + System.nanoTime();
        // 30/830 + 20/(830 x 0.9)
        assertEquals("0.0629183400", Results.value(ask("30 primary + 20 secondary at 10% off the 830 round, our %?", t), "stake", 10));
        // deeper discount: 30/830 + 20/(830 x 0.6)
        Answer b = ask("push the secondary discount to 40%", t);
        assertEquals("0.0763052209", Results.value(b, "stake", 10), b.text());
    }

    @Test
    void other_investors_secondary_is_not_our_check() {
        // the buyers' entry sets the exit: 600 x 0.75 = 450; gain 50/830 x 450 - 50
        Answer a = ask("if openai sells where the $600bn secondary buyers are down 25%, gain on the 50?", null);
        assertEquals("-22.891566", Results.value(a, "gain", 6), a.text());
        // "sec" alone, with no primary and no price, is a second, not a secondary: the check stays 50, 50 / 1000
        Answer b = ask("hang on 10 sec - our stake at 1T post?", null);
        assertEquals("0.0500000000", Results.value(b, "stake", 10), b.text());
    }

    @Test
    void a_brief_is_read_as_its_premises_and_its_task() {
        // the role's years are no hold and the output's key no metric: (1500/830)^(1/5) - 1 over the model's five years
        Answer a = ask("Role: PM, 10 yrs on the desk\nContext: exit at 1.5T.\nTask: irr on our 50\nConstraints: no bull numbers, show the math\n"
                + "Output: {\"stake_pct\": x.x}", null);
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.1256480759", Results.value(a, "irr", 10), a.text());
        assertTrue(a.results().stream().allMatch(r -> r.scenario().equals("base")), a.text());
        // a case asked in the constraints is kept
        Answer b = ask("Task: aws compute revenue from openai\nConstraints: bear case, cite inputs\nFormat: one number", null);
        assertTrue(!b.results().isEmpty() && b.results().stream().allMatch(r -> r.scenario().equals("bear")), b.text());
    }

    @Test
    void a_case_ruled_out_is_not_the_case_asked() {
        // bull's exit is not used: 50/830 x 830 at the base exit = 50 (bull's would be 1500 x 50/830)
        Answer a = ask("stake value, no bull numbers", null);
        assertEquals("50.000000", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.results().stream().allMatch(r -> r.scenario().equals("base")), a.text());
    }
}
