package org.thesisbot.core.grounding;

import org.thesisbot.core.api.AnswerListener;

/**
 * Port: writes a narrative answer from retrieved passages. The draft cites passages as [n], n being the
 * 1-based position in {@link WriteRequest#passages()}; the {@link GroundingGuard} checks it afterwards.
 * Implementations never throw for a model failure: they fall back and say so in a note.
 */
public interface AnswerWriter {
    Draft write(WriteRequest request, AnswerListener listener);

    /** Short name for logs ("extractive", "llm:gpt-4o-mini"). */
    String name();
}
