package org.thesisbot.core.grounding;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.RecordingListener;

class GuardedStreamTest {
    private static ScoredPassage passage(int paragraph, String text) {
        return new ScoredPassage(new Passage("doc#p" + paragraph + ".1", "doc", "Doc", paragraph, 1, text), 0.9, 0.9, 0);
    }

    private static final WriteRequest REQUEST = new WriteRequest("What did Amazon commit?", List.of(
            passage(2, "Amazon has an $8 billion investment and an $11 billion data center campus in Indiana."),
            passage(5, "Amazon has forecast capital expenditures to reach $125 billion for 2026. A $50 billion investment "
                    + "would consume a massive 40% of that annual spending plan.")), List.of());

    private static final String ANSWER = "Capex reaches $125 billion for 2026 [2]. Amazon invested $13 billion [1]. "
            + "Amazon has an $8 billion investment. [1] The $50 billion would be 40% of that plan [2][1].\n\n"
            + "- Amazon built an $11 billion campus in Indiana [1].\n- An uncited claim.\n"
            + "The sources don't say when the campus opens.";

    private final RecordingListener listener = new RecordingListener();

    private GuardedStream.Result stream(String text, int pieceLength) {
        GuardedStream s = new GuardedStream(new GroundingGuard(), REQUEST, listener);
        for (int i = 0; i < text.length(); i += pieceLength) {
            s.append(text.substring(i, Math.min(text.length(), i + pieceLength)));
        }
        return s.finish();
    }

    @ParameterizedTest(name = "pieces of {0} characters")
    @ValueSource(ints = {1, 2, 3, 5, 7, 11, 1000})
    void streaming_in_any_pieces_gives_the_same_validated_answer(int pieceLength) {
        GuardedStream.Result r = stream(ANSWER, pieceLength);
        assertAll(
                () -> assertEquals("Capex reaches $125 billion for 2026 [1]. Amazon has an $8 billion investment. [2] "
                        + "The $50 billion would be 40% of that plan [1][2].\n\n- Amazon built an $11 billion campus in "
                        + "Indiana [2].\nThe sources don't say when the campus opens.", r.shown()),
                () -> assertEquals(r.shown(), String.join("", listener.chunks())),
                () -> assertEquals(Map.of(2, 1, 1, 2), r.renumber()),
                () -> assertEquals(List.of(GroundingGuard.Kind.UNSUPPORTED_NUMBER, GroundingGuard.Kind.UNCITED),
                        r.repairs().stream().map(GroundingGuard.Repair::kind).toList()),
                () -> assertFalse(r.noCoverage()));
    }

    @Test
    void a_sentence_is_passed_on_as_soon_as_the_next_one_begins() {
        GuardedStream s = new GuardedStream(new GroundingGuard(), REQUEST, listener);
        s.append("Capex reaches $125 billion for 2026 [2].");
        assertTrue(listener.chunks().isEmpty(), "a marker could still follow");
        s.append(" Amazon");
        assertEquals(List.of("Capex reaches $125 billion for 2026 [1]."), listener.chunks());
        s.append(" has an $8 billion investment.");
        s.append(" [1]");
        assertEquals(1, listener.chunks().size());
        s.finish();
        assertEquals(List.of("Capex reaches $125 billion for 2026 [1].", " Amazon has an $8 billion investment. [2]"), listener.chunks());
    }

    @Test
    void rejected_sentences_never_reach_the_listener() {
        stream(ANSWER, 4);
        String all = String.join("", listener.chunks());
        assertAll(
                () -> assertFalse(all.contains("$13 billion")),
                () -> assertFalse(all.contains("uncited claim")));
    }

    @Test
    void an_answer_that_only_says_the_sources_do_not_cover_it_shows_nothing() {
        GuardedStream.Result r = stream("The sources don't cover that.", 3);
        assertAll(
                () -> assertTrue(r.noCoverage()),
                () -> assertEquals("", r.shown()),
                () -> assertTrue(listener.chunks().isEmpty()),
                () -> assertEquals("The sources don't cover that.", r.original()));
    }

    @Test
    void appends_after_finish_are_ignored() {
        GuardedStream s = new GuardedStream(new GroundingGuard(), REQUEST, listener);
        s.append("Capex reaches $125 billion for 2026 [2].");
        GuardedStream.Result r = s.finish();
        s.append(" Amazon has an $8 billion investment [1].");
        assertEquals(r.shown(), String.join("", listener.chunks()));
        assertEquals(1, listener.chunks().size());
    }
}
