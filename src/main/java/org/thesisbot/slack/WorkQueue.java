package org.thesisbot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the work behind an ack runs. Bounded pools, so that the ack path only ever enqueues (and on the
 * HTTP path, only after the ack is written: {@link #submitAfterAck}):
 * <ul>
 *   <li>{@code answers}: {@code workers} threads and {@code queueCapacity} waiting jobs. The brain and
 *       every Slack call for an answer run here.</li>
 *   <li>{@code notices}: one thread for short replies that must not wait behind answers: "busy, try
 *       again", the rate-limit note, "restarting". When even that queue is full the notice is dropped and
 *       logged.</li>
 *   <li>{@code instant}: two threads for the slash command's instant answers, so the ack waits for them
 *       only up to a budget and never on a thread it cannot leave.</li>
 * </ul>
 * On shutdown, {@link #idle()} says when everything acked has been answered, and {@link #abandonQueued()}
 * turns answers that will never start into "restarting, ask again" notices.
 */
final class WorkQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);
    private static final int NOTICE_CAPACITY = 500;
    private static final int INSTANT_THREADS = 2;
    private static final int INSTANT_CAPACITY = 50;

    private final ThreadPoolExecutor answers;
    private final ThreadPoolExecutor notices;
    private final ThreadPoolExecutor instant;
    /** Jobs accepted by any pool and not finished (the pools' own counts race between queue and worker). */
    private final AtomicInteger pending = new AtomicInteger();
    private final AfterAck afterAck;

    WorkQueue(int workers, int queueCapacity, AfterAck afterAck) {
        this.afterAck = afterAck;
        this.answers = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), daemon("slack-answer"), new ThreadPoolExecutor.AbortPolicy());
        this.notices = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(NOTICE_CAPACITY), daemon("slack-notice"), new ThreadPoolExecutor.AbortPolicy());
        this.instant = new ThreadPoolExecutor(INSTANT_THREADS, INSTANT_THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(INSTANT_CAPACITY), daemon("slack-instant"), new ThreadPoolExecutor.AbortPolicy());
    }

    /** An answer job and what to tell the user if shutdown comes before it starts. */
    private final class Job implements Runnable {
        private final Runnable work;
        private final Runnable whenRestarting;

        Job(Runnable work, Runnable whenRestarting) {
            this.work = work;
            this.whenRestarting = whenRestarting;
        }

        @Override
        public void run() {
            try {
                work.run();
            } finally {
                pending.decrementAndGet();
            }
        }
    }

    /** Runs {@code r} on {@code pool}, counted in {@link #pending} until it ends; false when the pool is full. */
    private boolean execute(ThreadPoolExecutor pool, Runnable r) {
        pending.incrementAndGet();
        try {
            pool.execute(r instanceof Job ? r : new Job(r, null));
            return true;
        } catch (RejectedExecutionException e) {
            pending.decrementAndGet();
            return false;
        }
    }

    /**
     * Runs the job on an answer worker; when the pool and its queue are full, runs {@code whenBusy} as a
     * notice. {@code whenRestarting} is sent instead of the job if the process shuts down before it starts.
     */
    boolean submit(Runnable job, Runnable whenBusy, Runnable whenRestarting) {
        if (execute(answers, new Job(job, whenRestarting))) {
            return true;
        }
        notice(whenBusy);
        return false;
    }

    /**
     * {@link #submit} once the request being served on this thread has been acked (see {@link AfterAck}); for
     * listeners that do not need to know whether the pool took the job.
     */
    void submitAfterAck(Runnable job, Runnable whenBusy, Runnable whenRestarting) {
        afterAck.run(() -> submit(job, whenBusy, whenRestarting));
    }

    /** {@link #notice} once the request being served on this thread has been acked (see {@link AfterAck}). */
    void noticeAfterAck(Runnable notice) {
        afterAck.run(() -> notice(notice));
    }

    /** Runs a short reply on the notice thread; dropped (and logged) if that queue is full too. */
    void notice(Runnable notice) {
        if (!execute(notices, notice)) {
            log.warn("Dropped a Slack notice: the notice queue is full or shut down");
        }
    }

    /**
     * Starts an instant computation on its own small pool.
     *
     * @throws RejectedExecutionException when that pool is full
     */
    <T> CompletableFuture<T> instant(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (!execute(instant, () -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        })) {
            throw new RejectedExecutionException("the instant pool is full");
        }
        return result;
    }

    /** True when nothing is running or waiting in any pool. */
    boolean idle() {
        return pending.get() == 0;
    }

    /** Answers waiting for a worker (for the shutdown log). */
    int waiting() {
        return answers.getQueue().size();
    }

    /** Answers being computed now. */
    int running() {
        return answers.getActiveCount();
    }

    /**
     * Takes every answer that has not started out of the queue and sends its "restarting" notice instead.
     *
     * @return how many were abandoned
     */
    int abandonQueued() {
        List<Runnable> queued = new ArrayList<>();
        answers.getQueue().drainTo(queued);
        for (Runnable r : queued) {
            pending.decrementAndGet();
            if (r instanceof Job job && job.whenRestarting != null) {
                notice(job.whenRestarting);
            }
        }
        return queued.size();
    }

    @Override
    public void close() {
        answers.shutdown();
        notices.shutdown();
        instant.shutdown();
        try {
            if (!answers.awaitTermination(10, TimeUnit.SECONDS)) {
                answers.shutdownNow();
            }
            if (!notices.awaitTermination(2, TimeUnit.SECONDS)) {
                notices.shutdownNow();
            }
            if (!instant.awaitTermination(2, TimeUnit.SECONDS)) {
                instant.shutdownNow();
            }
        } catch (InterruptedException e) {
            answers.shutdownNow();
            notices.shutdownNow();
            instant.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
