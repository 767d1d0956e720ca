package org.thesisbot.state;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;
import redis.clients.jedis.params.SetParams;

/**
 * Thread state in Redis ({@code <prefix>thread:<id>}, versioned JSON, expiring {@code ttl} after the last save),
 * with a local copy: every save also goes to this process' store, and a load takes the newer of the two (by
 * {@link ThreadState#updated()}), so context established while Redis was down is not lost when it returns,
 * and context established on another replica wins when it is newer.
 *
 * <p>A question's state is usually read already by the script that admitted it ({@link RedisAdmissions}), in the
 * ack's round trip: that read is {@link #prime primed} here, and the worker's load takes it instead of reading
 * again, when it comes within {@link #PRIMED_FOR} (a worker that waited longer reads afresh).
 *
 * <p>A drafted answer's state is {@link #saveHere saved here} before the answer is posted and sent to Redis after (a
 * plain {@code SET}, not waited for): nothing stands between the admission's reply and the post, and a follow-up on
 * another replica, which answers the answer, comes after its asker saw it.
 *
 * <p>The state read ahead is held in a {@link ShortLived} map, not a cache: holding it wakes no maintenance thread or
 * timer on the way from the admission's reply to the answer's post.
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
    /** States read by admissions, by thread, for the next load (within {@link #PRIMED_FOR}). */
    private final ShortLived<Primed> primed;

    /** A state read ahead of the load: its JSON, or null when Redis had none. */
    private record Primed(String json) {
    }

    /** @param primedBytes the most the states read ahead may weigh ({@link Weights}); beyond it the worker reads afresh */
    RedisThreadStore(Redis redis, String prefix, Duration ttl, ThreadStore local, Unreadable unreadable, Clock clock,
                     long primedBytes) {
        this.redis = redis;
        this.primed = new ShortLived<>(clock, PRIMED_FOR, primedBytes, (k, p) -> Weights.key(k) + Weights.string(p.json()));
        this.prefix = prefix + "thread:";
        this.ttlMillis = ttl.toMillis();
        this.local = local;
        this.unreadable = unreadable;
    }

    @Override
    public Optional<ThreadState> load(String thread) {
        ThreadState mine = local.load(thread).orElse(null);
        Primed ahead = primed.take(thread);
        ThreadState shared = ahead != null ? decode(thread, ahead.json())
                : redis.call("threads", "get", c -> decode(thread, c.run(Redis.COMMANDS.get(prefix + thread))), () -> mine);
        return Optional.ofNullable(newer(shared, mine));
    }

    /** This replica's own copy: no round trip (see {@link ThreadStore#peek}). */
    @Override
    public Optional<ThreadState> peek(String thread) {
        return local.load(thread);
    }

    /**
     * What Redis held for the thread when its question was admitted (null: nothing), for the next load (not held when
     * the states held weigh too much already: that load reads afresh).
     */
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
        share(thread, state);
    }

    /** Saves here at once; the returned share sends the state to Redis as {@link #save} does. */
    @Override
    public Share saveHere(String thread, ThreadState state) {
        local.save(thread, state);
        return () -> share(thread, state);
    }

    private void share(String thread, ThreadState state) {
        String json = StateJson.threadState(state);
        redis.send("threads", "set", c -> c.send(Redis.COMMANDS.set(prefix + thread, json, SetParams.setParams().px(ttlMillis))));
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
