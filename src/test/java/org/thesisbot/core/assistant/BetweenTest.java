package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A case between two of the model's ({@link Between}). In wordings of my own; values by hand from config/scenario.yaml
 * ($50B check, $830B post-money, $115B of compute; exit, capture and margin: bear 500 / 30% / 30%, base 830 / 50% / 35%,
 * bull 1500 / 70% / 40%).
 */
class BetweenTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void every_input_the_two_cases_set_differently_is_placed_that_far_along() {
        // halfway base to bull: an exit of 1165; at a 1.1T post the stake is worth 50/1100 x 1165 = 52.954545
        Answer a = ask("midpoint of base and bull on every input, and the round prices at a 1.1T post - our stake in dollars?");
        assertEquals("52.954545", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Reading \u201cmidpoint of base and bull on every input\u201d")), a.notes().toString());
        // two thirds of the way bear to base: an exit of 500 + 2/3 x 330 = 720, a moic of 720/830
        Answer b = ask("2/3 of the way from bear to base on everything: moic?");
        assertEquals("0.867470", Results.value(b, "moic", 6), b.text());
    }

    @Test
    void odds_written_as_a_fraction_are_no_distance() {
        // "25/75 bull/base" puts odds on two cases: each case computed (1500/830 and 1), no case in between
        Answer a = ask("25/75 bull/base - weighted moic?");
        assertEquals(java.util.List.of("1.807229", "1.000000"), Results.values(a, "moic", 6), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("of the way")), a.notes().toString());
    }

    @Test
    void one_input_moved_from_the_case_asked_and_a_figure_of_the_question_wins() {
        // bear with capture halfway to base (40%): 15 / (0.4 x 115) = 32.6087%
        Answer a = ask("bear, but capture moved halfway toward base - what margin gets aws profit to 15bn?");
        assertEquals("0.326087", Results.value(a, "aws_operating_margin", 6), a.text());
        // 40% base to bull: capture 58%, the margin the question's own 45%: 0.58 x 115 x 0.45 = 30.015
        Answer b = ask("40 pct of the way from base to bull, with the margin pinned at 45% - aws compute profit?");
        assertEquals("30.015000", Results.value(b, "aws_compute_profit", 6), b.text());
    }
}
