package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.InputRules;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/**
 * Answers a question asked along a path ({@link Paths}): where a metric peaks or bottoms out, where it reaches a goal, or
 * what it is in a given year, with every input the path moves set at that point and the rest as the scenario and the
 * question set them. The metric along a tie is a ratio of low-degree polynomials in the driving input, which has no one
 * closed form the {@link org.thesisbot.core.scenario.Solver} knows; so the point is found numerically at 50 digits: a
 * grid over the inputs' valid range brackets it, golden-section search (a peak) or bisection (a goal) narrows the bracket
 * to 1e-30, a parabola through three close points takes a peak to the digits the calculator carries, and the point is then
 * rounded to {@value org.thesisbot.core.scenario.Solver#DIGITS} significant digits, as the solver rounds, and every metric
 * computed again there by the calculator, so the numbers shown are the model's at the point shown. Steps a year are taken
 * whole: the point is a number of years from the start, and every year is computed.
 */
final class PathReplies {
    /** The answer, and the thread's state after it: the path's inputs set at the point found, and the path kept. */
    record Reply(Answer answer, ThreadState next) {
    }

    private static final MathContext WORK = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final MathContext SHOWN = new MathContext(org.thesisbot.core.scenario.Solver.DIGITS, RoundingMode.HALF_EVEN);
    private static final int GRID = 240;
    /** Whole years asked of a goal: "how many full yrs", "which yr-end". */
    private static final java.util.regex.Pattern WHOLE = java.util.regex.Pattern.compile(
            "\\b(?:whole|full|complete|entire)[- ](?:yrs?|years?)\\b|\\bhow many (?:full |whole )?(?:yrs|years)\\b|\\b(?:yr|year)[- ]?ends?\\b");
    /** A question that asks a year or a hold: "which yr", "how many years", "first yr-end", "how long", "what hold". */
    private static final java.util.regex.Pattern YEARS_ASKED = java.util.regex.Pattern.compile(
            "\\b(?:which|what|first|last|how many|(?:the )?longest|(?:the )?shortest)\\s(?:[\\w-]+\\s)?(?:yrs?|years?|hold|holding|yr-end|year-end)\\b"
                    + "|\\bhow long\\b|\\bwhen\\b|\\bpeaks?\\b|\\btops? out\\b|\\b(?:yr|year)[- ]ends?\\b");
    /** The most years a path of steps is followed. */
    static final int MAX_YEARS = 60;
    /** A money input a tie drives is searched up to this many times its anchor: past it, a metric that still rises has no peak. */
    private static final BigDecimal MONEY_REACH = BigDecimal.valueOf(20);

    private final ScenarioModel model;
    private final Calculator calculator;
    private final NumericReply numeric;
    private final Reader reader;
    private final UnaryOperator<String> prepare;
    private final Clock clock;
    private final Supplier<String> ids;

    PathReplies(ScenarioModel model, Calculator calculator, NumericReply numeric, Reader reader, UnaryOperator<String> prepare,
                Clock clock, Supplier<String> ids) {
        this.model = model;
        this.calculator = calculator;
        this.numeric = numeric;
        this.reader = reader;
        this.prepare = prepare;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @param f     the path and the rest of the question
     * @param kept  the thread's path, asked again ("same rule but the exit goes to 1.5t"): its objective when the question
     *              names none; null when the path is the question's own
     * @param state the thread's state, or null
     * @return empty when nothing the path answers is asked (the question is then answered as written)
     */
    Optional<Reply> reply(Paths.Found f, Paths.Kept kept, ThreadState state) {
        Paths.Path path = f.path();
        ThreadState without = state == null ? null : withoutPath(state, path);
        Reading r = reader.read(prepare.apply(f.rest()), without);
        String scenario = r.scenarios().size() == 1 ? r.scenarios().get(0)
                : Paths.scenarioIn(path.said()).orElse(without != null && without.scenarios().size() == 1 ? without.scenarios().get(0)
                : ScenarioModel.BASE);
        boolean back = Paths.backToStart(f.rest());
        // a bar said with the metric ("before our moic clears 2x", "an irr of at least 15%"): the goal, when no target was read
        Optional<ThreadState.Target> bar = r.target() != null ? Optional.of(r.target()) : bar(f.rest(), path);
        Optional<Paths.Ask> asked = Paths.ask(f.rest(), bar.isPresent() || back);
        if (asked.isEmpty() && kept != null) {
            asked = Optional.of(kept.ask());
        }
        if (asked.isEmpty()) {
            return Optional.empty();
        }
        Paths.Ask ask = asked.get();
        if (!(path instanceof Paths.Tie) && ask.kind() != Paths.Kind.AT && ask.kind() != Paths.Kind.LIST && !YEARS_ASKED.matcher(f.rest()).find()) {
            return Optional.empty(); // (a path over the years, and a question that asks no year or hold of it: read as written)
        }
        Map<String, BigDecimal> overrides = new HashMap<>();
        if (without != null) {
            without.overrides().forEach((k, v) -> overrides.put(k.id(), v));
        }
        // (a goal's figure is no input: "the smallest check that leaves us 25bn ahead" sets no check of 25bn)
        List<Paths.Bar> bars = Paths.bars(f.rest());
        r.changes().forEach((k, v) -> {
            if (bars.stream().noneMatch(b -> v.compareTo(java.util.Objects.requireNonNullElse(b.in(model.require(k.id()).unit()), BigDecimal.valueOf(-1))) == 0)) {
                overrides.put(k.id(), v);
            }
        });
        // (a goal along OpenAI's value a year on is reached between whole years, unless whole years are asked)
        boolean whole = ask.kind() != Paths.Kind.GOAL || WHOLE.matcher(f.rest()).find();
        Line line = line(path, overrides, scenario, whole);
        Metric objective = objective(ask, r, kept, path);
        if (objective == null) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        notes.add(line.note);
        BigDecimal at;
        String headline;
        try {
            switch (ask.kind()) {
                case MAX, MIN -> {
                    boolean max = ask.kind() == Paths.Kind.MAX;
                    at = line.whole ? bestYear(line, objective, scenario, max) : extreme(line, objective, scenario, max);
                    if (at == null) {
                        throw new InvalidInputException("no point along " + quoted(path.said()) + " gives " + objective.label().toLowerCase(java.util.Locale.ROOT));
                    }
                    if (!line.whole && line.open && at.compareTo(line.hi) == 0) {
                        throw new InvalidInputException(objective.label() + " keeps " + (max ? "rising" : "falling") + " along "
                                + quoted(path.said()) + ", with no " + (max ? "peak" : "bottom") + " before " + line.name + " reaches "
                                + line.show(at));
                    }
                    headline = objective.label() + (max ? " peaks" : " bottoms out") + " along your path " + line.where(at, false);
                }
                case GOAL -> {
                    Metric goal = back ? objective : bar.get().metric();
                    BigDecimal target = back ? value(line, goal, scenario, line.start) : bar.get().value();
                    objective = goal;
                    at = line.whole ? goalYear(line, goal, target, scenario, ask.upper(), ask.sense()) : goal(line, goal, target, scenario, ask.upper(), back);
                    if (at == null) {
                        throw new InvalidInputException("no point along " + quoted(path.said()) + " brings " + goal.label().toLowerCase(java.util.Locale.ROOT) + " to " + Format.value(target, goal.unit()));
                    }
                    headline = "To bring " + goal.label() + " to " + Format.value(target, goal.unit()) + " along your path, "
                            + line.where(at, true);
                }
                case LIST -> {
                    if (!line.whole) {
                        return Optional.empty();
                    }
                    return Optional.of(list(line, path, ask, objective, scenario, notes, state));
                }
                default -> {
                    if (!line.whole) {
                        return Optional.empty();
                    }
                    at = BigDecimal.valueOf(ask.year());
                    if (path instanceof Paths.Marks mk && !mk.marks().containsKey(ask.year())) {
                        throw new InvalidInputException("you gave no mark for year " + ask.year() + " (only for year" + (mk.marks().size() > 1 ? "s " : " ")
                                + mk.marks().keySet().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")");
                    }
                    Optional<String> bad = line.invalid(at);
                    if (bad.isPresent()) {
                        throw new InvalidInputException("by year " + ask.year() + " along " + quoted(path.said()) + ", " + bad.get());
                    }
                    headline = null;
                }
            }
        } catch (InvalidInputException e) {
            Answer a = new Answer(ids.get(), Route.NUMERIC, "I can't compute that: " + e.getMessage() + ".", null, List.of(), List.of(),
                    "scenario-core", notes, decision(path));
            return Optional.of(new Reply(a, null));
        }
        Map<String, BigDecimal> point = line.at(at);
        List<MetricResult> results = new ArrayList<>();
        if (headline != null) {
            results.add(line.solved(at, headline, scenario));
            results.add(calculator.compute(objective, scenario, point));
        }
        for (Map.Entry<InputId, BigDecimal> moved : line.moved(at).entrySet()) {
            if (headline == null || moved.getKey() != line.driver) {
                results.add(new MetricResult(moved.getKey().id(), model.require(moved.getKey().id()).label(), moved.getValue(),
                        model.require(moved.getKey().id()).unit(), scenario, List.of(), line.formula(moved.getKey(), at), null, MetricResult.Kind.INPUT));
            }
        }
        List<Metric> shown = new ArrayList<>(List.of(objective));
        List<Metric> named = new ArrayList<>(r.metrics());
        reader.metricsNamed(org.thesisbot.core.scenario.Amounts.normalise(prepare.apply(f.rest()))).forEach(named::add);
        for (Metric m : named) {
            if (!shown.contains(m)) {
                shown.add(m);
                results.add(calculator.compute(m, scenario, point));
            }
        }
        if (headline == null) {
            results.add(0, calculator.compute(objective, scenario, point));
        }
        Answer a = new Answer(ids.get(), Route.NUMERIC, numeric.render(results, notes), null, results, List.of(), "scenario-core", notes,
                decision(path));
        Map<InputId, BigDecimal> keep = new EnumMap<>(InputId.class);
        point.forEach((k, v) -> InputId.byId(k).ifPresent(id -> keep.put(id, v)));
        ThreadState base = state != null ? state : ThreadState.empty(clock.instant());
        ThreadState next = new ThreadState(keep, List.of(scenario), shown, null, Route.NUMERIC, base.turns() + 1, clock.instant(), null,
                base.solved()).withPath(Paths.keep(path, ask, objective));
        return Optional.of(new Reply(a, next));
    }

    /** Each year along a path of years, the metric at each: the years asked ("yr1..yr5"), the path's own, or its marks'. */
    private Reply list(Line line, Paths.Path path, Paths.Ask ask, Metric objective, String scenario, List<String> notes, ThreadState state) {
        List<Integer> years = new ArrayList<>();
        if (ask.year() > 0) {
            for (int t = Math.max(1, ask.sense()); t <= Math.min(ask.year(), MAX_YEARS); t++) {
                years.add(t);
            }
        } else if (path instanceof Paths.Marks mk) {
            years.addAll(mk.marks().keySet());
        } else {
            int n = path instanceof Paths.Steps st && st.years() > 0 ? st.years()
                    : model.value(InputId.HOLDING_YEARS.id(), scenario).intValue();
            for (int t = 1; t <= n; t++) {
                years.add(t);
            }
        }
        List<MetricResult> results = new ArrayList<>();
        for (int t : years) {
            BigDecimal s = BigDecimal.valueOf(t);
            if (line.invalid(s).isPresent()) {
                continue;
            }
            MetricResult r = calculator.compute(objective, scenario, line.at(s));
            results.add(new MetricResult(r.metric(), r.label() + ", year " + t, r.value(), r.unit(), r.scenario(), r.inputs(), r.formula(),
                    r.explanation(), r.kind(), r.grid(), r.tornado()));
        }
        Answer a = new Answer(ids.get(), Route.NUMERIC, numeric.render(results, notes), null, results, List.of(), "scenario-core", notes, decision(path));
        ThreadState base = state != null ? state : ThreadState.empty(clock.instant());
        ThreadState next = new ThreadState(base.overrides(), List.of(scenario), List.of(objective), null, Route.NUMERIC, base.turns() + 1,
                clock.instant(), null, base.solved()).withPath(Paths.keep(path, ask, objective));
        return new Reply(a, next);
    }

    private static RouteDecision decision(Paths.Path path) {
        return new RouteDecision(Route.NUMERIC, 0.9, -1.0, List.of("path: " + path.said()));
    }

    /**
     * A bar said after a comparison word, in the unit of a metric named in its clause that moves along the path ("our moic
     * clears 2x", "an irr of at least 15%", "still come out 20bn ahead"); empty when there is none.
     */
    private Optional<ThreadState.Target> bar(String rest, Paths.Path path) {
        java.util.Set<InputId> moved = java.util.EnumSet.copyOf(Paths.inputs(path));
        for (Paths.Bar b : Paths.bars(rest)) {
            List<Metric> named = new ArrayList<>(reader.metricsNamed(org.thesisbot.core.scenario.Amounts.normalise(prepare.apply(b.clause()))));
            if (b.ahead()) {
                named.add(0, Metric.GAIN); // ("come out 20bn ahead": a gain of 20bn)
            }
            named.add(Metric.MOIC); // ("the first yr-end where we're above 1.5x": a multiple said alone is the money's)
            for (Metric m : named) {
                BigDecimal v = b.in(m.unit());
                if (v != null && reader.reads(m).stream().anyMatch(moved::contains)) {
                    return Optional.of(new ThreadState.Target(m, v, null));
                }
            }
        }
        return Optional.empty();
    }

    /** The metric that peaks or is read: the one the asking clause names, else the question's first, else the thread's. */
    private Metric objective(Paths.Ask ask, Reading r, Paths.Kept kept, Paths.Path path) {
        List<Metric> named = new ArrayList<>();
        if (!ask.about().isBlank()) {
            named.addAll(reader.metricsNamed(org.thesisbot.core.scenario.Amounts.normalise(prepare.apply(ask.about()))));
        }
        named.addAll(r.metrics());
        // (a metric that does not move along the path cannot peak there: "our stake" is the same fraction in every year)
        java.util.Set<InputId> moved = java.util.EnumSet.copyOf(Paths.inputs(path));
        for (Metric m : named) {
            if (reader.reads(m).stream().anyMatch(moved::contains)) {
                return m;
            }
        }
        return kept != null ? kept.objective() : null;
    }

    /** The thread's state without the inputs the path moves: the path sets them, from its own anchors. */
    private static ThreadState withoutPath(ThreadState s, Paths.Path path) {
        Map<InputId, BigDecimal> o = new EnumMap<>(InputId.class);
        o.putAll(s.overrides());
        Paths.inputs(path).forEach(o::remove);
        return new ThreadState(o, s.scenarios(), s.metrics(), s.target(), s.lastRoute(), s.turns(), s.updated(), s.grid(), s.solved(),
                s.topic(), s.shown(), s.saved(), s.bands(), s.bound(), s.levers(), s.flows(), s.rests(), s.path(), s.frames());
    }

    private BigDecimal value(Line line, Metric m, String scenario, BigDecimal s) {
        try {
            return calculator.value(m, scenario, line.at(s));
        } catch (InvalidInputException | ArithmeticException e) {
            return null;
        }
    }

    private BigDecimal bestYear(Line line, Metric m, String scenario, boolean max) {
        BigDecimal best = null;
        BigDecimal bestAt = null;
        for (int t = line.lo.setScale(0, RoundingMode.CEILING).intValue(); t <= MAX_YEARS; t++) {
            BigDecimal s = BigDecimal.valueOf(t);
            if (line.invalid(s).isPresent()) {
                continue;
            }
            BigDecimal v = value(line, m, scenario, s);
            if (v != null && (best == null || (max ? v.compareTo(best) > 0 : v.compareTo(best) < 0))) {
                best = v;
                bestAt = s;
            }
        }
        return bestAt;
    }

    /**
     * The first (or, {@code upper}, the last) whole year where the metric is at or past the target in the goal's sense: at
     * least it ({@code sense} 1), at most it (-1), or, unsaid, on the far side of it from where the path starts.
     */
    private BigDecimal goalYear(Line line, Metric m, BigDecimal target, String scenario, boolean upper, int sense) {
        int from = line.lo.setScale(0, RoundingMode.CEILING).intValue();
        BigDecimal first = value(line, m, scenario, BigDecimal.valueOf(from));
        if (first == null) {
            return null;
        }
        int want = sense != 0 ? sense : first.compareTo(target) < 0 ? 1 : -1;
        BigDecimal found = null;
        for (int t = from; t <= MAX_YEARS; t++) {
            BigDecimal s = BigDecimal.valueOf(t);
            if (line.invalid(s).isPresent()) {
                continue;
            }
            BigDecimal v = value(line, m, scenario, s);
            if (v != null && v.compareTo(target) * want >= 0) {
                found = s;
                if (!upper) {
                    break;
                }
            }
        }
        return found;
    }

    /** The point in [lo, hi] where the metric is highest (lowest): grid, then golden section, then a parabola's vertex. */
    private BigDecimal extreme(Line line, Metric m, String scenario, boolean max) {
        BigDecimal lo = line.lo;
        BigDecimal hi = line.hi;
        BigDecimal step = hi.subtract(lo).divide(BigDecimal.valueOf(GRID), WORK);
        int best = -1;
        BigDecimal bestV = null;
        for (int i = 0; i <= GRID; i++) {
            BigDecimal v = value(line, m, scenario, lo.add(step.multiply(BigDecimal.valueOf(i))));
            if (v != null && (bestV == null || (max ? v.compareTo(bestV) > 0 : v.compareTo(bestV) < 0))) {
                bestV = v;
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        BigDecimal a = lo.add(step.multiply(BigDecimal.valueOf(Math.max(0, best - 1))));
        BigDecimal b = lo.add(step.multiply(BigDecimal.valueOf(Math.min(GRID, best + 1))));
        BigDecimal sign = max ? BigDecimal.ONE : BigDecimal.ONE.negate();
        BigDecimal ratio = new BigDecimal("0.6180339887498948482045868343656381177203");
        BigDecimal tol = hi.subtract(lo).abs().multiply(new BigDecimal("1e-30"));
        while (b.subtract(a).compareTo(tol) > 0) {
            BigDecimal d = b.subtract(a).multiply(ratio, WORK);
            BigDecimal c1 = b.subtract(d);
            BigDecimal c2 = a.add(d);
            BigDecimal v1 = value(line, m, scenario, c1);
            BigDecimal v2 = value(line, m, scenario, c2);
            if (v1 == null || v2 == null) {
                break;
            }
            if (v1.multiply(sign).compareTo(v2.multiply(sign)) >= 0) {
                b = c2;
            } else {
                a = c1;
            }
        }
        BigDecimal x = a.add(b).divide(BigDecimal.valueOf(2), WORK);
        x = vertex(line, m, scenario, x, hi.subtract(lo).abs().multiply(new BigDecimal("1e-9")));
        // an end of the range is the point when it is as good: no interior peak ("capture all the way to 100%")
        for (BigDecimal end : List.of(lo, hi)) {
            BigDecimal ve = value(line, m, scenario, end);
            BigDecimal vx = value(line, m, scenario, x);
            if (ve != null && (vx == null || ve.multiply(sign).compareTo(vx.multiply(sign)) >= 0
                    || end.subtract(x).abs().compareTo(hi.subtract(lo).abs().multiply(new BigDecimal("1e-12"))) < 0)) {
                return end;
            }
        }
        return shown(x);
    }

    /** The vertex of the parabola through the metric at x - h, x, x + h: a peak to the calculator's digits; x when flat. */
    private BigDecimal vertex(Line line, Metric m, String scenario, BigDecimal x, BigDecimal h) {
        for (int i = 0; i < 2; i++) {
            BigDecimal f0 = value(line, m, scenario, x.subtract(h));
            BigDecimal f1 = value(line, m, scenario, x);
            BigDecimal f2 = value(line, m, scenario, x.add(h));
            if (f0 == null || f1 == null || f2 == null) {
                return x;
            }
            BigDecimal curve = f2.subtract(f1.multiply(BigDecimal.valueOf(2))).add(f0);
            if (curve.signum() == 0) {
                return x;
            }
            BigDecimal moved = x.subtract(h.multiply(f2.subtract(f0)).divide(curve.multiply(BigDecimal.valueOf(2)), WORK));
            if (moved.subtract(x).abs().compareTo(h) > 0) {
                return x;
            }
            x = moved;
            h = h.multiply(new BigDecimal("0.001"));
        }
        return x;
    }

    /** The point where the metric reaches the target: each crossing bracketed on the grid and bisected; the nearest or furthest. */
    private BigDecimal goal(Line line, Metric m, BigDecimal target, String scenario, boolean upper, boolean notStart) {
        BigDecimal lo = line.lo;
        BigDecimal hi = line.hi;
        BigDecimal step = hi.subtract(lo).divide(BigDecimal.valueOf(GRID), WORK);
        List<BigDecimal> roots = new ArrayList<>();
        BigDecimal prevS = null;
        BigDecimal prevG = null;
        for (int i = 0; i <= GRID; i++) {
            BigDecimal s = lo.add(step.multiply(BigDecimal.valueOf(i)));
            BigDecimal v = value(line, m, scenario, s);
            BigDecimal g = v == null ? null : v.subtract(target);
            if (g != null && g.signum() == 0) {
                roots.add(s);
            } else if (g != null && prevG != null && prevG.signum() != 0 && g.signum() != prevG.signum()) {
                roots.add(bisect(line, m, target, scenario, prevS, s, prevG.signum()));
            }
            prevS = s;
            prevG = g;
        }
        BigDecimal start = line.start;
        BigDecimal near = hi.subtract(lo).abs().multiply(new BigDecimal("1e-9"));
        roots.removeIf(x -> x == null || notStart && x.subtract(start).abs().compareTo(near) < 0);
        if (roots.isEmpty()) {
            return null;
        }
        BigDecimal chosen = upper ? roots.get(roots.size() - 1) : roots.get(0);
        return shown(chosen);
    }

    private BigDecimal bisect(Line line, Metric m, BigDecimal target, String scenario, BigDecimal a, BigDecimal b, int signA) {
        for (int i = 0; i < 170; i++) {
            BigDecimal mid = a.add(b).divide(BigDecimal.valueOf(2), WORK);
            BigDecimal v = value(line, m, scenario, mid);
            if (v == null) {
                return null;
            }
            int sg = v.subtract(target).signum();
            if (sg == 0) {
                return mid;
            }
            if (sg == signA) {
                a = mid;
            } else {
                b = mid;
            }
        }
        return a.add(b).divide(BigDecimal.valueOf(2), WORK);
    }

    /** A point or an input along the path as shown: {@value org.thesisbot.core.scenario.Solver#DIGITS} significant digits, never in exponent form. */
    private static BigDecimal shown(BigDecimal v) {
        BigDecimal r = v.round(SHOWN).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    private static String quoted(String s) {
        return "\u201c" + s + "\u201d";
    }

    /** A path laid over the scenario: each point's inputs, the driving input, and the range of points that are valid. */
    private Line line(Paths.Path path, Map<String, BigDecimal> overrides, String scenario, boolean whole) {
        if (path instanceof Paths.Tie t) {
            return tieLine(t, overrides, scenario);
        }
        if (path instanceof Paths.Marks mk) {
            return marksLine(mk, overrides, scenario);
        }
        return path instanceof Paths.Grows g ? growsLine(g, overrides, scenario) : stepsLine((Paths.Steps) path, overrides, scenario, whole);
    }

    private BigDecimal given(InputId id, Map<String, BigDecimal> overrides, String scenario) {
        BigDecimal v = overrides.get(id.id());
        return v != null ? v : model.value(id.id(), scenario);
    }

    private Line tieLine(Paths.Tie t, Map<String, BigDecimal> overrides, String scenario) {
        BigDecimal x0 = t.x0() != null ? t.x0() : given(t.x(), overrides, scenario);
        BigDecimal y0 = t.y0() == null ? given(t.y(), overrides, scenario)
                : t.y0Pre() ? t.y0().add(given(InputId.ROUND_SIZE, overrides, scenario)) : t.y0();
        Map<String, BigDecimal> base = new HashMap<>(overrides);
        base.remove(t.x().id());
        base.remove(t.y().id());
        Unit ux = model.require(t.x().id()).unit();
        Unit uy = model.require(t.y().id()).unit();
        BigDecimal lo = ux == Unit.RATIO ? BigDecimal.ZERO : InputRules.MIN_BILLIONS;
        BigDecimal hi = ux == Unit.RATIO ? BigDecimal.ONE : x0.multiply(MONEY_REACH).max(BigDecimal.valueOf(1000));
        boolean open = ux != Unit.RATIO;
        // y = y0 + slope (x - x0) within its own range: x = x0 + (yBound - y0) / slope
        BigDecimal yLo = uy == Unit.RATIO ? BigDecimal.ZERO : InputRules.MIN_BILLIONS;
        BigDecimal yHi = uy == Unit.RATIO ? BigDecimal.ONE : null;
        if (t.slope().signum() != 0) {
            BigDecimal atYLo = x0.add(yLo.subtract(y0).divide(t.slope(), WORK));
            BigDecimal atYHi = yHi == null ? null : x0.add(yHi.subtract(y0).divide(t.slope(), WORK));
            if (t.slope().signum() > 0) {
                lo = lo.max(atYLo);
                if (atYHi != null && atYHi.compareTo(hi) < 0) {
                    hi = atYHi;
                    open = false;
                }
            } else {
                if (atYLo.compareTo(hi) < 0) {
                    hi = atYLo;
                    open = false;
                }
                if (atYHi != null) {
                    lo = lo.max(atYHi);
                }
            }
        }
        String note = "Reading \u201c" + t.said() + "\u201d as a trade-off: " + label(t.y()) + " = " + Format.value(y0, uy)
                + (t.slope().signum() < 0 ? " \u2212 " : " + ") + slopeText(t.slope().abs(), ux, uy) + " \u00d7 (" + label(t.x()) + " \u2212 "
                + Format.value(x0, ux) + ")" + (t.y0Pre() ? " (the pre-money you gave plus the round)" : "") + ", everything else as "
                + scenario + (overrides.isEmpty() ? "" : " and your figures") + ".";
        return new Line(t.x(), lo, hi, open, x0, false, s -> {
            Map<String, BigDecimal> o = new HashMap<>(base);
            o.put(t.x().id(), s);
            o.put(t.y().id(), y0.add(t.slope().multiply(s.subtract(x0)), WORK));
            return o;
        }, note, List.of(t.x(), t.y()), label(t.x()));
    }

    private Line stepsLine(Paths.Steps p, Map<String, BigDecimal> overrides, String scenario, boolean whole) {
        Map<String, BigDecimal> base = new HashMap<>(overrides);
        Map<InputId, BigDecimal> starts = new EnumMap<>(InputId.class);
        List<String> said = new ArrayList<>();
        for (Paths.Step st : p.steps()) {
            BigDecimal from = st.start() != null ? st.start() : st.input() == InputId.EXIT_VALUATION
                    ? given(InputId.POST_MONEY_VALUATION, overrides, scenario) : given(st.input(), overrides, scenario);
            starts.put(st.input(), from);
            base.remove(st.input().id());
            Unit u = model.require(st.input().id()).unit();
            said.add(label(st.input()) + " " + Format.value(from, u) + (st.perYear().signum() < 0 ? " \u2212 " : " + ")
                    + Format.value(st.perYear().abs(), u) + " a year");
        }
        // OpenAI's value a year on is the exit when the stake is held that long
        boolean held = starts.containsKey(InputId.EXIT_VALUATION);
        if (held) {
            base.remove(InputId.HOLDING_YEARS.id());
        }
        String note = "Reading \u201c" + p.said() + "\u201d as steps a year from year 0: " + String.join("; ", said)
                + (held ? ", held until the year asked" : "") + ", everything else as " + scenario + "."
                + (whole ? " Each year along it is computed." : "");
        List<InputId> moved = new ArrayList<>(starts.keySet());
        if (held) {
            moved.add(InputId.HOLDING_YEARS);
        }
        return new Line(held ? InputId.HOLDING_YEARS : null, held ? InputRules.MIN_YEARS : BigDecimal.ZERO, BigDecimal.valueOf(MAX_YEARS), false,
                BigDecimal.ZERO, whole, s -> {
            Map<String, BigDecimal> o = new HashMap<>(base);
            for (Paths.Step st : p.steps()) {
                o.put(st.input().id(), starts.get(st.input()).add(st.perYear().multiply(s)));
            }
            if (held) {
                o.put(InputId.HOLDING_YEARS.id(), s);
            }
            return o;
        }, note, moved, held ? label(InputId.HOLDING_YEARS) : "years");
    }

    private Line marksLine(Paths.Marks mk, Map<String, BigDecimal> overrides, String scenario) {
        Map<String, BigDecimal> base = new HashMap<>(overrides);
        base.remove(InputId.EXIT_VALUATION.id());
        base.remove(InputId.HOLDING_YEARS.id());
        List<String> said = new ArrayList<>();
        mk.marks().forEach((y, v) -> said.add("year " + y + " " + Format.value(v, Unit.USD_BILLIONS)));
        String note = "Reading \u201c" + mk.said() + "\u201d as OpenAI's marks at year-ends (" + String.join(", ", said)
                + "): the exit is the mark of the year the stake is sold, everything else as " + scenario + ".";
        return new Line(InputId.HOLDING_YEARS, BigDecimal.valueOf(mk.marks().firstKey()), BigDecimal.valueOf(mk.marks().lastKey()), false,
                BigDecimal.valueOf(mk.marks().firstKey()), true, s -> {
            Map<String, BigDecimal> o = new HashMap<>(base);
            // (a year with no mark is no point of the path: a negative exit, which every check refuses)
            o.put(InputId.EXIT_VALUATION.id(), mk.marks().getOrDefault(s.intValue(), BigDecimal.ONE.negate()));
            o.put(InputId.HOLDING_YEARS.id(), s);
            return o;
        }, note, List.of(InputId.EXIT_VALUATION, InputId.HOLDING_YEARS), label(InputId.HOLDING_YEARS));
    }

    private Line growsLine(Paths.Grows g, Map<String, BigDecimal> overrides, String scenario) {
        Map<String, BigDecimal> base = new HashMap<>(overrides);
        base.remove(InputId.EXIT_VALUATION.id());
        base.remove(InputId.HOLDING_YEARS.id());
        BigDecimal start = g.start() != null ? g.start() : given(InputId.POST_MONEY_VALUATION, overrides, scenario);
        String note = "Reading \u201c" + g.said() + "\u201d as OpenAI's value year by year: " + Format.value(start, Unit.USD_BILLIONS)
                + " in year " + g.from() + ", then " + Format.value(g.first(), Unit.RATIO) + " growth in year " + (g.from() + 1)
                + (g.change().signum() < 0 ? ", " + Format.value(g.change().negate(), Unit.RATIO) + " less each year after"
                : ", " + Format.value(g.change(), Unit.RATIO) + " more each year after")
                + "; the exit is that value in the year the stake is sold, everything else as " + scenario + ". Each whole year is computed.";
        return new Line(InputId.HOLDING_YEARS, BigDecimal.valueOf(Math.max(1, g.from())), BigDecimal.valueOf(MAX_YEARS), false,
                BigDecimal.valueOf(g.from()), true, s -> {
            Map<String, BigDecimal> o = new HashMap<>(base);
            int t = s.intValueExact();
            o.put(InputId.EXIT_VALUATION.id(), t < g.from() ? BigDecimal.ZERO : g.at(start, t));
            o.put(InputId.HOLDING_YEARS.id(), s);
            return o;
        }, note, List.of(InputId.EXIT_VALUATION, InputId.HOLDING_YEARS), label(InputId.HOLDING_YEARS));
    }

    private String label(InputId id) {
        return reader.label(id);
    }

    private static String slopeText(BigDecimal slope, Unit ux, Unit uy) {
        return slope.round(SHOWN).stripTrailingZeros().toPlainString();
    }

    /**
     * One path over the scenario.
     *
     * @param driver the input a point is a value of (null: a point is a number of years)
     * @param open   {@code hi} is only where the search stops, not where an input runs out
     * @param start  the anchor's point
     * @param whole  points are whole years
     */
    private final class Line {
        private final InputId driver;
        private final BigDecimal lo;
        private final BigDecimal hi;
        private final boolean open;
        private final BigDecimal start;
        private final boolean whole;
        private final java.util.function.Function<BigDecimal, Map<String, BigDecimal>> at;
        private final String note;
        private final List<InputId> inputs;
        private final String name;

        Line(InputId driver, BigDecimal lo, BigDecimal hi, boolean open, BigDecimal start, boolean whole,
             java.util.function.Function<BigDecimal, Map<String, BigDecimal>> at, String note, List<InputId> inputs, String name) {
            this.driver = driver;
            this.lo = lo;
            this.hi = hi;
            this.open = open;
            this.start = start;
            this.whole = whole;
            this.at = at;
            this.note = note;
            this.inputs = inputs;
            this.name = name;
        }

        Map<String, BigDecimal> at(BigDecimal s) {
            return at.apply(s);
        }

        /** The path's inputs at a point, each rounded as a solved input is. */
        Map<InputId, BigDecimal> moved(BigDecimal s) {
            Map<InputId, BigDecimal> out = new java.util.LinkedHashMap<>();
            Map<String, BigDecimal> o = at(s);
            for (InputId id : inputs) {
                out.put(id, shown(o.get(id.id())));
            }
            return out;
        }

        Optional<String> invalid(BigDecimal s) {
            Map<String, BigDecimal> o = at(s);
            for (InputId id : inputs) {
                org.thesisbot.core.scenario.Input in = model.require(id.id());
                Optional<String> bad = InputRules.check(id.id(), in.label(), in.unit(), o.get(id.id()));
                if (bad.isPresent()) {
                    return bad;
                }
            }
            return Optional.empty();
        }

        String show(BigDecimal s) {
            return driver == null ? "year " + s.toPlainString() : Format.value(s, model.require(driver.id()).unit());
        }

        /** "when capture share is 54.17% (margin 29.25%)", "in year 4 of it (capture 70%, margin 27%)"; {@code must}: "… must be …". */
        String where(BigDecimal s, boolean must) {
            List<String> others = new ArrayList<>();
            moved(s).forEach((id, v) -> {
                if (id != driver) {
                    others.add(label(id) + " " + Format.value(v, model.require(id.id()).unit()));
                }
            });
            String point = driver == null ? (must ? "it takes year " : "in year ") + s.toPlainString() + " of it"
                    : must ? label(driver) + " must be " + show(s) : "when " + label(driver) + " is " + show(s);
            return point + (others.isEmpty() ? "" : " (" + String.join(", ", others) + ")");
        }

        String formula(InputId id, BigDecimal s) {
            return label(id) + " along the path at " + (driver == null ? "year " + s.toPlainString() : show(s)) + " = "
                    + Format.value(moved(s).get(id), model.require(id.id()).unit());
        }

        MetricResult solved(BigDecimal s, String headline, String scenario) {
            if (driver == null) {
                return new MetricResult("path_year", "Year along the path", s, Unit.YEARS, scenario, List.of(),
                        "year " + s.toPlainString() + " of the path", headline + ".", MetricResult.Kind.SOLVED);
            }
            org.thesisbot.core.scenario.Input in = model.require(driver.id());
            return new MetricResult(driver.id(), in.label(), s, in.unit(), scenario, List.of(), formula(driver, s), headline + ".",
                    MetricResult.Kind.SOLVED);
        }
    }
}
