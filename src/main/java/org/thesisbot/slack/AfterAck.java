package org.thesisbot.slack;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that a listener hands off while its request is being acked, started only once the ack is on the wire.
 *
 * <p>On the HTTP path {@link SlackEndpoint} opens a scope on the request thread before Bolt runs the listeners
 * and releases it after the response has been written and completed; only then are the deferred jobs put on
 * the worker pools. Waking an answer worker <em>before</em> the ack is written lets that worker take the CPU
 * from the request thread that was about to write the ack (Linux favours a thread that has just woken over the
 * one running), so the ack waited for the first slice of the answer; see docs/benchmarks.md, "Where the ack's time
 * went". Where no scope is open (Socket Mode, the workers themselves, tests calling a listener directly) work is
 * handed off at once.
 *
 * <p>One reusable scope per request thread (Jetty's threads are pooled), so the ack path allocates nothing here.
 */
final class AfterAck {
    private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

    /** The deferred jobs of the request this thread is serving. */
    private static final class Scope {
        boolean open;
        final List<Runnable> jobs = new ArrayList<>(4);
    }

    private final ThreadLocal<Scope> scopes = ThreadLocal.withInitial(Scope::new);

    /** Starts deferring on this thread (the request thread, before the listeners run). */
    void open() {
        Scope s = scopes.get();
        s.open = true;
        s.jobs.clear();
    }

    /** Defers {@code job} to {@link #release()} when a scope is open on this thread, else runs it now. */
    void run(Runnable job) {
        Scope s = scopes.get();
        if (s.open) {
            s.jobs.add(job);
        } else {
            job.run();
        }
    }

    /** Closes this thread's scope and runs what was deferred in it, in order (after the ack was written). */
    void release() {
        Scope s = scopes.get();
        s.open = false;
        for (int i = 0; i < s.jobs.size(); i++) {
            try {
                s.jobs.get(i).run();
            } catch (RuntimeException e) {
                log.error("Handing off Slack work after the ack failed [{}]", ErrorIds.next(), e);
            }
        }
        s.jobs.clear();
    }
}
