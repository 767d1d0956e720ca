package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A status part-way through the hold, the time so far and OpenAI's latest mark ({@link InterimMarks}). In wordings of my
 * own; values by hand (Python's decimal module) from config/scenario.yaml (base: $50B at an $830B post, a 5-year hold).
 */
class InterimMarksTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void to_date_the_mark_is_the_exit_after_the_years_so_far() {
        // (1200 / 830)^(1/3) - 1
        Answer a = ask("quick check-in: 3 yrs in, openai last marked at $1.2T. irr to date on our 50?", null);
        assertEquals("0.1307529199", Results.value(a, "irr", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("taken as the exit")), a.notes().toString());
        Answer b = ask("two years in, oai marked 996bn. multiple so far?", null);
        assertEquals("1.2000000000", Results.value(b, "moic", 10), b.text());
    }

    @Test
    void from_here_the_growth_the_stake_needs_or_the_exit_the_mark_grows_to() {
        // 2x by year 6 from a $1T mark in year 4: (2 x 830 / 1000)^(1/2) - 1
        Answer a = ask("4 yrs in, oai at 1.0T. what annual growth from here gets the stake to 2x by yr 6?", null);
        assertEquals("0.2884098727", Results.value(a, "irr", 10), a.text());
        // 10% a year from a $900B mark in year 1 to year 4: 900 x 1.1^3
        Answer b = ask("yr 1, mark 900bn. what yr-4 exit gives us 10% a yr from the current mark?", null);
        assertEquals("1197.900000", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void a_goal_over_the_whole_hold_leaves_the_mark_out_and_says_so() {
        // 2x from entry is an exit of 2 x 830, whatever the mark
        Answer a = ask("yr 2, mark 1.3T. what exit after 5 years gets the whole hold to 2x?", null);
        assertEquals("1660.000000", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("$1.3T") && n.contains("left it out")), a.notes().toString());
    }

    @Test
    void the_thread_keeps_the_status_and_a_new_mark_asks_the_same_question_again() {
        String t = "interim-thread";
        // 12% a year over the whole 5 years is 1.12^5 = 1.7623416832 of the check; from a $1.1T mark 18 months in:
        // (1.7623416832 x 830 / 1100)^(1/3.5) - 1
        Answer a = ask("18 months in, mark 1.1T. what yearly growth from here gets the whole 5 yrs to 12%?", t);
        assertEquals("0.0848368636", Results.value(a, "irr", 10), a.text());
        // the same question from a $1.25T mark in year 3: (1.7623416832 x 830 / 1250)^(1/2) - 1
        Answer b = ask("yr 3 now, mark 1.25T", t);
        assertEquals("0.0817554611", Results.value(b, "irr", 10), b.text());
        // to date at the thread's status: 1250 / 830
        Answer c = ask("moic to date?", t);
        assertEquals("1.5060240964", Results.value(c, "moic", 10), c.text());
    }
}
