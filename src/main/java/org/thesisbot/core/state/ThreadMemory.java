package org.thesisbot.core.state;

import java.util.List;
import java.util.Optional;

/** Per-thread conversation memory for follow-ups. Bounded; a shared store can implement this later. */
public interface ThreadMemory {
    /** Turns of the thread, oldest first; empty when unknown or expired. */
    List<Turn> turns(String thread);

    void remember(String thread, Turn turn);

    default Optional<Turn> lastNumeric(String thread) {
        List<Turn> t = turns(thread);
        for (int i = t.size() - 1; i >= 0; i--) {
            if (t.get(i).numeric()) {
                return Optional.of(t.get(i));
            }
        }
        return Optional.empty();
    }
}
