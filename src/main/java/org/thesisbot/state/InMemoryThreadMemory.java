package org.thesisbot.state;

import org.thesisbot.core.state.ThreadMemory;
import org.thesisbot.core.state.Turn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thread memory in the process: at most {@code maxTurns} turns per thread, at most {@code maxThreads}
 * threads (least recently used dropped first), and a thread forgotten after {@code ttl} of silence.
 */
public final class InMemoryThreadMemory implements ThreadMemory {
    private final int maxTurns;
    private final Duration ttl;
    private final Clock clock;
    private final Map<String, Entry> threads;

    private static final class Entry {
        final Deque<Turn> turns = new ArrayDeque<>();
        Instant touched;
    }

    public InMemoryThreadMemory(int maxTurns, Duration ttl, int maxThreads, Clock clock) {
        this.maxTurns = maxTurns;
        this.ttl = ttl;
        this.clock = clock;
        this.threads = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > maxThreads;
            }
        };
    }

    @Override
    public synchronized List<Turn> turns(String thread) {
        if (thread == null) {
            return List.of();
        }
        Entry e = threads.get(thread);
        if (e == null) {
            return List.of();
        }
        if (e.touched.plus(ttl).isBefore(clock.instant())) {
            threads.remove(thread);
            return List.of();
        }
        return List.copyOf(e.turns);
    }

    @Override
    public synchronized void remember(String thread, Turn turn) {
        if (thread == null) {
            return;
        }
        Entry e = threads.computeIfAbsent(thread, k -> new Entry());
        e.turns.addLast(turn);
        while (e.turns.size() > maxTurns) {
            e.turns.removeFirst();
        }
        e.touched = clock.instant();
    }

    public synchronized int threadCount() {
        return threads.size();
    }
}
