package org.thesisbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;

/** How the harness scores a narrative answer: leniently (the answering sentence cited first) and strictly (and no hedge). */
class EvalRunTest {
    private static final String SENTENCE = "The harbour crane order was doubled to secure berths before winter.";

    @Test
    void a_hedge_that_quotes_the_answering_sentence_is_right_leniently_and_wrong_strictly() {
        EvalRun.Outcome o = scored(narrative("why the crane order grew", "doubled to secure berths"),
                "The sources don't say \"why the crane order grew\" directly; the closest they come:\n" + SENTENCE + " [1]");
        assertEquals(Boolean.TRUE, o.narrativeOk());
        assertTrue(o.hedged());
        assertEquals(Boolean.FALSE, o.narrativeStrict());
        assertTrue(o.right()); // the lenient outcome still drives thread turns and the miss list's "right"
        assertTrue(EvalRun.failures(List.of(o)).contains("hedged"));
    }

    @Test
    void a_plain_answer_citing_the_answering_sentence_is_right_both_ways() {
        EvalRun.Outcome o = scored(narrative("why the crane order grew", "doubled to secure berths"), SENTENCE + " [1]");
        assertEquals(Boolean.TRUE, o.narrativeOk());
        assertFalse(o.hedged());
        assertEquals(Boolean.TRUE, o.narrativeStrict());
        assertEquals("", EvalRun.failures(List.of(o)));
    }

    @Test
    void saying_not_covered_is_right_both_ways_for_a_question_the_sources_do_not_answer() {
        EvalCase c = new EvalCase("T1", "who runs the crane yard", "narrative", "narrative", null, 0, List.of(), List.of(),
                false, false, List.of(), true);
        EvalRun.Outcome o = scored(c, "The sources don't cover that. They cover a harbour's crane order.");
        assertEquals(Boolean.TRUE, o.narrativeOk());
        assertFalse(o.hedged());
        assertEquals(Boolean.TRUE, o.narrativeStrict());
    }

    @Test
    void the_report_prints_both_columns() {
        EvalRun.Outcome hedged = scored(narrative("why the crane order grew", "doubled to secure berths"),
                "The sources don't say that directly; the closest they come:\n" + SENTENCE + " [1]");
        EvalRun.Outcome plain = scored(narrative("why the crane order grew", "doubled to secure berths"), SENTENCE + " [1]");
        String report = EvalRun.report("t", List.of(hedged, plain));
        assertTrue(report.contains("ALL               2 100.0%       -         -       -       -  100.0%   50.0%"), report);
        assertTrue(report.contains("narrative: 2/2 cite the answering sentence first (narr); 1/2 also without a hedge (strict); "
                + "1 of 2 answerable questions hedged, 1 of them quoting the answering sentence first"), report);
    }

    private static EvalCase narrative(String q, String phrase) {
        return new EvalCase("T" + q.length(), q, "narrative", "narrative", null, 0, List.of(), List.of(), false, false,
                List.of(phrase), false);
    }

    private static EvalRun.Outcome scored(EvalCase c, String narrative) {
        Answer a = new Answer("q-0000000001", Route.NARRATIVE, narrative, narrative, List.of(),
                List.of(new Citation(1, "harbour", "Harbour note", 2, SENTENCE)), "extractive", List.of(),
                new RouteDecision(Route.NARRATIVE, 1.0, 0.5, List.of()));
        Assistant fixed = new Assistant() {
            @Override
            public Answer ask(Question question, AnswerListener listener) {
                return a;
            }

            @Override
            public Answer command(String text, String user) {
                return a;
            }

            @Override
            public boolean isInstant(String commandText) {
                return false;
            }
        };
        return new EvalRun(fixed).run(List.of(c)).get(0);
    }
}
