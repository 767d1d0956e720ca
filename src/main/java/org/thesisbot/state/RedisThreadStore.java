package org.thesisbot.state;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
 * <p>A draft's state can be {@link #saveAhead sent ahead} while its question's admission script is still out: the
 * {@link #KEEP} script, sent behind it on the same connection (so Redis runs it after the admission), writes the state
 * only if that admission answered (the event's key holds its nonce and an answering outcome) and the thread's state
 * is still the one the draft was computed from. Once admitted, the answer is posted without another write, and without
 * waiting for that script's own reply when the admission's says it will write: see {@link #saveAhead}.
 *
 * <p>The state read ahead and the admissions in flight are held in {@link ShortLived} maps, not caches: holding them
 * wakes no maintenance thread or timer on the way from the admission's reply to the answer's post.
 */
final class RedisThreadStore implements ThreadStore {
    /*
     * KEYS: 1 the question's receipt (its event's key, as the admission script wrote it), 2 the thread's state
     * ARGV: 1 the admission's nonce, 2 the state the draft was computed from ('' for none), 3 the new state, 4 TTL ms
     * Returns 1 when written, 0 when not (not admitted, or the thread's state is another).
     */
    static final Redis.Script KEEP = Redis.Script.of("""
            local seen = redis.call('GET', KEYS[1])
            if not seen then return 0 end
            local ok, v = pcall(cjson.decode, seen)
            if not ok or type(v) ~= 'table' or v.nonce ~= ARGV[1]
                or (v.outcome ~= 'answer' and v.outcome ~= 'answer_first') then return 0 end
            if (redis.call('GET', KEYS[2]) or '') ~= ARGV[2] then return 0 end
            redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4])
            return 1
            """);

    /** Threads with an admission in flight, at most (a few hundred at the most a replica answers). */
    static final int ADMITTING_MAX = 10_000;

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
    /** Admissions sent and not yet joined, by thread (a few at most; bounded in time should one never be joined). */
    private final ShortLived<List<Admitting>> admitting;

    /** A state read ahead of the load: its JSON, or null when Redis had none. */
    private record Primed(String json) {
    }

    /**
     * A question's admission in flight: its receipt key, its nonce, its reply, and (once read) what Redis decided:
     * {@link #admitted} completes {@code decided}, with null when the question was decided locally (Redis failing).
     */
    record Admitting(String receiptKey, String nonce, Redis.Pending<?> reply, CompletableFuture<Admitted> decided) {
    }

    /** What an admission script answered: whether the question is answered, and the thread's state it read (null: none). */
    record Admitted(boolean answers, String state) {
    }

    /** @param primedBytes the most the states read ahead may weigh ({@link Weights}); beyond it the worker reads afresh */
    RedisThreadStore(Redis redis, String prefix, Duration ttl, ThreadStore local, Unreadable unreadable, Clock clock,
                     long primedBytes) {
        this.redis = redis;
        this.primed = new ShortLived<>(clock, PRIMED_FOR, primedBytes, (k, p) -> Weights.key(k) + Weights.string(p.json()));
        this.admitting = new ShortLived<>(clock, PRIMED_FOR, ADMITTING_MAX, (k, l) -> 1);
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
        String json = StateJson.threadState(state);
        redis.send("threads", "set", c -> c.send(Redis.COMMANDS.set(prefix + thread, json, SetParams.setParams().px(ttlMillis))));
    }

    /** An admission script sent for a question in {@code thread} ({@link RedisAdmissions}); until {@link #admitted}. */
    Admitting admitting(String thread, String receiptKey, String nonce, Redis.Pending<?> reply) {
        Admitting a = new Admitting(receiptKey, nonce, reply, new CompletableFuture<>());
        admitting.update(thread, v -> {   // not held when over the budget: its draft's state is then saved once admitted
            List<Admitting> l = v == null ? new ArrayList<>(1) : new ArrayList<>(v);
            l.add(a);
            return List.copyOf(l);
        });
        return a;
    }

    /** That admission's reply has been read: {@code decided} is what Redis answered, null when decided locally. */
    void admitted(String thread, Admitting a, Admitted decided) {
        a.decided().complete(decided);
        admitting.update(thread, v -> {
            if (v == null) {
                return null;
            }
            List<Admitting> l = new ArrayList<>(v);
            l.remove(a);
            return l.isEmpty() ? null : List.copyOf(l);
        });
    }

    /**
     * Sends {@link #KEEP} behind the question's admission when exactly one admission is out for the thread and its
     * reply is not in yet (otherwise nothing is gained over saving once admitted: nothing is sent). The local copy is
     * written when the script says it wrote.
     *
     * <p>Once the admission is decided, {@link Ahead#written} does not wait for this script's reply when the admission's
     * own says what it will do: Redis took the question, and the thread's state it read is the one the draft began from.
     * The script is already on its way, behind the admission on the same connection, so it is in Redis before the answer
     * it goes with is posted, just as a state written after the admission (sent, not waited for) would be. A draft that
     * finished just after Redis answered the admission sends the script after the reply left Redis; waiting for its own
     * reply then cost a second round trip. Should that reply say the state was not written after all (another replica
     * wrote the thread in the instant between the two scripts, or Redis failed), the state is saved as usual then.
     */
    @Override
    public Ahead saveAhead(String thread, ThreadState base, ThreadState next) {
        List<Admitting> out = admitting.get(thread);
        if (out == null || out.size() != 1 || out.get(0).reply().done()) {
            return Ahead.NONE;
        }
        Admitting a = out.get(0);
        String[] keys = {a.receiptKey(), prefix + thread};
        String[] args = {a.nonce(), base == null ? "" : StateJson.threadState(base), StateJson.threadState(next),
                Long.toString(ttlMillis)};
        // no store to count: when it is not answered the caller saves as usual, and that save is the one counted
        Redis.Pending<Long> kept = redis.startBehind(a.reply(), List.of(), "keep",
                c -> Redis.scriptAsync(c, KEEP, keys, args).thenApply(r -> (Long) r), null, () -> 0L);
        return () -> {
            Admitted decided = a.decided().getNow(null);
            if (!kept.done() && decided != null && decided.answers()
                    && args[1].equals(decided.state() == null ? "" : decided.state())) {
                local.save(thread, next);
                kept.whenDone(() -> {
                    Long w = kept.join();   // in at once: this runs when the reply (or a fault) is in
                    if (w == null || w != 1L) {
                        save(thread, next);
                    }
                });
                return true;
            }
            Long written = kept.join();
            if (written == null || written != 1L) {
                return false;
            }
            local.save(thread, next);
            return true;
        };
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
