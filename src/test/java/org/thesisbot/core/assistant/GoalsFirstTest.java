package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A goal said first: asked of several levers each on its own ({@link LeverGoals}), or set beside a question that asks
 * what a case gives ({@link GoalsAside}). In wordings of my own; values by hand from config/scenario.yaml: a $50B check at
 * an $830B post-money, base exit $830B, bull $1.5T; AWS wins 50% (bull 70%) of OpenAI's $115B at 35% (bull 40%).
 */
class GoalsFirstTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_goal_with_levers_each_taken_alone_is_solved_once_per_lever() {
        // a stake worth 100: exit 100 x 830 / 50 = 1660; check 100 x 830 / 830 = 100; post 50 x 830 / 100 = 415
        Answer a = ask("Target: a $100bn stake. Solve each of these on its own - exit valuation, our check, the post-money.", null);
        assertEquals("1660.00", Results.value(a, "exit_valuation", 2), a.text());
        assertEquals("100.00", Results.value(a, "investment", 2), a.text());
        assertEquals("415.00", Results.value(a, "post_money_valuation", 2), a.text());
        assertTrue(a.text().startsWith("Each lever on its own: exit valuation $1.66T; check size $100B; entry post-money $415B."), a.text());
    }

    @Test
    void the_threads_lever_goal_is_asked_again_in_another_case() {
        String t = "lever-goals-1";
        // base: 18 of profit is 18 / (115 x 35%) = 44.72% capture, or 18 / (115 x 50%) = 31.30% margin
        Answer a = ask("objective: $18bn of aws operating profit off openai. capture alone, or margin alone?", t);
        assertEquals("0.4472049689", Results.value(a, "aws_capture_share", 10), a.text());
        assertEquals("0.3130434783", Results.value(a, "aws_operating_margin", 10), a.text());
        // bull: 18 / (115 x 40%) = 39.13% capture; 18 / (115 x 70%) = 22.36% margin
        Answer b = ask("same goal, bull case", t);
        assertEquals("0.3913043478", Results.value(b, "aws_capture_share", "bull", 10), b.text());
        assertEquals("0.2236024845", Results.value(b, "aws_operating_margin", "bull", 10), b.text());
    }

    @Test
    void a_goal_beside_a_question_for_a_cases_number_is_no_input_and_is_compared() {
        // bull stake value is 50/830 x 1500 = 90.36; the $95bn goal is neither the check nor a target
        Answer a = ask("Goal: a $95bn position. What's the stake worth in the bull case?", null);
        assertEquals("90.36", Results.value(a, "stake_value", "bull", 2), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("falls short of your goal") && n.contains("$4.64B")), a.notes().toString());
        // a limit from above: the $50B check is 40% of 2026 capex, over a 30% cap
        Answer b = ask("Cap: the openai check at most 30% of 2026 capex. Where does it sit today?", null);
        assertEquals("0.40", Results.value(b, "capex_share", 2), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.contains("breaks your limit") && n.contains("10 pts")), b.notes().toString());
    }
}
