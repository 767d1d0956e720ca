package org.thesisbot.core.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MagnitudeWordsTest {
    @Test
    void the_committed_table_is_what_the_jdks_cldr_says() throws IOException {
        assertEquals(MagnitudeWordsSource.lines(MagnitudeWordsSource.fromCldr()),
                Files.readAllLines(Path.of("src/main/resources/org/thesisbot/core/reading/magnitude-words.tsv"), StandardCharsets.UTF_8),
                "regenerate magnitude-words.tsv with MagnitudeWordsSource (see its doc)");
    }

    @Test
    void figures_with_another_languages_size_word_become_powers_of_ten() {
        assertEquals("stake at 1.2e12 post?", MagnitudeWords.spell("stake at 1,2 трлн post?"));
        assertEquals("exit 1150e9", MagnitudeWords.spell("exit 1.150 Milliarden"));
        assertEquals("a 830e9 post", MagnitudeWords.spell("a 830 milyar post"));
        assertEquals("900e9 dollars", MagnitudeWords.spell("900 tỷ dollars"));
        assertEquals("$50e9 check", MagnitudeWords.spell("$50 млрд check"));
    }

    @Test
    void english_keeps_its_meaning_and_its_words() {
        // French "billion" and "Bn" are 10^12; English's 10^9 wins, and the reader reads "bn" itself
        assertEquals("a 50 billion check", MagnitudeWords.spell("a 50 billion check"));
        assertEquals("a 50bn check", MagnitudeWords.spell("a 50bn check"));
        // a word English has is not a size word after a figure ("5 mill", "10 min", "2 bin")
        assertEquals("wait 10 min", MagnitudeWords.spell("wait 10 min"));
        assertFalse(MagnitudeWords.words().containsKey("bn"));
        // a word two languages size differently and English does not use is left out ("bilion": 10^9 in Malay, 10^12 in Breton)
        assertFalse(MagnitudeWords.words().containsKey("bilion"));
        assertEquals(12, MagnitudeWords.words().get("трлн"));
    }
}
