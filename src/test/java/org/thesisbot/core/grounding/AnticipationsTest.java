package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.AnswerListener;

/** Anticipated questions: matched to the library's sentences by their words, and weighed when choosing the answer. */
class AnticipationsTest {
    private static final String CLOSE = "The deal, expected to close by the end of the first quarter, will test Amazon.";
    private static final String SAID = "Anything said on their side would be quoted in the filing.";
    private static final String SILENCE = "For now, the silence from the partner is notable.";

    private static SourceLibrary library(Map<String, List<String>> anticipated) {
        return SourceLibrary.of(List.of(new SourceDocument("memo", "A memo", "Internal research", LocalDate.of(2026, 3, 1),
                "https://wiki.example.com/memo", "md", List.of(CLOSE + " " + SILENCE + " " + SAID), anticipated)));
    }

    @Test
    void entries_match_the_cleaned_sentence_by_their_words_and_entries_for_gone_sentences_are_listed() {
        Anticipations a = library(Map.of(
                "The deal,  expected to close by the end of the first quarter, will test AmazonAMZN--.", List.of("whats the make-or-break date"),
                "A sentence the memo no longer has.", List.of("anything"))).anticipations();
        assertAll(
                () -> assertEquals(List.of("whats the make-or-break date"), a.questions(CLOSE)),
                () -> assertEquals(List.of(), a.questions(SILENCE)),
                () -> assertEquals(List.of("memo: A sentence the memo no longer has."), a.unmatched()),
                () -> assertEquals(List.of("whats the make-or-break date"), a.all()));
    }

    @Test
    void a_question_worded_like_an_anticipated_one_gets_that_sentence_first_even_when_another_shares_its_words() {
        String q = "has anyone on their side said anything yet";
        SourceLibrary without = library(Map.of());
        SourceLibrary with = library(Map.of(SILENCE, List.of("has anyone on the partner's side said anything yet", "are they staying quiet")));
        assertAll(
                () -> assertTrue(first(without, q).startsWith("Anything said"), first(without, q)),
                () -> assertTrue(first(with, q).startsWith("For now, the silence"), first(with, q)));
    }

    private static String first(SourceLibrary library, String question) {
        ExtractiveWriter writer = new ExtractiveWriter(null, SourceVocabulary.of(library.passages()),
                org.thesisbot.core.lexicon.TestLexicons.real(), library.anticipations());
        List<ScoredPassage> passages = List.of(new ScoredPassage(library.passages().get(0), 1, 1, 0));
        return writer.write(new WriteRequest(question, passages, List.of()), AnswerListener.NONE).text();
    }
}
