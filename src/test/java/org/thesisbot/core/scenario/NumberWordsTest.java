package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberWordsTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "eight hundred and thirty billion dollar valuation | 830 billion dollar valuation",
            "one hundred and twenty percent of it              | 120 percent of it",
            "a two-and-a-half times multiple                   | a 2.5 times multiple",
            "one and a half trillion                           | 1.5 trillion",
            "one point two five trillion                       | 1.25 trillion",
            "thirty-five billion dollars                       | 35 billion dollars",
            "sixty-five percent                                | 65 percent",
            "the full fifty-billion-dollar investment          | the full 50 billion dollar investment",
            "forty cents on the dollar                         | 40 cents on the dollar",
            "a trillion                                        | 1 trillion",
            "what does aws make a year                         | what does aws make a year",
            "one of the risks over five years                  | one of the risks over 5 years",
            "seven yrs                                         | 7 yrs",
            "two thousand billion                              | 2000 billion",
    })
    void number_words_with_a_unit_become_digits(String text, String expected) {
        assertEquals(expected.trim(), NumberWords.digits(text.trim()));
    }
}
