package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class WordNetTest {
    private final WordNet wordNet = WordNet.shared();

    @Test
    void a_derivation_or_a_word_of_the_sources_most_frequent_sense_is_a_synonym() {
        assertAll(
                () -> assertEquals(WordNet.Relation.SYNONYM, wordNet.relation("silent", "silence")),
                () -> assertEquals(WordNet.Relation.SYNONYM, wordNet.relation("weaken", "undermine")),
                () -> assertEquals(WordNet.Relation.SAME, wordNet.relation("strengthened", "strengthening")));
    }

    @Test
    void antonyms_and_antonyms_of_derivations_are_opposites_and_unrelated_words_are_not_related() {
        assertAll(
                () -> assertEquals(WordNet.Relation.OPPOSITE, wordNet.relation("strengthening", "weaken")),
                () -> assertEquals(WordNet.Relation.OPPOSITE, wordNet.relation("high", "low")),
                () -> assertEquals(WordNet.Relation.NONE, wordNet.relation("partner", "indiana")),
                () -> assertEquals(WordNet.Relation.NONE, wordNet.relation("xqzzv", "investment")));
    }

    @Test
    void a_word_it_cannot_read_is_unknown_not_an_error() {
        assertAll(
                () -> assertFalse(wordNet.info("").known()),
                () -> assertFalse(wordNet.info("$50").known()),
                () -> assertFalse(wordNet.info("a".repeat(500)).known()));
    }
}
