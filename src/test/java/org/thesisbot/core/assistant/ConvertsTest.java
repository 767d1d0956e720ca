package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * The check as a convertible note ({@link Converts}): it converts at the lower of the cap and the next round less the
 * discount, and that price is the post-money the stake is bought at. In wordings of my own; values by hand from
 * config/scenario.yaml ($50B, a $100B round, a 5-year hold).
 */
class ConvertsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_note_converts_at_the_lower_of_the_cap_and_the_discounted_round() {
        // min(700, 0.9 x 900) = 700: the cap binds
        Answer a = ask("we fund via a convertible: $700bn post-money cap, 10% discount, next round priced at 900bn post. our ownership?", null);
        assertEquals("0.0714285714", Results.value(a, "stake", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("The note converts at $700B post-money: the cap binds")), a.notes().toString());
        // min(1200, 0.75 x 1000) = 750: the discount binds
        Answer b = ask("convertible with a 1.2T cap and a 25% discount; the next round prices at 1T post - stake?", null);
        assertEquals("0.0666666667", Results.value(b, "stake", 10), b.text());
        // a round said as a pre-money has the $100B round added: 0.7 x 1200 = 840
        Answer c = ask("convertible, 30% discount, no cap, next round 1.1T pre. ownership?", null);
        assertEquals("0.0595238095", Results.value(c, "stake", 10), c.text());
    }

    @Test
    void the_numbers_of_the_stake_follow_from_the_price_it_converts_at() {
        // 50/800 x 1200 / 50
        Answer a = ask("convertible capped at 800bn post; if openai exits at 1.2T what's the moic?", null);
        assertEquals("1.5000000000", Results.value(a, "moic", 10), a.text());
        Answer b = ask("convertible with a cap of minus 200bn: stake?", null);
        assertTrue(b.results().isEmpty() && b.text().startsWith("I can't compute that"), b.text());
    }

    @Test
    void the_round_asked_for_is_solved_from_the_post_money_it_must_convert_at() {
        // 50 / 4% = 1250 to convert at; the round is 1250 / 0.75
        Answer a = ask("uncapped note with a 25% discount: what next-round post valuation gets us to 4%?", null);
        assertEquals("1666.67", Results.value(a, "post_money_valuation", 2), a.text());
        assertTrue(a.text().startsWith("*The next round must price at $1.667T post-money*"), a.text());
        // the cap binds from the round whose discounted price it is: 750 / 0.75
        Answer b = ask("cap 750 post, 25% discount: above what next round post does the cap bind?", null);
        assertEquals("1000", Results.value(b, "post_money_valuation", 0), b.text());
    }

    @Test
    void the_terms_last_in_the_thread_and_a_follow_up_can_change_one() {
        String t = "converts-1";
        // min(1000, 0.8 x 1100) = 880
        Answer a = ask("convertible: cap 1T post, 20% discount, next round at 1.1T post. our stake?", t);
        assertEquals("0.0568181818", Results.value(a, "stake", 10), a.text());
        // min(1000, 0.8 x 1400) = 1000
        Answer b = ask("what if the round comes in at 1.4T post?", t);
        assertEquals("0.0500000000", Results.value(b, "stake", 10), b.text());
        // 50/1000 x 2000 / 50
        Answer c = ask("and the moic at a 2T exit?", t);
        assertEquals("2.0000000000", Results.value(c, "moic", 10), c.text());
    }

    @Test
    void the_note_against_buying_in_straight_gives_both_and_the_thread_keeps_the_comparison() {
        String t = "converts-2";
        // min(800, 0.8 x 1100) = 800 through the note; 50/830 bought straight
        Answer a = ask("convertible capped at 800 post, 20% off a 1.1T post round: our % vs just buying at the 830 post today?", t);
        assertEquals(java.util.List.of("0.0625000000", "0.0602409639"), Results.values(a, "stake", 10));
        // 1660/800 and 1660/830
        Answer b = ask("moic both ways if oai exits at 1.66T", t);
        assertEquals(java.util.List.of("2.0750000000", "2.0000000000"), Results.values(b, "moic", 10));
    }
}
