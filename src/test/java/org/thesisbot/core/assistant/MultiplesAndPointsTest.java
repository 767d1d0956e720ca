package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * A valuation said as a multiple of a revenue the asker supplies, a spend as a share of it, and the round said as a cap
 * table does, in points of ownership (a price a point, its dilution, points owned). In wordings of my own; values by hand
 * from config/scenario.yaml (base: $50B into a $830B post, a $100B round, exit $830B, 5 years, 50% of $115B at a 35%
 * margin; bull exit $1.5T).
 */
class MultiplesAndPointsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return ask(q, null);
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_multiple_of_revenue_is_the_valuation_it_prices() {
        // 15 x 120 = 1800; 1800 / 830
        Answer a = ask("say openai trades at 15x forward revenue of 120bn when we sell - what's our moic?");
        assertEquals(List.of("moic(base)=2.168675"), ResultValues.of(a), a.text());
        assertTrue(a.notes().contains("Reading \u201c15x forward revenue of 120bn\u201d as 15.00x \u00d7 $120B = $1.8T."), a.notes().toString());
        // the revenue said apart from its multiple: 12 x 150 = 1800; 50/830 x 1800
        assertEquals(List.of("stake_value(base)=108.433735"), ResultValues.of(ask("exit at 12x ntm sales, ntm sales 150bn. stake value?")));
        // a second multiple in the same question is read the same way, revenue named or not: 25 x 40 = 1000 post, 18 x 100 = 1800 exit
        assertEquals(List.of("moic(base)=1.800000"), ResultValues.of(ask("entry at 25x ntm rev of 40bn, exit at 18x on 100bn - moic?")));
    }

    @Test
    void a_product_said_to_be_the_pre_money_is_the_pre_money() {
        // 20 x 36 = 720 pre + 100 = 820 post; 50 / 820
        assertEquals(List.of("stake(base)=0.060976"), ResultValues.of(ask("priced at 20x ntm revenue on 36bn, pre-money basis - what do we own?")));
    }

    @Test
    void a_share_of_revenue_is_the_spend_it_makes() {
        // 30% x 400 = 120 of compute; half of it to AWS
        Answer a = ask("openai spends 30% of its 400bn cumulative revenue on compute; aws revenue from that?");
        assertEquals(List.of("aws_compute_revenue(base)=60.000000"), ResultValues.of(a), a.text());
    }

    @Test
    void a_multiple_asked_is_the_valuation_solved_and_said_as_that_multiple() {
        // a 3x: exit 3 x 830 = 2490, 24.9x of 100
        Answer a = ask("what forward revenue multiple on 100bn gets us a 3x?");
        assertEquals("exit_valuation(base)=2490.000000", ResultValues.of(a).get(0), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("That is 24.90x the $100B of revenue")), a.notes().toString());
        // an entry multiple is the post-money: 5% of it is the 50, so 1000, 20x of 50
        Answer b = ask("what entry multiple on 50bn of ntm revenue gets our 50 a 5% stake?");
        assertEquals("post_money_valuation(base)=1000.000000", ResultValues.of(b).get(0), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("That is 20.00x the $50B of revenue")), b.notes().toString());
    }

    @Test
    void a_multiple_on_the_money_in_stays_a_moic() {
        Answer a = ask("what exit gets us 2x on the 50?");
        assertEquals("exit_valuation(base)=1660.000000", ResultValues.of(a).get(0), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("revenue")), a.notes().toString());
    }

    @Test
    void a_price_a_point_is_a_hundredth_of_the_post_money() {
        // 12 x 100 = 1200; 50 / 1200
        Answer a = ask("if one point of openai costs amazon $12bn, what do we own?");
        assertEquals(List.of("stake(base)=0.041667"), ResultValues.of(a), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Reading $12B a point (1% of OpenAI) as a post-money valuation of $12B \u00d7 100 = $1.2T")),
                a.notes().toString());
        // a basis point is a hundredth of a point: 0.08 x 10,000 = 800
        assertEquals(List.of("stake(base)=0.062500"), ResultValues.of(ask("round priced at $80m per bp, stake?")));
    }

    @Test
    void a_round_that_dilutes_the_holders_by_d_is_d_of_the_post_money() {
        // 100 / 8% = 1250; 50 / 1250
        assertEquals(List.of("stake(base)=0.040000"), ResultValues.of(ask("a 100bn raise that dilutes existing holders by 8% - our stake?")));
        // a round of its own size: 120 / 10% = 1200 post, 1080 pre
        assertEquals(List.of("pre_money_valuation(base)=1080.000000"), ResultValues.of(ask("the 120bn round is 10% dilutive; implied pre?")));
        // Amazon's part said as a share of the round: 40% of 100 = 40 into 100 / 10% = 1000
        assertEquals(List.of("stake(base)=0.040000"), ResultValues.of(ask("we're taking 40% of a 100bn round that is 10% dilutive; what do we own?")));
    }

    @Test
    void points_owned_are_the_stake_and_a_price_per_point_asked_is_the_post_money() {
        // 5% of 830 = 41.5
        Answer a = ask("we'd like 5 pts fully diluted; how big must our cheque be?");
        assertEquals("investment(base)=41.500000", ResultValues.of(a).get(0), a.text());
        // 7% for 50: 50 / 0.07 = 714.285714, a point 7.14
        Answer b = ask("what price per point gets us to 7 pts with the 50?");
        assertEquals("post_money_valuation(base)=714.285714", ResultValues.of(b).get(0), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("That is $7.14B a point")), b.notes().toString());
    }

    @Test
    void points_that_are_no_ownership_are_left_alone() {
        // "the points" of an argument; percentage points of a change
        Answer a = ask("beyond the points in the article, why does amazon want this deal?");
        assertEquals(org.thesisbot.core.api.Route.NARRATIVE, a.route(), a.text());
        assertEquals(List.of("aws_compute_revenue(base)=69.000000"), ResultValues.of(ask("capture 10 pts higher - aws revenue?")));
    }

    @Test
    void the_threads_figure_named_after_drop_is_taken_back() {
        String t = "drop-" + System.nanoTime();
        ask("exit at 1.4T, moic?", t);
        Answer a = ask("drop the 1.4T and show bull's moic", t);
        assertEquals(List.of("moic(bull)=1.807229"), ResultValues.of(a), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Taking back your OpenAI's exit valuation")), a.notes().toString());
    }

    @Test
    void half_said_as_what_goes_to_aws_is_the_share_not_half_of_it() {
        assertEquals(List.of("aws_compute_revenue(base)=50.000000"), ResultValues.of(ask("openai puts 100bn into compute and half goes to aws - aws revenue?")));
        // "half the capture" still halves the share in force: 25% of 115
        assertEquals(List.of("aws_compute_revenue(base)=28.750000"), ResultValues.of(ask("half the capture - aws revenue?")));
    }
}
