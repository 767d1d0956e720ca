package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A loan against the stake ({@link Loans}): loan-to-value is the loan over the stake's value. In wordings of my own; values
 * by hand from config/scenario.yaml: a $50B check in a round at an $830B post-money (a stake of 50/830), exits of $830B
 * (base), $1.5T (bull) and $500B (bear); AWS's profit is the $115B spend × capture × margin (base 50% × 35%).
 */
class LoansTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_loan_and_its_trigger_with_a_level_asked_solve_for_the_stakes_value_the_loan_over_the_trigger() {
        // 24 / 40% = 60 of stake value: an exit of 60 x 830 / 50 = 996
        Answer a = ask("we've pulled 24bn against the position and the bank calls it at 40% ltv - what openai valuation triggers that?", null);
        assertEquals("996.00", Results.value(a, "exit_valuation", 2), a.text());
        assertTrue(a.text().contains("$24B / 40% = $60B"), a.text());
        // the check: a stake worth 45 at a 1.2T exit is 3.75%, of an 830 round: 31.125
        Answer b = ask("if oai is marked at 1.2T, what's the smallest check that lets us borrow 18bn at a 40% ltv?", null);
        assertEquals("31.125", Results.value(b, "investment", 3), b.text());
        // bull: 14 / 35% = 40 of stake value: 40 x 830 / 50 = 664
        Answer c = ask("bull numbers - at what mark does a 14bn facility hit 35% loan-to-value?", null);
        assertEquals("664.00", Results.value(c, "exit_valuation", 2), c.text());
    }

    @Test
    void a_loan_said_as_context_fills_no_input_and_is_named_with_its_loan_to_value() {
        // the 40bn drawn is no check: the stake at a 1.66T mark is 50/830 x 1660 = 100, and 40 of it is 40%
        Answer a = ask("with 40bn drawn against it, what's the stake worth if openai gets marked at 1.66T?", null);
        assertEquals("100.00", Results.value(a, "stake_value", 2), a.text());
        assertTrue(a.text().contains("Loan-to-value: the $40B loan over the stake's $100B is 40%"), a.text());
        assertTrue(a.text().contains("Not used by the model, which has no loan: the $40B loan"), a.text());
        // a sentence about the loan that asks nothing leaves the question to the rest: the bear margin is 30%
        Answer b = ask("what margin does aws earn in the bear case? the desk is sizing a 9bn revolver off it.", null);
        assertEquals("0.30", Results.value(b, "aws_operating_margin", 2), b.text());
        // a trigger alone: the loan the stake carries at it (base stake worth 50: 45% is 22.5)
        Answer c = ask("stake value at the round price? the lender gives us 45% ltv", null);
        assertEquals("50.00", Results.value(c, "stake_value", 2), c.text());
        assertTrue(c.text().contains("carries a loan of up to $22.5B"), c.text());
    }

    @Test
    void a_loan_the_profit_should_repay_is_the_profits_goal() {
        // 16 / (115 x 35%) = 39.75%
        Answer a = ask("what capture share lets aws's op profit off openai retire a 16bn term loan over the window?", null);
        assertEquals("0.3975155280", Results.value(a, "aws_capture_share", 10), a.text());
        // 2bn a year is 10 over the five-year window: 10 / (115 x 50%) = 17.39%
        Answer b = ask("what operating margin would aws need for its oai profit to pay down 2bn a year of a 12bn loan?", null);
        assertEquals("0.1739130435", Results.value(b, "aws_operating_margin", 10), b.text());
    }

    @Test
    void the_loan_and_its_trigger_last_in_the_thread() {
        String t = "loans-1";
        ask("we have a 25bn draw on the oai stake. what's it worth at a 1T mark?", t);
        // 25 / 50% = 50: 50 x 830 / 50 = 830
        Answer a = ask("what mark puts that 25bn at a 50% ltv?", t);
        assertEquals("830.00", Results.value(a, "exit_valuation", 2), a.text());
        // the same trigger with the round at a 1T post: a stake of 5%, so 50 / 5% = 1000
        Answer b = ask("and if the round prices at 1T post instead, same trigger?", t);
        assertEquals("1000.00", Results.value(b, "exit_valuation", 2), b.text());
    }
}
