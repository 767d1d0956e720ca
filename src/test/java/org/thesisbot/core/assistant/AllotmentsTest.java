package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * An order cut back in an oversubscribed round ({@link Allotments}): what is allotted is what is invested. In wordings of my
 * own; values by hand from config/scenario.yaml (post-money $830B, a $100B round, 2026 capex $125B).
 */
class AllotmentsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "allotments"));
    }

    @Test
    void an_order_in_an_oversubscribed_book_is_cut_back_pro_rata() {
        // 50 / 2.5 = 20 allotted; 20 / 830
        Answer a = ask("if the round is 2.5x oversubscribed and allocations are pro rata, what % of openai does our order buy?");
        assertEquals("0.024096", Results.value(a, "stake", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Reading the allotment as the investment: $20B")), a.notes().toString());
    }

    @Test
    void an_allotment_said_outright_is_the_investment() {
        // 60% of a $50bn order is 30: 30 / 125 of capex
        assertEquals("0.240000", Results.value(ask("we only get allotted 60% of our $50bn order - as a share of 2026 capex?"), "capex_share", 6));
        // 15 guaranteed + 35 x 0.5 = 32.5; at a 1.3T exit: 32.5 x 1300 / 830
        Answer a = ask("guaranteed 15 and the remaining 35 gets scaled back to 50c on the dollar. what's our allotment worth at a 1.3T exit?");
        assertEquals("50.903614", Results.value(a, "stake_value", 6), a.text());
    }

    @Test
    void the_order_needed_is_not_read_as_an_allotment() {
        Answer a = ask("how big an order do we need to end up with 40 if the book is 2x covered?");
        assertTrue(a.notes().stream().noneMatch(n -> n.startsWith("Reading the allotment")), a.notes().toString());
    }
}
