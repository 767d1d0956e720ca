package org.thesisbot.core.grounding;

import org.thesisbot.core.lexicon.TestLexicons;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.RecordingListener;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Citation;

class GroundingTest {
    private static SourceLibrary library;
    private static LexicalRetriever retriever;

    private final AnswerWriter writer = mock(AnswerWriter.class);
    private RecordingTelemetry telemetry;
    private Grounding grounding;
    private final RecordingListener listener = new RecordingListener();

    @BeforeAll
    static void index() {
        library = GroundingFixtures.article();
        retriever = new LexicalRetriever(library.passages(), TestLexicons.real());
    }

    @BeforeEach
    void setUp() {
        telemetry = new RecordingTelemetry();
        when(writer.name()).thenReturn("llm:test");
        grounding = new Grounding(retriever, writer, new ExtractiveWriter(TestLexicons.real()), new GroundingGuard(), 4, 0.3,
                library.coverage(), telemetry);
    }

    private GroundedAnswer ask(String question) {
        return grounding.answer(question, grounding.retrieve(question), List.of(), listener);
    }

    @Test
    void retrieve_returns_top_k_best_first() {
        List<ScoredPassage> r = grounding.retrieve("What should investors watch after the deal?");
        assertEquals(4, r.size());
        for (int i = 1; i < r.size(); i++) {
            assertTrue(r.get(i - 1).score() >= r.get(i).score());
        }
    }

    @Test
    void below_the_threshold_the_answer_says_the_sources_do_not_cover_it_without_calling_the_writer() {
        GroundedAnswer a = ask("What's the weather in Paris?");
        assertAll(
                () -> assertFalse(a.covered()),
                () -> assertEquals("The sources don't cover that. " + library.coverage(), a.text()),
                () -> assertTrue(a.citations().isEmpty()),
                () -> assertEquals("none", a.answerer()),
                () -> assertEquals(a.text(), String.join("", listener.chunks())),
                () -> assertEquals(1, telemetry.count("thesisbot.grounding.uncovered")));
        verify(writer, never()).write(any(), any());
    }

    @Test
    void citations_are_renumbered_in_order_of_first_use_and_only_cited_passages_are_listed() {
        String q = "What should investors watch after the deal?";
        List<ScoredPassage> r = grounding.retrieve(q);
        Passage third = r.get(2).passage();
        Passage first = r.get(0).passage();
        String s3 = firstSentence(third);
        String s1 = firstSentence(first);
        when(writer.write(any(), any())).thenReturn(new Draft(s3 + " [3] " + s1 + " [1, 3]", "llm:test", List.of()));

        GroundedAnswer a = grounding.answer(q, r, List.of(), listener);

        assertAll(
                () -> assertTrue(a.covered()),
                () -> assertEquals(s3 + " [1] " + s1 + " [2][1]", a.text()),
                () -> assertEquals(List.of(
                        new Citation(1, third.document(), third.title(), third.paragraph(), s3, "AInvest",
                                java.time.LocalDate.of(2026, 2, 10), third.url()),
                        new Citation(2, first.document(), first.title(), first.paragraph(), s1, "AInvest",
                                java.time.LocalDate.of(2026, 2, 10), first.url())), a.citations()),
                () -> assertEquals("llm:test", a.answerer()),
                () -> assertEquals(a.text(), String.join("", listener.chunks()), "the listener gets exactly the validated text"),
                () -> assertEquals(0, telemetry.count("thesisbot.llm.fallbacks")));
    }

    @Test
    void a_draft_the_guard_empties_is_replaced_by_the_extractive_answer_and_counted() {
        when(writer.write(any(), any())).thenReturn(new Draft("Amazon wants to win. Nobody knows why [7].", "llm:test", List.of()));
        GroundedAnswer a = ask("What should investors watch after the deal?");
        assertAll(
                () -> assertTrue(a.covered()),
                () -> assertEquals("extractive", a.answerer()),
                () -> assertTrue(a.text().contains("[1]")),
                () -> assertEquals(List.of(
                        "The model's answer did not pass the citation check, so this answer is drawn directly from the sources.",
                        "Removed 1 sentence whose citation did not check out (a source it was not given, or one that does not say it).", "Removed 1 sentence that cited no source.",
                        ExtractiveWriter.LABEL), a.notes()),
                () -> assertEquals(1, telemetry.count("thesisbot.grounding.repairs", "kind", "uncited")),
                () -> assertEquals(1, telemetry.count("thesisbot.grounding.repairs", "kind", "bad_citation")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.fallbacks")),
                () -> assertEquals(a.text(), String.join("", listener.chunks()), "only the validated answer reaches the listener"));
    }

    @Test
    void a_writer_that_throws_still_gets_an_extractive_answer() {
        when(writer.write(any(), any())).thenThrow(new IllegalStateException("boom"));
        GroundedAnswer a = ask("What should investors watch after the deal?");
        assertAll(
                () -> assertEquals("extractive", a.answerer()),
                () -> assertTrue(a.notes().contains("The answer writer failed, so this answer is drawn directly from the sources.")),
                () -> assertFalse(a.text().contains("boom")),
                () -> assertEquals(1, telemetry.count("thesisbot.llm.fallbacks")));
    }

    @Test
    void writer_chunks_never_reach_the_listener_unvalidated() {
        when(writer.write(any(), any())).thenAnswer(inv -> {
            AnswerListener l = inv.getArgument(1);
            l.status("Asking the model…");
            l.chunk("Amazon invested $13 billion [1].");
            return new Draft("Amazon invested $13 billion [1].", "llm:test", List.of());
        });
        GroundedAnswer a = ask("How much has Amazon invested in Anthropic?");
        assertAll(
                () -> assertFalse(listener.chunks().stream().anyMatch(c -> c.contains("$13 billion")), listener.chunks().toString()),
                () -> assertTrue(listener.statuses().contains("Asking the model…")),
                () -> assertEquals(a.text(), String.join("", listener.chunks())));
    }

    @Test
    void an_empty_or_blank_question_is_a_bad_question() {
        assertAll(
                () -> assertThrows(BadQuestionException.class, () -> grounding.answer("", List.of(), List.of(), listener)),
                () -> assertThrows(BadQuestionException.class, () -> grounding.answer("  \n\t ", List.of(), List.of(), listener)),
                () -> assertTrue(grounding.retrieve("   ").isEmpty()));
    }

    @Test
    void a_10000_character_question_is_refused_with_a_clear_message() {
        String longQuestion = "Why would Amazon invest in OpenAI? ".repeat(300).substring(0, 10_000);
        BadQuestionException e = assertThrows(BadQuestionException.class, () -> grounding.retrieve(longQuestion));
        assertEquals("That question is 10,000 characters long; the limit is 2,000. Please shorten it.", e.getMessage());
        assertThrows(BadQuestionException.class, () -> grounding.answer(longQuestion, List.of(), List.of(), listener));
        verify(writer, never()).write(any(), any());
    }

    @Test
    void the_question_limit_is_configurable() {
        Grounding g = new Grounding(retriever, writer, new ExtractiveWriter(TestLexicons.real()), new GroundingGuard(), 4, 0.3,
                library.coverage(), telemetry, 20);
        BadQuestionException e = assertThrows(BadQuestionException.class, () -> g.retrieve("What are the risks of the deal?"));
        assertTrue(e.getMessage().contains("the limit is 20"), e.getMessage());
    }

    private static String firstSentence(Passage p) {
        String t = p.text();
        return t.substring(0, t.indexOf(". ") + 1);
    }
}
