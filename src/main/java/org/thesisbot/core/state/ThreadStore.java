package org.thesisbot.core.state;

import java.util.Optional;

/**
 * Port: per-thread conversation state. The in-memory store is the default; a shared store lets replicas
 * and restarts keep every thread's context. Implementations bound size and expire idle threads.
 */
public interface ThreadStore {
    /** The thread's state, or empty when the thread is unknown or expired; never throws for a store fault. */
    Optional<ThreadState> load(String thread);

    /** Replaces the thread's state and restarts its idle timer. */
    void save(String thread, ThreadState state);
}
