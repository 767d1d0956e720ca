package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Comparison;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.GridAxis;
import org.thesisbot.core.api.GridTable;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Tornado;
import org.thesisbot.core.api.TornadoBar;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.Range;
import org.thesisbot.core.scenario.Sensitivity;

/**
 * Answers that show how numbers move: a grid (a table and a line chart or heat map), what matters most (a
 * ranked list and a tornado chart), and the scenarios side by side (grouped bars). The formula is shown once,
 * with the base case filled in, and every input keeps its source or assumption tag.
 */
public final class SensitivityAnswers {
    static final int CHART_WIDTH = 1000;
    private static final int MAX_ALT = 1000;

    private final Calculator calculator;
    private final Sensitivity sensitivity;
    private final NumericReply numeric;

    public SensitivityAnswers(Calculator calculator, NumericReply numeric) {
        this.calculator = calculator;
        this.sensitivity = new Sensitivity(calculator);
        this.numeric = numeric;
    }

    /** The metric over one or two ranges; the result is the base case, carrying the grid. */
    public Answer grid(String id, RouteDecision d, Metric metric, String scenario, Map<String, BigDecimal> overrides,
                       Range rows, Range cols, List<String> notes) {
        Grid g = sensitivity.grid(metric, scenario, overrides, rows, cols);
        MetricResult base = calculator.compute(metric, g.scenario(), overrides).withGrid(g);
        StringBuilder text = new StringBuilder();
        text.append('*').append(title(g)).append("*\n");
        text.append("```\n").append(GridTable.render(g).text()).append("\n```\n");
        text.append(baseNote(g)).append('\n');
        text.append(formula(metric, base)).append("\n\n");
        text.append(inputs(base, g)).append('\n');
        List<String> all = new ArrayList<>(notes);
        all.addAll(g.notes());
        for (String n : all) {
            text.append('_').append(n).append("_\n");
        }
        return new Answer(id, d.route(), text.toString().strip(), null, List.of(base), List.of(), "scenario-core", all, d)
                .withCharts(List.of(chart(g)));
    }

    /** What matters most for the metric, ranked, with a tornado chart. */
    public Answer tornado(String id, RouteDecision d, Metric metric, Map<String, BigDecimal> overrides, List<String> notes) {
        Tornado t = sensitivity.tornado(metric, overrides);
        MetricResult base = calculator.compute(metric, t.scenario(), overrides).withTornado(t);
        StringBuilder text = new StringBuilder();
        text.append("*What matters most for ").append(lower(metric.label())).append("* (base case: ")
                .append(Format.value(t.base(), t.unit())).append("; each input moved alone, the rest held at base)\n");
        int n = 1;
        for (TornadoBar b : t.bars()) {
            text.append(n++).append(". *").append(b.label()).append("*: ").append(Format.value(b.low(), b.unit()))
                    .append(" → ").append(Format.value(b.high(), b.unit())).append(" (")
                    .append(b.basis() == TornadoBar.Basis.SCENARIOS ? "bear → bull" : "base ± 20%").append(") moves it from ")
                    .append(Format.value(b.atLow(), t.unit())).append(" to ").append(Format.value(b.atHigh(), t.unit()))
                    .append(", a swing of ").append(Format.value(b.swing(), t.unit())).append('\n');
        }
        if (t.bars().isEmpty()) {
            text.append("No input moves it: it is fixed by the sources.\n");
        }
        Set<String> moved = new LinkedHashSet<>();
        t.bars().forEach(b -> moved.add(b.input()));
        for (InputUsed in : base.inputs()) {
            if (!moved.contains(in.id())) {
                text.append("_").append(in.label()).append(" moves nothing here._\n");
            }
        }
        text.append('\n').append(formula(metric, base)).append("\n\n").append(inputs(base, null)).append('\n');
        List<String> all = new ArrayList<>(notes);
        all.addAll(t.notes());
        for (String note : all) {
            text.append('_').append(note).append("_\n");
        }
        return new Answer(id, d.route(), text.toString().strip(), null, List.of(base), List.of(), "scenario-core", all, d)
                .withCharts(t.bars().isEmpty() ? List.of() : List.of(chart(t)));
    }

    /** The answer with grouped bars added when its results compare scenarios; otherwise the answer unchanged. */
    public Answer withComparisonChart(Answer a) {
        Set<String> scenarios = new LinkedHashSet<>();
        a.results().forEach(r -> scenarios.add(r.scenario()));
        if (scenarios.size() < 2 || !a.charts().isEmpty()) {
            return a;
        }
        return a.withCharts(List.of(chart(new Comparison(a.results()))));
    }

    // --- charts -------------------------------------------------------------------------------------

    static Chart chart(Grid g) {
        if (!g.twoWay()) {
            return new Chart(Chart.Kind.LINE, title(g), lineAlt(g), CHART_WIDTH, 600, g);
        }
        int height = Math.max(560, Math.min(900, 240 + 40 * g.rows().size()));
        return new Chart(Chart.Kind.HEATMAP, title(g), heatmapAlt(g), CHART_WIDTH, height, g);
    }

    static Chart chart(Tornado t) {
        int height = Math.max(420, Math.min(900, 200 + 70 * t.bars().size()));
        String title = "What matters most for " + lower(t.label()) + " (" + t.scenario() + " case)";
        StringBuilder alt = new StringBuilder("Tornado chart of " + lower(t.label()) + ", base case "
                + Format.value(t.base(), t.unit()) + ", each input moved alone:");
        for (TornadoBar b : t.bars()) {
            alt.append(' ').append(GridTable.name(b.input())).append(' ').append(Format.value(b.low(), b.unit())).append(" to ")
                    .append(Format.value(b.high(), b.unit())).append(" gives ").append(Format.value(b.atLow(), t.unit()))
                    .append(" to ").append(Format.value(b.atHigh(), t.unit())).append(';');
        }
        return new Chart(Chart.Kind.TORNADO, title, cap(alt.toString().replaceAll(";$", ".")), CHART_WIDTH, height, t);
    }

    static Chart chart(Comparison c) {
        Map<String, List<MetricResult>> byMetric = new LinkedHashMap<>();
        Set<String> scenarios = new LinkedHashSet<>();
        for (MetricResult r : c.results()) {
            byMetric.computeIfAbsent(r.metric(), k -> new ArrayList<>()).add(r);
            scenarios.add(r.scenario());
        }
        String metrics = String.join(", ", byMetric.values().stream().map(l -> NumericReply.shortLabel(l.get(0).metric())).toList());
        String title = "Scenarios compared: " + metrics;
        StringBuilder alt = new StringBuilder("Bar chart comparing " + String.join(", ", scenarios) + ":");
        for (List<MetricResult> rs : byMetric.values()) {
            alt.append(' ').append(NumericReply.shortLabel(rs.get(0).metric())).append(' ');
            alt.append(String.join(", ", rs.stream().map(r -> r.scenario() + " " + r.display()).toList())).append(';');
        }
        int height = Math.max(420, Math.min(900, 180 + 110 * byMetric.size()));
        return new Chart(Chart.Kind.BARS, title, cap(alt.toString().replaceAll(";$", ".")), CHART_WIDTH, height, c);
    }

    static String title(Grid g) {
        String by = GridTable.name(g.rows().input()) + (g.twoWay() ? " and " + GridTable.name(g.cols().input()) : "");
        return NumericReply.shortLabel(g.metric()) + " by " + by + " (" + g.scenario() + " case)";
    }

    private static String lineAlt(Grid g) {
        GridAxis x = g.rows();
        StringBuilder alt = new StringBuilder("Line chart of " + NumericReply.shortLabel(g.metric()) + " (" + g.scenario()
                + " case) over " + GridTable.name(x.input()) + " from " + x.display(0) + " to " + x.display(x.size() - 1) + ":");
        for (int r = 0; r < x.size(); r++) {
            alt.append(' ').append(x.display(r)).append(' ').append(g.display(r, 0)).append(r + 1 < x.size() ? ',' : '.');
        }
        appendBase(alt, g);
        return cap(alt.toString());
    }

    private static String heatmapAlt(Grid g) {
        int[] lo = null;
        int[] hi = null;
        for (int r = 0; r < g.rows().size(); r++) {
            for (int c = 0; c < g.width(); c++) {
                if (g.cell(r, c) == null) {
                    continue;
                }
                if (lo == null || g.cell(r, c).compareTo(g.cell(lo[0], lo[1])) < 0) {
                    lo = new int[] {r, c};
                }
                if (hi == null || g.cell(r, c).compareTo(g.cell(hi[0], hi[1])) > 0) {
                    hi = new int[] {r, c};
                }
            }
        }
        StringBuilder alt = new StringBuilder("Heat map of " + NumericReply.shortLabel(g.metric()) + " (" + g.scenario()
                + " case) by " + GridTable.name(g.rows().input()) + " (" + g.rows().display(0) + " to "
                + g.rows().display(g.rows().size() - 1) + ") and " + GridTable.name(g.cols().input()) + " ("
                + g.cols().display(0) + " to " + g.cols().display(g.cols().size() - 1) + ")");
        if (lo != null) {
            alt.append(": lowest ").append(g.display(lo[0], lo[1])).append(" at ").append(g.rows().display(lo[0])).append(" and ")
                    .append(g.cols().display(lo[1])).append(", highest ").append(g.display(hi[0], hi[1])).append(" at ")
                    .append(g.rows().display(hi[0])).append(" and ").append(g.cols().display(hi[1])).append('.');
        } else {
            alt.append(": no cell could be computed.");
        }
        appendBase(alt, g);
        return cap(alt.toString());
    }

    private static void appendBase(StringBuilder alt, Grid g) {
        int r = g.rows().baseIndex();
        int c = g.twoWay() ? g.cols().baseIndex() : 0;
        if (r >= 0 && c >= 0) {
            alt.append(" Base case (").append(g.rows().display(r)).append(g.twoWay() ? ", " + g.cols().display(c) : "")
                    .append("): ").append(g.display(r, c)).append(", marked.");
        }
    }

    // --- text ---------------------------------------------------------------------------------------

    private static String baseNote(Grid g) {
        int r = g.rows().baseIndex();
        int c = g.twoWay() ? g.cols().baseIndex() : 0;
        String base = Format.value(g.rows().base(), g.rows().unit())
                + (g.twoWay() ? ", " + Format.value(g.cols().base(), g.cols().unit()) : "");
        return r >= 0 && c >= 0 ? "_* base case (" + base + ")._" : "_The base case (" + base + ") is not on this grid._";
    }

    /** The formula once, in input names, then with the base case's numbers. */
    private static String formula(Metric metric, MetricResult base) {
        String def = metric.definition();
        int colon = def.lastIndexOf(": ");
        String names = colon >= 0 ? def.substring(colon + 2) : def;
        return "*Formula* `" + metric.id() + " = " + names + "`; at the base case `" + base.formula() + "`";
    }

    private static String inputs(MetricResult base, Grid g) {
        StringBuilder sb = new StringBuilder("*Inputs*\n");
        for (InputUsed in : base.inputs()) {
            GridAxis axis = g == null ? null : in.id().equals(g.rows().input()) ? g.rows()
                    : g.twoWay() && in.id().equals(g.cols().input()) ? g.cols() : null;
            sb.append("• ");
            if (axis != null) {
                sb.append(in.label()).append(": varied, ").append(axis.display(0)).append(" to ").append(axis.display(axis.size() - 1))
                        .append(" (base ").append(Format.value(axis.base(), axis.unit())).append(")");
            } else {
                sb.append(NumericReply.inputLine(in));
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    /** "combined payoff", "IRR", "Amazon's stake in OpenAI": the short name, lower case unless a name or an acronym. */
    private static String lower(String label) {
        Metric m = null;
        for (Metric x : Metric.values()) {
            if (x.label().equals(label)) {
                m = x;
            }
        }
        String s = m == null ? label : NumericReply.shortLabel(m.id());
        return Format.inSentence(s);
    }

    private static String cap(String alt) {
        return alt.length() <= MAX_ALT ? alt : alt.substring(0, MAX_ALT - 1) + "…";
    }
}
