package org.thesisbot.core.state;

/**
 * Port: the state an incoming question needs before its ack, as one operation, so that a shared store can
 * decide it in one round trip. In this order, stopping at the first that says no:
 * <ol>
 *   <li>claim the event id (Slack's retries, on any replica, are repeats);</li>
 *   <li>for a follow-up without a mention: the bot must have answered in the thread;</li>
 *   <li>claim the message (one message can arrive as two events: {@code app_mention} and {@code message.channels});</li>
 *   <li>a question over the length limit stops here (it gets a note, and costs no rate);</li>
 *   <li>count the question against the user's rate limit;</li>
 *   <li>mark the thread as answered in (for follow-ups without a mention) and say whether it was already.</li>
 * </ol>
 * Each step means exactly what the separate ports mean ({@link ExpiringKeys#claim}, {@link ExpiringKeys#contains},
 * {@link RateLimits#tryAcquire}, {@link ExpiringKeys#touch}) on the stores of {@link StateStores}. Never throws for
 * a store fault: an implementation that cannot reach a shared store decides from what this process knows.
 */
public interface Admissions {
    Admission admit(Arrival arrival);

    /**
     * {@link #admit}, started now and collected later: a shared store sends its round trip and returns at once, so
     * the caller can work meanwhile (work it throws away if the arrival is refused). By default the arrival is
     * decided here and now.
     */
    default Pending start(Arrival arrival) {
        Admission decided = admit(arrival);
        return () -> decided;
    }

    /** An admission being decided. */
    interface Pending {
        /**
         * The decision, waiting for it when it is not in yet (bounded by the store's timeouts); the same answer on
         * every call. Never throws for a store fault: as {@link #admit}, it decides from local state instead.
         */
        Admission outcome();

        /** True when {@link #outcome} is known already and returns without waiting (decided locally, or joined). */
        default boolean decided() {
            return true;
        }
    }

    /**
     * One question as it arrives.
     *
     * @param eventId  Slack's {@code event_id}, or null where there is none (a button click)
     * @param message  the message ({@code channel:ts}), answered once whatever the events it arrives as
     * @param user     whose rate limit counts (null: one shared "unknown" limit)
     * @param thread   the thread ({@code channel:thread_ts}): its "answered in" mark, and its state's key
     * @param followUp true when the message is answered only in a thread the bot answered in
     * @param tooLong  true when the question is over the length limit
     * @param opensThread true when the message is its thread's root (a top-level mention, a DM): the thread can have no
     *                 state yet, so a shared store need not read it
     */
    record Arrival(String eventId, String message, String user, String thread, boolean followUp, boolean tooLong,
                   boolean opensThread) {
        public Arrival {
            if (message == null || thread == null) {
                throw new IllegalArgumentException("an arrival needs its message and thread");
            }
            if (opensThread && followUp) {
                throw new IllegalArgumentException("a follow-up is never its thread's root");
            }
        }

        /** An arrival not known to open its thread (its state is read, should there be one). */
        public Arrival(String eventId, String message, String user, String thread, boolean followUp, boolean tooLong) {
            this(eventId, message, user, thread, followUp, tooLong, false);
        }
    }

    /** What becomes of an arrival. */
    enum Admission {
        /** the event id was claimed already (a retry): nothing to do */
        REPEATED_EVENT,
        /** a follow-up in a thread the bot did not answer in: not for the bot */
        NOT_FOLLOWED,
        /** the message was claimed already (its other event): nothing to do */
        REPEATED_MESSAGE,
        /** over the length limit: a note, no answer */
        TOO_LONG,
        /** the user is at the rate limit: a note, no answer */
        RATE_LIMITED,
        /** answer it: the first question answered in this thread */
        ANSWER_FIRST_IN_THREAD,
        /** answer it: the bot answered in this thread before */
        ANSWER;

        public boolean answers() {
            return this == ANSWER || this == ANSWER_FIRST_IN_THREAD;
        }

        /** True when the message was claimed by this arrival (it gets an answer or a note). */
        public boolean claimsMessage() {
            return this == TOO_LONG || this == RATE_LIMITED || answers();
        }
    }
}
