package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A goal that is another setting's level ({@link Matches}). In wordings of my own; values by hand from
 * config/scenario.yaml (base: $830B post, $830B exit, 5 years, 50% capture at a 35% margin of $115B; bull exits at $1.5T;
 * bear: 30% margin).
 */
class MatchesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_cases_level_named_by_its_possessive_is_the_goal() {
        // bull's IRR over 5 years: (1500/830)^(1/5) - 1; a 1.4T exit reaches it after 5 ln(1400/830) / ln(1500/830) = 4.417088 years
        Answer a = ask("what hold gets a 1.4T exit's irr level with bull's over 5 years");
        assertEquals("4.417088", Results.value(a, "holding_years", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("The level matched: ") && n.contains("12.56%")), a.notes().toString());
        // base's AWS profit, 20.125, in bear's 30% margin on 115: 20.125 / 34.5 = 58.3333% capture
        Answer b = ask("what capture share gets aws op profit in bear to match base's");
        assertEquals("0.583333", Results.value(b, "aws_capture_share", 6), b.text());
    }

    @Test
    void a_reference_with_figures_of_its_own_is_computed_with_them_alone() {
        // bull's gain at a 1T post: 50/1000 x 1500 - 50 = 25; base reaches it at (25 + 50) x 830/50 = 1245
        Answer a = ask("which exit gives us the same gain bull would get on a 1T post");
        assertEquals("1245.000000", Results.value(a, "exit_valuation", 6), a.text());
        // the question's own post (1T) never reaches the reference: bull's MOIC at its 830 post is 1500/830, so the exit at a
        // 1T post is 1000 x 1500/830 = 1807.228916
        Answer b = ask("at a 1T post, at what exit does the moic catch up with bull's");
        assertEquals("1807.228916", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void a_goal_that_is_a_figure_is_no_reference() {
        Answer a = ask("what exit matches a 3x");
        assertEquals("2490.000000", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.startsWith("The level matched")), a.notes().toString());
    }
}
