package org.thesisbot.state;

import io.lettuce.core.SetArgs;
import java.time.Duration;
import java.util.Optional;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;

/**
 * Thread state in Redis ({@code <prefix>thread:<id>}, versioned JSON, expiring {@code ttl} after the last save),
 * with a local copy: every save also goes to this process' store, and a load takes the newer of the two (by
 * {@link ThreadState#updated()}), so context established while Redis was down is not lost when it returns,
 * and context established on another replica wins when it is newer.
 */
final class RedisThreadStore implements ThreadStore {
    private final Redis redis;
    private final String prefix;
    private final long ttlMillis;
    private final ThreadStore local;
    private final Unreadable unreadable;

    RedisThreadStore(Redis redis, String prefix, Duration ttl, ThreadStore local, Unreadable unreadable) {
        this.redis = redis;
        this.prefix = prefix + "thread:";
        this.ttlMillis = ttl.toMillis();
        this.local = local;
        this.unreadable = unreadable;
    }

    @Override
    public Optional<ThreadState> load(String thread) {
        ThreadState mine = local.load(thread).orElse(null);
        ThreadState shared = redis.call("threads", "get", c -> decode(thread, c.get(prefix + thread)), () -> mine);
        return Optional.ofNullable(newer(shared, mine));
    }

    /**
     * Saves here at once and sends the state to Redis without waiting for its reply: the answer that follows is
     * not held up by a round trip, and the next turn of a conversation comes seconds later (commands on one
     * connection run in order, and shutdown waits for writes in flight). A failed write is counted and logged.
     */
    @Override
    public void save(String thread, ThreadState state) {
        local.save(thread, state);
        String json = StateJson.threadState(state);
        redis.send("threads", "set", c -> c.set(prefix + thread, json, SetArgs.Builder.px(ttlMillis)).toCompletableFuture());
    }

    private ThreadState decode(String thread, String json) {
        if (json == null) {
            return null;
        }
        try {
            return StateJson.threadState(json);
        } catch (StateJson.UnreadableException e) {
            unreadable.report("thread", thread, e);
            return null;
        }
    }

    private static ThreadState newer(ThreadState a, ThreadState b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        if (a.updated() == null || b.updated() == null) {
            return a;
        }
        return b.updated().isAfter(a.updated()) ? b : a;
    }
}
