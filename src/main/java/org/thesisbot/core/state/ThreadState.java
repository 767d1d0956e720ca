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
 */
public record ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                          Target target, Route lastRoute, int turns, Instant updated, Grid grid,
                          Map<InputId, BigDecimal> solved, String topic) {
    /** The longest topic kept: a few questions' worth, whatever the thread's length. */
    public static final int TOPIC_MAX = 300;

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
    }

    /** A state with no topic. */
    public ThreadState(Map<InputId, BigDecimal> overrides, List<String> scenarios, List<Metric> metrics,
                       Target target, Route lastRoute, int turns, Instant updated, Grid grid,
                       Map<InputId, BigDecimal> solved) {
        this(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, "");
    }

    /** This state, with what the thread last asked the sources. */
    public ThreadState withTopic(String asked) {
        return new ThreadState(overrides, scenarios, metrics, target, lastRoute, turns, updated, grid, solved, asked);
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
     */
    public record Target(Metric metric, BigDecimal value, InputId solveFor) {
    }
}
