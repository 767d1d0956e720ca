package org.thesisbot.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;

/**
 * Matches the replies that reach the fake Slack Web API ({@code chat.postMessage}) to the events that asked
 * for them, by {@code channel} + {@code thread_ts} (every event has its own message ts, so its own thread).
 * The first reply to an event records its end-to-end latency, from the event's scheduled send time to the
 * reply's arrival at the fake (one clock: both are in this JVM); any further reply is a duplicate.
 */
final class ReplyTracker {
    /** One event waiting for its reply. */
    private record Pending(long sentNanos, String kind, PhaseStats stats, AtomicInteger replies) {
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> methods = new ConcurrentHashMap<>();
    private final AtomicLong unmatched = new AtomicLong();

    /** Registers an event before it is sent. */
    void expect(String channel, String threadTs, long sentNanos, String kind, PhaseStats stats) {
        stats.expected.incrementAndGet();
        pending.put(channel + ":" + threadTs, new Pending(sentNanos, kind, stats, new AtomicInteger()));
    }

    /** Every call the fake receives, on its request thread. */
    void onCall(ApiCall call) {
        long now = System.nanoTime();
        methods.computeIfAbsent(call.method(), m -> new AtomicLong()).incrementAndGet();
        if (!call.method().equals("chat.postMessage")) {
            return;
        }
        Pending p = pending.get(call.param("channel") + ":" + call.param("thread_ts"));
        if (p == null) {
            unmatched.incrementAndGet();
            return;
        }
        if (p.replies().incrementAndGet() == 1) {
            p.stats().replied.incrementAndGet();
            p.stats().recordE2e(p.kind(), now - p.sentNanos());
            if (call.allText().contains("`")) {
                p.stats().withFormula.incrementAndGet();
            }
        } else {
            p.stats().duplicates.incrementAndGet();
        }
    }

    /** Replies to no event this run sent (should stay 0). */
    long unmatched() {
        return unmatched.get();
    }

    /** Calls per Web API method, e.g. {@code {"auth.test": 1, "chat.postMessage": 3000}}. */
    Map<String, Long> methods() {
        Map<String, Long> out = new TreeMap<>();
        methods.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
