package org.thesisbot.web;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The pool that answers {@code /api/ask} ({@code server.ask_workers} threads, {@code server.ask_queue}
 * waiting): slow work gets threads of its own, apart from the HTTP server's, so 300 questions against a
 * slow model cannot starve {@code /slack/events} or {@code /health}. Beyond the queue, a question is
 * refused at once ({@link #submit} throws a 503 with Retry-After) rather than left to wait.
 */
final class AskPool implements AutoCloseable {
    /** Seconds a refused caller is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private final ThreadPoolExecutor executor;
    private final AtomicInteger pending = new AtomicInteger();
    private final Runnable onBusy;

    /** @param onBusy called for every question refused because the pool is full (a counter) */
    AskPool(int workers, int queue, Runnable onBusy) {
        this.onBusy = onBusy;
        BlockingQueue<Runnable> q = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger n = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(workers, workers, 3, TimeUnit.SECONDS, q, r -> {
            Thread t = new Thread(r, "api-answer-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        }, new ThreadPoolExecutor.AbortPolicy());
        executor.allowCoreThreadTimeOut(true); // idle workers leave after 3 s: no threads kept for a past burst
    }

    /**
     * @throws ApiException 503 when every worker is busy and the queue is full
     */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        pending.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            onBusy.run();
            throw new ApiException(503, "busy: " + executor.getMaximumPoolSize() + " questions are being answered and "
                    + executor.getQueue().size() + " are waiting; try again in " + RETRY_AFTER_SECONDS + " s",
                    RETRY_AFTER_SECONDS);
        }
        return result;
    }

    /** Questions accepted and not yet answered. */
    int pending() {
        return pending.get();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
