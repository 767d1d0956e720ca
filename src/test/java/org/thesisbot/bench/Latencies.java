package org.thesisbot.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/** A thread-safe HdrHistogram of latencies in nanoseconds (1 µs .. 5 min, 3 significant digits). */
final class Latencies {
    private static final long HIGHEST = TimeUnit.MINUTES.toNanos(5);

    private final Histogram histogram = new Histogram(1_000, HIGHEST, 3);

    synchronized void record(long nanos) {
        histogram.recordValue(Math.max(1_000, Math.min(nanos, HIGHEST)));
    }

    synchronized long count() {
        return histogram.getTotalCount();
    }

    /** Milliseconds at a percentile (0 when empty). */
    synchronized double ms(double percentile) {
        return histogram.getTotalCount() == 0 ? 0 : histogram.getValueAtPercentile(percentile) / 1e6;
    }

    /** {@code {"n":…, "mean_ms":…, "p50_ms":…, "p90_ms":…, "p99_ms":…, "p999_ms":…, "max_ms":…}}. */
    synchronized ObjectNode json() {
        ObjectNode o = JsonNodeFactory.instance.objectNode().put("n", histogram.getTotalCount());
        if (histogram.getTotalCount() == 0) {
            return o;
        }
        return o.put("mean_ms", round(histogram.getMean() / 1e6))
                .put("p50_ms", round(ms(50)))
                .put("p90_ms", round(ms(90)))
                .put("p99_ms", round(ms(99)))
                .put("p999_ms", round(ms(99.9)))
                .put("max_ms", round(histogram.getMaxValue() / 1e6));
    }

    /** Every latency of {@code parts} in one histogram: rounds pooled. */
    static Latencies pooled(List<Latencies> parts) {
        Latencies all = new Latencies();
        for (Latencies p : parts) {
            synchronized (p) {
                all.histogram.add(p.histogram);
            }
        }
        return all;
    }

    static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }
}
