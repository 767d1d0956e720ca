package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A sale of OpenAI in a deal desk's words: the headline price a buyer pays is the exit, the sale's close in a year is the
 * hold, and a price paid in stages or in the buyer's stock is not one exit ({@link Staged}). In wordings of my own; values by
 * hand from config/scenario.yaml (post-money $830B, $50B in).
 */
class SaleTermsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "sale-terms"));
    }

    @Test
    void a_buyer_s_headline_is_the_exit_and_the_close_year_the_hold() {
        // 50 x 1100 / 830
        Answer a = ask("if a buyer pays a $1.1T headline in cash, what do we get back in dollars?");
        assertEquals("66.265060", Results.value(a, "stake_value", 6), a.text());
        // (1800/830)^(1/7) - 1
        assertEquals("0.116935", Results.value(ask("$1.8T headline, all cash, close in yr7 - what irr?"), "irr", 6));
    }

    @Test
    void the_latest_close_for_a_bar_is_the_longest_hold() {
        // ln(2000/830) / ln(1.15)
        Answer a = ask("sale at a 2T headline: what's the latest close that still gives us 15% a year?");
        assertEquals("6.292677", Results.value(a, "holding_years", 6), a.text());
    }

    @Test
    void a_price_in_stages_is_not_answered_as_all_cash_and_says_how_to_ask_it() {
        Answer a = ask("1.4T headline, 10% held in escrow for 18 months after a yr4 close - what's our moic?");
        assertTrue(a.results().isEmpty(), a.results().toString());
        assertTrue(a.text().startsWith("I can't compute that as asked"), a.text());
        // and the way it says to ask works: the two sales blended, (0.85 x 1.6 + 0.15 x 1.6) x 50 / 830 / 50 in MOIC
        Answer asked = ask("we sell 85% of the stake at $1.6T in year 5 and 15% at $1.6T in year 7, irr?");
        assertEquals("0.132628", Results.value(asked, "irr", 6), asked.text());
    }

    @Test
    void an_earnout_or_buyer_stock_is_staged_too_but_a_lock_up_of_our_own_hold_is_not() {
        assertTrue(ask("2T headline, a quarter of it an earnout paid in year 7, irr on our 50?").results().isEmpty());
        assertTrue(ask("what's the moic if 40% of the price is acquirer stock that drops 15%, 1.5T headline?").results().isEmpty());
        // locked up 7 years is the hold: (1500/830)^(1/7) - 1
        assertEquals("0.088219", Results.value(ask("bull irr if we're locked up 7 yrs?"), "irr", "bull", 6));
    }

    @Test
    void a_structure_asked_of_the_sources_is_theirs_to_answer() {
        Answer a = ask("does the article say anything about an escrow on the $50B?");
        assertEquals(org.thesisbot.core.api.Route.NARRATIVE, a.route(), a.decision().toString());
    }
}
