package org.thesisbot.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.assistant.RoutingAssistant;

class ChartRendererTest {
    private static final int BLACK = 0x000000;
    private final RoutingAssistant brain = TestBrains.offline().brain().assistant();
    private final ChartRenderer renderer = new ChartRenderer();

    private BufferedImage render(Chart chart, String name, RenderedChart[] out) throws IOException {
        RenderedChart r = renderer.render(chart);
        out[0] = r;
        Path dir = Path.of("target", "charts");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), r.png()); // to look at
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(r.png()));
        assertNotNull(img, "a PNG that decodes");
        assertEquals(chart.width(), img.getWidth());
        assertEquals(chart.height(), img.getHeight());
        assertEquals(chart.width(), r.width());
        assertTrue(r.png().length > 10_000 && r.png().length < 1_000_000, "size " + r.png().length);
        return img;
    }

    private static int rgb(BufferedImage img, double x, double y) {
        return img.getRGB((int) Math.round(x), (int) Math.round(y)) & 0xFFFFFF;
    }

    /** Pixels along the middle of each side of the mark's outline. */
    private static int blackOnOutline(BufferedImage img, Rectangle2D m) {
        int black = 0;
        for (double t = 0.3; t <= 0.7; t += 0.1) {
            black += rgb(img, m.getMinX() + t * m.getWidth(), m.getMinY()) == BLACK ? 1 : 0;
            black += rgb(img, m.getMinX() + t * m.getWidth(), m.getMaxY() - 1) == BLACK ? 1 : 0;
            black += rgb(img, m.getMinX(), m.getMinY() + t * m.getHeight()) == BLACK ? 1 : 0;
            black += rgb(img, m.getMaxX() - 1, m.getMinY() + t * m.getHeight()) == BLACK ? 1 : 0;
        }
        return black;
    }

    @Test
    void heatmap_decodes_at_its_size_and_outlines_the_base_cell_in_black() throws IOException {
        Answer a = brain.ask(Question.of("irr by exit valuation and holding years"));
        RenderedChart[] r = new RenderedChart[1];
        BufferedImage img = render(a.charts().get(0), "heatmap", r);
        Rectangle2D mark = r[0].baseMark();
        assertNotNull(mark);
        assertTrue(blackOnOutline(img, mark) >= 18, "the base cell's outline is black: " + blackOnOutline(img, mark));
        // the cell next to the base one has no outline of its own
        Rectangle2D next = new Rectangle2D.Double(mark.getX() + mark.getWidth() * 2, mark.getY(), mark.getWidth(), mark.getHeight());
        assertTrue(blackOnOutline(img, next) <= 4, "a cell away from the base: " + blackOnOutline(img, next));
    }

    @Test
    void a_grid_without_the_base_cell_has_no_mark() throws IOException {
        Answer a = brain.command("grid irr exit_valuation=500B..2T holding_years=3..7", "u");
        RenderedChart[] r = new RenderedChart[1];
        render(a.charts().get(0), "heatmap-no-base", r);
        assertNull(r[0].baseMark());
    }

    @Test
    void line_chart_marks_the_base_case_with_a_black_diamond() throws IOException {
        Answer a = brain.command("grid stake post_money_valuation=630B..1030B step 50B", "u");
        RenderedChart[] r = new RenderedChart[1];
        BufferedImage img = render(a.charts().get(0), "line", r);
        Rectangle2D m = r[0].baseMark();
        assertNotNull(m);
        assertEquals(BLACK, rgb(img, m.getCenterX(), m.getCenterY()), "the diamond's centre");
        assertEquals(BLACK, rgb(img, m.getCenterX(), m.getCenterY() - m.getHeight() * 0.3));
    }

    @Test
    void tornado_draws_the_base_line_in_black() throws IOException {
        Answer a = brain.ask(Question.of("what matters most for the payoff?"));
        RenderedChart[] r = new RenderedChart[1];
        BufferedImage img = render(a.charts().get(0), "tornado", r);
        Rectangle2D m = r[0].baseMark();
        int black = 0;
        for (double t = 0.05; t < 1; t += 0.05) {
            black += rgb(img, m.getCenterX(), m.getMinY() + t * m.getHeight()) == BLACK ? 1 : 0;
        }
        assertTrue(black >= 12, "the base line runs down the plot: " + black);
    }

    @Test
    void scenarios_compared_render_as_bars_in_the_scenario_colours() throws IOException {
        Answer a = brain.command("chart compare moic irr combined_payoff", "u");
        RenderedChart[] r = new RenderedChart[1];
        BufferedImage img = render(a.charts().get(0), "bars", r);
        int bear = 0;
        int base = 0;
        int bull = 0;
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                int p = img.getRGB(x, y) & 0xFFFFFF;
                bear += p == (Palette.VERMILLION.getRGB() & 0xFFFFFF) ? 1 : 0;
                base += p == (Palette.BLUE.getRGB() & 0xFFFFFF) ? 1 : 0;
                bull += p == (Palette.GREEN.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        assertTrue(bear > 200 && base > 200 && bull > 200, "bear " + bear + ", base " + base + ", bull " + bull);
    }
}
