package org.thesisbot.state;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import org.thesisbot.core.state.ExpiringKeys;

/**
 * Keys in this process, each expiring a fixed time after it was set (Caffeine's expire-after-write), capped by
 * estimated weight. Every operation is one concurrent-map call; expired and evicted keys leave on the
 * maintenance thread.
 */
public final class InMemoryKeys implements ExpiringKeys {
    private final Cache<String, Boolean> keys;

    public InMemoryKeys(Duration ttl, long maxBytes, LocalCaches caches) {
        this.keys = caches.builder().expireAfterWrite(ttl).maximumWeight(maxBytes)
                .weigher((String k, Boolean v) -> Weights.key(k)).build();
    }

    @Override
    public boolean claim(String key) {
        return keys.asMap().putIfAbsent(key, Boolean.TRUE) == null;
    }

    @Override
    public boolean touch(String key) {
        return keys.asMap().put(key, Boolean.TRUE) != null;
    }

    @Override
    public boolean contains(String key) {
        return keys.getIfPresent(key) != null;
    }

    /** Keys held now, for tests and operators (runs pending maintenance first). */
    long size() {
        keys.cleanUp();
        return keys.estimatedSize();
    }

    long weightedSize() {
        keys.cleanUp();
        return keys.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}
