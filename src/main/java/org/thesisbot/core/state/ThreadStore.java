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

    /**
     * Saves as {@link #save} does, except that a shared store's copy is written only when the returned {@link Share} is
     * sent: for an answer whose state need not reach other replicas before the answer itself is shown (a follow-up on
     * another replica comes after its asker saw the answer), so that the caller sends it once the answer is posted.
     * This process' own copy is saved now. By default the whole save happens now and the share is nothing.
     */
    default Share saveHere(String thread, ThreadState state) {
        save(thread, state);
        return Share.NONE;
    }

    /** A shared store's write held back by {@link #saveHere}. */
    interface Share {
        /** Nothing held back. */
        Share NONE = () -> {
        };

        /** Sends the write, without waiting for it (a fault is counted and logged, as for {@link #save}). Call once. */
        void send();
    }
}
