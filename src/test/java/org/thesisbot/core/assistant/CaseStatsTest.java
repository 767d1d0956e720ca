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
 * Statistics of a metric across the cases ({@link CaseStats}). In wordings of my own; values by hand (Python's decimal
 * module): the stake is worth 50 x 500 / 830, 50 and 50 x 1500 / 830 in bear, base and bull; mean 56.827309, squared
 * deviations over 3 and over 2 give 25.062622 and 30.695318; the multiples' geometric mean is (0.602410 x 1 x
 * 1.807229)^(1/3) = 1.028731 against an arithmetic 1.136546.
 */
class CaseStatsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void the_mean_and_the_deviation_are_numbers_not_a_question_for_the_sources() {
        Answer a = ask("our stake value in bear, base and bull: what are the mean and the population standard deviation?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertTrue(a.text().contains("mean $56.83B"), a.text());
        assertTrue(a.text().contains("population standard deviation $25.06B"), a.text());
        Answer b = ask("stake value across the three cases - mean and sample sd (n-1) please");
        assertTrue(b.text().contains("sample standard deviation $30.7B"), b.text());
    }

    @Test
    void the_geometric_mean_against_the_arithmetic_and_none_for_a_value_below_zero() {
        Answer a = ask("bear, base and bull moic: arithmetic and geometric mean, and the gap between them?");
        assertTrue(a.text().contains("geometric mean 1.03x"), a.text());
        assertTrue(a.text().contains("the arithmetic mean exceeds it by 0.11x"), a.text());
        Answer b = ask("geometric mean of the gain across bear, base and bull?");
        assertTrue(b.text().contains("no geometric mean (a value is zero or below)"), b.text());
    }
}
