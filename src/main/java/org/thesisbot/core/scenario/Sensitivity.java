package org.thesisbot.core.scenario;

import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.GridAxis;
import org.thesisbot.core.api.Tornado;
import org.thesisbot.core.api.TornadoBar;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sensitivity of any metric, computed cell by cell with the {@link Calculator} (the same arithmetic and
 * rounding as a single answer, so every cell equals the answer to that cell's question):
 * <ul>
 *   <li>{@link #grid}: a metric over one input's values, or over two (a data table, at most 15 × 15);</li>
 *   <li>{@link #tornado}: each input the metric uses moved from its bear to its bull value (base ± 20% where
 *       no scenario sets it) with the rest at base, ranked by how far the metric moves.</li>
 * </ul>
 * A cell the inputs make impossible (a stake above 100%, say) is left empty with a note, as a spreadsheet
 * shows an error in one cell rather than refusing the table.
 */
public final class Sensitivity {
    static final String BEAR = "bear";
    static final String BULL = "bull";
    private static final BigDecimal DOWN = new BigDecimal("0.8");
    private static final BigDecimal UP = new BigDecimal("1.2");

    private final Calculator calculator;

    public Sensitivity(Calculator calculator) {
        this.calculator = calculator;
    }

    /**
     * The metric over {@code rows} (and {@code cols}, when not null) in the scenario, with {@code overrides}
     * held for the other inputs.
     */
    public Grid grid(Metric metric, String scenario, Map<String, BigDecimal> overrides, Range rows, Range cols) {
        String sc = scenario == null ? ScenarioModel.BASE : scenario;
        ScenarioModel model = calculator.model();
        Scenario s = model.scenario(sc).orElseThrow(() -> new InvalidInputException("unknown scenario '" + sc + "'"));
        if (cols != null && cols.input().equals(rows.input())) {
            throw new InvalidInputException("a grid needs two different inputs; " + rows.input() + " is given twice");
        }
        int width = cols == null ? 1 : cols.size();
        Set<String> problems = new LinkedHashSet<>();
        List<List<BigDecimal>> cells = new ArrayList<>(rows.size());
        Map<String, BigDecimal> o = new LinkedHashMap<>(overrides);
        for (BigDecimal r : rows.values()) {
            List<BigDecimal> row = new ArrayList<>(width);
            o.put(rows.input(), r);
            for (int c = 0; c < width; c++) {
                if (cols != null) {
                    o.put(cols.input(), cols.values().get(c));
                }
                row.add(cell(metric, sc, o, problems));
            }
            cells.add(row);
        }
        List<String> notes = new ArrayList<>();
        for (String p : problems) {
            notes.add("n/a where " + p + ".");
        }
        return new Grid(metric.id(), metric.label(), metric.unit(), sc, axis(rows, s, overrides),
                cols == null ? null : axis(cols, s, overrides), cells, notes);
    }

    /** What matters most for {@code metric}: the inputs it uses, ranked by the swing each one causes alone. */
    public Tornado tornado(Metric metric, Map<String, BigDecimal> overrides) {
        ScenarioModel model = calculator.model();
        String base = ScenarioModel.BASE;
        Set<String> uses = new LinkedHashSet<>();
        calculator.compute(metric, base, overrides).inputs().forEach(i -> uses.add(i.id()));
        BigDecimal atBase = calculator.value(metric, base, overrides);
        Optional<Scenario> bear = model.scenario(BEAR);
        Optional<Scenario> bull = model.scenario(BULL);
        List<TornadoBar> bars = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String id : uses) {
            Input in = model.require(id);
            BigDecimal baseValue = overrides.getOrDefault(id, in.value());
            BigDecimal low = bear.map(b -> b.overrides().get(id)).orElse(null);
            BigDecimal high = bull.map(b -> b.overrides().get(id)).orElse(null);
            TornadoBar.Basis basis = TornadoBar.Basis.SCENARIOS;
            if (overrides.containsKey(id) || low == null || high == null) {
                basis = TornadoBar.Basis.PLUS_MINUS_20;
                low = baseValue.multiply(DOWN);
                high = baseValue.multiply(UP);
                if (in.unit() == org.thesisbot.core.api.Unit.RATIO && high.compareTo(BigDecimal.ONE) > 0) {
                    high = BigDecimal.ONE;
                    notes.add(in.label() + ": +20% would pass 100%, so its high value is 100%.");
                }
            }
            Set<String> problems = new LinkedHashSet<>();
            Map<String, BigDecimal> o = new LinkedHashMap<>(overrides);
            o.put(id, low);
            BigDecimal atLow = cell(metric, base, o, problems);
            o.put(id, high);
            BigDecimal atHigh = cell(metric, base, o, problems);
            if (atLow == null || atHigh == null) {
                notes.add(in.label() + " is left out: at " + Format.value(atLow == null ? low : high, in.unit())
                        + " " + String.join("; ", problems) + ".");
                continue;
            }
            if (atLow.compareTo(atHigh) == 0) {
                continue; // moves nothing: no bar
            }
            bars.add(new TornadoBar(id, in.label(), in.unit(), Calculator.exact(low), Calculator.exact(high), atLow, atHigh, basis));
        }
        bars.sort(Comparator.comparing(TornadoBar::swing).reversed());
        return new Tornado(metric.id(), metric.label(), metric.unit(), base, atBase, bars, notes);
    }

    private BigDecimal cell(Metric metric, String scenario, Map<String, BigDecimal> overrides, Set<String> problems) {
        try {
            return calculator.value(metric, scenario, overrides);
        } catch (InvalidInputException e) {
            problems.add(e.getMessage());
            return null;
        }
    }

    private GridAxis axis(Range r, Scenario s, Map<String, BigDecimal> overrides) {
        Input in = calculator.model().require(r.input());
        BigDecimal base = overrides.getOrDefault(in.id(), s.overrides().getOrDefault(in.id(), in.value()));
        return new GridAxis(in.id(), in.label(), in.unit(), r.values(), base);
    }
}
