package org.thesisbot.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.thesisbot.core.api.MetricResult;

/**
 * Scenarios side by side: one panel per metric (each with its own axis and unit, so $B, x and % never share a
 * scale), bars bear / base / bull in scenario colours, each labelled with its value; the base bar is outlined.
 */
final class BarCharts {
    private BarCharts() {
    }

    static ChartRenderer.Drawing build(org.thesisbot.core.api.Comparison c) {
        Map<String, List<MetricResult>> byMetric = new LinkedHashMap<>();
        Set<String> scenarios = new LinkedHashSet<>();
        for (MetricResult r : c.results()) {
            byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(r);
            scenarios.add(r.scenario());
        }
        List<String> order = new ArrayList<>(scenarios);
        CategoryAxis metricAxis = new CategoryAxis(null);
        metricAxis.setTickLabelsVisible(false);
        metricAxis.setTickMarksVisible(false);
        Axes.style(metricAxis);
        org.jfree.chart.plot.CombinedDomainCategoryPlot combined = new org.jfree.chart.plot.CombinedDomainCategoryPlot(metricAxis);
        combined.setGap(24);
        combined.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        for (List<MetricResult> rs : byMetric.values()) {
            MetricResult first = rs.get(0);
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (MetricResult r : rs) {
                data.addValue(r.value().doubleValue(), r.scenario(), ""); // one category: panels share the axis
            }
            NumberAxis axis = new NumberAxis(Axes.metricTitle(first.metric(), first.unit()));
            axis.setNumberFormatOverride(new UnitFormat(first.unit()));
            boolean negative = rs.stream().anyMatch(r -> r.value().signum() < 0);
            axis.setUpperMargin(0.45);
            axis.setLowerMargin(negative ? 0.35 : 0.05);
            Axes.style(axis);
            axis.setLabelFont(ChartRenderer.font(17));
            axis.setTickLabelFont(ChartRenderer.font(14));
            BarRenderer renderer = new BarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setItemMargin(0.05);
            for (int i = 0; i < rs.size(); i++) {
                String s = rs.get(i).scenario();
                renderer.setSeriesPaint(i, Palette.scenario(s, order.indexOf(s)));
                if ("base".equals(s)) {
                    renderer.setSeriesOutlinePaint(i, Palette.MARK);
                    renderer.setSeriesOutlineStroke(i, new java.awt.BasicStroke(3f));
                }
            }
            renderer.setDrawBarOutline(true);
            renderer.setDefaultOutlinePaint(new java.awt.Color(0, 0, 0, 0));
            List<MetricResult> results = rs;
            renderer.setDefaultItemLabelGenerator(new org.jfree.chart.labels.StandardCategoryItemLabelGenerator() {
                private static final long serialVersionUID = 1L;

                @Override
                public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                    return results.get(row).display();
                }
            });
            renderer.setDefaultItemLabelsVisible(true);
            renderer.setDefaultItemLabelFont(ChartRenderer.font(16));
            renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
            renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
            CategoryPlot plot = new CategoryPlot(data, null, axis, renderer);
            Axes.style(plot);
            combined.add(plot, 1);
        }
        org.jfree.chart.LegendItemCollection legend = new org.jfree.chart.LegendItemCollection();
        for (int i = 0; i < order.size(); i++) {
            String sc = order.get(i);
            legend.add(new org.jfree.chart.LegendItem(sc, null, null, null, new java.awt.Rectangle(-7, -7, 14, 14),
                    Palette.scenario(sc, i)));
        }
        combined.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart(null, null, combined, true);
        chart.addSubtitle(Axes.subtitle(String.join(" · ", order) + "; outlined: base case; each metric on its own scale"));
        return new ChartRenderer.Drawing(chart, ChartRenderer.BaseMark.NONE);
    }
}
