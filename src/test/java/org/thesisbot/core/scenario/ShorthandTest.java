package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    })
    void slack_shorthand_is_spelled_out(String typed, String read) {
        assertEquals(read, shorthand.expand(typed));
    }
}
