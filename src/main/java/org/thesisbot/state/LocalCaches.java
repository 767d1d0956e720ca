package org.thesisbot.state;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * What every in-memory store shares: the clock, and one maintenance thread on which Caffeine evicts and
 * expires entries, so that no request (least of all a Slack ack) ever pays for a sweep. Caffeine's
 * {@link Scheduler} also wakes it when the next entry is due, so expired keys leave memory on time even
 * when the bot is idle.
 */
public final class LocalCaches implements AutoCloseable {
    private final Clock clock;
    private final Ticker ticker;
    private final Executor executor;
    private final ExecutorService owned;
    private final Scheduler scheduler;

    private LocalCaches(Clock clock, Executor executor, ExecutorService owned, Scheduler scheduler) {
        this.clock = clock;
        this.ticker = clock.equals(Clock.systemUTC()) || clock.equals(Clock.systemDefaultZone())
                ? Ticker.systemTicker() : () -> TimeUnit.MILLISECONDS.toNanos(clock.millis());
        this.executor = executor;
        this.owned = owned;
        this.scheduler = scheduler;
    }

    /** For the server: maintenance on a daemon thread of its own. */
    public static LocalCaches background(Clock clock) {
        ExecutorService maintenance = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "state-maintenance");
            t.setDaemon(true);
            return t;
        });
        return new LocalCaches(clock, maintenance, maintenance, Scheduler.systemScheduler());
    }

    /** For tests with a hand-moved clock: maintenance runs on the calling thread, deterministically. */
    public static LocalCaches direct(Clock clock) {
        return new LocalCaches(clock, Runnable::run, null, Scheduler.disabledScheduler());
    }

    /** For tests that watch the upkeep: maintenance handed to {@code executor}, expiry timers to {@code scheduler}. */
    static LocalCaches of(Clock clock, Executor executor, Scheduler scheduler) {
        return new LocalCaches(clock, executor, null, scheduler);
    }

    Clock clock() {
        return clock;
    }

    /** A builder with the shared ticker, executor and scheduler. */
    Caffeine<Object, Object> builder() {
        return Caffeine.newBuilder().ticker(ticker).executor(executor).scheduler(scheduler);
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
