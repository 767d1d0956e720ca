package org.thesisbot.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Comparison;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.Tornado;

/**
 * Draws a {@link Chart} as a PNG with JFreeChart, in-process and headless (no display, no browser, no network):
 * a line for one input, a heat map for two, a tornado, or grouped bars. Titles name the metric and the scenario,
 * axes carry units, ticks and labels print values as the text answers do, the palette is colour-blind safe and
 * the base case is marked. Thread-safe: every call builds its own chart and image.
 */
public final class ChartRenderer {
    static final String FONT = Font.SANS_SERIF;

    public ChartRenderer() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // before the first AWT class: never look for a display
        }
    }

    public RenderedChart render(Chart chart) {
        Drawing drawn = switch (chart.kind()) {
            case LINE -> LineCharts.build((Grid) chart.data());
            case HEATMAP -> HeatmapCharts.build((Grid) chart.data());
            case TORNADO -> TornadoCharts.build((Tornado) chart.data());
            case BARS -> BarCharts.build((Comparison) chart.data());
        };
        return draw(chart, drawn);
    }

    /** A JFreeChart ready to draw, and how to find the base-case mark once drawn. */
    record Drawing(JFreeChart chart, BaseMark mark) {
    }

    /** Where the base case ends up in pixels, known only once the chart is laid out. */
    interface BaseMark {
        Rectangle2D locate(JFreeChart chart, ChartRenderingInfo info);

        BaseMark NONE = (c, i) -> null;
    }

    private static RenderedChart draw(Chart spec, Drawing d) {
        JFreeChart chart = d.chart();
        chart.setTitle(new TextTitle(spec.title(), new Font(FONT, Font.BOLD, 26)));
        chart.getTitle().setPaint(Palette.TEXT);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new org.jfree.chart.ui.RectangleInsets(10, 18, 10, 30));
        chart.setTextAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(new Font(FONT, Font.PLAIN, 18));
            chart.getLegend().setPosition(RectangleEdge.BOTTOM);
        }
        BufferedImage image = new BufferedImage(spec.width(), spec.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        Rectangle2D mark;
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            ChartRenderingInfo info = new ChartRenderingInfo();
            chart.draw(g2, new Rectangle2D.Double(0, 0, spec.width(), spec.height()), info);
            mark = d.mark().locate(chart, info);
        } finally {
            g2.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("PNG encoding failed", e);
        }
        image.flush();
        return new RenderedChart(out.toByteArray(), spec.width(), spec.height(), mark);
    }

    static Font font(int size) {
        return new Font(FONT, Font.PLAIN, size);
    }

    static BasicStroke markStroke() {
        return new BasicStroke(5f);
    }
}
