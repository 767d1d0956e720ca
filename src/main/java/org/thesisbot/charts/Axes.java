package org.thesisbot.charts;

import java.awt.Color;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.thesisbot.core.api.Unit;

/** Shared look: large fonts (readable at Slack's preview size), light grid lines, unit in every axis title. */
final class Axes {
    private Axes() {
    }

    /** "exit valuation ($B)", "holding years (years)", "aws capture share (%)". */
    static String title(String inputId, Unit unit) {
        return inputId.replace('_', ' ') + " (" + unitName(unit) + ")";
    }

    static String metricTitle(String metricId, Unit unit) {
        String name = switch (metricId) {
            case "irr" -> "IRR";
            case "moic" -> "MOIC";
            default -> metricId.replace('_', ' ');
        };
        return name + " (" + unitName(unit) + ")";
    }

    static String unitName(Unit unit) {
        return switch (unit) {
            case USD_BILLIONS -> "US$";
            case RATIO -> "%";
            case MULTIPLE -> "x";
            case YEARS -> "years";
        };
    }

    static void style(Axis axis) {
        axis.setLabelFont(ChartRenderer.font(19));
        axis.setTickLabelFont(ChartRenderer.font(17));
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelPaint(Palette.TEXT);
        if (axis instanceof ValueAxis v) {
            v.setMinorTickMarksVisible(false);
        }
    }

    static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Palette.GRID_LINES);
        plot.setRangeGridlinePaint(Palette.GRID_LINES);
        plot.setOutlineVisible(false);
    }

    static void style(CategoryPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Palette.GRID_LINES);
        plot.setOutlineVisible(false);
    }

    static TextTitle subtitle(String text) {
        TextTitle t = new TextTitle(text, ChartRenderer.font(18));
        t.setPaint(Palette.TEXT);
        return t;
    }
}
