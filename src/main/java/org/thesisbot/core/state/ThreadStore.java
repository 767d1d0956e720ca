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
     * For an answer computed while its question is still being admitted (a draft): writes {@code next} as the thread's
     * state now, without waiting, where a shared store can make the write conditional, so that it lands only if that
     * question is admitted and the thread's state is still {@code base} (null: none). By default nothing is written
     * ahead. Either way {@link Ahead#written} says, once the question is admitted, whether it landed; if not, the
     * caller {@link #save}s as usual.
     */
    default Ahead saveAhead(String thread, ThreadState base, ThreadState next) {
        return Ahead.NONE;
    }

    /** A write sent ahead ({@link #saveAhead}). */
    interface Ahead {
        /** Nothing was sent ahead. */
        Ahead NONE = () -> false;

        /**
         * True when the state sent ahead is now the thread's state here and in the shared store, or on its way there
         * ahead of anything sent after (a store need not wait for the write's own reply when the admission's already
         * says it will land; should it not, the store saves the state as usual then); false when it was not written
         * (not admitted, the thread moved on, a store fault). Waits for the store's reply if need be.
         */
        boolean written();
    }
}
