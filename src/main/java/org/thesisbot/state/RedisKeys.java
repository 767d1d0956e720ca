package org.thesisbot.state;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.thesisbot.core.state.ExpiringKeys;
import redis.clients.jedis.params.SetParams;

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

    /**
     * @param store the store's name in metrics ({@code events}, {@code messages}, {@code replied_threads})
     * @param kind  the key namespace under the prefix ({@code event}, {@code message}, {@code replied})
     */
    RedisKeys(Redis redis, String store, String kind, String prefix, Duration ttl, ExpiringKeys local, String replica,
              Clock clock) {
        this.redis = redis;
        this.store = store;
        this.prefix = prefix + kind + ":";
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
        String k = prefix + key;
        String marker = StateJson.marker(replica, clock.millis(), Long.toHexString(ThreadLocalRandom.current().nextLong()));
        SetParams nx = SetParams.setParams().nx().px(ttlMillis);
        // After a timeout the first SET NX may or may not have run: try again (on the settle connection), and if the
        // key is taken, it is ours exactly when it holds this claim's own marker.
        Boolean won = redis.call(store, "claim", c -> "OK".equals(c.run(Redis.COMMANDS.set(k, marker, nx))),
                c -> "OK".equals(c.run(Redis.COMMANDS.set(k, marker, nx))) || marker.equals(c.run(Redis.COMMANDS.get(k))),
                () -> null);
        if (won == null) {
            return local.claim(key);   // Redis is unavailable: this replica decides alone
        }
        local.touch(key);
        return won;
    }

    @Override
    public boolean touch(String key) {
        boolean here = local.touch(key);
        String marker = StateJson.marker(replica, clock.millis(), null);
        Boolean shared = redis.call(store, "touch",
                c -> c.run(Redis.COMMANDS.setGet(prefix + key, marker, SetParams.setParams().px(ttlMillis))) != null,
                () -> null);
        return shared == null ? here : shared || here;
    }

    @Override
    public boolean contains(String key) {
        return local.contains(key) || redis.call(store, "exists", c -> c.run(Redis.COMMANDS.exists(prefix + key)), () -> false);
    }
}
