package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * Numbers set against a world without the deal: what the same money would have earned at a steady rate ("net of treasuries
 * at 5%", "the irr spread over buybacks at 7%"), and the share of OpenAI's compute AWS would win anyway ("if aws would land
 * 30% even without the deal"). In wordings of my own; values by hand from config/scenario.yaml (base: $50B into a $830B
 * post, exit $830B, 5 years, 50% of $115B at a 35% margin; bull exit $1.5T, 70% at 40%).
 */
class CounterfactualsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    private static List<String> changes(Answer a) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE)
                .map(r -> r.metric() + "(" + r.scenario() + ")=" + r.value().setScale(6, RoundingMode.HALF_UP).toPlainString()).toList();
    }

    @Test
    void a_gain_net_of_a_benchmark_is_the_gain_less_what_the_money_earns_at_its_rate() {
        // 50 x 1500/830 - 50 = 40.361446; 50 x (1.05^5 - 1) = 13.814078
        Answer a = ask("gain on the stake at a 1.5T exit, net of treasuries at 5% over the 5 yr hold");
        assertEquals(List.of("gain(base)=26.547368"), changes(a), a.text());
        assertTrue(a.text().startsWith("*Gain on the stake: +$26.55B vs treasuries at 5% over 5 years*"), a.text());
    }

    @Test
    void a_multiple_is_set_against_the_benchmarks_multiple_and_an_irr_against_its_rate() {
        // 1500/830 - 1.03^5
        assertEquals(List.of("moic(bull)=0.647955"), changes(ask("moic in bull vs cash at 3% a year")));
        // (1200/830)^(1/5) - 1 - 0.07; the sentence that sets the benchmark up is not read as figures of the question
        assertEquals(List.of("irr(base)=0.006516"),
                changes(ask("say the 50 would otherwise go into buybacks, earning 7% a year. what's the irr spread at a 1.2T exit?")));
    }

    @Test
    void a_goal_net_of_a_benchmark_is_the_goal_plus_what_the_benchmark_makes() {
        // a stake worth $10B more than 50 x 1.06^5 = 66.91127888: 76.91127888 x 830/50
        Answer a = ask("exit that leaves the stake 10bn ahead of buybacks at 6% a year over 5 years?");
        assertEquals(List.of("exit_valuation(base)=1276.727229", "stake_value(base)=76.911279"), ResultValues.of(a), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("The goal is a stake value of $10B over buybacks at 6% a year")),
                a.notes().toString());
        // a check solved for moves what the benchmark makes with it: not netted, and said
        Answer b = ask("what check gets the gain to 5bn at a 1.2T exit, net of t-bills at 4%?");
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("The goal is solved without the benchmark")), b.text());
    }

    @Test
    void the_deals_part_is_the_number_less_the_same_number_at_the_share_without_it() {
        // 115 x 0.35 x (0.5 - 0.3)
        Answer a = ask("if aws would land 30% of oai's compute even without the deal, how much of its op profit is down to the deal? base");
        assertEquals(List.of("aws_compute_profit(base)=8.050000"), changes(a), a.text());
        assertTrue(a.text().startsWith("*AWS operating profit on OpenAI's compute, 2025-2029: +$8.05B from the deal*"), a.text());
        // 23 x (0.7 - 0.2), a share said in words
        assertEquals(List.of("aws_compute_revenue_per_year(bull)=11.500000"),
                changes(ask("aws revenue per year in bull, with a fifth of oai's compute going to aws anyway")));
    }

    @Test
    void a_goal_for_the_deals_part_is_the_goal_plus_the_number_without_the_deal() {
        // 10 + 115 x 0.2 x 0.35 = 18.05 of profit; 18.05 / (115 x 0.35)
        Answer a = ask("if aws would get 20% of oai's compute without the deal, what capture share gets the deal's own aws op profit to 10bn?");
        assertEquals(List.of("aws_capture_share(base)=0.448447", "aws_compute_profit(base)=18.050000"), a.results().stream()
                .map(r -> r.metric() + "(" + r.scenario() + ")=" + r.value().setScale(6, RoundingMode.HALF_UP).toPlainString()).toList(), a.text());
    }

    @Test
    void a_number_the_share_does_not_move_is_left_as_it_is_and_the_answer_says_so() {
        Answer a = ask("stake value, but-for aws gets 20% of oai compute regardless");
        assertTrue(changes(a).isEmpty(), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("None of these numbers depends on AWS's share")), a.notes().toString());
    }
}
