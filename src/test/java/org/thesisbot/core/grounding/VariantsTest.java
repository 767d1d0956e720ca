package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hyphenation, plural, case and spelling variants give the same index terms, and the vocabulary knows them. */
class VariantsTest {
    @Test
    void hyphenated_and_spaced_compounds_give_the_same_terms() {
        assertAll(
                () -> assertEquals(Terms.of("non-negotiable"), Terms.of("non negotiable")),
                () -> assertEquals(Terms.of("S-curve"), Terms.of("s curve")),
                () -> assertEquals(Terms.of("make-or-break date"), Terms.of("make or break date")),
                () -> assertEquals(Terms.of("first-principles play"), Terms.of("First Principles play")));
    }

    @Test
    void plurals_and_case_give_the_same_terms() {
        assertAll(
                () -> assertEquals(Terms.of("red flag"), Terms.of("Red Flags")),
                () -> assertEquals(Terms.of("data center"), Terms.of("Data Centers")),
                () -> assertEquals(Terms.of("strategies"), Terms.of("strategy")));
    }

    @Test
    void british_spellings_match_american_ones() {
        assertAll(
                () -> assertEquals(Terms.of("data centres"), Terms.of("data centers")),
                () -> assertEquals(Terms.of("colour"), Terms.of("color")),
                () -> assertEquals(Terms.of("favourite behaviour"), Terms.of("favorite behavior")),
                () -> assertEquals(Terms.of("realise"), Terms.of("realize")),
                () -> assertEquals(Terms.of("organisations"), Terms.of("organizations")),
                () -> assertEquals(Terms.of("analyse"), Terms.of("analyze")),
                () -> assertEquals(Terms.of("modelled"), Terms.of("modeled")),
                () -> assertEquals(Terms.of("defence"), Terms.of("defense")),
                () -> assertEquals(Terms.of("catalogue"), Terms.of("catalog")),
                () -> assertEquals(Terms.of("metre"), Terms.of("meter")));
    }

    @Test
    void words_that_only_look_british_stay_apart_from_other_words() {
        assertAll(
                () -> assertFalse(Terms.of("four").equals(Terms.of("for"))),
                () -> assertFalse(Terms.of("hour").equals(Terms.of("hor"))),
                () -> assertEquals(List.of("small"), Terms.of("small")),
                () -> assertEquals(List.of("tour"), Terms.of("tour")));
    }

    @Test
    void the_vocabulary_knows_variants_of_the_words_the_sources_use() {
        SourceVocabulary v = SourceVocabulary.of(GroundingFixtures.article().passages());
        assertAll(
                () -> assertTrue(v.knows("Centres"), "centres for centers"),
                () -> assertTrue(v.knows("Flags"), "flags for flag"),
                () -> assertTrue(v.knows("non-negotiable")),
                () -> assertTrue(v.knows("Anthropic's")),
                () -> assertTrue(v.knows("ANTHROPIC")),
                () -> assertFalse(v.knows("Microsoft")),
                () -> assertFalse(v.knows("Trainium")),
                () -> assertFalse(v.knows("")));
    }
}
