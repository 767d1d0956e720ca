package org.thesisbot.core.state;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * What a conversation has established so far: the scenario it is in. Each follow-up is a change to this
 * state ("over 4 years" changes the holding period, "bull" the scenario, "and the irr?" the metric), so
 * a figure given three turns ago still holds until the user changes it.
 *
 * @param overrides  inputs the user set in this thread, by input
 * @param scenarios  the scenarios the thread looks at (empty: base)
 * @param metrics    the metrics of the last numeric answer (empty: none yet)
 * @param target     the last solved target ("to reach 3x ..."), or null
 * @param lastRoute  the route of the last answer, or null before the first
 * @param turns      answered questions in this thread
 * @param updated    when the state last changed
 * @param grid       the last grid or what-matters-most the thread asked for ("now the same for MOIC"), or null
 * @param solved     the input the last answer solved for, with its value ("what exit doubles the money?": $1.66T),
 *                   for a follow-up that points back at it ("irr at that exit?"); empty when none or several
 * @param topic      what the thread last asked the sources ("how is amazon tied up with anthropic"), at most
 *                   {@value #TOPIC_MAX} characters, for a follow-up that points back at it ("and their reaction?");
 *                   empty when the thread has asked the sources nothing
 * @param shown      the figures the thread's answers showed, in the order shown, for a follow-up that points at one by
 *                   position ("halve the first", "the 2nd figure in your first answer"): the first {@value #FIRST_KEPT}
 *                   answers and the last {@value #LAST_KEPT}, each with at most {@value #FIGURES_KEPT} figures
 * @param saved      scenarios the user named in this thread ("call this 'heatwave': $1.3T exit, 4 yr hold"), by name, the
 *                   latest {@value #SAVED_KEPT}, for a follow-up that names one ("irr on heatwave", "heatwave's capture")
 * @param bands      inputs the thread gave as a band ("exit anywhere 900bn–1.2T"), each as its low and high end, or as a
 *                   list of values ("exit 1.2T / 1.5T / 2T", at most {@value #MAX_VALUES}), for a follow-up that keeps
 *                   them ("pin the hold at 6, same exit band", "same grid with a 1T post"); at most {@value #MAX_BANDS},
 *                   empty when none
 * @param bound      the bars the thread last asked an input's extreme under ("min exit that clears both 2x and an 18%
 *                   irr"), each as the goal it sets, for a follow-up that keeps them ("same 2 hurdles but a 3 yr hold",
 *                   "bump the multiple bar to 2.5x"); at most {@value #MAX_BARS}, null when none
 * @param levers     the levers the thread's last answer pulled one at a time ("capture +10pts", "margin +5pts"), as written,
 *                   for the next question, which may pull them again ("same two deltas in bear", "now as the multiple"; kept for
 *                   one turn only, so "same q" after another question repeats that one); at most
 *                   {@value #MAX_LEVERS}, each at most {@value #LEVER_MAX} characters, empty when none
 * @param flows      the staged draws and partial sales the thread set out ("draws 20 at close / 15 yr1 / 15 yr2", "half out
 *                   at 1.2T in yr 3, other half at 2T yr 6"), one per entry in the assistant's own short form, for a follow-up
 *                   on them ("irr w the draws timed like that", "what does the 2nd half need to go at for 2.5x"); at most
 *                   {@value #MAX_FLOWS}, each at most {@value #FLOW_MAX} characters, empty when none
 * @param rests      those of {@code metrics} the thread asked as the rest of their whole ("what % of oai is everybody but
 *                   amazon's"), so a follow-up ("per yr?", "same in bull") asks the rest again; empty when none
 * @param path       the path the thread last asked along ("each 10pts of capture knocks 5pts off the margin") and what it asked
 *                   there, in the assistant's own short form, for a follow-up on it ("same rule but the exit goes to 1.5t"); at
 *                   most {@value #PATH_MAX} characters, null when none
 * @param frames     the frames the thread's questions are asked in until it leaves them ("30 cash / 20 credits at 65c/$, on a
 *                   cash basis"), each as its reader's name and the words that reader finds it in, so a follow-up ("and at
 *                   2T?") is asked in it too; at most {@value #MAX_FRAMES}, each at most {@value #FRAME_MAX} characters, empty
 *                   when none
 */
public record ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                          Target target, Route lastRoute, int turns, Instant updated, Grid grid,
                          Map<InputId, BigDecimal> solved, String topic, List<Shown> shown, Map<String, Saved> saved,
                          Map<InputId, List<BigDecimal>> bands, Bound bound, List<String> levers, List<String> flows,
                          List<Metric> rests, String path, List<String> frames) {
    /** Named scenarios kept: the latest. */
    public static final int SAVED_KEPT = 8;
    /** Answers kept from the start of a thread ("your first answer") and from its end ("2 answers up"). */
    public static final int FIRST_KEPT = 3;
    public static final int LAST_KEPT = 12;
    /** Figures kept of one answer. */
    public static final int FIGURES_KEPT = 8;

    /** The longest topic kept: a few questions' worth, whatever the thread's length. */
    public static final int TOPIC_MAX = 300;

    /** Bands kept: as many as an answer asks at once (eight corners). */
    public static final int MAX_BANDS = 3;
    /** Values kept of one input the thread gave as a list (a table's rows). */
    public static final int MAX_VALUES = 6;

    /** Levers kept of one question that pulled several, and the longest lever kept. */
    public static final int MAX_LEVERS = 4;
    public static final int LEVER_MAX = 120;
    /** Flows kept of a thread, and the longest one (the assistant's short form: "draw 20 0", "sale 0.5 1200 3"). */
    public static final int MAX_FLOWS = 8;
    public static final int FLOW_MAX = 60;
    /** The longest path kept (the assistant's short form and the words it was read from). */
    public static final int PATH_MAX = 400;
    /** Frames kept of a thread, and the longest one (a name, a tab, and the words). */
    public static final int MAX_FRAMES = 8;
    public static final int FRAME_MAX = 2_000;
    /** Bars kept of one question asked under several. */
    public static final int MAX_BARS = 4;

    /** The current version of the serialised form; stores must read this and every earlier one. */
    public static final int VERSION = 1;

    public ThreadState {
        EnumMap<InputId, BigDecimal> copy = new EnumMap<>(InputId.class);
        copy.putAll(overrides);
        overrides = Collections.unmodifiableMap(copy);
        scenarios = List.copyOf(scenarios);
        metrics = List.copyOf(metrics);
        EnumMap<InputId, BigDecimal> sol = new EnumMap<>(InputId.class);
        if (solved != null) {
            sol.putAll(solved); // state saved before this field existed has none
        }
        solved = Collections.unmodifiableMap(sol);
        topic = topic == null ? "" : topic.strip(); // state saved before this field existed has none
        if (topic.length() > TOPIC_MAX) {
            topic = topic.substring(0, TOPIC_MAX).strip();
        }
        shown = shown == null ? List.of() : List.copyOf(shown); // state saved before this field existed has none
        java.util.LinkedHashMap<String, Saved> names = new java.util.LinkedHashMap<>();
        if (saved != null) {
            saved.forEach((k, v) -> {
                names.remove(k);
                names.put(k, v);
            });
        }
        while (names.size() > SAVED_KEPT) {
            names.remove(names.keySet().iterator().next());
        }
        saved = Collections.unmodifiableMap(names);
        EnumMap<InputId, List<BigDecimal>> b = new EnumMap<>(InputId.class);
        if (bands != null) { // state saved before this field existed has none
            bands.forEach((k, v) -> {
                if (v != null && v.size() >= 2 && v.size() <= MAX_VALUES && b.size() < MAX_BANDS) {
                    b.put(k, List.copyOf(v));
                }
            });
        }
        bands = Collections.unmodifiableMap(b);
        if (bound != null && (bound.legs() == null || bound.legs().size() < 2 || bound.legs().size() > MAX_BARS)) {
            bound = null; // state saved before this field existed has none
        }
        rests = rests == null ? List.of() : rests.stream().filter(m -> m != null && org.thesisbot.core.scenario.Rests.has(m))
                .distinct().toList(); // (state saved before this field existed has none)
        flows = flows == null || flows.size() > MAX_FLOWS || flows.stream().anyMatch(f -> f == null || f.length() > FLOW_MAX)
                ? List.of() : List.copyOf(flows); // (state saved before this field existed has none)
        path = path == null || path.isBlank() || path.length() > PATH_MAX ? null : path; // (state saved before this field existed has none)
        frames = frames == null || frames.size() > MAX_FRAMES || frames.stream().anyMatch(f -> f == null || f.isBlank() || f.length() > FRAME_MAX)
                ? List.of() : List.copyOf(frames); // (state saved before this field existed has none)
        levers = levers == null || levers.size() < 2 || levers.size() > MAX_LEVERS || levers.stream().anyMatch(l -> l == null || l.length() > LEVER_MAX)
                ? List.of() : List.copyOf(levers); // (state saved before this field existed has none)
    }

    /** A state with no bars kept. */
    public ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                       Target target, Route lastRoute, int turns, Instant updated, Grid grid,
                       Map<InputId, BigDecimal> solved, String topic, List<Shown> shown, Map<String, Saved> saved,
                       Map<InputId, List<BigDecimal>> bands) {
        this(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, null, List.of(), List.of(), List.of(), null, List.of());
    }

    /** This state with these overrides instead of its own. */
    public ThreadState withOverrides(Map<InputId, BigDecimal> o) {
        return new ThreadState(o, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, bound, levers, flows, rests, path, frames);
    }

    /** This state keeping these bars (null: none). */
    public ThreadState withBound(Bound b) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, b, levers, flows, rests, path, frames);
    }

    /** This state keeping these flows (empty: none). */
    public ThreadState withFlows(List<String> f) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, bound, levers, f, rests, path, frames);
    }

    /** This state with these of its metrics asked as their rests (empty: none). */
    public ThreadState withRests(List<Metric> r) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, bound, levers, flows, r, path, frames);
    }

    /** This state keeping this path (null: none), in {@code Paths}' short form. */
    public ThreadState withPath(String p) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, bound, levers, flows, rests, p, frames);
    }

    /** This state with these inputs solved for ("that exit" after "what exit gets 2x"). */
    public ThreadState withSolved(Map<InputId, BigDecimal> sol) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, sol, topic, shown, saved, bands, bound, levers, flows, rests, path, frames);
    }

    /** This state with these metrics as the thread's last asked (a list of several asked at once: each item's). */
    public ThreadState withMetrics(List<Metric> m) {
        return new ThreadState(overrides, scenarios, m, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, bound, levers, flows, rests, path, frames);
    }

    /** This state with this goal as the thread's last solved, its metric the one asked ("now just the reverse, but for 4.5%"). */
    public ThreadState withTarget(Target t) {
        return new ThreadState(overrides, scenarios, t == null ? metrics : List.of(t.metric()), t, lastRoute, turns, updated, grid, solved,
                topic, shown, saved, bands, bound, levers, flows, rests, path, frames);
    }

    /**
     * This state keeping these frames (empty: none): the valid ones (not blank, at most {@value #FRAME_MAX} characters), the
     * latest {@value #MAX_FRAMES} of them; one frame too long to keep loses only itself.
     */

    public ThreadState withFrames(List<String> f) {
        List<String> valid = f == null ? List.of() : f.stream().filter(x -> x != null && !x.isBlank() && x.length() <= FRAME_MAX).toList();
        List<String> kept = valid.subList(Math.max(0, valid.size() - MAX_FRAMES), valid.size());
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, bound, levers, flows, rests, path, kept);
    }

    /** This state keeping these levers (empty: none). */
    public ThreadState withLevers(List<String> l) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, bands, bound, l, flows, rests, path, frames);
    }

    /** A state with no band. */
    public ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                       Target target, Route lastRoute, int turns, Instant updated, Grid grid,
                       Map<InputId, BigDecimal> solved, String topic, List<Shown> shown, Map<String, Saved> saved) {
        this(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, Map.of());
    }

    /** This state with these bands in force (empty: none). */
    public ThreadState withBands(Map<InputId, List<BigDecimal>> in) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, saved, in, bound, levers, flows, rests, path, frames);
    }

    /** A state with no named scenario. */
    public ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                       Target target, Route lastRoute, int turns, Instant updated, Grid grid,
                       Map<InputId, BigDecimal> solved, String topic, List<Shown> shown) {
        this(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, Map.of());
    }

    /** A state that remembers no answer's figures. */
    public ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                       Target target, Route lastRoute, int turns, Instant updated, Grid grid,
                       Map<InputId, BigDecimal> solved, String topic) {
        this(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, List.of());
    }

    /** A state with no topic. */
    public ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                       Target target, Route lastRoute, int turns, Instant updated, Grid grid,
                       Map<InputId, BigDecimal> solved) {
        this(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, "");
    }

    /** This state, with what the thread last asked the sources. */
    public ThreadState withTopic(String asked) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, asked, shown, saved, bands, bound, levers, flows, rests, path, frames);
    }

    /**
     * This state, remembering one more answer's figures after those {@code before} remembered: numbered one after the
     * last kept, trimmed to the first {@value #FIRST_KEPT} and last {@value #LAST_KEPT} answers.
     */
    public ThreadState withAnswer(List<Shown> before, List<Figure> figures) {
        List<Shown> all = new java.util.ArrayList<>(before);
        int number = before.isEmpty() ? 1 : before.get(before.size() - 1).answer() + 1;
        all.add(new Shown(number, figures.size() > FIGURES_KEPT ? figures.subList(0, FIGURES_KEPT) : figures));
        while (all.size() > FIRST_KEPT + LAST_KEPT) {
            all.remove(FIRST_KEPT);
        }
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, all, saved, bands, bound, levers, flows, rests, path, frames);
    }

    /** This state, knowing these named scenarios after those it knew (a name given again is the latest). */
    public ThreadState withSaved(Map<String, Saved> more) {
        return withSaved(saved, more);
    }

    /** This state, knowing these named scenarios before those it knows (a name it knows keeps its own figures). */
    public ThreadState withSavedFirst(Map<String, Saved> earlier) {
        return withSaved(earlier, saved);
    }

    /** This state with the named scenarios of {@code first}, then those of {@code then} (which win, as the latest). */
    private ThreadState withSaved(Map<String, Saved> first, Map<String, Saved> then) {
        java.util.LinkedHashMap<String, Saved> all = new java.util.LinkedHashMap<>(first);
        then.forEach((k, v) -> {
            all.remove(k);
            all.put(k, v);
        });
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, topic, shown, all, bands, bound, levers, flows, rests, path, frames);
    }

    /** This state in a named scenario: its figures and scenario in force, nothing else the thread set. */
    public ThreadState in(Saved s) {
        return new ThreadState(s.overrides(), s.scenarios(), metrics, null, lastRoute, turns, updated, grid, Map.of(), topic, shown, saved);
    }

    /**
     * A scenario the user named.
     *
     * @param overrides the inputs it sets
     * @param scenarios the scenario it is in (empty: base)
     */
    public record Saved(Map<InputId, BigDecimal> overrides, List<String> scenarios) {
        public Saved {
            EnumMap<InputId, BigDecimal> copy = new EnumMap<>(InputId.class);
            copy.putAll(overrides);
            overrides = Collections.unmodifiableMap(copy);
            scenarios = List.copyOf(scenarios);
        }
    }

    /**
     * One answer's figures.
     *
     * @param answer  its place among the thread's answers, 1 for the first
     * @param figures what it showed, in order; empty for an answer in words
     */
    public record Shown(int answer, List<Figure> figures) {
        public Shown {
            figures = List.copyOf(figures);
        }
    }

    /**
     * A figure an answer showed.
     *
     * @param id       the metric's or the input's id
     * @param value    exactly as computed
     * @param unit     its unit
     * @param scenario the scenario it was computed in
     * @param solved   true for an input solved for a target ("what exit triples the check?": the exit)
     */
    public record Figure(String id, BigDecimal value, org.thesisbot.core.api.Unit unit, String scenario, boolean solved) {
    }

    /** A state with no solved input. */
    public ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                       Target target, Route lastRoute, int turns, Instant updated, Grid grid) {
        this(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, Map.of());
    }

    /** A state with no grid. */
    public ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                       Target target, Route lastRoute, int turns, Instant updated) {
        this(overrides, scenarios, metrics, target, lastRoute, turns, updated, null);
    }

    public static ThreadState empty(Instant now) {
        return new ThreadState(Map.of(), List.of(), List.of(), null, null, 0, now);
    }

    /**
     * A sensitivity the thread asked for, to repeat with another metric or scenario.
     *
     * @param tornado true for what-matters-most, false for a grid
     * @param rows    the first input's values (grids), or null
     * @param cols    the second input's values, or null
     */
    public record Grid(boolean tornado, org.thesisbot.core.scenario.Range rows, org.thesisbot.core.scenario.Range cols) {
    }

    public boolean hasNumbers() {
        return !metrics.isEmpty() || target != null;
    }

    /**
     * A solved target: "what exit gives a 3x" is {@code (moic, 3, exit_valuation)}.
     *
     * @param metric   the metric whose value is the target
     * @param value    the target value (a fraction for ratios, a factor for multiples, billions for money)
     * @param solveFor the input solved for
     * @param level    another metric the first is set level with ("what exit makes the stake worth what AWS makes on the
     *                 compute": the stake's value level with AWS compute profit; {@code value} is then zero), or null
     * @param offsetting with a level: the two add up to nothing instead ("the cloud profit covers the loss on the stake")
     * @param rest     the value is the rest of the whole {@code metric} is part of ("what exit gets everyone else's piece of
     *                 oai to 1T": the exit valuation less the stake's value), not the metric's own
     */
    public record Target(Metric metric, BigDecimal value, InputId solveFor, Metric level, boolean offsetting, boolean rest) {
        public Target(Metric metric, BigDecimal value, InputId solveFor) {
            this(metric, value, solveFor, null, false, false);
        }

        public Target(Metric metric, BigDecimal value, InputId solveFor, Metric level, boolean offsetting) {
            this(metric, value, solveFor, level, offsetting, false);
        }

        /** This goal, said of the rest of the whole its metric is part of. */
        public Target asRest() {
            return new Target(metric, value, solveFor, level, offsetting, true);
        }
    }

    /** Bars an input's extreme was asked under, each the goal it sets, and whether the lowest value was asked. */
    public record Bound(List<Target> legs, boolean lowest) {
        public Bound {
            legs = legs == null ? null : List.copyOf(legs);
        }
    }
}
