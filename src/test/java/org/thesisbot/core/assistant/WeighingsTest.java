package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * The weight one case needs, the rest on another, for an expected (probability-weighted) metric to reach a bar
 * ({@link Weighings}). In wordings of my own; values by hand from config/scenario.yaml ($50B check, post-money $830B;
 * exits bear $500B, base $830B, bull $1.5T).
 */
class WeighingsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "weighings"));
    }

    @Test
    void the_least_weight_on_a_case_for_an_expected_stake_value() {
        // bull 50/830 x 1500 = 90.361446, base 50; p = (70 - 50) / (90.361446 - 50) = 49.55%
        Answer a = ask("what's the least weight on bull, with the remainder on base, for an expected stake value of 70bn?");
        assertEquals("90.361446", Results.value(a, "stake_value", "bull", 6), a.text());
        assertEquals("50.000000", Results.value(a, "stake_value", "base", 6));
        assertTrue(a.text().contains("at least 49.55% on bull"), a.text());
    }

    @Test
    void a_case_parked_at_a_fixed_weight_and_the_third_takes_what_is_left() {
        // 20% x 500/830 + 80% x (p x 1500/830 + (1 - p) x 1) = 1.2 at p = 43.28% of the 80% (34.63% of the whole)
        Answer a = ask("put 20% on bear; of what's left, how much has to be bull for the expected moic to reach 1.2x?");
        assertEquals("0.602410", Results.value(a, "moic", "bear", 6), a.text());
        assertTrue(a.text().contains("at least 43.28% on bull"), a.text());
        assertTrue(a.text().contains("34.63% of the whole"), a.text());
    }

    @Test
    void a_loss_said_as_underwater_on_the_stake_is_a_bar_on_the_gain() {
        // gain bear 30.120482 - 50 = -19.879518, bull 40.361446; -10 at p = 50.361446 / 60.240964 = 83.6% on bear
        Answer a = ask("how much weight can bear carry, rest on bull, before we're expected to be 10bn under water on the stake?");
        assertEquals("-19.879518", Results.value(a, "gain", "bear", 6), a.text());
        assertTrue(a.text().contains("at most 83.6% on bear"), a.text());
    }

    @Test
    void a_follow_up_is_asked_in_the_threads_weighting_until_it_asks_something_else() {
        String thread = "weighings-" + System.nanoTime();
        Function<String, Answer> inThread = q -> brain.ask(new Question(q, thread, "analyst", "weighings"));
        inThread.apply("smallest p(bull), rest on bear, for an expected moic of 1.25x?");
        // at a 900bn post: bull 1500/900, bear 500/900; p = (1.25 - 0.5556) / (1.6667 - 0.5556) = 62.5%
        Answer again = inThread.apply("same question but the round prices at 900bn post");
        assertEquals("1.666667", Results.value(again, "moic", "bull", 6), again.text());
        assertTrue(again.text().contains("at least 62.5% on bull"), again.text());
        // the case taking the rest moved: bull against base at the same post and bar
        Answer moved = inThread.apply("ok move the rest to base, same 1.25x bar");
        assertTrue(moved.text().contains("on bull (p(bull), the rest on base)"), moved.text());
        // an input asked about is not the weighting
        Answer input = inThread.apply("what's the bull case assuming for the exit there?");
        assertTrue(!input.text().contains("p(bull)"), input.text());
    }

    @Test
    void the_bar_is_the_weightings_not_a_target_for_one_case() {
        String thread = "weighings-bar-" + System.nanoTime();
        Function<String, Answer> inThread = q -> brain.ask(new Question(q, thread, "analyst", "weighings"));
        inThread.apply("smallest p(bull), rest on bear, for an expected moic of 1.25x?");
        // one case asked after the weighting: its MOIC (830/830), not an exit solved for a 1.25x the asker set for the blend
        Answer base = inThread.apply("what about in base?");
        assertEquals("1.000000", Results.value(base, "moic", "base", 6), base.text());
        assertTrue(base.results().stream().noneMatch(r -> r.metric().equals("exit_valuation")), base.results().toString());
    }

    @Test
    void a_case_named_with_a_figure_that_is_no_weight_is_no_weighting() {
        Answer a = ask("bull case but the rest of the inputs as in base, at a 45% margin: aws profit?");
        assertTrue(!a.text().contains("p(bull)"), a.text());
    }
}
