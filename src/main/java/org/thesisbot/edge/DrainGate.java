package org.thesisbot.edge;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one switch graceful shutdown flips. Before it, every request is admitted; after it, new work is
 * refused at the door (HTTP 503 before any ack, so Slack delivers the event again later, to this bot's next
 * process or another replica) while the requests already admitted are counted until they have left.
 *
 * <p>{@link #admit()} counts first and checks the switch second, and {@link #startDraining()} flips the
 * switch before anyone reads {@link #inFlight()}, so a request is either refused or counted: none slips
 * through unseen.
 */
public final class DrainGate {
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    /** True when the request may proceed; it must then call {@link #leave()} when done. */
    public boolean admit() {
        inFlight.incrementAndGet();
        if (draining) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    public void leave() {
        inFlight.decrementAndGet();
    }

    public void startDraining() {
        draining = true;
    }

    public boolean draining() {
        return draining;
    }

    /** Requests admitted and not yet finished. */
    public int inFlight() {
        return inFlight.get();
    }
}
