package org.thesisbot.core.grounding;

import java.util.List;
import org.thesisbot.core.api.Citation;

/**
 * A narrative answer that passed the grounding guard.
 *
 * @param covered   false when the sources don't cover the question ({@code text} then says so and names
 *                  what they do cover; {@code citations} is empty)
 * @param text      Slack mrkdwn with [n] markers; n matches {@code citations}, numbered 1..m in order of first use
 * @param citations only the passages the text cites
 * @param answerer  "extractive", "llm:&lt;model&gt;" or "none" (not covered)
 * @param notes     fallbacks, repairs made by the guard, the extractive label
 */
public record GroundedAnswer(boolean covered, String text, List<Citation> citations, String answerer, List<String> notes) {
    public GroundedAnswer {
        citations = List.copyOf(citations);
        notes = List.copyOf(notes);
    }
}
