package org.thesisbot.state;

import java.time.Clock;
import java.util.concurrent.ThreadLocalRandom;
import org.thesisbot.core.state.RateLimits;

/**
 * The per-user sliding minute in Redis, shared by every replica: one sorted set per user
 * ({@code <prefix>rate:<user>}) of request times, trimmed, counted and added to by one Lua script, so two
 * replicas can never both take the last slot. While Redis is down each replica counts on its own.
 */
final class RedisRateLimits implements RateLimits {
    static final Redis.Script SLIDING_WINDOW = Redis.Script.of("""
            local now = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then
              return 0
            end
            redis.call('ZADD', KEYS[1], now, ARGV[4])
            redis.call('PEXPIRE', KEYS[1], window)
            return 1
            """);
    private static final long WINDOW_MILLIS = 60_000;

    private final Redis redis;
    private final String prefix;
    private final RateLimits local;
    private final Clock clock;

    RedisRateLimits(Redis redis, String prefix, RateLimits local, Clock clock) {
        this.redis = redis;
        this.prefix = prefix + "rate:";
        this.local = local;
        this.clock = clock;
    }

    @Override
    public boolean tryAcquire(String key) {
        String user = key == null ? "unknown" : key;
        long now = clock.millis();
        String member = now + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        return redis.call("rates", "rate", c -> {
            Object allowed = Redis.script(c, SLIDING_WINDOW, new String[] {prefix + user}, Long.toString(now),
                    Long.toString(WINDOW_MILLIS), Integer.toString(local.perMinute()), member);
            return Long.valueOf(1L).equals(allowed);
        }, null, () -> local.tryAcquire(user));   // not repeated after a timeout: it could count twice
    }

    @Override
    public int perMinute() {
        return local.perMinute();
    }
}
