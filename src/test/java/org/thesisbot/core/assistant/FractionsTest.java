package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Figures written as fractions ({@link Fractions}). In wordings of my own; values by hand from config/scenario.yaml ($50B
 * check, $830B post-money, $115B of compute over 5 years).
 */
class FractionsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_mixed_number_with_its_magnitude_is_a_size() {
        // 50 / 1250 = 4%
        Answer a = ask("if openai's post-money comes in at 1 1/4 trillion, what share does our 50b buy?");
        assertEquals("0.040000", Results.value(a, "stake", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("1 1/4 trillion as 1.25 trillion")), a.notes().toString());
    }

    @Test
    void a_part_is_a_percentage_and_more_than_one_a_multiple() {
        // 115 x 2/5 x 1/4 = 11.5
        Answer a = ask("aws takes 2/5 of openai's compute at a 1/4 margin - profit over the window?");
        assertEquals("11.500000", Results.value(a, "aws_compute_profit", 6), a.text());
        // 830 x 3/2 = 1245
        Answer b = ask("what exit for our money to grow 3/2-fold");
        assertEquals("1245.000000", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void a_fraction_without_an_exact_decimal_is_said_to_ten_places() {
        // 830 / 12 = 69.1666…; 8.33333333% of 830 is 69.16666664
        Answer a = ask("what check buys a clean 1/12 of openai at the 830 post");
        assertEquals("69.166667", Results.value(a, "investment", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("no exact decimal")), a.notes().toString());
    }

    @Test
    void a_date_is_no_fraction() { // a guard: passes before and after
        // 50 / 1000 = 5%; "3/14" is the review's date
        Answer a = ask("for the 3/14 board review - stake at a 1t post?");
        assertEquals("0.050000", Results.value(a, "stake", 6), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("3/14")), a.notes().toString());
    }
}
