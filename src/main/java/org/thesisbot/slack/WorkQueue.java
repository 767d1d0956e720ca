package org.thesisbot.slack;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the work behind an ack runs. Two bounded pools, so that the ack path only ever enqueues (and on the
 * HTTP path, only after the ack is written: {@link #submitAfterAck}):
 * <ul>
 *   <li>{@code answers}: {@code workers} threads and {@code queueCapacity} waiting jobs. The brain and
 *       every Slack call for an answer run here.</li>
 *   <li>{@code notices}: one thread for short replies that must not wait behind answers: "busy, try
 *       again", the rate-limit note. When even that queue is full the notice is dropped and logged.</li>
 * </ul>
 */
final class WorkQueue implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WorkQueue.class);
    private static final int NOTICE_CAPACITY = 500;

    private final ThreadPoolExecutor answers;
    private final ThreadPoolExecutor notices;
    private final AfterAck afterAck;

    WorkQueue(int workers, int queueCapacity, AfterAck afterAck) {
        this.afterAck = afterAck;
        this.answers = new ThreadPoolExecutor(workers, workers, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queueCapacity), daemon("slack-answer"), new ThreadPoolExecutor.AbortPolicy());
        this.notices = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(NOTICE_CAPACITY), daemon("slack-notice"), new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs the job on an answer worker; when the pool and its queue are full, runs {@code whenBusy} as a notice. */
    boolean submit(Runnable job, Runnable whenBusy) {
        try {
            answers.execute(job);
            return true;
        } catch (RejectedExecutionException e) {
            notice(whenBusy);
            return false;
        }
    }

    /**
     * {@link #submit} once the request being served on this thread has been acked (see {@link AfterAck}); for
     * listeners that do not need to know whether the pool took the job.
     */
    void submitAfterAck(Runnable job, Runnable whenBusy) {
        afterAck.run(() -> submit(job, whenBusy));
    }

    /** {@link #notice} once the request being served on this thread has been acked (see {@link AfterAck}). */
    void noticeAfterAck(Runnable notice) {
        afterAck.run(() -> notice(notice));
    }

    /** Runs a short reply on the notice thread; dropped (and logged) if that queue is full too. */
    void notice(Runnable notice) {
        try {
            notices.execute(notice);
        } catch (RejectedExecutionException e) {
            log.warn("Dropped a Slack notice: the notice queue is full or shut down");
        }
    }

    @Override
    public void close() {
        answers.shutdown();
        notices.shutdown();
        try {
            if (!answers.awaitTermination(10, TimeUnit.SECONDS)) {
                answers.shutdownNow();
            }
            if (!notices.awaitTermination(2, TimeUnit.SECONDS)) {
                notices.shutdownNow();
            }
        } catch (InterruptedException e) {
            answers.shutdownNow();
            notices.shutdownNow();
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
