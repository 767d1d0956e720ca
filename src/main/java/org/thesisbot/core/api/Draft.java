package org.thesisbot.core.api;

import java.util.function.Consumer;

/**
 * An answer computed before it is known whether it will be sent ({@link Assistant#draft}): computing it remembered
 * nothing. {@link #keep} makes it the thread's turn; a draft that is not kept leaves no trace.
 */
public interface Draft {
    /**
     * Keeps the answer (computed again first if the thread's state moved on since it was drafted) and hands it to
     * {@code deliver}, which shows it (posts it in the thread). The thread's new state is saved in this process
     * before {@code deliver} runs, so a follow-up here finds it at once; a shared store's copy is written as soon as
     * {@code deliver} returns or throws, so that no write stands between the answer and the person waiting for it. A
     * follow-up on another replica answers the answer, which its asker must have seen first, and the write is sent (not
     * waited for) the moment the post returns. The answer is counted and logged like any other. Call at most once.
     *
     * @return the answer delivered
     */
    Answer keep(Consumer<Answer> deliver);
}
