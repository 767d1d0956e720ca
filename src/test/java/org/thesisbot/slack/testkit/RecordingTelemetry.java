package org.thesisbot.slack.testkit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.thesisbot.core.api.Telemetry;

/** Counts every {@link Telemetry#increment}, keyed by name and tags ("thesisbot.feedback{vote=up}"). */
public final class RecordingTelemetry implements Telemetry {
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();

    @Override
    public void increment(String name, String... tags) {
        counters.computeIfAbsent(key(name, tags), k -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
    }

    public long count(String name, String... tags) {
        AtomicLong c = counters.get(key(name, tags));
        return c == null ? 0 : c.get();
    }

    private static String key(String name, String... tags) {
        StringBuilder b = new StringBuilder(name);
        if (tags.length > 0) {
            b.append('{');
            for (int i = 0; i + 1 < tags.length; i += 2) {
                b.append(i == 0 ? "" : ",").append(tags[i]).append('=').append(tags[i + 1]);
            }
            b.append('}');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return counters.toString();
    }
}
