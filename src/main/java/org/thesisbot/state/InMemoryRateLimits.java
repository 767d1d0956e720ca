package org.thesisbot.state;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.thesisbot.core.state.RateLimits;

/**
 * Requests per key per minute in this process, as a sliding one-minute window: one map lookup and a short
 * deque per key. A key idle for a minute expires (its window is empty anyway); the weight cap bounds a
 * flood of distinct keys.
 */
public final class InMemoryRateLimits implements RateLimits {
    private static final long WINDOW_MILLIS = 60_000;

    private final Cache<String, Deque<Long>> windows;
    private final int perMinute;
    private final Clock clock;

    public InMemoryRateLimits(int perMinute, long maxBytes, LocalCaches caches) {
        this.perMinute = perMinute;
        this.clock = caches.clock();
        // a window holds at most perMinute timestamps: weigh it full once, instead of re-weighing as it grows
        int windowWeight = Weights.ENTRY + 64 + perMinute * 24;
        this.windows = caches.builder().expireAfterAccess(Duration.ofMillis(WINDOW_MILLIS)).maximumWeight(maxBytes)
                .weigher((String k, Deque<Long> v) -> Weights.string(k) + windowWeight).build();
    }

    @Override
    public boolean tryAcquire(String key) {
        long now = clock.millis();
        Deque<Long> window = windows.get(key == null ? "unknown" : key, k -> new ArrayDeque<>());
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst() <= now - WINDOW_MILLIS) {
                window.pollFirst();
            }
            if (window.size() >= perMinute) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    @Override
    public int perMinute() {
        return perMinute;
    }
}
