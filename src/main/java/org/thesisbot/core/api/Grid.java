package org.thesisbot.core.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A sensitivity grid: one metric computed exactly over one input's values ({@code cols} null) or over two
 * ({@code rows} × {@code cols}), everything else held at the scenario's values.
 *
 * @param metric   the metric id
 * @param label    the metric's label
 * @param unit     the unit of every cell
 * @param scenario the scenario the other inputs come from
 * @param rows     the first input (one value per row)
 * @param cols     the second input (one value per column), or null for a one-input table
 * @param cells    rows × columns exact values (one column when {@code cols} is null); a null cell could not
 *                 be computed for those inputs (see {@code notes})
 * @param notes    why some cells are empty, one sentence each
 */
public record Grid(String metric, String label, Unit unit, String scenario, GridAxis rows, GridAxis cols,
                   List<List<BigDecimal>> cells, List<String> notes) implements ChartData {
    public Grid {
        Objects.requireNonNull(rows, "rows");
        List<List<BigDecimal>> copy = new ArrayList<>(cells.size());
        int width = cols == null ? 1 : cols.size();
        if (cells.size() != rows.size()) {
            throw new IllegalArgumentException("a grid needs " + rows.size() + " rows of cells, got " + cells.size());
        }
        for (List<BigDecimal> row : cells) {
            if (row.size() != width) {
                throw new IllegalArgumentException("every row of the grid needs " + width + " cells, got " + row.size());
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // cells may be null
        }
        cells = Collections.unmodifiableList(copy);
        notes = List.copyOf(notes);
    }

    public boolean twoWay() {
        return cols != null;
    }

    public int width() {
        return cols == null ? 1 : cols.size();
    }

    /** The cell at row {@code r}, column {@code c} (c = 0 for a one-input table), or null when not computable. */
    public BigDecimal cell(int r, int c) {
        return cells.get(r).get(c);
    }

    public String display(int r, int c) {
        BigDecimal v = cell(r, c);
        return v == null ? "n/a" : Format.value(v, unit);
    }
}
