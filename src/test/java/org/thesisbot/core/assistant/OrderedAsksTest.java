package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Asks put in order ({@link Sequence}) and a question asked again in a thread. In wordings of my own; values by hand from
 * config/scenario.yaml ($50B check, $830B post-money, bull exit $1.5T, $115B of compute over 5 years at a 50% capture;
 * Anthropic $8B and an $11B campus).
 */
class OrderedAsksTest {
    private final Assistant brain = TestBrains.offline().assistant();

    @Test
    void a_first_ask_then_a_second_that_points_back_at_it() {
        // 50/830 of openai, worth 50/830 x 1500 in bull
        Answer a = brain.ask(new Question("in bull: the % we own first, then what that % is worth in $", null, "analyst", "deals"));
        assertEquals(List.of("0.060241"), Results.values(a, "stake", 6), a.text());
        assertEquals(List.of("90.361446"), Results.values(a, "stake_value", 6), a.text());
        // the whole window's revenue, then a year's piece of it: 57.5 and 11.5
        Answer b = brain.ask(new Question("first aws revenue from openai over the window, then the per year piece of it", null, "analyst", "deals"));
        assertEquals(List.of("57.500000"), Results.values(b, "aws_compute_revenue", 6), b.text());
        assertEquals(List.of("11.500000"), Results.values(b, "aws_compute_revenue_per_year", 6), b.text());
    }

    @Test
    void a_bridge_s_parts_are_their_own_metrics() {
        // 1200/830 = 1.445783x, of which 50/830 x 1200 - 50 = 22.289157 is the upside over the money back
        Answer a = brain.ask(new Question("moic at a 1.2T exit, split into the return-of-capital piece and the upside piece - the x and the upside in $",
                null, "analyst", "deals"));
        assertEquals(List.of("1.445783"), Results.values(a, "moic", 6), a.text());
        assertEquals(List.of("22.289157"), Results.values(a, "gain", 6), a.text());
        // a total and its split is no ratio: 50 + 8 + 11 = 69, Anthropic all-in 19
        Answer b = brain.ask(new Question("total ai commit, then the split: the oai check vs anthropic all-in", null, "analyst", "deals"));
        assertEquals(List.of("19.000000"), Results.values(b, "anthropic_commitment", 6), b.text());
        assertEquals(List.of(), Results.values(b, "openai_vs_anthropic_ratio", 6), b.text());
    }

    @Test
    void the_same_question_again_in_a_thread_is_asked_again() {
        brain.ask(new Question("what's the stake worth at a 1T exit?", "T-same", "analyst", "deals"));
        Answer again = brain.ask(new Question("same q", "T-same", "analyst", "deals"));
        assertEquals(Route.NUMERIC, again.route(), again.decision().cues().toString());
        // 50/830 x 1000
        assertEquals(List.of("60.240964"), Results.values(again, "stake_value", 6), again.text());
    }
}
