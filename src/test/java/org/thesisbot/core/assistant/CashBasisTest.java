package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * The check paid partly in AWS credits ({@link CashBasis}): the headline buys the stake, and the numbers measured against
 * the money in can be asked on the cash Amazon really gives up. In wordings of my own; values by hand from
 * config/scenario.yaml ($50B into a $830B post, capex $125B, 5-year hold).
 */
class CashBasisTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_multiple_on_a_cash_basis_is_measured_against_the_cash_and_what_the_credits_cost() {
        // 35 + 15 x 0.70 = 45.5 of cash; (1200 / 830) x 50 / 45.5
        Answer a = ask("we pay 35 in cash and 15 in aws credits that cost us 70c on the dollar. cash-basis moic at a 1.2T exit?");
        assertEquals("1.5887726731", Results.value(a, "moic", 10), a.text());
        assertTrue(a.text().startsWith("*Multiple on invested capital (MOIC) on a cash basis: 1.59x*"), a.text());
    }

    @Test
    void headline_and_cash_basis_asked_together_give_both() {
        // 50 / 125 and (30 + 20 x 0.65) / 125 = 43 / 125
        Answer a = ask("check as a share of 2026 capex, headline vs cash basis? 30 cash / 20 credits at 65c/$");
        assertTrue(a.results().stream().anyMatch(r -> r.metric().equals("capex_share") && r.value().compareTo(new java.math.BigDecimal("0.4")) == 0), a.results().toString());
        assertTrue(a.results().stream().anyMatch(r -> r.metric().equals("capex_share") && r.value().compareTo(new java.math.BigDecimal("0.344")) == 0), a.results().toString());
    }

    @Test
    void a_goal_on_a_cash_basis_is_solved_as_the_headline_goal_it_equals() {
        // 3x on 40 + 10 x 0.5 = 45 of cash is a stake worth 135: 2.7x on the headline, an exit of 2.7 x 830
        Answer a = ask("40 cash / 10 credits at 50c/$ - what exit gets us 3x on a cash basis?");
        assertEquals("2241.0000000000", Results.value(a, "exit_valuation", 10), a.text());
        assertTrue(a.text().startsWith("*To reach 3x on a cash basis, OpenAI's exit valuation"), a.text());
        // a 10% IRR over 4 years on 25 + 25 x 0.6 = 40: 1.1^4 x 40 / 50 = 1.17128x on the headline
        Answer b = ask("25 cash + 25 credits @ 60c/$. exit for a 10% cash irr over 4 yrs?");
        assertEquals("972.1624000000", Results.value(b, "exit_valuation", 10), b.text());
    }

    @Test
    void a_split_without_the_cash_basis_asked_is_no_input_and_is_said() {
        // 50 / 1000: neither 20 nor 65 is read as an input
        Answer a = ask("20 of the 50 is aws credits at 65c/$. what stake does the check buy at a 1T post?");
        assertEquals("0.0500000000", Results.value(a, "stake", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("Ask \u201con a cash basis\u201d")), a.notes().toString());
    }
}
