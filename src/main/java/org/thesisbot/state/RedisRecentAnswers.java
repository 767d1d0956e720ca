package org.thesisbot.state;

import java.time.Duration;
import java.util.Optional;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.state.RecentAnswers;
import redis.clients.jedis.params.SetParams;

/**
 * Recent answers in Redis ({@code <prefix>answer:<id>}, versioned JSON, expiring after {@code ttl}), so a Share
 * click on any replica posts exactly the answer the user saw. Writes are sent without waiting (the slash
 * command's instant answer is the ack itself); reads look here first, then in Redis.
 */
final class RedisRecentAnswers implements RecentAnswers {
    private final Redis redis;
    private final String prefix;
    private final long ttlMillis;
    private final RecentAnswers local;
    private final Unreadable unreadable;

    RedisRecentAnswers(Redis redis, String prefix, Duration ttl, RecentAnswers local, Unreadable unreadable) {
        this.redis = redis;
        this.prefix = prefix + "answer:";
        this.ttlMillis = ttl.toMillis();
        this.local = local;
        this.unreadable = unreadable;
    }

    @Override
    public void put(Answer answer) {
        local.put(answer);
        String json = StateJson.answer(answer);
        redis.send("answers", "set", c -> c.send(Redis.COMMANDS.set(prefix + answer.id(), json, SetParams.setParams().px(ttlMillis))));
    }

    @Override
    public Optional<Answer> get(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Optional<Answer> mine = local.get(id);
        if (mine.isPresent()) {
            return mine;
        }
        String json = redis.call("answers", "get", c -> c.run(Redis.COMMANDS.get(prefix + id)), () -> null);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(StateJson.answer(json));
        } catch (StateJson.UnreadableException e) {
            unreadable.report("answer", id, e);
            return Optional.empty();
        }
    }
}
