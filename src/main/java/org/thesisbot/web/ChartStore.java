package org.thesisbot.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.thesisbot.charts.ChartRenderer;
import org.thesisbot.core.api.Chart;

/**
 * The charts of recent answers, for {@code GET /charts/{id}.png}: the chart descriptions of the last
 * {@code maxCharts} answers (an hour at most), and their PNGs once drawn, bounded by total bytes. A PNG is
 * drawn on its first request only, so API callers who never fetch the image cost nothing. Both bounds are
 * Caffeine's (size-bounded, expiring, thread-safe): no hand-written cache.
 */
final class ChartStore {
    /** The answer id ("q-" + 10 hex) and the chart's index in the answer. */
    private static final Pattern ID = Pattern.compile("q-[0-9a-f]{10}-[0-9]{1,2}");
    private static final long MAX_PNG_BYTES = 48L * 1024 * 1024;

    private final ChartRenderer renderer;
    private final Cache<String, Chart> charts;
    private final Cache<String, byte[]> pngs;

    ChartStore(ChartRenderer renderer, int maxCharts, Duration ttl) {
        this.renderer = renderer;
        this.charts = Caffeine.newBuilder().maximumSize(maxCharts).expireAfterWrite(ttl).build();
        this.pngs = Caffeine.newBuilder().maximumWeight(MAX_PNG_BYTES).weigher((String k, byte[] v) -> v.length)
                .expireAfterWrite(ttl).build();
    }

    /** Keeps the chart and returns its path, e.g. {@code /charts/q-5f0c1e9a2b-0.png}. */
    String put(String answerId, int index, Chart chart) {
        String id = answerId + "-" + index;
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("unexpected answer id " + answerId);
        }
        charts.put(id, chart);
        return "/charts/" + id + ".png";
    }

    /** The PNG for {@code id}, drawn once; empty when the id is malformed, unknown or expired. */
    Optional<byte[]> png(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        Chart chart = charts.getIfPresent(id);
        if (chart == null) {
            return Optional.empty();
        }
        return Optional.of(pngs.get(id, k -> renderer.render(chart).png()));
    }
}
