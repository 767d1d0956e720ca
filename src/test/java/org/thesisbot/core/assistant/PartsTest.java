package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;

class PartsTest {
    private static Answer answer(Route route, String text, List<Citation> citations, String cue) {
        return new Answer("q-1", route, text, citations.isEmpty() ? null : text, List.of(), citations, "extractive", List.of("a note"),
                new RouteDecision(route, 0.9, -1, List.of(cue)));
    }

    @Test
    void parts_are_numbered_and_their_citations_numbered_on() {
        Answer one = answer(Route.NARRATIVE, "Compute is the point [1], and the loop [2].",
                List.of(new Citation(1, "d", "T", 1, "q1"), new Citation(2, "d", "T", 2, "q2")), "a");
        Answer two = answer(Route.NARRATIVE, "The close is the test [1]; [7] is not a marker of it.", List.of(new Citation(1, "d", "T", 5, "q5")), "b");
        Answer both = Parts.combine("q-2", List.of(one, two));
        assertEquals("*1)* Compute is the point [1], and the loop [2].\n\n*2)* The close is the test [3]; [7] is not a marker of it.",
                both.text());
        assertEquals(List.of(1, 2, 3), both.citations().stream().map(Citation::n).toList());
        assertEquals(5, both.citations().get(2).paragraph());
        assertEquals(List.of("a note"), both.notes()); // said once
        assertEquals(List.of("part 1: a", "part 2: b"), both.decision().cues());
        assertEquals(Route.NARRATIVE, both.route());
    }

    @Test
    void numbers_and_words_together_are_mixed() {
        Answer n = answer(Route.NUMERIC, "*Stake: 6.02%*", List.of(), "n");
        Answer w = answer(Route.NARRATIVE, "Because [1].", List.of(new Citation(1, "d", "T", 1, "q")), "w");
        assertEquals(Route.MIXED, Parts.combine("q-3", List.of(n, w)).route());
        assertEquals(Route.NUMERIC, Parts.combine("q-4", List.of(n, n)).route());
    }
}
