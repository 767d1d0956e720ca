package org.thesisbot.charts;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colour-blind-safe colours: the Okabe-Ito palette for series and marks, viridis for a heat map of one sign,
 * and an orange-white-purple diverging scale (ColorBrewer PuOr) for one that crosses zero.
 */
final class Palette {
    static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    static final Color VERMILLION = new Color(0xD5, 0x5E, 0x00);
    static final Color GREEN = new Color(0x00, 0x9E, 0x73);
    static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    static final Color SKY = new Color(0x56, 0xB4, 0xE9);
    static final Color PURPLE = new Color(0xCC, 0x79, 0xA7);
    /** The base-case mark: pure black, used for nothing else in the plot area. */
    static final Color MARK = Color.BLACK;
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GRID_LINES = new Color(0xDD, 0xDD, 0xDD);
    static final Color MISSING = new Color(0xBB, 0xBB, 0xBB);

    private static final Color[] VIRIDIS = {new Color(0x44, 0x01, 0x54), new Color(0x3B, 0x52, 0x8B),
            new Color(0x21, 0x91, 0x8C), new Color(0x5E, 0xC9, 0x62), new Color(0xFD, 0xE7, 0x25)};
    private static final Color[] PUOR = {new Color(0xB3, 0x58, 0x06), new Color(0xF1, 0xA3, 0x40),
            new Color(0xF7, 0xF7, 0xF7), new Color(0x99, 0x8E, 0xC3), new Color(0x54, 0x27, 0x88)};

    private Palette() {
    }

    /** bear, base, bull in scenario colours; any other scenario name gets the next Okabe-Ito colour. */
    static Color scenario(String name, int index) {
        return switch (name) {
            case "bear" -> VERMILLION;
            case "base" -> BLUE;
            case "bull" -> GREEN;
            default -> new Color[] {ORANGE, SKY, PURPLE}[index % 3];
        };
    }

    /** A scale over [lo, hi]: diverging around zero when the values cross it, else viridis. */
    static PaintScale scale(double lo, double hi) {
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        return lo < 0 && hi > 0 ? new Diverging(lo, hi) : new Stops(lo, hi, VIRIDIS);
    }

    /** Black or white text, whichever reads better on {@code background}. */
    static Color textOn(Paint background) {
        if (!(background instanceof Color c)) {
            return Color.BLACK;
        }
        double l = 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
        return l > 140 ? Color.BLACK : Color.WHITE;
    }

    static Color interpolate(Color[] stops, double t) {
        double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(x));
        double f = x - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    private record Stops(double lo, double hi, Color[] stops) implements PaintScale {
        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public Paint getPaint(double value) {
            return Double.isNaN(value) ? MISSING : interpolate(stops, (value - lo) / (hi - lo));
        }
    }

    /** Zero is white; negatives run to orange, positives to purple, each side scaled to its own extreme. */
    private record Diverging(double lo, double hi) implements PaintScale {
        @Override
        public double getLowerBound() {
            return lo;
        }

        @Override
        public double getUpperBound() {
            return hi;
        }

        @Override
        public Paint getPaint(double value) {
            if (Double.isNaN(value)) {
                return MISSING;
            }
            double t = value < 0 ? 0.5 - 0.5 * (value / lo) : 0.5 + 0.5 * (value / hi);
            return interpolate(PUOR, t);
        }
    }
}
