package org.thesisbot.core.grounding;

/** A passage with its fused relevance score (0..1, higher is better) and the parts it came from. */
public record ScoredPassage(Passage passage, double score, double lexical, double semantic) {
}
