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
 * A walk of a metric from one case to another, one input at a time ({@link Walks}). In wordings of my own; values by hand
 * from config/scenario.yaml: a $50B check at an $830B post-money; exits $830B (base), $1.5T (bull), $500B (bear); AWS wins
 * 50% / 70% / 30% of OpenAI's $115B at 35% / 40% / 30%. Combined payoff = 50/830 × exit + 115 × capture × margin − 50.
 */
class WalksTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static List<String> steps(Answer a, String metric, int scale) {
        return a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE && r.metric().equals(metric))
                .map(r -> r.value().setScale(scale, java.math.RoundingMode.HALF_UP).toPlainString()).toList();
    }

    @Test
    void a_case_walk_moves_one_input_at_a_time_in_the_order_asked_and_the_bars_add_up() {
        // bear → bull: margin 30 → 40% (+115 × 30% × 10% = 3.45), capture 30 → 70% at 40% (+115 × 40% × 40% = 18.4),
        // exit 500 → 1500 (+50/830 × 1000 = 60.240964)
        Answer a = ask("walk the combined payoff from bear to bull for me - margin first, then capture, then exit. $ per bar", null);
        assertEquals(List.of("3.450000", "18.400000", "60.240964"), steps(a, "combined_payoff", 6), a.text());
        assertTrue(a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE).allMatch(r -> r.scenario().equals("bull")), a.results().toString());
        assertTrue(a.text().contains("-$9.53B \u2192 $72.56B = +$82.09B in all"), a.text());
        // the step named alone: bull → bear on the stake's value is the exit's 1000 × 50/830 the other way
        Answer b = ask("stake value bull → bear: only the exit step, how big?", null);
        assertEquals(List.of("-60.240964"), steps(b, "stake_value", 6), b.text());
    }

    @Test
    void a_walk_of_the_askers_own_figures_starts_from_the_case_named_or_base() {
        // hold 5 → 3 at a 1x multiple moves nothing; exit 830 → 1T over 3 years: (1000/830)^(1/3) - 1 = 6.41%
        Answer a = ask("irr walk: hold 5 → 3 yrs first, then exit 830 → 1T - pts for each?", null);
        assertEquals(List.of("0.0000", "0.0641"), steps(a, "irr", 4), a.text());
        assertTrue(a.results().stream().filter(r -> r.kind() == MetricResult.Kind.CHANGE).allMatch(r -> r.scenario().equals("base")), a.results().toString());
    }

    @Test
    void a_walk_through_an_impossible_value_is_refused() {
        Answer a = ask("aws profit walk: margin 35 → 140% then capture 50 → 60%. $ per step?", null);
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
        assertTrue(a.results().isEmpty(), a.results().toString());
    }

    @Test
    void a_follow_up_reorders_the_threads_walk() {
        String t = "walks-1";
        // bear → base: capture 30 → 50% at 30% (+115 × 20% × 30% = 6.9), then margin 30 → 35% at 50% (+2.875)
        Answer a = ask("aws op profit bear → base, capture step then margin step - $ each?", t);
        assertEquals(List.of("6.900000", "2.875000"), steps(a, "aws_compute_profit", 6), a.text());
        // margin first: 115 × 30% × 5% = 1.725, then capture at 35%: 115 × 20% × 35% = 8.05
        Answer b = ask("ok now margin first", t);
        assertEquals(List.of("1.725000", "8.050000"), steps(b, "aws_compute_profit", 6), b.text());
    }
}
