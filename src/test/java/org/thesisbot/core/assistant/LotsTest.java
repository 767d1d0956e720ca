package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * The check bought in lots at different prices ({@link Lots}). In wordings of my own; values by hand: each lot buys its
 * amount over its post-money (a pre-money plus the $100B round; a price per point times 100), the stake is the sum, and
 * the blended entry the money over the stake.
 */
class LotsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void lots_add_up_to_one_stake_at_a_blended_entry() {
        // 20/800 + 30/1200 = 2.5% + 2.5% = 5%: a blended entry of 50 / 5% = 1000; at a 1.5T exit the book is worth 75
        Answer a = ask("book: 20 @ 800 post, then 30 @ 1.2T post. oai exits at 1.5T - what's the position worth?", null);
        assertEquals("75.000000", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("a blended entry of $1T post-money")), a.notes().toString());
        // a pre-money is the post less the round, a price per point is a hundredth of the post: 15/750 + 35/350 = 12%
        Answer b = ask("15 @ 650 pre and 35 @ 3.5bn/pt - total ownership?", null);
        assertEquals("0.120000", Results.value(b, "stake", 6), b.text());
    }

    @Test
    void per_lot_numbers_sit_beside_the_books() {
        // 1500/800 = 1.875x and 1500/1200 = 1.25x on the lots, 1.5x on the book
        Answer a = ask("20 @ 800 post / 30 @ 1.2T post, exit 1.5T: moic per lot and on the whole 50", null);
        List<String> moics = a.results().stream().filter(r -> r.metric().equals("moic") && r.kind() == MetricResult.Kind.METRIC)
                .map(r -> r.value().setScale(4, java.math.RoundingMode.HALF_UP).toPlainString()).toList();
        assertEquals(List.of("1.8750", "1.2500", "1.5000"), moics, a.text());
    }

    @Test
    void a_missing_lots_price_is_solved_for_the_books_goal() {
        // 50/900 - 20/800 = 3.0556% for the 30: 30 / 3.0556% = 981.82
        Answer a = ask("20 is filled @ 800 post. what post can the other 30 print at for a blended entry at 900 on the 50?", null);
        assertEquals("981.818182", Results.value(a, "post_money_valuation", 6), a.text());
    }
}
