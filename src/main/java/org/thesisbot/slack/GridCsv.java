package org.thesisbot.slack;

import org.thesisbot.core.api.Grid;

/** A grid as CSV: exact values (fractions for ratios, billions for money), the inputs' values as headers. */
final class GridCsv {
    private GridCsv() {
    }

    static String of(Grid g) {
        StringBuilder sb = new StringBuilder();
        sb.append(cell(g.rows().input() + (g.twoWay() ? " \\ " + g.cols().input() : "")));
        if (g.twoWay()) {
            for (var v : g.cols().values()) {
                sb.append(',').append(v.toPlainString());
            }
        } else {
            sb.append(',').append(cell(g.metric()));
        }
        sb.append("\r\n");
        for (int r = 0; r < g.rows().size(); r++) {
            sb.append(g.rows().values().get(r).toPlainString());
            for (int c = 0; c < g.width(); c++) {
                sb.append(',');
                if (g.cell(r, c) != null) {
                    sb.append(g.cell(r, c).toPlainString());
                }
            }
            sb.append("\r\n");
        }
        sb.append(cell("# " + g.metric() + " (" + g.unit().wireName() + "), " + g.scenario() + " case; empty = not computable"))
                .append("\r\n");
        return sb.toString();
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
