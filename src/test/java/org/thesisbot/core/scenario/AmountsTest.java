package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How figures written the European way are spelled before they are read. */
class AmountsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "post money is 1 200 billion           | post money is 1200 billion",
            "put 35 000 million only                | put 35000 million only",
            "exit 1\u202F500 bn                     | exit 1500 bn",
            "exit at 1,25 trillion                  | exit at 1.25 trillion",
            "1,5T post                              | 1.5t post",
            "margin 35,5%                           | margin 35.5%",
            "a 1,200bn exit                         | a 1,200bn exit",
            "years 2025 2029 and 5 100 questions    | years 2025 2029 and 5 100 questions",
            "stakes of 1,2 and 3                    | stakes of 1,2 and 3",
    })
    void thousands_set_apart_by_spaces_and_decimal_commas_are_read_as_numbers(String typed, String read) {
        assertEquals(read, Amounts.normalise(typed));
    }
}
