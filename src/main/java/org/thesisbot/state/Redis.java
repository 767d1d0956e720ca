package org.thesisbot.state;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.state.StateHealth;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.params.SetParams;

/**
 * The connections to Redis, and the rule every Redis-backed store follows: <b>Redis faults never stop answers</b>.
 * Each command is bounded by {@code state.redis_timeout_ms}. A command that times out is tried once more on a
 * second connection with {@link #SETTLE_TIMEOUT} (a timed-out command may still have run, and a dedupe claim must be
 * settled, not guessed: guessing answers twice); any other fault, or a second one, is answered from this process' own
 * state instead ({@code local}), counted ({@value #ERRORS}, {@value #FALLBACKS}) and logged as a warning at most once
 * per {@link #WARN_EVERY}.
 *
 * <p>When a command gets no answer within the settle budget either, when no connection is left open, or after three
 * other faults in a row, Redis is left alone for a back-off (250 ms, doubling to 2 s) so that a hung Redis costs a
 * few waits, not one per request; meanwhile every call goes straight to local state. A late reply alone (a GC pause
 * or a busy core here looks the same) starts nothing: that would answer retries twice. That back-off is a timestamp
 * and a counter: a circuit-breaker library would add a dependency for twenty lines.
 *
 * <p><b>Blocking connections, driven by the threads that use them</b> ({@link Wire}, Jedis' {@code Connection}): a
 * command is written by the thread that asks, and its reply read by the thread that waits for it, so an answered
 * question wakes no I/O thread on the replica's core (an event loop, as Lettuce has, is woken for every command sent
 * and every reply). {@value #WIRES} connections are kept open; each command goes to the one owing fewest replies. A
 * reply nobody waits for (a write sent and left) is read by the next command on its
 * connection, or within a second by the health thread; one that comes after its own deadline but while a command
 * behind it still has time is taken (see {@link Wire#await}). A connection that times out or fails is closed (its
 * stream could be halfway through a reply) and a new one opened at once in the background; a command that finds its
 * connection closed under it goes on another (it never reached Redis); a connection that could not be
 * opened (Redis down at deploy time, or gone) is retried every second, and a health probe ({@code PING}) runs every
 * second while degraded, so {@code /ready} shows recovery even when no traffic comes.
 */
final class Redis implements StateHealth, AutoCloseable {
    static final String ERRORS = "thesisbot.state.redis.errors";
    static final String FALLBACKS = "thesisbot.state.fallbacks";
    /** From a command's send to its reply's read (a reply nobody waits for is read later: see the class comment). */
    static final String LATENCY = "thesisbot.state.redis.latency";
    /** How long a {@link Pending#join} waited for a reply that was not in yet (joins that did not wait are not recorded). */
    static final String WAIT = "thesisbot.state.redis.wait";
    static final String SETTLED = "thesisbot.state.redis.settled";
    /** How long the one retry after a timeout may take (a claim's ack has a 3 s budget; guessing costs a duplicate). */
    static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(1);
    static final Duration WARN_EVERY = Duration.ofSeconds(30);
    /** Connections kept open for commands (the settle connection is one more). */
    static final int WIRES = 4;
    /**
     * A connection unused this long is PINGed by the health thread: one that Redis (its {@code timeout} setting) or
     * something between closed while idle is found and replaced before a question would have found it.
     */
    static final Duration IDLE_PING = Duration.ofSeconds(10);
    /** Redis' commands as Jedis builds them: the arguments, and how each reply is read. */
    static final CommandObjects COMMANDS = new CommandObjects(RedisProtocol.RESP2);
    private static final int FAILURES_BEFORE_BACKOFF = 3;
    private static final Logger log = LoggerFactory.getLogger(Redis.class);
    private static final long MIN_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(250);
    private static final long MAX_BACKOFF_NANOS = TimeUnit.SECONDS.toNanos(2);

    private final RedisUrl url;
    private final Telemetry telemetry;
    private final ScheduledExecutorService background;
    private final AtomicLong suppressedWarnings = new AtomicLong();
    private final AtomicLong fallbacksWhileDown = new AtomicLong();
    private final AtomicBoolean refilling = new AtomicBoolean();
    private final List<Script> scripts;
    private volatile List<Wire> wires = List.of();
    private volatile Wire settle;
    private volatile long skipUntilNanos;
    private volatile int consecutiveFailures;
    private volatile long downSinceNanos;
    private volatile String lastError = "not connected yet";
    private volatile long lastWarnNanos = System.nanoTime() - WARN_EVERY.toNanos() - 1;
    private volatile boolean closed;

    /** Commands on one connection, each waited for on the calling thread: its reply, or Jedis' or {@link Wire}'s fault. */
    interface Sync {
        <T> T run(CommandObject<T> command);
    }

    /** Commands on one connection, sent in order without waiting: their replies, once read. */
    interface Async {
        <T> CompletableFuture<T> send(CommandObject<T> command);
    }

    /** One connection, as {@link Sync} and as {@link Async}. */
    private record On(Wire wire) implements Sync, Async {
        @Override
        public <T> T run(CommandObject<T> command) {
            Wire.Sent<T> s = wire.send(command);
            wire.await(s.reply, s.deadlineNanos);
            return joined(s.reply);
        }

        @Override
        public <T> CompletableFuture<T> send(CommandObject<T> command) {
            return wire.send(command).reply;
        }
    }

    /** @param scripts Lua scripts the stores run, loaded (and so warmed up) as soon as the connections open */
    Redis(RedisUrl url, Telemetry telemetry, List<Script> scripts) {
        this.url = url;
        this.telemetry = telemetry;
        this.scripts = List.copyOf(scripts);
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
    <T> T call(String store, String op, Function<Sync, T> command, Supplier<T> local) {
        return call(store, op, command, command, local);
    }

    /**
     * Runs a command. When it times out, {@code afterTimeout} (null: none) runs on the settle connection, whose
     * timeout is {@link #SETTLE_TIMEOUT}, to find out what the first attempt did: a timed-out command may
     * still have run in Redis, and a claim must be settled, not guessed. On any other fault, when the settle
     * fails too, or while Redis is known to be down, answers with {@code local}.
     */
    <T> T call(String store, String op, Function<Sync, T> command, Function<Sync, T> afterTimeout, Supplier<T> local) {
        return call(List.of(store), op, command, afterTimeout, local);
    }

    /**
     * As {@link #call(String, String, Function, Function, Supplier)} for one command that serves several stores
     * (one script): a fallback is counted once for each of {@code stores}.
     */
    <T> T call(List<String> stores, String op, Function<Sync, T> command, Function<Sync, T> afterTimeout,
               Supplier<T> local) {
        for (int attempt = 0; ; attempt++) {
            Wire w = System.nanoTime() < skipUntilNanos ? null : pick();
            if (w == null) {
                return unconnected(stores, op, local);
            }
            long t0 = System.nanoTime();
            try {
                T value = command.apply(new On(w));
                telemetry.record(LATENCY, Duration.ofNanos(System.nanoTime() - t0), "op", op);
                succeeded();
                return value;
            } catch (Wire.Closed e) {
                if (attempt >= WIRES) {   // nothing was sent: on another connection
                    return afterFault(stores, op, e, afterTimeout, local);
                }
            } catch (RuntimeException e) {
                return afterFault(stores, op, e, afterTimeout, local);
            }
        }
    }

    /** A command sent and not yet waited for ({@link #start}). */
    interface Pending<T> {
        /** Its value, waiting for it if need be; on a fault, what {@link #call} would have answered. */
        T join();
    }

    /**
     * {@link #call(List, String, Function, Function, Supplier)} in two halves: {@code command} is sent now (written on
     * this thread, not waited for), and {@link Pending#join} reads its reply and applies the same rules to a fault: a
     * timeout is settled with {@code afterTimeout} on the settle connection, on the joining thread; anything else, or
     * Redis known to be down, answers {@code local}. Join from one thread, once.
     */
    <T> Pending<T> start(List<String> stores, String op, Function<Async, CompletableFuture<T>> command,
                         Function<Sync, T> afterTimeout, Supplier<T> local) {
        for (int attempt = 0; ; attempt++) {
            Wire w = System.nanoTime() < skipUntilNanos ? null : pick();
            if (w == null) {
                T value = unconnected(stores, op, local);
                return () -> value;
            }
            Pending<T> p = sent(w, stores, op, command, afterTimeout, local, attempt < WIRES);
            if (p != null) {
                return p;
            }
        }
    }

    /** {@code command} sent on {@code w}; null when {@code w} was closed before it and {@code another} may be tried. */
    private <T> Pending<T> sent(Wire w, List<String> stores, String op, Function<Async, CompletableFuture<T>> command,
                                Function<Sync, T> afterTimeout, Supplier<T> local, boolean another) {
        long t0 = System.nanoTime();
        CompletableFuture<T> reply;
        try {
            reply = command.apply(new On(w));
        } catch (Wire.Closed e) {
            if (another) {
                return null;
            }
            T value = afterFault(stores, op, e, afterTimeout, local);
            return () -> value;
        } catch (RuntimeException e) {
            T value = afterFault(stores, op, e, afterTimeout, local);
            return () -> value;
        }
        reply.whenComplete((v, e) -> {
            if (e == null) {
                telemetry.record(LATENCY, Duration.ofNanos(System.nanoTime() - t0), "op", op);
            }
        });
        return new Out<>(w, reply, t0 + w.timeoutNanos(), stores, op, afterTimeout, local);
    }

    /** A command sent on {@code wire}: joining reads its reply there. */
    private final class Out<T> implements Pending<T> {
        private final Wire wire;
        private final CompletableFuture<T> reply;
        private final long deadlineNanos;
        private final List<String> stores;
        private final String op;
        private final Function<Sync, T> afterTimeout;
        private final Supplier<T> local;

        Out(Wire wire, CompletableFuture<T> reply, long deadlineNanos, List<String> stores, String op,
            Function<Sync, T> afterTimeout, Supplier<T> local) {
            this.wire = wire;
            this.reply = reply;
            this.deadlineNanos = deadlineNanos;
            this.stores = stores;
            this.op = op;
            this.afterTimeout = afterTimeout;
            this.local = local;
        }

        @Override
        public T join() {
            try {
                if (!reply.isDone()) {
                    long j0 = System.nanoTime();
                    if (wire.await(reply, deadlineNanos)) {
                        telemetry.record(WAIT, Duration.ofNanos(System.nanoTime() - j0), "op", op);
                    }
                }
                T value = joined(reply);
                succeeded();
                return value;
            } catch (RuntimeException e) {
                return afterFault(stores, op, e, afterTimeout, local);
            }
        }
    }

    /** What a command that failed with {@code e} answers: settled after a timeout, else from local state. */
    private <T> T afterFault(List<String> stores, String op, RuntimeException e, Function<Sync, T> afterTimeout,
                             Supplier<T> local) {
        if (!(e instanceof Wire.Lost)) {
            failed(op, e, false);
            return fallback(stores, local);
        }
        telemetry.increment(ERRORS, "op", op, "kind", "timeout");
        refillSoon();   // the connection that timed out was closed
        Wire s = settle;
        if (afterTimeout == null || s == null || !s.open()) {
            late(op, e);
            return fallback(stores, local);
        }
        try {
            T value = afterTimeout.apply(new On(s));
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
    boolean send(String store, String op, Function<Async, CompletableFuture<?>> command) {
        for (int attempt = 0; ; attempt++) {
            Wire w = System.nanoTime() < skipUntilNanos ? null : pick();
            if (w == null) {
                fallback(store, () -> null);
                return false;
            }
            try {
                sendOn(w, store, op, command);
                return true;
            } catch (Wire.Closed e) {
                if (attempt >= WIRES) {   // nothing was sent: on another connection
                    failed(op, e, false);
                    fallback(store, () -> null);
                    return false;
                }
            } catch (RuntimeException e) {
                failed(op, e, false);
                fallback(store, () -> null);
                return false;
            }
        }
    }

    private void sendOn(Wire w, String store, String op, Function<Async, CompletableFuture<?>> command) {
        long t0 = System.nanoTime();
        command.apply(new On(w)).whenComplete((v, e) -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            if (cause instanceof Wire.Lost) {
                telemetry.increment(ERRORS, "op", op, "kind", "timeout");
                refillSoon();
                late(op, cause);
                fallback(store, () -> null);
            } else if (e != null) {
                failed(op, cause, false);
                fallback(store, () -> null);
            } else {
                telemetry.record(LATENCY, Duration.ofNanos(System.nanoTime() - t0), "op", op);
                succeeded();
            }
        });
    }

    /** {@link #script} without waiting: {@code EVALSHA}, then {@code EVAL} if Redis answers {@code NOSCRIPT}. */
    static CompletableFuture<Object> scriptAsync(Async c, Script script, String[] keys, String... args) {
        List<String> k = List.of(keys);
        List<String> a = List.of(args);
        return c.send(COMMANDS.evalsha(script.sha1(), k, a)).exceptionallyCompose(e -> {
            Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
            return cause instanceof JedisNoScriptException ? c.send(COMMANDS.eval(script.source(), k, a))
                    : CompletableFuture.failedFuture(cause);
        });
    }

    /**
     * Runs a Lua script by its SHA1, loading it first when Redis does not have it (e.g. after a Redis restart). Its
     * reply as Jedis reads it: a number is a {@code Long}, a string a {@code String}, a list a {@code List} (nil: null).
     */
    static Object script(Sync c, Script script, String[] keys, String... args) {
        List<String> k = List.of(keys);
        List<String> a = List.of(args);
        try {
            return c.run(COMMANDS.evalsha(script.sha1(), k, a));
        } catch (JedisNoScriptException e) {
            return c.run(COMMANDS.eval(script.source(), k, a));
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
        return downSinceNanos == 0 && pick() != null;
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
        long since = downSinceNanos;
        long seconds = since == 0 ? 0 : TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - since);
        return "state: DEGRADED, Redis at " + url.display() + " not answering for " + seconds + " s (" + lastError
                + "); answering from this replica's own memory, reconnecting";
    }

    String display() {
        return url.display();
    }

    /** The open connection owing fewest replies (the first one owing none), or null when none is open. */
    private Wire pick() {
        Wire best = null;
        for (Wire w : wires) {
            if (w.open() && (best == null || w.owing() < best.owing())) {
                best = w;
                if (w.owing() == 0) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * A call during the back-off, or while no connection is open: answered locally. No connection open (they closed on
     * faults and none could be opened again yet) is a fault of its own, which starts the back-off; before the first
     * connection ever opened, the health thread is already retrying and nothing more is counted.
     */
    private <T> T unconnected(List<String> stores, String op, Supplier<T> local) {
        if (System.nanoTime() >= skipUntilNanos && !wires.isEmpty()) {
            failed(op, new JedisConnectionException("no connection open"), false);
        }
        return fallback(stores, local);
    }

    private <T> T fallback(String store, Supplier<T> local) {
        return fallback(List.of(store), local);
    }

    /** Answers {@code local} instead of Redis, counted once for each of {@code stores}. */
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
     * no connection is left open or {@code hung} (no answer within the settle budget), else after
     * {@value #FAILURES_BEFORE_BACKOFF} faults in a row.
     */
    private void failed(String op, Throwable e, boolean hung) {
        Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        String kind = cause instanceof Wire.Lost ? "timeout" : cause instanceof JedisConnectionException ? "unavailable" : "error";
        telemetry.increment(ERRORS, "op", op, "kind", kind);
        if (kind.equals("unavailable")) {
            closeIdle();
        }
        long now = System.nanoTime();
        boolean none = pick() == null;
        synchronized (this) {
            int failures = Math.min(consecutiveFailures + 1, 16);
            consecutiveFailures = failures;
            lastError = kind + ": " + cause.getClass().getSimpleName();
            if (none || hung || failures >= FAILURES_BEFORE_BACKOFF) {
                skipUntilNanos = now + Math.min(MAX_BACKOFF_NANOS, MIN_BACKOFF_NANOS << Math.min(failures - 1, 4));
            }
            if (downSinceNanos == 0) {
                downSinceNanos = now;
            }
        }
        refillSoon();
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

    /** Opens every connection and warms each up; on failure, the health thread tries again every second. */
    private void connect() {
        if (closed) {
            return;
        }
        List<Wire> opened = new ArrayList<>();
        try {
            for (int i = 0; i <= WIRES; i++) {
                Wire w = new Wire(url.where(), url.config(), i == WIRES ? SETTLE_TIMEOUT : url.commandTimeout());
                opened.add(w);
                warmUp(w);
            }
        } catch (RuntimeException e) {
            opened.forEach(Wire::close);
            lastError = "cannot connect: " + e.getClass().getSimpleName();
            warn("Redis at {} cannot be reached ({}); answering from this replica's local state and retrying in the background",
                    url.display(), firstLine(e.getMessage()));
            return;
        }
        settle = opened.remove(WIRES);
        wires = List.copyOf(opened);
        log.info("state: shared in Redis at {} (command timeout {} ms)", url.display(), url.commandTimeout().toMillis());
        if (lastError.startsWith("cannot connect")) {
            recovered();   // logs how long it took
        } else {
            downSinceNanos = 0;
        }
    }

    /**
     * The first commands of a JVM load and compile the client's code paths, which can take longer than a command
     * timeout of tens of milliseconds: run each kind once, with the setup timeout, before requests use them.
     */
    private void warmUp(Wire w) {
        long setup = RedisUrl.SETUP_TIMEOUT.toNanos();
        Sync sync = new Sync() {
            @Override
            public <T> T run(CommandObject<T> command) {
                Wire.Sent<T> s = w.send(command, setup);
                w.await(s.reply, s.deadlineNanos);
                return joined(s.reply);
            }
        };
        Async async = new Async() {
            @Override
            public <T> CompletableFuture<T> send(CommandObject<T> command) {
                return w.send(command, setup).reply;
            }
        };
        for (int i = 0; i < 3; i++) {
            sync.run(COMMANDS.ping());
            for (Script s : scripts) {
                sync.run(COMMANDS.scriptLoad(s.source()));
            }
            String key = "thesisbot:warmup:" + ProcessHandle.current().pid();
            sync.run(COMMANDS.set(key, "{\"v\":1}", SetParams.setParams().nx().px(1000)));
            sync.run(COMMANDS.setGet(key, "{\"v\":1}", SetParams.setParams().px(1000)));
            CompletableFuture<String> sent = async.send(COMMANDS.get(key));
            w.await(sent, System.nanoTime() + setup);
            joined(sent);
            sync.run(COMMANDS.exists(key));
            sync.run(COMMANDS.del(key));
            // the scripts' reply shapes (a number; a list with a nil in it)
            sync.run(COMMANDS.eval("return 1", List.of(), List.of()));
            sync.run(COMMANDS.eval("return {'warm-up', false}", List.of(), List.of()));
        }
    }

    /**
     * After a connection fault (Redis closed it, or the connection broke), the connections owing no reply are closed
     * too and replaced: they went to the same server, and one that Redis dropped (a restart, a crash, a failover)
     * looks open here until it is used, so the question that used it would be answered locally. A connection owing
     * replies is read, and fails or not, by those waiting for them; a command that had just picked a connection closed
     * here goes on another ({@link Wire.Closed}).
     */
    private void closeIdle() {
        List<Wire> all = new ArrayList<>(wires);
        all.add(settle);
        for (Wire w : all) {
            if (w != null && w.open() && w.owing() == 0) {
                w.close();
            }
        }
    }

    /** Opens connections in place of closed ones, on the health thread, at once (at most one such task queued). */
    private void refillSoon() {
        if (!closed && refilling.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    refilling.set(false);
                    refill();
                });
            } catch (RuntimeException e) {
                refilling.set(false);   // shutting down
            }
        }
    }

    /** Replaces closed connections (never warmed up again: the code paths are warm); false when Redis cannot be reached. */
    private boolean refill() {
        if (closed || wires.isEmpty()) {
            return true;
        }
        try {
            List<Wire> now = new ArrayList<>(wires);
            for (int i = 0; i < now.size(); i++) {
                if (!now.get(i).open()) {
                    now.set(i, new Wire(url.where(), url.config(), url.commandTimeout()));
                    wires = List.copyOf(now);
                }
            }
            Wire s = settle;
            if (s == null || !s.open()) {
                settle = new Wire(url.where(), url.config(), SETTLE_TIMEOUT);
            }
            return true;
        } catch (RuntimeException e) {
            lastError = "cannot connect: " + e.getClass().getSimpleName();
            return false;
        }
    }

    /**
     * Every second: open the connections if they never opened, or in place of closed ones; read replies nobody waits
     * for; PING connections idle for {@link #IDLE_PING}; while degraded, PING to notice recovery.
     */
    private void probe() {
        try {
            if (wires.isEmpty()) {
                connect();
                return;
            }
            // replies owed to writes nobody waits for are read first, whether or not Redis can be reached: a write
            // sent just before Redis went away is counted (a fallback) now, not when a connection opens again
            for (Wire w : wires) {
                w.drain(64, true);
            }
            if (!refill()) {
                return;
            }
            List<Wire> all = new ArrayList<>(wires);
            all.add(settle);
            for (Wire w : all) {
                w.drain(64, true);
                if (w.open() && w.owing() == 0 && System.nanoTime() - w.lastSentNanos() > IDLE_PING.toNanos()) {
                    try {
                        new On(w).run(COMMANDS.ping());
                    } catch (RuntimeException e) {
                        refillSoon();   // closed: replaced now rather than when a question needs it
                    }
                }
            }
            if (downSinceNanos != 0) {
                Wire w = pick();
                if (w != null) {
                    new On(w).run(COMMANDS.ping());
                    succeeded();
                }
            }
        } catch (RuntimeException e) {
            lastError = "probe: " + e.getClass().getSimpleName();
        }
    }

    /** A reply's value, or its fault (unwrapped). */
    static <T> T joined(CompletableFuture<T> reply) {
        try {
            return reply.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
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
        // replies still owed (writes sent without waiting: thread state, answers kept for Share) are read before the connections close: the writes are in Redis, and counted
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (wires.stream().anyMatch(w -> w.open() && w.owing() > 0) && System.nanoTime() < deadline) {
            for (Wire w : wires) {
                w.drain(64, false);
            }
            if (wires.stream().anyMatch(w -> w.open() && w.owing() > 0)) {
                try {
                    Thread.sleep(5);   // another thread is reading
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        for (Wire w : wires) {
            w.close();
        }
        Wire s = settle;
        if (s != null) {
            s.close();
        }
    }
}
