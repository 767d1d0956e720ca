package org.thesisbot.core.state;

import java.util.Optional;
import org.thesisbot.core.api.Answer;

/**
 * Port: answers kept for a while by id, so a later click ("Share in channel") shows exactly the answer the
 * user saw, whichever replica receives the click. Never throws for a store fault.
 */
public interface RecentAnswers {
    void put(Answer answer);

    /** The answer, or empty when it is unknown or expired (callers then recompute it). */
    Optional<Answer> get(String id);
}
