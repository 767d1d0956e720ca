package org.thesisbot.state;

import java.time.Duration;
import java.util.List;
import org.thesisbot.core.state.FeedbackCounts;

/**
 * Votes in Redis: one hash per answer ({@code <prefix>votes:<answer id>}, field = user, value = {@code up} or
 * {@code down}), kept {@code ttl} after the last vote. Recording and counting is one Lua script, so the tally
 * returned is the one right after this vote, whichever replica took the others.
 */
final class RedisFeedback implements FeedbackCounts {
    static final Redis.Script VOTE = Redis.Script.of("""
            if ARGV[1] ~= '' then
              redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
              redis.call('PEXPIRE', KEYS[1], ARGV[3])
            end
            local up, down = 0, 0
            for _, v in ipairs(redis.call('HVALS', KEYS[1])) do
              if v == 'up' then up = up + 1 elseif v == 'down' then down = down + 1 end
            end
            return {up, down}
            """);

    private final Redis redis;
    private final String prefix;
    private final long ttlMillis;
    private final FeedbackCounts local;

    RedisFeedback(Redis redis, String prefix, Duration ttl, FeedbackCounts local) {
        this.redis = redis;
        this.prefix = prefix + "votes:";
        this.ttlMillis = ttl.toMillis();
        this.local = local;
    }

    @Override
    public Tally vote(String answerId, String user, Vote vote) {
        String who = user == null ? "unknown" : user;
        Tally here = local.vote(answerId, who, vote);
        Tally shared = run("vote", answerId, who, vote.wireName());
        return shared == null ? here : shared;
    }

    @Override
    public Tally tally(String answerId) {
        Tally shared = run("tally", answerId, "", "");
        return shared == null ? local.tally(answerId) : shared;
    }

    private Tally run(String op, String answerId, String user, String vote) {
        return redis.call("feedback", op, c -> {
            List<?> counts = (List<?>) Redis.script(c, VOTE, new String[] {prefix + answerId}, user, vote,
                    Long.toString(ttlMillis));
            return new Tally(((Long) counts.get(0)).intValue(), ((Long) counts.get(1)).intValue());
        }, () -> null);
    }
}
