package org.thesisbot.eval;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Question;

/**
 * A developer's probe, not a check: {@code mvn -q test -Dtest=AskDebugTest -Dask="q1|q2|…"} asks the questions
 * in one thread of the real offline brain ("||" starts another thread) and prints each answer with its routing cues. Skipped otherwise.
 */
class AskDebugTest {
    @Test
    void ask() {
        String questions = System.getProperty("ask");
        Assumptions.assumeTrue(questions != null && !questions.isBlank(), "set -Dask to use this probe");
        for (String conversation : questions.split("\\|\\|")) { // "a|b||c": a and b in one thread, c in another
            String thread = "debug:" + System.nanoTime();
            for (String q : conversation.split("\\|")) {
                Answer a = TestBrains.offline().assistant().ask(new Question(q.trim(), thread, "debug", "test"));
            System.out.println("\n>>> " + q.trim() + "\n" + a.decision() + "\n" + a.text() + "\nresults: "
                    + a.results().stream().map(r -> r.metric() + "(" + r.scenario() + ")=" + r.value()).toList()
                    + (a.clarify().isEmpty() ? "" : "\nclarify: " + a.clarify()));
            }
        }
    }
}
