package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thesisbot.config.LexiconLoader;

class ShorthandTest {
    private final Shorthand shorthand = new Shorthand(new LexiconLoader().load(Path.of("config/lexicon.yaml")).shorthand());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "capex share and y is that so high       | capex share and why is that so high",
            "any qs i should ask                     | any questions i should ask",
            "bull opm?                               | bull operating margin?",
            "irr over 5y                             | irr over 5 years",
            "stake at y = 2                          | stake at y = 2",
            "is the A W S piece working              | is the AWS piece working",
            "O A I valuation                         | OpenAI valuation",
            "a b c stays as typed                    | a b c stays as typed",
            "backsolve the exit for a 3x             | what exit for a 3x",
            "back out the margin that gets 30b       | what margin that gets 30b",
            "revised to USD 150 billion              | revised to $150 billion",
            "a w s revenue comma per year            | AWS revenue, per year",
            "900 Md$ pre-money                       | 900 billion pre-money",
            "hold the participation 7 ans            | hold the stake 7 years",
            // a relayed question's source and a message's frame go; a period before a colon stays
            "From the offsite: what is the risk?     | what is the risk?",
            "from 2026 to 2028: aws revenue?         | from 2026 to 2028: aws revenue?",
            "RFI: bull exit? v/r, Mike               | bull exit?",
            "Copy. Follow-on: rerun at 45% margin.   | rerun at 45% margin.",
            "thanks                                  | thanks",
    })
    void slack_shorthand_is_spelled_out(String typed, String read) {
        assertEquals(read, shorthand.expand(typed));
    }

    @org.junit.jupiter.api.Test
    void a_replacement_that_would_fail_a_question_stops_start_up() {
        // "$" alone is a group reference without its number: it used to fail the first question its rule matched
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Shorthand(java.util.List.of(new org.thesisbot.core.lexicon.Lexicon.Rewrite("\\busd ?(?=\\d)", "$"))));
        assertTrue(e.getMessage().contains("rule 1") && e.getMessage().contains("\\$"), e.getMessage());
        // a group the rule does not have
        assertThrows(IllegalArgumentException.class,
                () -> new Shorthand(java.util.List.of(new org.thesisbot.core.lexicon.Lexicon.Rewrite("(a)b", "$2"))));
        // a group it has is fine
        assertEquals("xa!", new Shorthand(java.util.List.of(new org.thesisbot.core.lexicon.Lexicon.Rewrite("(a)b", "x$1"))).expand("ab!"));
    }
}
