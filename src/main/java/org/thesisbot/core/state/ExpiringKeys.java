package org.thesisbot.core.state;

/**
 * Port: keys that live a fixed time after they were set, shared by every replica when the store is shared.
 * Event dedupe is {@link #claim} ("claim this event id", Redis {@code SET NX PX}); "the bot answered in this
 * thread" is {@link #touch} and {@link #contains}.
 *
 * <p>No method throws for a store fault: an implementation that cannot reach a shared store answers from
 * what this process knows.
 */
public interface ExpiringKeys {
    /** Claims the key for the time to live: true for the first claim, false while someone's claim stands. */
    boolean claim(String key);

    /** Sets the key, or restarts its time to live; true when it was already set. */
    boolean touch(String key);

    /** True while the key is set. */
    boolean contains(String key);
}
