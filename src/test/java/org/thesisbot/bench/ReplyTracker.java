package org.thesisbot.bench;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Matches the replies that reach the fake Slack Web API ({@code chat.postMessage}) to the events that asked
 * for them, by {@code channel} + {@code thread_ts} (every event has its own message ts, so its own thread).
 * The first reply to an event records its end-to-end latency, from the event's scheduled send time to the
 * reply's arrival at the fake (one clock: both are in this JVM); any further reply is a duplicate.
 *
 * <p>A thread whose question got its first reply (not the "busy" notice) is offered, per target, for a follow-up
 * ({@link #answeredThread}); a follow-up is expected under the same channel and thread, replacing the thread's earlier
 * question (a late duplicate reply to that earlier question would then count for the follow-up: duplicates are 0).
 */
final class ReplyTracker implements LeanSlackApi.Listener {
    /** One event waiting for its reply. */
    private record Pending(long sentNanos, String kind, PhaseStats stats, AtomicInteger replies, Event event) {
    }

    /**
     * One event's instants on this JVM's {@link System#nanoTime} clock (on Linux the host's {@code CLOCK_MONOTONIC},
     * which the bot's stage lines use too), kept when {@link #keepEvents} is on, for {@code bench/stages.sh}'s table
     * of the stages outside the bot: when it was due, when it was handed to the HTTP client (after it was signed),
     * when its first reply reached the fake Slack, and when the fake had answered that reply (0: did not happen).
     */
    static final class Event {
        final String target;
        final String phase;
        final String message;
        final long dueNanos;
        volatile long handedNanos;
        volatile long replyNanos;
        volatile long respondedNanos;

        Event(String target, String phase, String message, long dueNanos) {
            this.target = target;
            this.phase = phase;
            this.message = message;
            this.dueNanos = dueNanos;
        }

        /** Marks the event as handed to the HTTP client, now. */
        void handed() {
            handedNanos = System.nanoTime();
        }

        /** {@code target phase message due_ns handed_ns reply_ns responded_ns}, tab-separated (-1: did not happen). */
        String line() {
            return target + "\t" + phase + "\t" + message + "\t" + dueNanos + "\t" + orNone(handedNanos) + "\t"
                    + orNone(replyNanos) + "\t" + orNone(respondedNanos);
        }

        static final String HEADER = "target\tphase\tmessage\tdue_ns\thanded_ns\treply_ns\tresponded_ns";

        private static long orNone(long nanos) {
            return nanos == 0 ? -1 : nanos;
        }
    }

    /** An event that is not kept: its instants go nowhere. */
    private static final Event NOT_KEPT = new Event("", "", "", 0);

    /** The start of thesisbot's "busy, try again" notice (slack.QuestionIntake.BUSY), as posted. */
    private static final String BUSY = "busy right now";

    /** A thread the bot answered in. */
    record Thread(String channel, String ts) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Queue<Thread>> answered = new ConcurrentHashMap<>();
    private final AtomicLong unmatched = new AtomicLong();
    private final Queue<Event> events = new ConcurrentLinkedQueue<>();
    private volatile boolean keepEvents;

    /** From now on, every expected event's instants are kept ({@link #events}). */
    void keepEvents() {
        keepEvents = true;
    }

    /** The events kept, in the order they were expected. */
    List<Event> events() {
        return List.copyOf(events);
    }

    /**
     * Registers an event before it is sent: {@code threadTs} is where its reply goes, {@code messageTs} the message
     * itself (the same for a mention that opens its thread). Returns its {@link Event}, to mark when it is handed over.
     */
    Event expect(String channel, String threadTs, String messageTs, long sentNanos, String kind, PhaseStats stats) {
        stats.expected.incrementAndGet();
        Event e = NOT_KEPT;
        if (keepEvents) {
            e = new Event(stats.target, stats.phase.name(), channel + ":" + messageTs, sentNanos);
            events.add(e);
        }
        pending.put(channel + ":" + threadTs, new Pending(sentNanos, kind, stats, new AtomicInteger(), e));
        return e;
    }

    /** A {@code chat.postMessage} that reached the fake, with its arrival time (on the fake's thread). */
    @Override
    public void reply(String channel, String threadTs, long arrivalNanos, String text) {
        Pending p = pending.get(channel + ":" + threadTs);
        if (p == null) {
            unmatched.incrementAndGet();
            return;
        }
        if (p.replies().incrementAndGet() == 1) {
            if (p.event() != NOT_KEPT) {
                p.event().replyNanos = arrivalNanos;
            }
            p.stats().replied.incrementAndGet();
            p.stats().recordE2e(p.kind(), arrivalNanos - p.sentNanos());
            if (text.contains("`")) {
                p.stats().withFormula.incrementAndGet();
            }
            if (text.contains(BUSY)) {
                p.stats().busyNotices.incrementAndGet();
            } else {
                answered.computeIfAbsent(p.stats().target, t -> new ConcurrentLinkedQueue<>()).add(new Thread(channel, threadTs));
            }
        } else {
            p.stats().duplicates.incrementAndGet();
        }
    }

    /** The fake answered a {@code chat.postMessage}: the time is kept for the event whose first reply it was. */
    @Override
    public void responded(String channel, String threadTs, long respondedNanos) {
        Pending p = pending.get(channel + ":" + threadTs);
        if (p != null && p.event() != NOT_KEPT && p.event().respondedNanos == 0 && p.event().replyNanos != 0) {
            p.event().respondedNanos = respondedNanos;
        }
    }

    /** The thread that {@code target} answered in longest ago and nobody has followed up in since, or null. */
    Thread answeredThread(String target) {
        Queue<Thread> q = answered.get(target);
        return q == null ? null : q.poll();
    }

    /** Replies to no event this run sent (should stay 0). */
    long unmatched() {
        return unmatched.get();
    }
}
