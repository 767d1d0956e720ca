package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * The return counted all in ({@link AllIn}): AWS's operating profit on OpenAI's compute as cash each year beside the exit.
 * In wordings of my own; values by hand from config/scenario.yaml (base: 50% of $115B at a 35% margin = $20.125B over the
 * five years, $4.025B a year; bull: 70% at 40% = $32.2B; $50B into a $830B post; a 5-year hold).
 */
class AllInTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_all_in_multiple_and_irr_count_each_years_aws_profit_beside_the_exit() {
        // (20.125 + 50/830 x 1500) / 50; the IRR of -50, 4.025 a year for 5 years, 90.36 in year 5
        Answer m = ask("all-in moic if oai exits at 1.5T, aws op profit counted in each year?", null);
        assertEquals("2.2097289157", Results.value(m, "moic", 10), m.text());
        assertTrue(m.text().startsWith("*All-in multiple on invested capital (MOIC): 2.21x*"), m.text());
        Answer r = ask("irr with the aws profit as yearly cash plus a 1.5T exit", null);
        assertEquals("0.190929", Results.value(r, "irr", 6), r.text());
    }

    @Test
    void a_ramp_of_the_askers_own_is_counted_year_by_year() {
        // -50, then 4, 4, 6, 8, 10 and 72.29 (50/830 x 1200) in year 5
        Answer a = ask("say aws op profit goes 4/4/6/8/10bn over the years and oai sells at 1.2T in yr 5 - all-in irr?", null);
        assertEquals("0.180055", Results.value(a, "irr", 6), a.text());
    }

    @Test
    void an_all_in_goal_is_solved_for_the_input_asked_even_one_the_equity_alone_ignores() {
        // bull: a stake worth 2.5 x 50 - 32.2 = 92.8 at exit, so an exit of 92.8 x 830 / 50
        Answer e = ask("bull case: what exit gets the all-in moic to 2.5x?", null);
        assertEquals("1540.48", Results.value(e, "exit_valuation", 2), e.text());
        // at an exit of 830 the stake returns the 50, so 12% needs 6 a year: 30 over the window = 50% x 115 x margin
        Answer g = ask("with the exit flat at 830, what aws margin gets the all-in irr to 12%?", null);
        assertEquals("0.521739", Results.value(g, "aws_operating_margin", 6), g.text());
        assertTrue(g.text().startsWith("*To reach an all-in IRR of 12%, AWS operating margin"), g.text());
    }

    @Test
    void a_thread_stays_all_in_until_it_asks_for_the_equity_alone() {
        String t = "all-in-1";
        ask("all-in irr in base, aws profit landing each year plus the exit?", t);
        // bull: -50, 6.44 a year, 90.36 in year 5
        Answer b = ask("and in bull?", t);
        assertEquals("0.230897", Results.value(b, "irr", 6), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("Still in this thread's frame: counted all-in")), b.notes().toString());
        Answer c = ask("equity-only irr there?", t);
        assertEquals("0.125648", Results.value(c, "irr", 6), c.text());
    }
}
