package org.thesisbot.charts;

import java.awt.BasicStroke;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Tornado;
import org.thesisbot.core.api.TornadoBar;

/**
 * What matters most: one row per input, largest swing on top; a bar from the base value to the metric with the
 * input at its low value (vermillion) and one to the metric at its high value (blue); a black line at the base.
 */
final class TornadoCharts {
    private static final double HALF = 0.32;

    private TornadoCharts() {
    }

    static ChartRenderer.Drawing build(Tornado t) {
        List<TornadoBar> bars = t.bars();
        double base = t.base().doubleValue();
        XYIntervalSeries low = new XYIntervalSeries("input at its low value (bear, or base - 20%)");
        XYIntervalSeries high = new XYIntervalSeries("input at its high value (bull, or base + 20%)");
        String[] names = new String[bars.size()];
        double lo = base;
        double hi = base;
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar b = bars.get(i);
            names[i] = b.input().replace('_', ' ');
            double l = b.atLow().doubleValue();
            double h = b.atHigh().doubleValue();
            low.add(i, i - HALF, i + HALF, l, Math.min(base, l), Math.max(base, l));
            high.add(i, i - HALF, i + HALF, h, Math.min(base, h), Math.max(base, h));
            lo = Math.min(lo, Math.min(l, h));
            hi = Math.max(hi, Math.max(l, h));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(low);
        data.addSeries(high);
        SymbolAxis inputs = new SymbolAxis(null, names);
        inputs.setInverted(true);
        inputs.setGridBandsVisible(false);
        Axes.style(inputs);
        NumberAxis values = new NumberAxis(Axes.metricTitle(t.metric(), t.unit()));
        values.setNumberFormatOverride(new UnitFormat(t.unit()));
        double pad = Math.max((hi - lo) * 0.32, Math.abs(base) * 0.05 + 1e-9);
        values.setRange(lo - pad, hi + pad);
        Axes.style(values);
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, Palette.VERMILLION);
        renderer.setSeriesPaint(1, Palette.BLUE);
        XYPlot plot = new XYPlot(data, inputs, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        Axes.style(plot);
        plot.setDomainGridlinesVisible(false);
        ValueMarker baseLine = new ValueMarker(base, Palette.MARK, new BasicStroke(3f));
        baseLine.setLabel("base " + Format.value(t.base(), t.unit()));
        baseLine.setLabelFont(ChartRenderer.font(17));
        baseLine.setLabelPaint(Palette.MARK);
        baseLine.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        baseLine.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        baseLine.setLabelBackgroundColor(java.awt.Color.WHITE);
        plot.addRangeMarker(baseLine);
        for (int i = 0; i < bars.size(); i++) {
            TornadoBar b = bars.get(i);
            label(plot, i, b.atLow().doubleValue(), base, Format.value(b.low(), b.unit()) + " → " + Format.value(b.atLow(), t.unit()));
            label(plot, i, b.atHigh().doubleValue(), base, Format.value(b.high(), b.unit()) + " → " + Format.value(b.atHigh(), t.unit()));
        }
        JFreeChart chart = new JFreeChart(null, null, plot, true);
        chart.addSubtitle(Axes.subtitle("each input moved alone, the rest at base; black line: base case "
                + Format.value(t.base(), t.unit())));
        ChartRenderer.BaseMark mark = (c, info) -> {
            Rectangle2D area = info.getPlotInfo().getDataArea();
            double x = values.valueToJava2D(base, area, RectangleEdge.BOTTOM);
            return new Rectangle2D.Double(x - 1.5, area.getMinY(), 3, area.getHeight());
        };
        return new ChartRenderer.Drawing(chart, mark);
    }

    /** The input's value and the metric's, just past the bar's end, away from the base line. */
    private static void label(XYPlot plot, int row, double value, double base, String text) {
        XYTextAnnotation a = new XYTextAnnotation(text, row, value);
        a.setFont(ChartRenderer.font(15));
        a.setPaint(Palette.TEXT);
        boolean right = value >= base;
        a.setTextAnchor(right ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
        plot.addAnnotation(a);
    }
}
