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
 * The share of OpenAI's compute AWS would win without the deal, said so that only the deal's part counts. In wordings of
 * my own; values by hand from config/scenario.yaml (OpenAI's compute $115B over 5 years; base capture 50% at a 35% margin,
 * bull 70% at 40%).
 */
class BaselinesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    private static List<String> changes(Answer a) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE)
                .map(r -> r.metric() + "(" + r.scenario() + ")=" + r.value().setScale(6, RoundingMode.HALF_UP).toPlainString()).toList();
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
