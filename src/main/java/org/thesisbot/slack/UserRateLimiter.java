package org.thesisbot.slack;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Questions per user per minute, as a sliding one-minute window. Cheap enough for the ack path:
 * one map lookup and a short deque per user. Users idle for a minute are forgotten on the next sweep.
 */
final class UserRateLimiter {
    private static final long WINDOW_MILLIS = 60_000;

    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;
    private long lastSweep;

    UserRateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.lastSweep = clock.millis();
    }

    /** Counts one question for the user; false when the user is over the limit (the question is not counted). */
    boolean tryAcquire(String user) {
        long now = clock.millis();
        String key = user == null ? "unknown" : user;
        Deque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        boolean allowed;
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
                window.pollFirst();
            }
            allowed = window.size() < perMinute;
            if (allowed) {
                window.addLast(now);
            }
        }
        sweepIfDue(now);
        return allowed;
    }

    int perMinute() {
        return perMinute;
    }

    private void sweepIfDue(long now) {
        if (now - lastSweep < WINDOW_MILLIS) {
            return;
        }
        lastSweep = now;
        windows.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                Long last = e.getValue().peekLast();
                return last == null || last <= now - WINDOW_MILLIS;
            }
        });
    }
}
