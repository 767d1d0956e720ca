package org.thesisbot.core.api;

/**
 * An answer computed before it is known whether it will be sent ({@link Assistant#draft}): computing it remembered
 * nothing. {@link #keep} makes it the thread's turn; a draft that is not kept leaves no trace.
 */
public interface Draft {
    /**
     * Keeps the answer (computed again first if the thread's state moved on since it was drafted): the thread's new
     * state is saved (before the caller shows the answer, so a follow-up on any
     * replica finds it) and the answer is counted and logged like any other. Call at most once.
     *
     * @return the answer to deliver
     */
    Answer keep();
}
