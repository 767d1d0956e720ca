package org.thesisbot.bench;

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
final class ReplyTracker {
    /** One event waiting for its reply. */
    private record Pending(long sentNanos, String kind, PhaseStats stats, AtomicInteger replies) {
    }

    /** The start of thesisbot's "busy, try again" notice (slack.QuestionIntake.BUSY), as posted. */
    private static final String BUSY = "busy right now";

    /** A thread the bot answered in. */
    record Thread(String channel, String ts) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Queue<Thread>> answered = new ConcurrentHashMap<>();
    private final AtomicLong unmatched = new AtomicLong();

    /** Registers an event before it is sent. */
    void expect(String channel, String threadTs, long sentNanos, String kind, PhaseStats stats) {
        stats.expected.incrementAndGet();
        pending.put(channel + ":" + threadTs, new Pending(sentNanos, kind, stats, new AtomicInteger()));
    }

    /** A {@code chat.postMessage} that reached the fake, with its arrival time (on the fake's thread). */
    void reply(String channel, String threadTs, long arrivalNanos, String text) {
        Pending p = pending.get(channel + ":" + threadTs);
        if (p == null) {
            unmatched.incrementAndGet();
            return;
        }
        if (p.replies().incrementAndGet() == 1) {
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
