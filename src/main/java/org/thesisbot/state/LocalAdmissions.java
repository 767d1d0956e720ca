package org.thesisbot.state;

import org.thesisbot.core.state.Admissions;
import org.thesisbot.core.state.ExpiringKeys;
import org.thesisbot.core.state.RateLimits;

/**
 * {@link Admissions} as the steps on this process' own stores, one after another: the in-memory state, and what
 * the Redis one falls back to while Redis is down. Each step is atomic on its own store, as the separate calls
 * were; no lock spans them (a race between two events of one message is settled by the message claim).
 */
final class LocalAdmissions implements Admissions {
    private final ExpiringKeys events;
    private final ExpiringKeys messages;
    private final RateLimits rates;
    private final ExpiringKeys repliedThreads;

    LocalAdmissions(ExpiringKeys events, ExpiringKeys messages, RateLimits rates, ExpiringKeys repliedThreads) {
        this.events = events;
        this.messages = messages;
        this.rates = rates;
        this.repliedThreads = repliedThreads;
    }

    @Override
    public Admission admit(Arrival a) {
        if (a.eventId() != null && !events.claim(a.eventId())) {
            return Admission.REPEATED_EVENT;
        }
        if (a.followUp() && !repliedThreads.contains(a.thread())) {
            return Admission.NOT_FOLLOWED;
        }
        if (!messages.claim(a.message())) {
            return Admission.REPEATED_MESSAGE;
        }
        if (a.tooLong()) {
            return Admission.TOO_LONG;
        }
        if (!rates.tryAcquire(a.user())) {
            return Admission.RATE_LIMITED;
        }
        return repliedThreads.touch(a.thread()) ? Admission.ANSWER : Admission.ANSWER_FIRST_IN_THREAD;
    }
}
