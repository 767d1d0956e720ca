package org.thesisbot.state;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.metrics.CommandLatencyRecorder;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.state.StateHealth;

/**
 * The Lettuce connections to Redis, and the rule every Redis-backed store follows: <b>Redis faults never stop
 * answers</b>. Each command is bounded by {@code state.redis_timeout_ms}. A command that times out is tried
 * once more on a second connection with {@link #SETTLE_TIMEOUT} (a timed-out command may still have run, and a
 * dedupe claim must be settled, not guessed: guessing answers twice); any other fault, or a second one, is
 * answered from this process' own state instead ({@code local}), counted ({@value #ERRORS}, {@value #FALLBACKS})
 * and logged as a warning at most once per {@link #WARN_EVERY}.
 *
 * <p>When a command gets no answer within the settle budget either, when the connection is closed, or after
 * three other faults in a row, Redis is left alone for a back-off (250 ms, doubling to 2 s) so that a hung Redis
 * costs a few waits, not one per request; meanwhile every call goes straight to local state. A late reply alone
 * (a GC pause or a busy core here looks the same) starts nothing: that would answer retries twice. That back-off is a timestamp and a counter: a circuit-breaker library would add
 * a dependency for twenty lines. Lettuce reconnects a dropped connection by itself; a connection that could not
 * be opened at start (Redis down at deploy time) is retried here in the background, and a health probe
 * ({@code PING}) runs every second while degraded, so {@code /ready} shows recovery even when no traffic comes.
 */
final class Redis implements StateHealth, AutoCloseable {
    static final String ERRORS = "thesisbot.state.redis.errors";
    static final String FALLBACKS = "thesisbot.state.fallbacks";
    static final String LATENCY = "thesisbot.state.redis.latency";
    /** How long a {@link Pending#join} waited for a reply that was not in yet (joins that did not wait are not recorded). */
    static final String WAIT = "thesisbot.state.redis.wait";
    static final String SETTLED = "thesisbot.state.redis.settled";
    /** How long the one retry after a timeout may take (a claim's ack has a 3 s budget; guessing costs a duplicate). */
    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(1);
    static final Duration WARN_EVERY = Duration.ofSeconds(30);
    private static final int FAILURES_BEFORE_BACKOFF = 3;
    private static final Logger log = LoggerFactory.getLogger(Redis.class);
    private static final long MIN_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final RedisUrl url;
    private final Telemetry telemetry;
    private final ClientResources resources;
    private final RedisClient client;
    private final ScheduledExecutorService background;
    private final AtomicLong suppressedWarnings = new AtomicLong();
    private final AtomicLong fallbacksWhileDown = new AtomicLong();
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile StatefulRedisConnection<String, String> settle;
    private volatile long skipUntilNanos;
    private volatile int consecutiveFailures;
    private volatile long downSinceNanos;
    private volatile String lastError = "not connected yet";
    private volatile long lastWarnNanos = System.nanoTime() - WARN_EVERY.toNanos() - 1;
    private volatile boolean closed;

    private final List<Script> scripts;

    /** @param scripts Lua scripts the stores run, loaded (and so warmed up) as soon as a connection opens */
    Redis(RedisUrl url, Telemetry telemetry, List<Script> scripts) {
        this.url = url;
        this.telemetry = telemetry;
        this.scripts = List.copyOf(scripts);
        this.resources = ClientResources.builder()
                .ioThreadPoolSize(2)
                .computationThreadPoolSize(2)
                .commandLatencyRecorder(CommandLatencyRecorder.disabled())
                // reconnect quickly after a Redis restart: 50 ms, doubling to at most 2 s between attempts
                .reconnectDelay(Delay.exponential(Duration.ofMillis(50), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
                .build();
        this.client = RedisClient.create(resources, url.uri());
        client.setOptions(ClientOptions.builder()
                .autoReconnect(true)
                // while disconnected, fail at once (and answer from local state) instead of queueing commands
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .requestQueueSize(10_000)
                // every command times out after the connection's timeout: SETUP_TIMEOUT while connecting and
                // warming up, then state.redis_timeout_ms (see connect())
                .timeoutOptions(TimeoutOptions.enabled())
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofSeconds(1)).keepAlive(true).build())
                .build());
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "redis-health");
            t.setDaemon(true);
            return t;
        });
        this.downSinceNanos = System.nanoTime();
        connect();
        background.scheduleWithFixedDelay(this::probe, 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Runs a command that is safe to repeat; on any Redis fault (or during the back-off) answers with
     * {@code local} instead. A command that timed out is tried once more with the settle budget: a single
     * late reply (a GC pause, a busy core) must not cost a thread its context.
     */
    <T> T call(String store, String op, Function<RedisCommands<String, String>, T> command, Supplier<T> local) {
        return call(store, op, command, command, local);
    }

    /**
     * Runs a command. When it times out, {@code afterTimeout} (null: none) runs on the settle connection, whose
     * timeout is {@link #SETTLE_TIMEOUT}, to find out what the first attempt did: a timed-out command may
     * still have run in Redis, and a claim must be settled, not guessed. On any other fault, when the settle
     * fails too, or while Redis is known to be down, answers with {@code local}.
     */
    <T> T call(String store, String op, Function<RedisCommands<String, String>, T> command,
               Function<RedisCommands<String, String>, T> afterTimeout, Supplier<T> local) {
        return call(List.of(store), op, command, afterTimeout, local);
    }

    /**
     * As {@link #call(String, String, Function, Function, Supplier)} for one command that serves several stores
     * (one script): a fallback is counted once for each of {@code stores}.
     */
    <T> T call(List<String> stores, String op, Function<RedisCommands<String, String>, T> command,
               Function<RedisCommands<String, String>, T> afterTimeout, Supplier<T> local) {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null || System.nanoTime() < skipUntilNanos) {
            return fallback(stores, local);
        }
        long t0 = System.nanoTime();
        try {
            T value = command.apply(c.sync());
            telemetry.record(LATENCY, Duration.ofNanos(System.nanoTime() - t0), "op", op);
            succeeded();
            return value;
        } catch (RuntimeException e) {
            return afterFault(stores, op, e, afterTimeout, local);
        }
    }

    /** A command sent and not yet waited for ({@link #start}). */
    interface Pending<T> {
        /** Its value, waiting for it if need be; on a fault, what {@link #call} would have answered. */
        T join();

        /** True when {@link #join} would not wait: the reply (or a fault) is in, or it was answered locally. */
        default boolean done() {
            return true;
        }

        /** Runs {@code then} once {@link #done} (at once if it is; else on the thread that completes the reply). */
        default void whenDone(Runnable then) {
            then.run();
        }
    }

    /**
     * {@link #call(List, String, Function, Function, Supplier)} in two halves: {@code command} is sent now (on Lettuce's
     * event loop, without waiting), and {@link Pending#join} waits for its reply and applies the same rules to a fault:
     * a timeout is settled with {@code afterTimeout} on the settle connection, on the joining thread; anything else,
     * or Redis known to be down, answers {@code local}. Join from one thread, once. With no {@code stores}, a fault
     * answers {@code local} without counting a fallback: for a command the caller replaces when it is not answered.
     */
    <T> Pending<T> start(List<String> stores, String op,
                         Function<RedisAsyncCommands<String, String>, CompletionStage<T>> command,
                         Function<RedisCommands<String, String>, T> afterTimeout, Supplier<T> local) {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null || System.nanoTime() < skipUntilNanos) {
            T value = fallback(stores, local);
            return () -> value;
        }
        long t0 = System.nanoTime();
        java.util.concurrent.CompletableFuture<T> reply;
        try {
            reply = command.apply(c.async()).toCompletableFuture();
        } catch (RuntimeException e) {
            T value = afterFault(stores, op, e, afterTimeout, local);
            return () -> value;
        }
        // the round trip's own time, not the time until someone joins
        reply.whenComplete((v, e) -> {
            if (e == null) {
                telemetry.record(LATENCY, Duration.ofNanos(System.nanoTime() - t0), "op", op);
            }
        });
        return new Pending<>() {
            @Override
            public T join() {
                long j0 = reply.isDone() ? 0 : System.nanoTime();
                try {
                    // Lettuce times the command out after the connection's timeout; this bound is for a reply that never
                    // completes at all, and counts as hung
                    T value = reply.get(url.commandTimeout().toNanos() + SETTLE_TIMEOUT.toNanos(), TimeUnit.NANOSECONDS);
                    if (j0 != 0) {
                        telemetry.record(WAIT, Duration.ofNanos(System.nanoTime() - j0), "op", op);
                    }
                    succeeded();
                    return value;
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    return afterFault(stores, op, cause instanceof RuntimeException r ? r : new IllegalStateException(cause),
                            afterTimeout, local);
                } catch (java.util.concurrent.TimeoutException e) {
                    failed(op, new RedisCommandTimeoutException("no reply to " + op), true);
                    return fallback(stores, local);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed(op, new IllegalStateException("interrupted waiting for " + op), false);
                    return fallback(stores, local);
                }
            }

            @Override
            public boolean done() {
                return reply.isDone();
            }

            @Override
            public void whenDone(Runnable then) {
                reply.whenComplete((v, e) -> then.run());
            }
        };
    }

    /** What a command that failed with {@code e} answers: settled after a timeout, else from local state. */
    private <T> T afterFault(List<String> stores, String op, RuntimeException e,
                             Function<RedisCommands<String, String>, T> afterTimeout, Supplier<T> local) {
        if (!(e instanceof RedisCommandTimeoutException)) {
            failed(op, e, false);
            return fallback(stores, local);
        }
        telemetry.increment(ERRORS, "op", op, "kind", "timeout");
        StatefulRedisConnection<String, String> s = settle;
        if (afterTimeout == null || s == null || !s.isOpen()) {
            late(op, e);
            return fallback(stores, local);
        }
        try {
            T value = afterTimeout.apply(s.sync());
            telemetry.increment(SETTLED, "op", op);
            succeeded();
            return value;
        } catch (RuntimeException again) {
            failed(op, again, true);   // no answer within the settle budget either: Redis is hung or gone
            return fallback(stores, local);
        }
    }

    /**
     * Sends a command without waiting for it (writes nobody waits for, e.g. an answer kept for Share); a fault
     * is counted and logged like any other. Returns false, doing nothing, when Redis is known to be down. A write not
     * sent, or that fails, counts one fallback for {@code store}: the value is in this replica's own state only.
     */
    boolean send(String store, String op, Function<RedisAsyncCommands<String, String>, CompletionStage<?>> command) {
        StatefulRedisConnection<String, String> c = connection;
        if (c == null || System.nanoTime() < skipUntilNanos) {
            fallback(store, () -> null);
            return false;
        }
        inFlight.incrementAndGet();
        long t0 = System.nanoTime();
        try {
            command.apply(c.async()).whenComplete((v, e) -> {
                inFlight.decrementAndGet();
                Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
                if (cause instanceof RedisCommandTimeoutException) {
                    telemetry.increment(ERRORS, "op", op, "kind", "timeout");
                    late(op, cause);
                    fallback(store, () -> null);
                } else if (e != null) {
                    failed(op, e, false);
                    fallback(store, () -> null);
                } else {
                    telemetry.record(LATENCY, Duration.ofNanos(System.nanoTime() - t0), "op", op);
                    succeeded();
                }
            });
            return true;
        } catch (RuntimeException e) {
            inFlight.decrementAndGet();
            failed(op, e, false);
            return false;
        }
    }

    /** {@link #script} without waiting: {@code EVALSHA}, then {@code EVAL} if Redis answers {@code NOSCRIPT}. */
    static <T> CompletionStage<T> scriptAsync(RedisAsyncCommands<String, String> c, Script script, ScriptOutputType type,
                                              String[] keys, String... args) {
        return c.<T>evalsha(script.sha1(), type, keys, args).exceptionallyCompose(e -> {
            Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
            return cause instanceof RedisNoScriptException ? c.<T>eval(script.source(), type, keys, args)
                    : java.util.concurrent.CompletableFuture.failedStage(cause);
        });
    }

    /** Runs a Lua script by its SHA1, loading it first when Redis does not have it (e.g. after a Redis restart). */
    static <T> T script(RedisCommands<String, String> c, Script script, ScriptOutputType type, String[] keys, String... args) {
        try {
            return c.evalsha(script.sha1(), type, keys, args);
        } catch (RedisNoScriptException e) {
            return c.eval(script.source(), type, keys, args);
        }
    }

    /** A Lua script and its SHA1 (Redis' script cache key). */
    record Script(String source, String sha1) {
        static Script of(String source) {
            try {
                byte[] d = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
                return new Script(source, HexFormat.of().formatHex(d));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-1 is missing from this JVM", e);
            }
        }
    }

    boolean up() {
        return connection != null && downSinceNanos == 0;
    }

    @Override
    public boolean degraded() {
        return !up();
    }

    @Override
    public String detail() {
        if (up()) {
            return "state: shared in Redis at " + url.display();
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - downSinceNanos);
        return "state: DEGRADED, Redis at " + url.display() + " not answering for " + seconds + " s (" + lastError
                + "); answering from this replica's own memory, reconnecting";
    }

    String display() {
        return url.display();
    }

    private <T> T fallback(String store, Supplier<T> local) {
        return fallback(List.of(store), local);
    }

    /**
     * Answers {@code local} instead of Redis, counted once for each of {@code stores}. No stores: a command whose caller
     * does something else when it is not answered (a draft's state sent ahead is saved as usual instead), which counts
     * that instead; nothing is counted here, so one write is never two fallbacks.
     */
    private <T> T fallback(List<String> stores, Supplier<T> local) {
        for (String store : stores) {
            telemetry.increment(FALLBACKS, "store", store);
        }
        if (!stores.isEmpty()) {
            fallbacksWhileDown.incrementAndGet();
        }
        return local.get();
    }

    private void succeeded() {
        if (consecutiveFailures != 0 || downSinceNanos != 0) {
            recovered();
        }
    }

    private synchronized void recovered() {
        if (downSinceNanos != 0) {
            double seconds = (System.nanoTime() - downSinceNanos) / 1e9;
            log.info("Redis at {} is answering again after {} s; {} state calls were answered from local state meanwhile",
                    url.display(), String.format("%.1f", seconds), fallbacksWhileDown.getAndSet(0));
        }
        consecutiveFailures = 0;
        skipUntilNanos = 0;
        downSinceNanos = 0;
    }

    /**
     * A reply that came later than {@code state.redis_timeout_ms} and was not settled (already counted): logged,
     * and that call was answered locally. It says nothing certain about Redis (a GC pause or a busy core here
     * looks the same), so it neither marks Redis down nor starts the back-off: that would send every request of
     * the next quarter second to local state, and answer retries twice.
     */
    private void late(String op, Throwable e) {
        warn("Redis at {} answered late (timeout on {}: {}); that call was answered from this replica's local state",
                url.display(), op, firstLine(e.getMessage()));
    }

    /**
     * Records a fault: Redis counts as down (degraded) until the next success. The back-off starts at once when
     * the connection is closed or {@code hung} (no answer within the settle budget), else after
     * {@value #FAILURES_BEFORE_BACKOFF} faults in a row.
     */
    private void failed(String op, Throwable e, boolean hung) {
        Throwable cause = e instanceof java.util.concurrent.CompletionException && e.getCause() != null ? e.getCause() : e;
        String kind = cause instanceof RedisCommandTimeoutException ? "timeout"
                : cause instanceof RedisConnectionException || String.valueOf(cause.getMessage()).contains("not connected")
                ? "unavailable" : "error";
        telemetry.increment(ERRORS, "op", op, "kind", kind);
        long now = System.nanoTime();
        StatefulRedisConnection<String, String> c = connection;
        boolean closed = c == null || !c.isOpen();
        synchronized (this) {
            int failures = Math.min(consecutiveFailures + 1, 16);
            consecutiveFailures = failures;
            lastError = kind + ": " + cause.getClass().getSimpleName();
            if (closed || hung || failures >= FAILURES_BEFORE_BACKOFF) {
                skipUntilNanos = now + Math.min(MAX_BACKOFF_NANOS, MIN_BACKOFF_NANOS << Math.min(failures - 1, 4));
            }
            if (downSinceNanos == 0) {
                downSinceNanos = now;
            }
        }
        warn("Redis at {} failed ({} on {}: {}); answering from this replica's local state until it is back",
                url.display(), kind, op, cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage()));
    }

    /** At most one warning per {@link #WARN_EVERY}; the next one says how many were held back. */
    private void warn(String format, Object... args) {
        long now = System.nanoTime();
        if (now - lastWarnNanos < WARN_EVERY.toNanos()) {
            suppressedWarnings.incrementAndGet();
            return;
        }
        lastWarnNanos = now;
        long held = suppressedWarnings.getAndSet(0);
        log.warn(format + (held > 0 ? " [" + held + " similar warnings in the last " + WARN_EVERY.toSeconds() + " s]" : ""), args);
    }

    private void connect() {
        if (closed) {
            return;
        }
        try {
            StatefulRedisConnection<String, String> c = client.connect(StringCodec.UTF8);
            StatefulRedisConnection<String, String> s = null;
            try {
                s = client.connect(StringCodec.UTF8);
                warmUp(c);
                warmUp(s);
            } catch (RuntimeException e) {
                c.close();
                if (s != null) {
                    s.close();
                }
                throw e;
            }
            c.setTimeout(url.commandTimeout());
            s.setTimeout(SETTLE_TIMEOUT);
            settle = s;
            connection = c;
            log.info("state: shared in Redis at {} (command timeout {} ms)", url.display(), url.commandTimeout().toMillis());
            if (lastError.startsWith("cannot connect")) {
                recovered();
            } else {
                downSinceNanos = 0;
            }
        } catch (RuntimeException e) {
            lastError = "cannot connect: " + e.getClass().getSimpleName();
            warn("Redis at {} cannot be reached ({}); answering from this replica's local state and retrying in the background",
                    url.display(), firstLine(e.getMessage()));
        }
    }

    /**
     * The first commands of a JVM load and compile Lettuce's code paths, which can take longer than a command
     * timeout of tens of milliseconds: run each kind once, with the setup timeout, before requests use them.
     */
    private void warmUp(StatefulRedisConnection<String, String> c) {
        RedisCommands<String, String> sync = c.sync();
        for (int i = 0; i < 3; i++) {
            sync.ping();
            for (Script s : scripts) {
                sync.scriptLoad(s.source());
            }
            String key = "thesisbot:warmup:" + ProcessHandle.current().pid();
            sync.set(key, "{\"v\":1}", io.lettuce.core.SetArgs.Builder.nx().px(1000));
            sync.setGet(key, "{\"v\":1}", io.lettuce.core.SetArgs.Builder.px(1000));
            sync.get(key);
            sync.exists(key);
            sync.del(key);
            // the scripts' reply shapes (a number; a list with a nil in it) through Lettuce's script path
            sync.eval("return 1", ScriptOutputType.INTEGER);
            sync.eval("return {'warm-up', false}", ScriptOutputType.MULTI);
        }
    }

    /** Every second: open the connection if it never opened; while degraded, PING to notice recovery. */
    private void probe() {
        try {
            StatefulRedisConnection<String, String> c = connection;
            if (c == null) {
                connect();
            } else if (!up() && c.isOpen()) {
                c.sync().ping();
                succeeded();
            }
        } catch (RuntimeException e) {
            lastError = "probe: " + e.getClass().getSimpleName();
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    @Override
    public void close() {
        closed = true;
        background.shutdownNow();
        // writes sent without waiting (thread state, answers kept for Share) reach Redis before the connection closes
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (StatefulRedisConnection<String, String> c : new ArrayList<>(Arrays.asList(connection, settle))) {
            if (c != null) {
                c.close();
            }
        }
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        resources.shutdown(0, 2, TimeUnit.SECONDS);
    }
}
