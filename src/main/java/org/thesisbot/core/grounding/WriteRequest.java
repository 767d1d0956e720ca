package org.thesisbot.core.grounding;

import java.util.List;
import org.thesisbot.core.api.MetricResult;

/**
 * What an answer writer gets: the question, the passages it may cite ([n] = position n, 1-based) and,
 * for mixed questions, the scenario core's computed results (figures the answer may also use), and the lines the asker
 * pasted from the sources above the question (a Slack quote): what they have read already, never the answer's lead.
 */
public record WriteRequest(String question, List<ScoredPassage> passages, List<MetricResult> numbers, List<String> pasted) {
    public WriteRequest {
        passages = List.copyOf(passages);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
        pasted = pasted == null ? List.of() : List.copyOf(pasted);
    }

    public WriteRequest(String question, List<ScoredPassage> passages, List<MetricResult> numbers) {
        this(question, passages, numbers, List.of());
    }
}
