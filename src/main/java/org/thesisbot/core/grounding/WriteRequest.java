package org.thesisbot.core.grounding;

import java.util.List;
import org.thesisbot.core.api.MetricResult;

/**
 * What an answer writer gets: the question, the passages it may cite ([n] = position n, 1-based) and,
 * for mixed questions, the scenario core's computed results (figures the answer may also use).
 */
public record WriteRequest(String question, List<ScoredPassage> passages, List<MetricResult> numbers) {
    public WriteRequest {
        passages = List.copyOf(passages);
        numbers = numbers == null ? List.of() : List.copyOf(numbers);
    }
}
