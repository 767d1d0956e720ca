package org.thesisbot.state;

import io.lettuce.core.SetArgs;
import java.time.Clock;
import java.time.Duration;
import org.thesisbot.core.state.ExpiringKeys;

/**
 * Expiring keys in Redis ({@code <prefix><kind>:<key>}): {@link #claim} is {@code SET NX PX}, so exactly one
 * replica wins each event id; {@link #touch} is {@code SET PX GET}. Every key this process sets or sees taken is
 * also kept locally, which answers repeats without a round trip and answers alone while Redis is down.
 * The value is a small versioned JSON naming the replica that set it, for operators reading Redis.
 */
final class RedisKeys implements ExpiringKeys {
    private final Redis redis;
    private final String store;
    private final String prefix;
    private final long ttlMillis;
    private final ExpiringKeys local;
    private final String replica;
    private final Clock clock;

    RedisKeys(Redis redis, String store, String prefix, Duration ttl, ExpiringKeys local, String replica, Clock clock) {
        this.redis = redis;
        this.store = store;
        this.prefix = prefix + store + ":";
        this.ttlMillis = ttl.toMillis();
        this.local = local;
        this.replica = replica;
        this.clock = clock;
    }

    @Override
    public boolean claim(String key) {
        if (local.contains(key)) {
            return false;
        }
        String marker = StateJson.marker(replica, clock.millis());
        Boolean won = redis.call(store, "claim",
                c -> "OK".equals(c.set(prefix + key, marker, SetArgs.Builder.nx().px(ttlMillis))), () -> null);
        if (won == null) {
            return local.claim(key);   // Redis is unavailable: this replica decides alone
        }
        local.touch(key);
        return won;
    }

    @Override
    public boolean touch(String key) {
        boolean here = local.touch(key);
        String marker = StateJson.marker(replica, clock.millis());
        Boolean shared = redis.call(store, "touch",
                c -> c.setGet(prefix + key, marker, SetArgs.Builder.px(ttlMillis)) != null, () -> null);
        return shared == null ? here : shared || here;
    }

    @Override
    public boolean contains(String key) {
        return local.contains(key) || redis.call(store, "exists", c -> c.exists(prefix + key) > 0, () -> false);
    }
}
