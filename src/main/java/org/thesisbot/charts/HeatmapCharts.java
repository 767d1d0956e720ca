package org.thesisbot.charts;

import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYShapeAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.DefaultXYZDataset;
import org.thesisbot.core.api.Grid;

/**
 * Two inputs: a heat map, rows top to bottom as in the table, every cell labelled with its value, a colour bar
 * in the metric's unit, and the base cell outlined in black.
 */
final class HeatmapCharts {
    private HeatmapCharts() {
    }

    static ChartRenderer.Drawing build(Grid g) {
        int rows = g.rows().size();
        int cols = g.width();
        double[] xs = new double[rows * cols];
        double[] ys = new double[rows * cols];
        double[] zs = new double[rows * cols];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                xs[i] = c;
                ys[i] = r;
                BigDecimal v = g.cell(r, c);
                zs[i] = v == null ? Double.NaN : v.doubleValue();
                if (v != null) {
                    lo = Math.min(lo, zs[i]);
                    hi = Math.max(hi, zs[i]);
                }
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(g.metric(), new double[][] {xs, ys, zs});
        String[] colLabels = new String[cols];
        for (int c = 0; c < cols; c++) {
            colLabels[c] = g.cols().display(c);
        }
        String[] rowLabels = new String[rows];
        for (int r = 0; r < rows; r++) {
            rowLabels[r] = g.rows().display(r);
        }
        SymbolAxis x = new SymbolAxis(Axes.title(g.cols().input(), g.cols().unit()), colLabels);
        SymbolAxis y = new SymbolAxis(Axes.title(g.rows().input(), g.rows().unit()), rowLabels);
        x.setGridBandsVisible(false);
        y.setGridBandsVisible(false);
        y.setInverted(true);
        Axes.style(x);
        Axes.style(y);
        if (cols > 9) {
            x.setTickLabelFont(ChartRenderer.font(14));
        }
        PaintScale scale = Palette.scale(lo, hi);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Axes.style(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        int labelSize = cols <= 6 ? 18 : cols <= 9 ? 15 : cols <= 12 ? 12 : 11;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                XYTextAnnotation label = new XYTextAnnotation(g.display(r, c), c, r);
                label.setFont(ChartRenderer.font(labelSize));
                Paint bg = scale.getPaint(zs[r * cols + c]);
                label.setPaint(Palette.textOn(bg));
                plot.addAnnotation(label);
            }
        }
        int br = g.rows().baseIndex();
        int bc = g.cols().baseIndex();
        ChartRenderer.BaseMark mark = ChartRenderer.BaseMark.NONE;
        if (br >= 0 && bc >= 0) {
            Rectangle2D cell = new Rectangle2D.Double(bc - 0.5, br - 0.5, 1, 1);
            plot.addAnnotation(new XYShapeAnnotation(cell, ChartRenderer.markStroke(), Palette.MARK));
            mark = (chart, info) -> {
                Rectangle2D area = info.getPlotInfo().getDataArea();
                double x0 = x.valueToJava2D(bc - 0.5, area, RectangleEdge.BOTTOM);
                double x1 = x.valueToJava2D(bc + 0.5, area, RectangleEdge.BOTTOM);
                double y0 = y.valueToJava2D(br - 0.5, area, RectangleEdge.LEFT);
                double y1 = y.valueToJava2D(br + 0.5, area, RectangleEdge.LEFT);
                return new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
            };
        }
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        NumberAxis scaleAxis = new NumberAxis(Axes.metricTitle(g.metric(), g.unit()));
        scaleAxis.setNumberFormatOverride(new UnitFormat(g.unit()));
        scaleAxis.setRange(scale.getLowerBound(), scale.getUpperBound());
        Axes.style(scaleAxis);
        scaleAxis.setTickLabelFont(ChartRenderer.font(15));
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setStripWidth(18);
        legend.setMargin(4, 12, 4, 4);
        chart.addSubtitle(legend);
        chart.addSubtitle(Axes.subtitle(br >= 0 && bc >= 0
                ? "black outline: base case (" + g.rows().display(br) + ", " + g.cols().display(bc) + ": " + g.display(br, bc) + ")"
                : "the base case (" + org.thesisbot.core.api.Format.value(g.rows().base(), g.rows().unit()) + ", "
                + org.thesisbot.core.api.Format.value(g.cols().base(), g.cols().unit()) + ") is not on this grid"));
        return new ChartRenderer.Drawing(chart, mark);
    }
}
