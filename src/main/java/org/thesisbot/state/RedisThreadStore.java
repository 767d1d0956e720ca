package org.thesisbot.state;

import com.github.benmanes.caffeine.cache.Cache;
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
 *
 * <p>A question's state is usually read already by the script that admitted it ({@link RedisAdmissions}), in the
 * ack's round trip: that read is {@link #prime primed} here, and the worker's load takes it instead of reading
 * again, when it comes within {@link #PRIMED_FOR} (a worker that waited longer reads afresh).
 */
final class RedisThreadStore implements ThreadStore {
    /**
     * How long a state read at the ack stands in for the worker's read. A turn answered meanwhile on this replica is
     * newer in the local copy and wins; one answered on another replica in that window was racing this question
     * anyway (a worker that starts at once could read before it too).
     */
    static final Duration PRIMED_FOR = Duration.ofSeconds(2);

    private final Redis redis;
    private final String prefix;
    private final long ttlMillis;
    private final ThreadStore local;
    private final Unreadable unreadable;
    private final Cache<String, Primed> primed;

    /** A state read ahead of the load: its JSON, or null when Redis had none. */
    private record Primed(String json) {
    }

    RedisThreadStore(Redis redis, String prefix, Duration ttl, ThreadStore local, Unreadable unreadable,
                     LocalCaches caches, long primedBytes) {
        this.redis = redis;
        this.primed = caches.builder().expireAfterWrite(PRIMED_FOR).maximumWeight(primedBytes)
                .weigher((String k, Primed p) -> Weights.key(k) + Weights.string(p.json())).build();
        this.prefix = prefix + "thread:";
        this.ttlMillis = ttl.toMillis();
        this.local = local;
        this.unreadable = unreadable;
    }

    @Override
    public Optional<ThreadState> load(String thread) {
        ThreadState mine = local.load(thread).orElse(null);
        Primed ahead = primed.asMap().remove(thread);
        ThreadState shared = ahead != null ? decode(thread, ahead.json())
                : redis.call("threads", "get", c -> decode(thread, c.get(prefix + thread)), () -> mine);
        return Optional.ofNullable(newer(shared, mine));
    }

    /** This replica's own copy: no round trip (see {@link ThreadStore#peek}). */
    @Override
    public Optional<ThreadState> peek(String thread) {
        return local.load(thread);
    }

    /** What Redis held for the thread when its question was admitted (null: nothing), for the next load. */
    void prime(String thread, String json) {
        primed.put(thread, new Primed(json));
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
