package org.thesisbot.core.state;

/**
 * Port: thumbs up and down per answer, one vote per user (a later vote replaces the user's earlier one, so a
 * double click or a click delivered twice counts once). Never throws for a store fault.
 */
public interface FeedbackCounts {
    /** Records the user's vote on the answer and returns the answer's tally after it. */
    Tally vote(String answerId, String user, Vote vote);

    /** The answer's tally so far (zero when unknown). */
    Tally tally(String answerId);

    /** A vote. */
    enum Vote {
        UP, DOWN;

        /** "up" or "down", as the feedback buttons send it. */
        public String wireName() {
            return this == UP ? "up" : "down";
        }
    }

    /** Votes on one answer. */
    record Tally(int up, int down) {
        public static final Tally NONE = new Tally(0, 0);
    }
}
