package org.thesisbot;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.edge.DrainGate;
import org.thesisbot.slack.SlackModule;
import org.thesisbot.web.WebServer;

/**
 * Graceful shutdown (SIGTERM): nothing acknowledged is lost, and the process exits within
 * {@code server.drain_seconds}.
 *
 * <ol>
 *   <li><b>Stop taking work.</b> {@code /slack/events} answers 503 before any ack (Slack delivers the
 *       event again later, to the next process or another replica), {@code /api/ask} 503 with Retry-After,
 *       {@code /ready} 503; Socket Mode disconnects. {@code /health} stays 200.</li>
 *   <li><b>Finish what was accepted</b>: the Slack answers running and queued, the API questions.</li>
 *   <li>At a quarter of the drain time before the end (at least 3 s), <b>model calls are cut short</b>:
 *       what has streamed is kept, otherwise the extractive answer is used, and later answers are
 *       extractive; they take milliseconds.</li>
 *   <li>A tenth of the drain time before the end (at least 1.5 s), Slack answers that have still not
 *       started get <b>"I'm restarting, please ask again"</b> instead.</li>
 *   <li>Then the servers stop; the caller exits with status 0.</li>
 * </ol>
 * {@link #drain()} runs once; later calls wait for the first to finish.
 */
final class Shutdown {
    private static final Logger log = LoggerFactory.getLogger(Shutdown.class);
    private static final long POLL_MILLIS = 25;

    private final DrainGate gate;
    private final WebServer web;
    private final SlackModule slack;
    private final Runnable cutModelCallsShort;
    private final Duration drainTime;
    private final AutoCloseable[] closeLast;
    private boolean done;

    /**
     * @param slack     null when Slack is not served
     * @param closeLast closed after the servers (the file watcher, the state backend); null entries are skipped
     */
    Shutdown(DrainGate gate, WebServer web, SlackModule slack, Runnable cutModelCallsShort, Duration drainTime,
             AutoCloseable... closeLast) {
        this.closeLast = closeLast;
        this.gate = gate;
        this.web = web;
        this.slack = slack;
        this.cutModelCallsShort = cutModelCallsShort;
        this.drainTime = drainTime;
    }

    synchronized void drain() {
        if (done) {
            return;
        }
        long start = System.nanoTime();
        long end = start + drainTime.toNanos();
        long cutAt = end - Math.max(Duration.ofSeconds(3).toNanos(), drainTime.toNanos() / 4);
        long abandonAt = end - Math.max(Duration.ofMillis(1500).toNanos(), drainTime.toNanos() / 10);
        gate.startDraining();
        if (slack != null) {
            slack.stopTakingWork();
        }
        log.info("shutdown: taking no new work (503 before any ack); finishing {} within {} s",
                describe(), drainTime.toSeconds());
        try {
            boolean idle = waitUntil(this::idle, cutAt);
            if (!idle) {
                log.info("shutdown: cutting model calls short so the remaining answers finish in time ({})", describe());
                cutModelCallsShort.run();
                idle = waitUntil(this::idle, abandonAt);
            }
            if (!idle && slack != null) {
                int abandoned = slack.abandonQueued();
                if (abandoned > 0) {
                    log.warn("shutdown: {} Slack questions had not started: told 'restarting, please ask again'", abandoned);
                }
                idle = waitUntil(this::idle, end);
            } else if (!idle) {
                idle = waitUntil(this::idle, end);
            }
            long ms = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (idle) {
                log.info("shutdown: drained in {} ms: every accepted question answered", ms);
            } else {
                log.error("shutdown: drain time ({} s) is up with work unfinished: {}", drainTime.toSeconds(), describe());
            }
            Thread.sleep(100); // the last responses leave the socket before the server stops
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (slack != null) {
                slack.close();
            }
            web.close();
            for (AutoCloseable c : closeLast) {
                if (c == null) {
                    continue;
                }
                try {
                    c.close();
                } catch (Exception e) {
                    log.warn("shutdown: closing {}: {}", c.getClass().getSimpleName(), e.toString());
                }
            }
            done = true;
        }
    }

    private boolean idle() {
        return web.idle() && (slack == null || slack.idle());
    }

    private String describe() {
        return "Slack: " + (slack == null ? "not served" : slack.progress()) + "; API: " + web.pendingQuestions()
                + " questions";
    }

    private static boolean waitUntil(BooleanSupplier condition, long deadlineNanos) throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() >= deadlineNanos) {
                return false;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return true;
    }
}
