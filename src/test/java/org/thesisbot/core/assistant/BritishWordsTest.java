package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Words of formal British English met in session 50, in wordings of my own: "nought", "fund-raising", a "sale price" for
 * the stake, a "total outlay on Anthropic", the OpenAI cheque "added to" the Anthropic money. Values by hand from
 * config/scenario.yaml ($50B check, $100B round; Anthropic $8B and an $11B campus).
 */
class BritishWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void nought_years_is_no_holding_period() {
        assertTrue(ask("What is the annual return if Amazon sells at 1.2 trillion after nought years?").text().startsWith("I can't compute that"));
    }

    @Test
    void fund_raising_and_a_sale_price_name_the_round_and_the_exit() {
        // 50 / 100
        assertEquals("0.500000", Results.value(ask("What portion of OpenAI's fund-raising does the 50 represent?"), "round_share", 6));
        // a sale price of 1.245T: 50 x 1245 / 830 = 75
        assertEquals("75.000000", Results.value(ask("What is the holding worth at a sale price of 1.245 trillion?"), "stake_value", 6));
    }

    @Test
    void an_outlay_on_anthropic_is_anthropics_and_the_openai_cheque_added_to_it_is_the_total() {
        // 8 + 14 with the campus at 14
        assertEquals("22.000000", Results.value(ask("With the campus at 14 billion, what is Amazon's total outlay on Anthropic?"), "anthropic_commitment", 6));
        // 50 + 8 + 11
        assertEquals("69.000000", Results.value(ask("Adding the OpenAI cheque to all that Amazon has put into Anthropic, what is the sum?"), "total_ai_commitment", 6));
    }
}
