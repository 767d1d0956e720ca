package org.thesisbot.core.state;

/**
 * Port: requests per key (a user) in a sliding window of one minute. Never throws for a store fault.
 */
public interface RateLimits {
    /** Counts one request for the key; false when the key is at its limit (and then nothing is counted). */
    boolean tryAcquire(String key);

    /** Requests allowed per key per minute. */
    int perMinute();
}
