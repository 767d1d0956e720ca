package org.thesisbot.charts;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.GridAxis;

/** One input: the metric as a line over the input's values, each point labelled; the base case a black diamond. */
final class LineCharts {
    private static final double DIAMOND = 11;

    private LineCharts() {
    }

    static ChartRenderer.Drawing build(Grid g) {
        GridAxis x = g.rows();
        XYSeries series = new XYSeries(g.label(), false, true);
        for (int r = 0; r < x.size(); r++) {
            BigDecimal v = g.cell(r, 0);
            series.add(x.values().get(r).doubleValue(), v == null ? null : v.doubleValue());
        }
        NumberAxis xAxis = new NumberAxis(Axes.title(x.input(), x.unit()));
        xAxis.setNumberFormatOverride(new UnitFormat(x.unit()));
        xAxis.setAutoRangeIncludesZero(false);
        NumberAxis yAxis = new NumberAxis(Axes.metricTitle(g.metric(), g.unit()));
        yAxis.setNumberFormatOverride(new UnitFormat(g.unit()));
        yAxis.setAutoRangeIncludesZero(false);
        Axes.style(xAxis);
        Axes.style(yAxis);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, Palette.BLUE);
        renderer.setSeriesStroke(0, new BasicStroke(3.5f));
        renderer.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
        renderer.setDefaultItemLabelGenerator((dataset, s, i) -> g.display(i, 0));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartRenderer.font(x.size() > 10 ? 14 : 17));
        renderer.setDefaultItemLabelPaint(Palette.TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), xAxis, yAxis, renderer);
        Axes.style(plot);
        // room above the highest label
        yAxis.setUpperMargin(0.15);
        yAxis.setLowerMargin(0.1);
        int b = x.baseIndex();
        ChartRenderer.BaseMark mark = ChartRenderer.BaseMark.NONE;
        if (x.base() != null) {
            ValueMarker line = new ValueMarker(x.base().doubleValue(), Palette.MARK, new BasicStroke(1.5f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
            line.setLabel("base " + Format.value(x.base(), x.unit()));
            line.setLabelFont(ChartRenderer.font(16));
            line.setLabelPaint(Palette.MARK);
            line.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.BOTTOM_RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            line.setLabelBackgroundColor(java.awt.Color.WHITE);
            plot.addDomainMarker(line);
        }
        if (b >= 0 && g.cell(b, 0) != null) {
            double bx = x.values().get(b).doubleValue();
            double by = g.cell(b, 0).doubleValue();
            plot.addAnnotation(new DiamondMark(bx, by, DIAMOND));
            mark = (chart, info) -> {
                Rectangle2D area = info.getPlotInfo().getDataArea();
                double px = xAxis.valueToJava2D(bx, area, RectangleEdge.BOTTOM);
                double py = yAxis.valueToJava2D(by, area, RectangleEdge.LEFT);
                return new Rectangle2D.Double(px - DIAMOND, py - DIAMOND, 2 * DIAMOND, 2 * DIAMOND);
            };
        }
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.addSubtitle(Axes.subtitle(b >= 0 ? "◆ base case (" + x.display(b) + ": " + g.display(b, 0) + ")"
                : "dashed line: base case " + Format.value(x.base(), x.unit()) + " (not on this range)"));
        return new ChartRenderer.Drawing(chart, mark);
    }
}
