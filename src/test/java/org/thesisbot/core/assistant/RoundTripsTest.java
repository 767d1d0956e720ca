package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A number, then the input that brings it back ({@link RoundTrips}): solved to the first part's exact number, with
 * whether it ties out; the value the asker expects is no figure. In wordings of my own; values by hand from
 * config/scenario.yaml ($50B check, $830B post; bull capture 70%, margin 40%; bear margin 30%; $115B compute spend).
 */
class RoundTripsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_way_back_solves_to_the_first_parts_exact_number() {
        String t = "trip:" + System.nanoTime();
        // 1250 / 830, and back to 1250 exactly (not to the rounded 1.51x shown)
        Answer a = ask("moic at a 1.25T exit, then the exit that gets that multiple back - sb 1.25T", t);
        assertEquals("1.5060240964", Results.value(a, "moic", 10), a.text());
        assertEquals("1250.0000000000", Results.value(a, "exit_valuation", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("It ties out")), a.notes().toString());
        // the goal stays the thread's: the reverse for 2x is 2 x 830
        Answer b = ask("now the reverse for 2x", t);
        assertEquals("1660", Results.value(b, "exit_valuation", 0), b.text());
        // 0.7 x 115 x 0.4 = 32.2 in bull, and the capture that gets there again
        Answer c = ask("bull aws op profit, then the capture share that gets it back there (expect 70%)", null);
        assertEquals("32.2", Results.value(c, "aws_compute_profit", "bull", 1), c.text());
        assertEquals("0.70", Results.value(c, "aws_capture_share", "bull", 2), c.text());
    }

    @Test
    void a_second_part_with_a_goal_in_words_is_no_way_back() {
        // "exactly zero" is the goal, not the first part's number: bear, exit 600: 50 x 600/830 + 115 x c x 30% - 50 = 0
        Answer a = ask("bear, exit at 600bn. combined payoff? If not positive, the shortfall and the capture share that gets it to exactly zero.", null);
        assertEquals("0.4016064257", Results.value(a, "aws_capture_share", "bear", 10), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.startsWith("It ties out")), a.notes().toString());
    }

    @Test
    void a_heading_that_sets_an_input_is_no_goal_aside() {
        // "Stress floor: oai mark at minus 150 billion" sets the exit, which no valuation can be: refused, not the case's own moic
        Answer a = ask("Stress floor: oai mark at minus 150 billion. Moic at that floor?", null);
        assertTrue(a.results().isEmpty() && a.text().startsWith("I can't compute that"), a.text());
    }

    @Test
    void an_input_looked_up_then_a_number_of_it_in_the_same_case() {
        // bear margin 30%; bear profit 0.3 x 115 x 0.3 = 10.35
        Answer a = ask("what margin do you carry in bear, and the aws op profit off that", null);
        assertEquals("0.30", Results.value(a, "aws_operating_margin", "bear", 2), a.text());
        assertEquals("10.35", Results.value(a, "aws_compute_profit", "bear", 2), a.text());
    }
}
