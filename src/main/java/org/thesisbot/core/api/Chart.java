package org.thesisbot.core.api;

import java.util.Objects;

/**
 * A chart an answer offers, described in data: every mouth renders it its own way (a PNG uploaded to Slack,
 * a PNG served at {@code /charts/{id}.png}). The core never draws.
 *
 * @param kind   what to draw
 * @param title  names the metric and the scenario
 * @param alt    the chart in words, for screen readers and Slack's alt text
 * @param width  pixels
 * @param height pixels
 * @param data   the numbers to draw
 */
public record Chart(Kind kind, String title, String alt, int width, int height, ChartData data) {

    public enum Kind {
        /** one input: the metric as a line over the input's values */
        LINE,
        /** two inputs: a heat map of the grid, every cell labelled */
        HEATMAP,
        /** what matters most: horizontal bars from the value at low to the value at high, ranked */
        TORNADO,
        /** scenarios compared: grouped bars, one group per metric */
        BARS
    }

    public Chart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(data, "data");
        if (width < 100 || height < 100 || width > 4000 || height > 4000) {
            throw new IllegalArgumentException("chart size " + width + "x" + height + " is out of bounds");
        }
    }

    /** A file name for uploads: {@code irr-heatmap.png}. */
    public String fileName() {
        String metric = data instanceof Grid g ? g.metric() : data instanceof Tornado t ? t.metric() : "scenarios";
        return metric + "-" + kind.name().toLowerCase(java.util.Locale.ROOT) + ".png";
    }
}
