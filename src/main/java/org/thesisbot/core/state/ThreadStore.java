package org.thesisbot.core.state;

import java.util.Optional;

/**
 * Port: per-thread conversation state. The in-memory store is the default; a shared store lets replicas
 * and restarts keep every thread's context. Implementations bound size and expire idle threads.
 */
public interface ThreadStore {
    /** The thread's state, or empty when the thread is unknown or expired; never throws for a store fault. */
    Optional<ThreadState> load(String thread);

    /**
     * What this process holds for the thread, without a round trip to a shared store: possibly older than what
     * {@link #load} would return (another replica may have answered since). For work done ahead of a load, which
     * checks against the load before it is kept. By default, {@link #load}.
     */
    default Optional<ThreadState> peek(String thread) {
        return load(thread);
    }

    /** Replaces the thread's state and restarts its idle timer. */
    void save(String thread, ThreadState state);
}
