package org.thesisbot.core.api;

import java.util.ArrayList;
import java.util.List;

/**
 * A grid as a monospace table, values formatted as the text answers print them, the base case marked
 * with {@code *}. A grid wider or taller than asked is summarised: the first, last and base rows and
 * columns are always kept and the rest are picked evenly, and {@link Table#summarised} says so.
 */
public final class GridTable {
    /** The table text, and whether rows or columns were left out. */
    public record Table(String text, int rowsShown, int colsShown, boolean summarised) {
    }

    private GridTable() {
    }

    public static Table render(Grid g) {
        return render(g, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** At most {@code maxRows} rows and {@code maxCols} value columns. */
    public static Table render(Grid g, int maxRows, int maxCols) {
        return render(g, maxRows, maxCols, true);
    }

    /**
     * The widest table whose lines fit in {@code maxWidth} characters, with at most {@code maxRows} rows and no
     * corner label (say which input is which above the table). For Slack, where wider code blocks wrap.
     */
    public static Table fitting(Grid g, int maxWidth, int maxRows) {
        Table t = null;
        for (int cols = g.width(); cols >= 1; cols--) {
            t = render(g, maxRows, cols, false);
            int widest = t.text().lines().mapToInt(String::length).max().orElse(0);
            if (widest <= maxWidth) {
                return t;
            }
        }
        return t;
    }

    private static Table render(Grid g, int maxRows, int maxCols, boolean cornerLabel) {
        List<Integer> rows = pick(g.rows().size(), g.rows().baseIndex(), maxRows);
        List<Integer> cols = g.twoWay() ? pick(g.cols().size(), g.cols().baseIndex(), maxCols) : List.of(0);
        boolean baseRow = g.rows().baseIndex() >= 0;
        boolean baseCol = !g.twoWay() || g.cols().baseIndex() >= 0;
        String corner = !cornerLabel ? "" : name(g.rows().input()) + (g.twoWay() ? " \\ " + name(g.cols().input()) : "");
        List<String> headers = new ArrayList<>();
        if (g.twoWay()) {
            for (int c : cols) {
                headers.add(g.cols().display(c));
            }
        } else {
            headers.add(shortMetric(g));
        }
        List<List<String>> body = new ArrayList<>();
        for (int r : rows) {
            List<String> line = new ArrayList<>();
            line.add(g.rows().display(r));
            for (int c : cols) {
                boolean base = baseRow && baseCol && r == g.rows().baseIndex() && (!g.twoWay() || c == g.cols().baseIndex());
                line.add(g.display(r, c) + (base ? "*" : ""));
            }
            body.add(line);
        }
        int first = corner.length();
        for (List<String> line : body) {
            first = Math.max(first, line.get(0).length());
        }
        int[] w = new int[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            w[i] = headers.get(i).length();
            for (List<String> line : body) {
                w[i] = Math.max(w[i], line.get(i + 1).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(pad(corner, first, false));
        for (int i = 0; i < headers.size(); i++) {
            sb.append("  ").append(pad(headers.get(i), w[i], true));
        }
        sb.append('\n');
        for (List<String> line : body) {
            sb.append(pad(line.get(0), first, false));
            for (int i = 0; i < headers.size(); i++) {
                sb.append("  ").append(pad(line.get(i + 1), w[i], true));
            }
            sb.append('\n');
        }
        boolean summarised = rows.size() < g.rows().size() || cols.size() < g.width();
        return new Table(sb.toString().stripTrailing(), rows.size(), cols.size(), summarised);
    }

    /** "exit_valuation" -> "exit valuation". */
    public static String name(String inputId) {
        return inputId.replace('_', ' ');
    }

    private static String shortMetric(Grid g) {
        return g.metric().replace('_', ' ');
    }

    /** Up to {@code max} indices of {@code n}: first, last and base always, the rest evenly spread. */
    static List<Integer> pick(int n, int base, int max) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        if (n <= max) {
            return all;
        }
        java.util.TreeSet<Integer> keep = new java.util.TreeSet<>();
        keep.add(0);
        keep.add(n - 1);
        if (base >= 0) {
            keep.add(base);
        }
        int slots = Math.max(max, keep.size());
        for (int k = 1; keep.size() < slots && k < slots; k++) {
            keep.add((int) Math.round(k * (n - 1) / (double) (slots - 1)));
        }
        for (int i = 0; keep.size() < slots && i < n; i++) {
            keep.add(i);
        }
        return new ArrayList<>(keep);
    }

    private static String pad(String s, int w, boolean right) {
        if (s.length() >= w) {
            return s;
        }
        String fill = " ".repeat(w - s.length());
        return right ? fill + s : s + fill;
    }
}
