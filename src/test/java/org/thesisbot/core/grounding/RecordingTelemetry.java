package org.thesisbot.core.grounding;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.thesisbot.core.api.Telemetry;

/** Counts increments by name and tags ("thesisbot.llm.calls{outcome=ok}"), for assertions. */
public final class RecordingTelemetry implements Telemetry {
    private final Map<String, Integer> counts = new ConcurrentHashMap<>();

    @Override
    public void increment(String name, String... tags) {
        counts.merge(key(name, tags), 1, Integer::sum);
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
    }

    /** How often {@code name} with exactly these tags was incremented. */
    public int count(String name, String... tags) {
        return counts.getOrDefault(key(name, tags), 0);
    }

    public Map<String, Integer> all() {
        return Map.copyOf(counts);
    }

    private static String key(String name, String... tags) {
        StringBuilder sb = new StringBuilder(name).append('{');
        List<String> t = List.of(tags);
        for (int i = 0; i + 1 < t.size(); i += 2) {
            sb.append(i == 0 ? "" : ",").append(t.get(i)).append('=').append(t.get(i + 1));
        }
        return sb.append('}').toString();
    }
}
