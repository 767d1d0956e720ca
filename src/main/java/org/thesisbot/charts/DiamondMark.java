package org.thesisbot.charts;

import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/** The base case on a line: a filled black diamond of a fixed size in pixels at a data point. */
final class DiamondMark extends AbstractXYAnnotation {
    private static final long serialVersionUID = 1L;
    private final double x;
    private final double y;
    private final double half;

    DiamondMark(double x, double y, double half) {
        this.x = x;
        this.y = y;
        this.half = half;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        double px = domainAxis.valueToJava2D(x, dataArea, RectangleEdge.BOTTOM);
        double py = rangeAxis.valueToJava2D(y, dataArea, RectangleEdge.LEFT);
        Path2D d = new Path2D.Double();
        d.moveTo(px, py - half);
        d.lineTo(px + half, py);
        d.lineTo(px, py + half);
        d.lineTo(px - half, py);
        d.closePath();
        g2.setPaint(Palette.MARK);
        g2.fill(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DiamondMark m && m.x == x && m.y == y && m.half == half;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(x) * 31 + Double.hashCode(y);
    }
}
