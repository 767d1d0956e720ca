package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * Odds put on the cases ({@link Blends}). In wordings of my own; values by hand from config/scenario.yaml ($50B check,
 * $830B post-money; exits bull $1.5T, base $830B, bear $500B).
 */
class BlendsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    private static String value(Answer a, String metric, String scenario) {
        for (MetricResult r : a.results()) {
            if (r.metric().equals(metric) && scenario.equals(r.scenario())) {
                return r.value().setScale(6, RoundingMode.HALF_UP).toPlainString();
            }
        }
        throw new AssertionError("no " + metric + " in " + scenario + ": " + a.results() + " / " + a.decision().cues());
    }

    private static boolean blended(Answer a, String... parts) {
        return a.notes().stream().anyMatch(n -> n.startsWith("Blended at your odds") && List.of(parts).stream().allMatch(n::contains));
    }

    @Test
    void odds_in_figures_give_each_case_and_the_blend() {
        // stake value 50/830 of the exit: bull 90.361446, base 50; 0.25 x 90.361446 + 0.75 x 50 = 60.090361
        Answer a = ask("25 bull / 75 base - probability-weighted value of our stake?");
        assertEquals("90.361446", value(a, "stake_value", "bull"), a.text());
        assertEquals("50.000000", value(a, "stake_value", "base"), a.text());
        assertTrue(blended(a, "bull 25%, base 75%", "$60.09B"), a.notes().toString());
        // the same odds written as a ratio list; the weights are no input (the post-money stays $830B)
        Answer b = ask("60/40 base/bear: blended moic?");
        assertEquals("1.000000", value(b, "moic", "base"), b.text());
        assertEquals("0.602410", value(b, "moic", "bear"), b.text());
        // 0.6 x 1 + 0.4 x 500/830 = 0.840964
        assertTrue(blended(b, "base 60%, bear 40%", "0.84x"), b.notes().toString());
    }

    @Test
    void odds_in_words_and_the_rest() {
        // bear 0.25 x 500/830 + bull 0.75 x 1500/830 = 1.506024
        Answer a = ask("one in four on bear, three in four on bull: weighted moic?");
        assertEquals("1.807229", value(a, "moic", "bull"), a.text());
        assertTrue(blended(a, "bear 25%, bull 75%", "1.51x"), a.notes().toString());
        // "the rest" is what the others leave: 30% on bear, 70% on base
        Answer b = ask("i'd put 30% on bear and the rest on base. expected stake value?");
        assertEquals("30.120482", value(b, "stake_value", "bear"), b.text());
        assertTrue(blended(b, "bear 30%, base 70%"), b.notes().toString());
    }

    @Test
    void one_case_solved_for_what_the_blend_needs() {
        // bull's moic is 1500/830; for the 50/50 blend to be 1.5x, bear must be 3 - 1500/830 = 990/830: an exit of 990
        Answer a = ask("even odds on bull and bear. where does openai have to exit in the bear leg for the blended moic to hit 1.5x?");
        assertEquals("990.000000", value(a, "exit_valuation", "bear"), a.text());
        assertTrue(a.text().contains("blended"), a.text());
    }

    @Test
    void the_weight_a_case_can_carry_before_the_blend_crosses_a_bar() {
        // moic bear 500/830, bull 1500/830: the blend is 1x at w = (1500 - 830) / (1500 - 500) = 67% on bear
        Answer a = ask("how much weight can i put on bear, rest on bull, before the blended moic goes under 1x?");
        assertEquals("0.602410", value(a, "moic", "bear"), a.text());
        // (said first, as the answer's headline: {@link Weighings})
        assertTrue(a.text().contains("at most 67% on bear"), a.text());
    }

    @Test
    void figures_beside_a_case_that_are_no_odds_stay_figures() {
        // a margin per case, and weights that do not make a whole: no blend
        Answer a = ask("bull at a 45% margin and base at 30% margin - aws compute profit?");
        assertFalse(a.notes().stream().anyMatch(n -> n.startsWith("Blended")), a.notes().toString());
        Answer b = ask("40 bull / 40 base - stake value?");
        assertFalse(b.notes().stream().anyMatch(n -> n.startsWith("Blended")), b.notes().toString());
    }
}
