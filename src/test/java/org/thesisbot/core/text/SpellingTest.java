package org.thesisbot.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thesisbot.config.LexiconLoader;
import org.thesisbot.core.lexicon.Lexicon;

class SpellingTest {
    private static final Lexicon LEXICON = new LexiconLoader().load(Path.of("config/lexicon.yaml"));
    private final Spelling spelling = new Spelling(LEXICON.spelling().terms(), LEXICON.spelling().protectedWords());

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "what about reveune           | what about revenue",
            "aws opertaing margin in bull | aws operating margin in bull",
            "if the investmnet doubles    | if the investment doubles",
            "stake at a 1 trilion post    | stake at a 1 trillion post",
            "Anthropci commitment?        | anthropic commitment?",
    })
    void one_keystroke_typos_of_the_terms_are_mended(String typed, String read) {
        assertEquals(read, spelling.mend(typed).text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "is that revenge for the anthropic deal",
            "an evaluation of the round",
            "sending the term sheet",
            "a million dollars",
            "invented numbers",
            "the computer says no",
            "state of the deal",
    })
    void real_words_and_short_words_are_left_alone(String text) {
        Spelling.Result r = spelling.mend(text);
        assertEquals(text, r.text());
        assertTrue(r.mends().isEmpty());
    }

    @Test
    void with_a_dictionary_the_terms_can_be_a_whole_vocabulary_and_no_real_word_is_mended() {
        java.util.Set<String> english = Set.of("whose", "whole", "those", "negative");
        Spelling wide = new Spelling(Set.of("whole", "negative", "underwater"), Set.of(), english::contains);
        assertEquals("turns negative", wide.mend("turns negtaive").text());
        assertEquals("20bn underwater", wide.mend("20bn underwtaer").text());
        assertEquals("whose reaction", wide.mend("whose reaction").text()); // a real word, one keystroke from "whole"
        assertEquals(List.of(new Spelling.Mend("negtaive", "negative")), wide.mend("negtaive").mends());
    }

    @Test
    void a_word_as_near_two_terms_is_left_alone() {
        Spelling two = new Spelling(Set.of("capture", "rapture"), Set.of());
        assertEquals("xapture", two.mend("xapture").text()); // one keystroke from both
        assertEquals(List.of(new Spelling.Mend("cpature", "capture")), two.mend("cpature").mends());
        // of two terms as near, the one with the very letters typed, two of them swapped, is the slip
        Spelling assume = new Spelling(Set.of("assume", "assumed"), Set.of());
        assertEquals("rate assumed", assume.mend("rate assumde").text());
        // of two terms as near, the only real word is meant: a ticker or a pattern's stem is a term, not a word
        Set<String> real = Set.of("amazon", "capture", "rapture");
        Spelling ticker = new Spelling(Set.of("amazon", "amzn", "capture", "rapture"), Set.of(), real::contains);
        assertEquals("why is amazon backing it", ticker.mend("why is amazn backing it").text());
        assertEquals("xapture", ticker.mend("xapture").text()); // two real words as near: still left alone
    }

    @Test
    void one_keystroke_is_one_letter_added_dropped_changed_or_two_neighbours_swapped() {
        assertTrue(Spelling.oneKeystroke("revenue", "reveune"));
        assertFalse(Spelling.oneKeystroke("revenue", "reveuen"));
        assertTrue(Spelling.oneKeystroke("margin", "margins"));
        assertTrue(Spelling.oneKeystroke("margin", "marign"));
        assertTrue(Spelling.oneKeystroke("margin", "margon"));
        assertTrue(Spelling.oneKeystroke("margin", "magin"));
        assertFalse(Spelling.oneKeystroke("margin", "mrgn"));
        assertFalse(Spelling.oneKeystroke("margin", "margin"));
    }
}
