package org.thesisbot.state;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;

/**
 * Thread state in the process: at most {@code maxThreads} threads (least recently used dropped first), and
 * a thread forgotten after {@code ttl} of silence.
 */
public final class InMemoryThreadStore implements ThreadStore {
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, ThreadState> threads;

    public InMemoryThreadStore(Duration ttl, int maxThreads, Clock clock) {
        this.ttl = ttl;
        this.clock = clock;
        this.threads = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, ThreadState> eldest) {
                return size() > maxThreads;
            }
        };
    }

    @Override
    public synchronized Optional<ThreadState> load(String thread) {
        ThreadState s = threads.get(thread);
        if (s == null) {
            return Optional.empty();
        }
        if (s.updated().plus(ttl).isBefore(clock.instant())) {
            threads.remove(thread);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    @Override
    public synchronized void save(String thread, ThreadState state) {
        threads.put(thread, state);
    }

    public synchronized int threadCount() {
        return threads.size();
    }
}
