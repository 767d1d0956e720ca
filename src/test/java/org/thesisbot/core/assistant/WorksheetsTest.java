package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Questions set as an exam paper sets them: lettered parts with their marks ("[2]", "(3 marks)"), a precision asked ("to 3
 * s.f."), and a later part that goes on from the one before ("Hence", "using your answer to (a)"). The marks and the
 * precision are layout, not figures. In wordings of my own; values by hand from config/scenario.yaml ($50B check, $830B
 * post-money, $100B round, 5-year hold, $115B compute at a 50% capture and a 35% margin).
 */
class WorksheetsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void each_part_is_answered_and_its_marks_are_no_figures() {
        // (a) 50 x 1660 / 830 = 100; (b) 2x over 5 years: 2^(1/5) - 1 = 14.8698%
        Answer a = ask("OpenAI is later valued at $1.66tn. (a) Work out the value of Amazon's holding. [2] "
                + "(b) Hence calculate the annualised return over 5 years, to 3 s.f. [3]");
        assertEquals("100.000000", Results.value(a, "stake_value", 6), a.text());
        assertEquals("0.148698", Results.value(a, "irr", 6), a.text());
        // (3 marks) in brackets: 0.5 x 115 x 0.35 = 20.125
        Answer b = ask("Find AWS's operating profit on OpenAI's compute over the window (3 marks)");
        assertEquals("20.125000", Results.value(b, "aws_compute_profit", 6), b.text());
    }

    @Test
    void a_later_part_carries_the_value_the_part_before_solved() {
        // (a) 8% of 830 = 66.4; (b) that check at a 1.245T exit: 66.4 x 1245 / 830 - 66.4 = 33.2
        Answer a = ask("(a) Determine the cheque that buys Amazon 8% of OpenAI at the $830bn post. [2] "
                + "(b) Using your answer to (a), determine the gain if OpenAI is later worth $1.245tn. [2]");
        assertEquals("66.400000", Results.value(a, "investment", 6), a.text());
        assertEquals("33.200000", Results.value(a, "gain", 6), a.text());
        // (a) an exit for 2.5x: 2.5 x 830 = 2075; (b) hence over 4 years: 2.5^(1/4) - 1 = 25.7433%
        Answer b = ask("(a) Find the exit valuation that returns 2.5 times the money. [2] (b) Hence find the IRR if the hold is 4 years. [2]");
        assertEquals("2075.000000", Results.value(b, "exit_valuation", 6), b.text());
        assertEquals("0.257433", Results.value(b, "irr", 6), b.text());
    }

    @Test
    void a_valuation_in_scientific_notation_is_in_dollars() {
        // 50 x 2000 / 830 = 120.481928
        Answer a = ask("OpenAI exits at $2 x 10^12. Find the value of the stake in $bn.");
        assertEquals("120.481928", Results.value(a, "stake_value", 6), a.text());
    }

    @Test
    void a_part_says_which_value_it_carries_and_a_claim_to_show_is_checked_not_used() {
        // (a) 30 / (0.5 x 115) = 52.1739%; (b) at that margin the payoff is 50 + 30 - 50 = 30
        Answer a = ask("(a) Find the AWS margin that gives $30bn of operating profit on OpenAI's compute. [2] "
                + "(b) Using your margin from (a), find the combined payoff. [2]");
        assertEquals("0.521739", Results.value(a, "aws_operating_margin", 6), a.text());
        assertEquals("30.000000", Results.value(a, "combined_payoff", 6), a.text());
        // the 100% is what to show, not a margin: 50 / (0.5 x 115 x 0.35) = 124.22% in base, 50 / (0.7 x 115 x 0.4) = 108.70% in bull
        Answer b = ask("Show that the breakeven capture share is above 100% in both the base case and the bull case. [3]");
        assertEquals("1.242236", Results.value(b, "breakeven_capture_share", "base", 6), b.text());
        assertEquals("1.086957", Results.value(b, "breakeven_capture_share", "bull", 6), b.text());
        org.junit.jupiter.api.Assertions.assertTrue(b.results().stream().noneMatch(r -> r.metric().equals("total_ai_commitment")), b.text());
        // "as a multiple of its Anthropic investment": 50 / 8
        Answer c = ask("Express Amazon's $50bn as a multiple of its Anthropic investment. [1]");
        assertEquals("6.250000", Results.value(c, "openai_vs_anthropic_ratio", 6), c.text());
    }
}
