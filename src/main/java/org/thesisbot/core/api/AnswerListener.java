package org.thesisbot.core.api;

/**
 * Progress of one answer while it is being produced, for mouths that can show it (Slack's assistant
 * status and streaming). Chunks are validated text: the grounding guard has already checked them.
 */
public interface AnswerListener {
    /** A short status line ("Reading the sources…"). */
    default void status(String status) {
    }

    /** A validated piece of the narrative, in order. */
    default void chunk(String mrkdwn) {
    }

    AnswerListener NONE = new AnswerListener() {
    };
}
