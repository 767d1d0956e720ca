package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.ThreadState;

/**
 * What to compute for one question once the thread's state is applied: the question's reading is a change
 * to the scenario the conversation is in ("over 4 years" keeps the exit set three turns ago).
 *
 * @param metrics    the metrics to show (the question's, or the thread's when it names none)
 * @param target     the target to solve (the question's, or the thread's when the question only changes figures)
 * @param overrides  every input set in the conversation so far, this question's figures last
 * @param scenarios  the scenarios to compute in (empty: base)
 * @param carried    inputs kept from earlier in the thread (not set by this question)
 * @param fromThread the metrics or target came from the thread, not from this question
 * @param rests      those of the metrics asked as the rest of their whole ({@link org.thesisbot.core.scenario.Rests})
 */
public record ScenarioQuery(List<Metric> metrics, ThreadState.Target target, Map<InputId, BigDecimal> overrides,
                            List<String> scenarios, Map<InputId, BigDecimal> carried, boolean fromThread, List<Metric> rests) {
    public ScenarioQuery(List<Metric> metrics, ThreadState.Target target, Map<InputId, BigDecimal> overrides,
                         List<String> scenarios, Map<InputId, BigDecimal> carried, boolean fromThread) {
        this(metrics, target, overrides, scenarios, carried, fromThread, List.of());
    }

    public ScenarioQuery {
        rests = List.copyOf(rests);
        metrics = List.copyOf(metrics);
        overrides = Collections.unmodifiableMap(copy(overrides));
        scenarios = List.copyOf(scenarios);
        carried = Collections.unmodifiableMap(copy(carried));
    }

    private static Map<InputId, BigDecimal> copy(Map<InputId, BigDecimal> m) {
        EnumMap<InputId, BigDecimal> out = new EnumMap<>(InputId.class);
        out.putAll(m);
        return out;
    }

    /** Overrides keyed by wire id, for the calculator. */
    public Map<String, BigDecimal> byId() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        overrides.forEach((k, v) -> out.put(k.id(), v));
        return out;
    }

    /**
     * Applies a reading to the thread's state. Figures accumulate (a new figure for an input replaces the
     * old one), a named scenario replaces the thread's, and a question that names no metric and no target
     * asks again for the thread's last ones. "start over" drops everything the thread had set.
     */
    public static ScenarioQuery apply(Reading r, ThreadState state) {
        ThreadState s = state == null || r.reset() ? null : state;
        Map<InputId, BigDecimal> overrides = new EnumMap<>(InputId.class);
        Map<InputId, BigDecimal> carried = new EnumMap<>(InputId.class);
        if (s != null) {
            s.overrides().forEach((k, v) -> {
                overrides.put(k, v);
                if (!r.changes().containsKey(k)) {
                    carried.put(k, v);
                }
            });
        }
        // "undo the margin", "back to the base hold period": the thread's figure for it is taken back
        for (InputId id : r.cleared()) {
            overrides.remove(id);
            carried.remove(id);
        }
        overrides.putAll(r.changes());
        List<String> scenarios = !r.scenarios().isEmpty() ? r.scenarios() : s != null ? s.scenarios() : List.of();
        List<Metric> metrics = new ArrayList<>(r.metrics());
        ThreadState.Target target = r.target();
        boolean fromThread = false;
        if (metrics.isEmpty() && target == null && s != null) {
            if (s.target() != null && r.changes().containsKey(s.target().solveFor()) && r.cleared().isEmpty()
                    && r.changes().get(s.target().solveFor()).compareTo(s.target().value()) != 0) {
                // "what exit gets us 2x?" then "and at a 1.5T exit?": the solved input given a value of its own, so the goal's
                // number is asked at it, not the goal solved again over the figure
                metrics.add(s.target().metric());
            } else if (s.target() != null) {
                target = s.target();
                metrics.add(target.metric());
            } else {
                metrics.addAll(s.metrics());
            }
            fromThread = !metrics.isEmpty();
        }
        // (the thread's question asked again keeps asking the rest it asked: "same but bull" after "how much leaks to azure")
        ScenarioQuery q = new ScenarioQuery(metrics, target, overrides, scenarios, carried, fromThread,
                fromThread ? s.rests().stream().filter(metrics::contains).toList() : r.rests());
        return target == null ? q : q.withoutGiven(target.solveFor());
    }

    /** The same query with {@code id} no longer a given: the input a target is solved for is not also an input to it. */
    ScenarioQuery withoutGiven(InputId id) {
        Map<InputId, BigDecimal> o = copy(overrides);
        o.remove(id);
        Map<InputId, BigDecimal> c = copy(carried);
        c.remove(id);
        return new ScenarioQuery(metrics, target, o, scenarios, c, fromThread, rests);
    }
}
