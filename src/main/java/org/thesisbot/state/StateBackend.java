package org.thesisbot.state;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.config.Settings;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.state.StateHealth;
import org.thesisbot.core.state.StateStores;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;

/**
 * The state the server runs on, chosen once at start: in this process (the default: zero setup), or shared in
 * Redis when {@code THESISBOT_REDIS_URL} is set, so that replicas and restarts share thread context, dedupe,
 * rate limits, recent answers and votes. With Redis every store keeps a local copy within
 * {@code state.local_memory_mb} and answers from it whenever Redis is down or slow (see {@link Redis}).
 */
public final class StateBackend implements AutoCloseable {
    /** Calls answered from local state because Redis failed or was left alone, by {@code store}. */
    public static final String FALLBACKS = Redis.FALLBACKS;
    /** The stores, as the {@code store} tag of {@link #FALLBACKS} names them. */
    public static final List<String> STORES = List.of("threads", "events", "messages", "replied_threads", "rates",
            "answers", "feedback");
    private static final Logger log = LoggerFactory.getLogger(StateBackend.class);

    private final StateStores stores;
    private final LocalCaches caches;
    private final Redis redis;

    private StateBackend(StateStores stores, LocalCaches caches, Redis redis) {
        this.stores = stores;
        this.caches = caches;
        this.redis = redis;
    }

    /**
     * @param redisUrl {@code THESISBOT_REDIS_URL}, or null / blank for in-memory state
     * @throws org.thesisbot.config.ConfigException when the URL is malformed (never when Redis is merely down)
     */
    public static StateBackend open(Settings settings, String redisUrl, Clock clock, Telemetry telemetry) {
        StateBudget budget = StateBudget.of(settings);
        LocalCaches caches = LocalCaches.background(clock);
        if (redisUrl == null || redisUrl.isBlank()) {
            log.info("state: in memory (this process only; set {} to share it between replicas and restarts)", RedisUrl.VARIABLE);
            return new StateBackend(InMemoryState.create(budget, caches, StateHealth.LOCAL), caches, null);
        }
        RedisUrl url = RedisUrl.parse(redisUrl, Duration.ofMillis(settings.state().redisTimeoutMs()));
        StateJson.threadState(ThreadState.empty(clock.instant()));   // load the JSON code before the first request
        Redis redis = new Redis(url, telemetry, List.of(RedisAdmissions.ADMIT, RedisRateLimits.SLIDING_WINDOW, RedisFeedback.VOTE));
        return new StateBackend(shared(budget, caches, redis, settings.state().redisKeyPrefix(), clock, telemetry),
                caches, redis);
    }

    /** Thread state in memory, maintained on the caller's thread: for the CLI and tests that build a brain alone. */
    public static ThreadStore inMemoryThreads(Settings settings, Clock clock) {
        StateBudget b = StateBudget.of(settings);
        return new InMemoryThreadStore(b.threadTtl(), b.threadBytes(), LocalCaches.direct(clock));
    }

    /**
     * Every store in memory, maintained on the caller's thread (no background thread to close): for tests and
     * tools. The server uses {@link #open}, whose maintenance runs off the request path.
     */
    public static StateStores inMemory(Settings settings, Clock clock) {
        return InMemoryState.create(StateBudget.of(settings), LocalCaches.direct(clock), StateHealth.LOCAL);
    }

    static StateStores shared(StateBudget b, LocalCaches caches, Redis redis, String prefix, Clock clock,
                              Telemetry telemetry) {
        StateStores local = InMemoryState.create(b, caches, redis);
        String replica = replicaId();
        Unreadable unreadable = (kind, key, problem) -> {
            telemetry.increment("thesisbot.state.unreadable", "kind", kind);
            log.warn("state: the stored {} '{}' cannot be read and is ignored: {}", kind, key, problem.getMessage());
        };
        RedisThreadStore threads = new RedisThreadStore(redis, prefix, b.threadTtl(), local.threads(), unreadable,
                caches.clock(), b.primedBytes());
        return new StateStores(
                threads,
                new RedisKeys(redis, "events", "event", prefix, b.dedupeTtl(), local.events(), replica, clock),
                new RedisKeys(redis, "messages", "message", prefix, b.dedupeTtl(), local.messages(), replica, clock),
                new RedisKeys(redis, "replied_threads", "replied", prefix, b.threadTtl(), local.repliedThreads(), replica,
                        clock),
                new RedisRateLimits(redis, prefix, local.rateLimits(), clock),
                new RedisAdmissions(redis, prefix, b.dedupeTtl(), b.threadTtl(), local.events(), local.messages(),
                        local.rateLimits(), local.repliedThreads(), threads, replica, clock),
                new RedisRecentAnswers(redis, prefix, b.answersTtl(), local.answers(), unreadable),
                new RedisFeedback(redis, prefix, b.feedbackTtl(), local.feedback()),
                redis);
    }

    /** host:pid, named in claim values so an operator can tell which replica took an event. */
    private static String replicaId() {
        String host = System.getenv("HOSTNAME");
        return (host == null || host.isBlank() ? "" : host + "/") + ProcessHandle.current().pid();
    }

    public StateStores stores() {
        return stores;
    }

    public StateHealth health() {
        return stores.health();
    }

    /** True when Redis is configured and answering (1 on the {@code thesisbot.state.redis.up} gauge). */
    public boolean redisUp() {
        return redis != null && redis.up();
    }

    public boolean redisConfigured() {
        return redis != null;
    }

    @Override
    public void close() {
        if (redis != null) {
            redis.close();
        }
        caches.close();
    }
}
