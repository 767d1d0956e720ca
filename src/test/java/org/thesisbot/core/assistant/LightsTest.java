package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Traffic-light bands the asker grades a number by ({@link Lights}): marks to measure against, never inputs; the answer
 * says the band; a colour named as a goal is its band's edge; the bands last in the thread. In wordings of my own; values
 * by hand from config/scenario.yaml ($50B check, $830B post-money, 50% capture of $115B over 5 years at a 35% margin; bear:
 * exit $500B, 30% capture at a 30% margin).
 */
class LightsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static boolean says(Answer a, String start) {
        return a.notes().stream().anyMatch(n -> n.startsWith(start));
    }

    @Test
    void the_bands_are_no_inputs_and_the_answer_names_the_band() {
        // 0.5 x 115 x 0.35 = 20.125: the 30, 18 and 30 of the bands set nothing
        Answer a = ask("aws op profit on oai, base. green 30b+, amber 18-30, red under 18", null);
        assertEquals("20.125000", Results.value(a, "aws_compute_profit", 6), a.text());
        assertTrue(says(a, "*A* (amber)"), a.notes().toString());
        // percent bands on a share: the stake 50/830 = 6.02% is under 7
        Answer b = ask("our ownership - G at least 7%, A 5-7%, R below 5%", null);
        assertEquals("0.060241", Results.value(b, "stake", 6), b.text());
        assertTrue(says(b, "*A* (amber)"), b.notes().toString());
    }

    @Test
    void a_colour_asked_as_a_goal_is_the_edge_of_its_band_and_the_bands_last_in_the_thread() {
        String t = "lights:" + System.nanoTime();
        // bear profit 0.3 x 115 x 0.3 = 10.35, under 12: red
        Answer a = ask("bear aws profit off oai? R <12b, A 12-20b, G >20b", t);
        assertEquals("10.350000", Results.value(a, "aws_compute_profit", 6), a.text());
        assertTrue(says(a, "*R* (red)"), a.notes().toString());
        // out of red is the amber floor: 12 / (0.3 x 115) = 34.7826% margin
        Answer b = ask("what margin gets it out of R?", t);
        assertEquals("0.347826", Results.value(b, "aws_operating_margin", 6), b.text());
        // a change later in the thread is graded by the same bands: 0.3 x 115 x 0.6 = 20.7, green
        Answer c = ask("and at a 60% margin - colour?", t);
        assertEquals("20.700000", Results.value(c, "aws_compute_profit", 6), c.text());
        assertTrue(says(c, "*G* (green)"), c.notes().toString());
    }

    @Test
    void each_case_is_graded_when_several_are_asked() {
        // stake value: bear 30.12 (red), base 50 (amber), bull 90.36 (green)
        Answer a = ask("stake $ in bear, base and bull - G 75b+, A 35-75, R <35", null);
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("bear $30.12B: *R*; base $50B: *A*; bull $90.36B: *G*")), a.notes().toString());
    }
}
