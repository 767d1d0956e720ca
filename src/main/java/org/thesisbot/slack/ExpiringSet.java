package org.thesisbot.slack;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread-safe set of keys that each expire a fixed time after they were added. Memory is bounded:
 * expired keys are swept every {@value #SWEEP_EVERY} additions, and when {@code maxSize} is reached the
 * oldest keys are dropped first. O(1) on the request path except for the amortised sweep.
 */
final class ExpiringSet {
    private static final int SWEEP_EVERY = 1024;

    private final Map<String, Long> expiries = new ConcurrentHashMap<>();
    private final AtomicInteger additions = new AtomicInteger();
    private final long ttlMillis;
    private final int maxSize;
    private final Clock clock;

    ExpiringSet(Duration ttl, int maxSize, Clock clock) {
        this.ttlMillis = ttl.toMillis();
        this.maxSize = maxSize;
        this.clock = clock;
    }

    /** Adds the key; true when it was not present (or had expired), false when it is a repeat. */
    boolean add(String key) {
        long now = clock.millis();
        long expiry = now + ttlMillis;
        boolean[] added = {false};
        expiries.compute(key, (k, old) -> {
            if (old == null || old <= now) {
                added[0] = true;
                return expiry;
            }
            return old;
        });
        if (added[0] && (additions.incrementAndGet() % SWEEP_EVERY == 0 || expiries.size() > maxSize)) {
            sweep(now);
        }
        return added[0];
    }

    /** Adds the key, or pushes its expiry forward when it is already present. */
    void touch(String key) {
        expiries.put(key, clock.millis() + ttlMillis);
        if (additions.incrementAndGet() % SWEEP_EVERY == 0 || expiries.size() > maxSize) {
            sweep(clock.millis());
        }
    }

    boolean contains(String key) {
        Long expiry = expiries.get(key);
        return expiry != null && expiry > clock.millis();
    }

    int size() {
        return expiries.size();
    }

    private void sweep(long now) {
        expiries.values().removeIf(e -> e <= now);
        if (expiries.size() > maxSize) {
            // Still over the cap with live keys: drop the oldest down to 90% of the cap, so that a
            // sustained overload sorts once per tenth of the cap rather than on every addition.
            int target = maxSize - maxSize / 10;
            long cutoff = expiries.values().stream().sorted()
                    .skip(Math.max(0, expiries.size() - target)).findFirst().orElse(Long.MAX_VALUE);
            expiries.values().removeIf(e -> e < cutoff);
        }
    }
}
