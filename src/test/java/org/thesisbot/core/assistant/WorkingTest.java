package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Messages that show their working and ask for a check, in wordings of my own: the working's results are claims checked
 * against the model, never inputs. Values by hand from config/scenario.yaml ($50B check, $830B post-money and exit, 5-year
 * hold, $115B compute, 50% capture, 35% margin).
 */
class WorkingTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void results_of_the_working_are_checked_not_used() {
        // at a $1.66T exit: stake value 50/830 x 1660 = $100B, moic 2.00x; the claimed 2.2x is wrong
        Answer a = ask("can you check this:\n1. openai exits at 1.66T\n2. our stake = 50/830 x 1660 = 100B\n3. moic = 2.2x\nwhere did i slip?");
        assertEquals("100.000000", Results.value(a, "stake_value", 6), a.text());
        assertEquals("2.000000", Results.value(a, "moic", 6), a.text());
        assertTrue(a.text().startsWith("Checking your working: line 2's 100B checks out"), a.text());
        assertTrue(a.text().contains("line 3's 2.2x does not"), a.text());
    }

    @Test
    void a_premise_set_with_an_equals_sign_is_used() {
        // post-money $1T: stake 50/1000 = 5%
        Answer a = ask("step 1: post-money = $1T\nstep 2: stake = 50 / 1000\nstep 3: = 5%\nis step 3 right?");
        assertEquals("0.050000", Results.value(a, "stake", 6), a.text());
        assertTrue(a.text().contains("line 3's 5% checks out"), a.text());
    }

    @Test
    void a_conclusion_drawn_with_so_is_a_claim() {
        // pre-money $950B and the $100B round: post-money $1,050B and a 50/1050 = 4.76% stake; "so post = 950bn" is the slip
        Answer a = ask("1) pre-money of openai 950bn\n2) so post = 950bn\n3) stake = 50/950 = 5.26%\nwhat's wrong here");
        assertEquals("0.047619", Results.value(a, "stake", 6), a.text());
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertTrue(a.text().startsWith("Checking your working: line 3's 5.26% does not: Amazon's stake in OpenAI is 4.76%"), a.text());
    }

    @Test
    void working_on_one_line_with_inline_markers_is_read_the_same() {
        // a $500B exit: stake value 50/830 x 500 = $30.12B, gain -$19.88B
        Answer a = ask("(1) exit at 500bn (2) our stake = 6.02% of that = 30.1B (3) gain = -19.9B -- is line 3 right?");
        assertEquals("30.120482", Results.value(a, "stake_value", 6), a.text());
        assertEquals("-19.879518", Results.value(a, "gain", 6), a.text());
    }

    @Test
    void values_set_against_the_models_own_are_looked_up_and_checked() {
        // the model's base exit is $830B and its AWS margin 35%
        Answer a = ask("what i have in my sheet: 1) base exit 900B 2) aws margin 35% -- which of these differ from yours?");
        assertEquals("830.000000", Results.value(a, "exit_valuation", 6), a.text());
        assertEquals("0.350000", Results.value(a, "aws_operating_margin", 6), a.text());
        assertTrue(a.text().contains("line 1's 900B does not"), a.text());
        assertTrue(a.text().contains("line 2's 35% checks out"), a.text());
    }
}
