package org.thesisbot.charts;

import java.awt.geom.Rectangle2D;

/**
 * A chart drawn as a PNG.
 *
 * @param png      the PNG bytes
 * @param width    pixels
 * @param height   pixels
 * @param baseMark where the base-case mark was drawn, in pixels; null when the chart has no base case on it
 */
public record RenderedChart(byte[] png, int width, int height, Rectangle2D baseMark) {
}
