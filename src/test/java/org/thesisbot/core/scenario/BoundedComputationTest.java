package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * Issue 10, item 1: no input makes the scenario core compute for long. Before, "irr bull over 0.000001
 * years" took 17.7 CPU-seconds (a 255,000-digit number being printed). The speed itself is measured in
 * bench/hardening.sh; here every nasty input must end in a clear message or a bounded answer (the
 * timeouts below only stop a regression from hanging the build, they are not speed targets).
 */
class BoundedComputationTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    private final Calculator calc = new Calculator(TestModels.real());

    @Test
    void irr_over_a_millionth_of_a_year_is_refused_with_the_range() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> assertTimeoutPreemptively(HANG,
                () -> calc.compute(Metric.IRR, "bull", Map.of("holding_years", new BigDecimal("0.000001")))));
        assertEquals("Years until the stake is valued (holding_years) must be at least 0.1 years (about five weeks; got 0.000001)",
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "irr bull holding_years=0.000001             | must be at least 0.1 years",
            "irr bull holding_years=0.0000001            | must be at least 0.1 years",
            "irr holding_years=1000                      | must be at most 100 years (got 1,000)",
            "stake investment=0.0000001                  | must be at least $1M (got $0M)",
            "moic post_money_valuation=0.00001           | must be at least $1M (got $0.01M)",
            "moic exit_valuation=100000000               | beyond any plausible amount",
    })
    void nasty_slash_command_values_get_a_clear_message(String command, String fragment) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> assertTimeoutPreemptively(HANG, () -> new CommandGrammar(TestModels.real()).parse(command)));
        assertTrue(e.getMessage().contains(fragment), command + " -> " + e.getMessage());
    }

    @Test
    void the_questions_from_the_issue_are_answered_with_the_range_not_computed_for_minutes() {
        var brain = TestBrains.offline().assistant();
        for (String q : new String[] {"irr bull over 0.000001 years", "irr bull over 0.0000001 years",
                "what is the IRR if OpenAI is worth $1,000T over 0.1 years with a $1M valuation today?"}) {
            Answer a = assertTimeoutPreemptively(HANG, () -> brain.ask(Question.of(q)));
            assertTrue(a.text().length() < 3000, q + " -> a bounded reply");
            assertTrue(!a.text().contains("E+") && !a.text().contains("E-"), q + " -> " + a.text());
        }
        Answer a = brain.ask(Question.of("irr bull over 0.000001 years"));
        assertTrue(a.text().contains("Reading 0.000001 years as"), "the reading names the figure as given: " + a.text());
        assertTrue(a.text().startsWith("I can't compute that: Years until the stake is valued (holding_years) must be at least 0.1 years"),
                a.text());
        InvalidInputException c = assertThrows(InvalidInputException.class,
                () -> assertTimeoutPreemptively(HANG, () -> brain.command("irr bull holding_years=0.000001", null)));
        assertTrue(c.getMessage().contains("must be at least 0.1 years"), c.getMessage());
    }

    @Test
    void the_largest_irr_the_ranges_allow_is_computed_exactly_and_shown_in_scientific_form() {
        // a $1M stake bought at a $1M valuation and sold at $1,000T: 10^9x; over 0.1 years, (10^9)^10 - 1
        MetricResult r = assertTimeoutPreemptively(HANG, () -> calc.compute(Metric.IRR, "base", Map.of(
                "investment", new BigDecimal("0.001"), "post_money_valuation", new BigDecimal("0.001"),
                "exit_valuation", new BigDecimal("1000000"), "holding_years", new BigDecimal("0.1"))));
        assertEquals(new BigDecimal("1e90").setScale(0), r.value());
        assertEquals("1000000000.00x^(1/0.1) - 1 = 1×10^92%", r.formula());
        MetricResult m = calc.compute(Metric.MOIC, "base", Map.of("investment", new BigDecimal("0.001"),
                "post_money_valuation", new BigDecimal("0.001"), "exit_valuation", new BigDecimal("1000000")));
        assertEquals(new BigDecimal("1000000000"), m.value());
        assertEquals("$1,000T / $1M = 1000000000.00x", m.formula());
    }

    @Test
    void powers_beyond_ten_to_the_200_are_refused_before_they_are_computed() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> assertTimeoutPreemptively(HANG,
                () -> BigMath.pow(new BigDecimal("3"), new BigDecimal("1000000"))));
        assertTrue(e.getMessage().contains("beyond 10^200"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> BigMath.pow(new BigDecimal("3"), new BigDecimal("-1000000")));
        // just inside the bound: 10^199
        assertEquals(0, new BigDecimal("1e199").compareTo(BigMath.pow(BigDecimal.TEN, new BigDecimal("199")).round(BigMath.RESULT)));
    }

    @Test
    void a_question_of_hundreds_of_figures_is_refused_before_anything_reads_it() {
        var brain = TestBrains.offline().assistant();
        String ranges = "9..".repeat(600);
        org.thesisbot.core.api.BadQuestionException e = assertThrows(org.thesisbot.core.api.BadQuestionException.class,
                () -> assertTimeoutPreemptively(HANG, () -> brain.ask(Question.of("what stake at " + ranges))));
        assertEquals("That question holds 600 figures (numbers, or fractions in words such as \"half\"); I read at most 24 "
                + "in one question. Please split it into smaller questions.", e.getMessage());
        assertThrows(org.thesisbot.core.api.BadQuestionException.class, () -> brain.command("grid irr " + ranges, null));
        assertEquals(1, org.thesisbot.core.api.QuestionText.figures("$9,999,999.50 and nothing else"));
        assertEquals(5, org.thesisbot.core.api.QuestionText.figures("9,9,9,9,9"), "not thousands separators");
        assertEquals(3, org.thesisbot.core.api.QuestionText.figures("moic for exit valuations from $500B to $2T in steps of $250B"));
        // a real grid question is still answered
        Answer grid = brain.ask(Question.of("IRR by exit valuation from $500B to $2T and holding years from 3 to 7"));
        assertTrue(!grid.text().startsWith("That question holds"), grid.text());
    }

    @Test
    void a_figure_longer_than_any_amount_is_refused_in_words() {
        var brain = TestBrains.offline().assistant();
        // issue 10's 1,931-digit valuation (each reader read it, over a second of CPU in all)
        String q = "what stake does $50B buy at $" + "9".repeat(1900) + "B?";
        org.thesisbot.core.api.BadQuestionException e = assertThrows(org.thesisbot.core.api.BadQuestionException.class,
                () -> assertTimeoutPreemptively(HANG, () -> brain.ask(Question.of(q))));
        assertEquals("That question holds a figure of 1,900 digits; I read figures of at most 30 digits before the decimal point."
                + " Please write it shorter"
                + " (\"$2T\", \"1.5 trillion\").", e.getMessage());
        // decimals are precision, not size: a reading offered back with 34 of them is read
        assertTrue(org.thesisbot.core.api.QuestionText.tooLongFigure("stake with an exit of $1171.673819742489270386266094420600858369bn") == null);
        // thirty digits, with thousands commas, are a figure like any other (too big a valuation, said so by the model's bounds)
        assertTrue(org.thesisbot.core.api.QuestionText.tooLongFigure("stake at a $999,999,999,999,999,999,999,999,999,999B post") == null);
    }

    @Test
    void fractions_in_words_count_as_figures_so_half_of_half_of_half_is_refused_before_it_is_read() {
        var brain = TestBrains.offline().assistant();
        String halves = "what stake does $50B buy at " + "half of ".repeat(240); // issue 10's slowest input, 1,948 characters
        org.thesisbot.core.api.BadQuestionException e = assertThrows(org.thesisbot.core.api.BadQuestionException.class,
                () -> assertTimeoutPreemptively(HANG, () -> brain.ask(Question.of(halves))));
        assertEquals("That question holds 241 figures (numbers, or fractions in words such as \"half\"); I read at most 24 "
                + "in one question. Please split it into smaller questions.", e.getMessage());
        assertThrows(org.thesisbot.core.api.BadQuestionException.class,
                () -> brain.ask(Question.of("moic if oai is worth " + "Half of ".repeat(30) + "830")));
        assertEquals(4, org.thesisbot.core.api.QuestionText.figures("a third, a quarter, twice, then HALF"));
        assertEquals(0, org.thesisbot.core.api.QuestionText.figures("behalf of the thirdparty, doubleclick"), "whole words only");
        // a real question with a fraction in words is still read and answered: half of $830B is $415B
        Answer half = brain.ask(Question.of("moic if oai is worth half of 830"));
        assertTrue(!half.text().startsWith("That question holds"), half.text());
        assertTrue(half.text().contains("415"), half.text());
    }
}
