package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.ThreadState;

/**
 * What one question asks of the scenario core, read on evidence: the metrics it asks for, a target it wants
 * solved, the figures it gives (each with the input it sets, or named as unused), the scenarios it names,
 * and how sure the reading is. Built by {@link Reader}; the thread's state is applied by the assistant.
 *
 * @param metrics     metrics asked for, in order of mention (empty: none named)
 * @param target      a target to solve backwards, or null
 * @param changes     inputs this question sets, with their values
 * @param scenarios   scenarios named (empty: none; several: compare)
 * @param reset       the question asks to start over from the model's own figures
 * @param lookups     inputs whose value the question asks ("what margin do you assume?")
 * @param used        each figure used, with the input it sets, as sentences for the reply
 * @param unused      each figure not used, as "I didn't use …" sentences
 * @param rejected    readings considered and rejected, with why (for explanations and logs)
 * @param ambiguity   two readings too close to choose between, or null
 * @param candidates  metrics a question that names none may be asking for, closest first, to offer as a choice
 *                    (found by meaning, not by a phrase); empty when a metric was named or nothing is close
 * @param confidence  0..1 that the question asks for numbers (strong phrase or target 0.9, weak hint 0.5, none 0)
 * @param cues        the phrases and rules that decided, for routing explanations
 * @param targetChoices targets the question may be asking to solve, to offer as a choice, when it asks for an input
 *                    and holds a figure that two or more metrics could be the goal of ("what exit gets amazon to
 *                    40b": the gain? the stake's value?); empty otherwise
 * @param cleared     inputs whose thread figure the question takes back ("undo the margin")
 * @param unplaced    for each figure named as unused, the inputs it could set, closest first: offered beside the
 *                    answer as choices, so an answer that left a figure out never stands as the only reading
 * @param unsolved    an input the question asks to find that no reading solved for, looked up or offered a target for
 *                    ("at what mark does the stake lose 15b", read forwards): the reply says so, with the targets its
 *                    figures could be in {@code targetChoices}, instead of a forward number it was not asked for; or null
 * @param rests       metrics asked as the rest of the whole they are part of ("what % of oai is everybody but amazon's": the
 *                    rest of the stake), computed by {@link org.thesisbot.core.scenario.Rests}
 */
public record Reading(List<Metric> metrics, ThreadState.Target target, Map<InputId, BigDecimal> changes,
                      List<String> scenarios, boolean reset, List<InputId> lookups, List<String> used,
                      List<String> unused, List<String> rejected, Ambiguity ambiguity, List<Metric> candidates,
                      double confidence, List<String> cues, List<ThreadState.Target> targetChoices, List<InputId> cleared,
                      List<Unplaced> unplaced, InputId unsolved, List<Metric> rests) {
    public Reading {
        rests = List.copyOf(rests);
        unplaced = List.copyOf(unplaced);
        targetChoices = List.copyOf(targetChoices);
        cleared = List.copyOf(cleared);
        metrics = List.copyOf(metrics);
        EnumMap<InputId, BigDecimal> c = new EnumMap<>(InputId.class);
        c.putAll(changes);
        changes = Collections.unmodifiableMap(c);
        scenarios = List.copyOf(scenarios);
        lookups = List.copyOf(lookups);
        used = List.copyOf(used);
        unused = List.copyOf(unused);
        rejected = List.copyOf(rejected);
        candidates = List.copyOf(candidates);
        cues = List.copyOf(cues);
    }

    /** A reading that takes back none of the thread's figures and leaves no figure unplaced. */
    public Reading(List<Metric> metrics, ThreadState.Target target, Map<InputId, BigDecimal> changes,
                   List<String> scenarios, boolean reset, List<InputId> lookups, List<String> used,
                   List<String> unused, List<String> rejected, Ambiguity ambiguity, List<Metric> candidates,
                   double confidence, List<String> cues, List<ThreadState.Target> targetChoices) {
        this(metrics, target, changes, scenarios, reset, lookups, used, unused, rejected, ambiguity, candidates, confidence,
                cues, targetChoices, List.of(), List.of(), null, List.of());
    }

    /** The same reading, taking back the thread's own figures for these inputs ("undo the margin"). */
    public Reading withCleared(List<InputId> inputs) {
        return new Reading(metrics, target, changes, scenarios, reset, lookups, used, unused, rejected, ambiguity, candidates,
                confidence, cues, targetChoices, inputs, unplaced, unsolved, rests);
    }

    /** The same reading, with these notes on how it was read shown before its own. */
    public Reading withUsedFirst(List<String> notes) {
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(used);
        return new Reading(metrics, target, changes, scenarios, reset, lookups, all, unused, rejected, ambiguity, candidates,
                confidence, cues, targetChoices, cleared, unplaced, unsolved, rests);
    }

    /** The same reading, with the inputs each unplaced figure could set. */
    public Reading withUnplaced(List<Unplaced> figures) {
        return new Reading(metrics, target, changes, scenarios, reset, lookups, used, unused, rejected, ambiguity, candidates,
                confidence, cues, targetChoices, cleared, figures, unsolved, rests);
    }

    /** The same reading, saying the question asks for {@code input}, which none of its readings found. */
    public Reading withUnsolved(InputId input) {
        return new Reading(metrics, target, changes, scenarios, reset, lookups, used, unused, rejected, ambiguity, candidates,
                confidence, cues, targetChoices, cleared, unplaced, input, rests);
    }

    /** The same reading, with these of its metrics asked as their rests. */
    public Reading withRests(List<Metric> asRests) {
        return new Reading(metrics, target, changes, scenarios, reset, lookups, used, unused, rejected, ambiguity, candidates,
                confidence, cues, targetChoices, cleared, unplaced, unsolved, asRests);
    }

    /** A reading with no targets to choose from. */
    public Reading(List<Metric> metrics, ThreadState.Target target, Map<InputId, BigDecimal> changes,
                   List<String> scenarios, boolean reset, List<InputId> lookups, List<String> used,
                   List<String> unused, List<String> rejected, Ambiguity ambiguity, List<Metric> candidates,
                   double confidence, List<String> cues) {
        this(metrics, target, changes, scenarios, reset, lookups, used, unused, rejected, ambiguity, candidates, confidence,
                cues, List.of());
    }

    /** The question asks for a number: a metric, a target, or an input it asks to find. */
    public boolean asksNumbers() {
        return !metrics.isEmpty() || target != null || unsolved != null;
    }

    /** The question changes the thread's scenario: a figure, a scenario, or a reset. */
    public boolean changesScenario() {
        return !changes.isEmpty() || !scenarios.isEmpty() || reset || !cleared.isEmpty();
    }

    /**
     * Two readings of one figure that the evidence does not separate: the reply gives both, or asks.
     *
     * @param figure the figure as written ("$1T")
     * @param value  its value
     * @param chosen the input the better reading gives it
     * @param other  the input the close second reading gives it
     * @param otherValue the value the second reading gives its input (a pre-money read as a post-money differs from the
     *                   figure itself, which the second reading takes as written)
     */
    public record Ambiguity(String figure, BigDecimal value, InputId chosen, InputId other, BigDecimal otherValue) {
        /** The value {@code as} gets from the figure. */
        public BigDecimal valueAs(InputId as) {
            return as == other ? otherValue : value;
        }
    }

    /**
     * A figure no input could be told apart for, and one input it may set: the reply answers without it and offers
     * this reading as a choice.
     *
     * @param figure the figure as written ("5")
     * @param value  the value it would give the input (a pre-money already turned into its post-money)
     * @param input  the input it may set
     * @param size   how big this reading takes a figure of unknown size to be ("$950B" for "9,500 zork"), or null when
     *               the figure's size is known and only its input is not
     */
    public record Unplaced(String figure, BigDecimal value, InputId input, String size) {
        public Unplaced(String figure, BigDecimal value, InputId input) {
            this(figure, value, input, null);
        }
    }
}
