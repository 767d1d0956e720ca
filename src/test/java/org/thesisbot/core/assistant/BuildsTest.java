package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * AWS's build for OpenAI ({@link Builds}): no input of the model, its payback and return said from AWS's operating profit,
 * its goals solved as profit goals over the 5-year window. In wordings of my own; values by hand from config/scenario.yaml
 * ($115B of compute spend; capture 50% base, 70% bull; margin 35% base, 40% bull).
 */
class BuildsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_payback_is_the_build_over_a_year_of_aws_profit_and_the_build_is_no_input() {
        // 115 x 50% x 25% = 14.375 over 5 years; 40 / 2.875
        Answer a = ask("payback on a 40bn buildout for openai if aws runs a 25% margin?", null);
        assertEquals("14.375", Results.value(a, "aws_compute_profit", 3), a.text());
        assertTrue(a.text().startsWith("*Payback on the $40B build: 13.913 years*"), a.text());
        // the build is not the check
        Answer b = ask("we put 30bn of capacity in for oai - what's our stake at the 830 post?", null);
        assertEquals("0.0602409639", Results.value(b, "stake", 10), b.text());
    }

    @Test
    void a_payback_or_a_yearly_return_is_a_profit_goal_over_the_window() {
        // 45 / 6 a year, 37.5 over 5 years = 115 x c x 40%
        Answer a = ask("what capture share gets a 6 year payback on a 45bn aws build, bull case?", null);
        assertEquals("0.8152", Results.value(a, "aws_capture_share", 4), a.text());
        // 10% of 60 a year, 30 over the window = 57.5 x m
        Answer b = ask("what margin gets a 10% pre-tax return a year on a 60bn build?", null);
        assertEquals("0.5217", Results.value(b, "aws_operating_margin", 4), b.text());
    }

    @Test
    void covering_the_depreciation_is_the_build_over_its_years_a_year() {
        // 50 / 10 a year, 25 over the window = 115 x c x 35%
        Answer a = ask("a 50bn build depreciated over 10 yrs - what capture share covers the dep charge?", null);
        assertEquals("0.6211", Results.value(a, "aws_capture_share", 4), a.text());
    }

    @Test
    void the_build_lasts_in_the_thread() {
        String t = "builds-1";
        Answer a = ask("aws puts 30bn of capacity in for oai. base op profit on the compute?", t);
        assertEquals("20.125", Results.value(a, "aws_compute_profit", 3), a.text());
        // paid back inside the window: 30 = 57.5 x m
        Answer b = ask("what margin pays that build back inside the window?", t);
        assertEquals("0.5217", Results.value(b, "aws_operating_margin", 4), b.text());
    }
}
