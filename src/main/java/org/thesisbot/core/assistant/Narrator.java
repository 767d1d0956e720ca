package org.thesisbot.core.assistant;

import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Citation;

import java.util.List;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.api.MetricResult;

/** Port: narrative answers grounded in the source documents (retrieval + answer writer + guard). */
public interface Narrator {
    /** The most relevant passages, best first (their top score feeds the router). */
    List<ScoredPassage> retrieve(String question);

    /** A cited answer from those passages; numbers of a mixed answer are allowed in the text. */
    Narrative answer(String question, List<ScoredPassage> retrieved, List<MetricResult> numbers, AnswerListener listener);

    /** The same, knowing the lines the asker pasted from the sources above the question (never the answer's lead). */
    default Narrative answer(String question, List<ScoredPassage> retrieved, List<MetricResult> numbers, AnswerListener listener,
                             List<String> pasted) {
        return answer(question, retrieved, numbers, listener);
    }

    /** "What's new?": the newest document compared with the earlier ones (changed figures, new statements), cited. */
    Narrative whatsNew();

    /** Text with [n] markers matching {@code citations}; covered=false when the sources don't cover it. */
    record Narrative(boolean covered, String text, List<Citation> citations, String answerer, List<String> notes) {
        public Narrative {
            citations = List.copyOf(citations);
            notes = List.copyOf(notes);
        }
    }
}
