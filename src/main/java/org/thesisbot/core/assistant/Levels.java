package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.ThesisbotException;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/**
 * Levels the model computes before a question can be read, each from the thread's state: the level of a metric held while
 * another input moves ({@link Holds}), a case placed between two of the model's ({@link Between}), and the level one case
 * must reach for a blend of cases to reach a goal ({@link Blends}). Each says what it computed, so the answer can show it.
 */
final class Levels {
    private final ScenarioModel model;
    private final Calculator calculator;
    private final Reader reader;
    private final NumericReply numeric;
    /** The question as every reader reads it (the assistant's own preparing). */
    private final UnaryOperator<String> prepare;
    private final Clock clock;

    Levels(ScenarioModel model, Calculator calculator, Reader reader, NumericReply numeric, UnaryOperator<String> prepare, Clock clock) {
        this.model = model;
        this.calculator = calculator;
        this.reader = reader;
        this.numeric = numeric;
        this.prepare = prepare;
        this.clock = clock;
    }

    private String prepare(String text) {
        return prepare.apply(text);
    }

    /** A case between two of the model's, placed: the state to read the rest of the question from, and what to say of it. */
    record Placed(String rest, ThreadState state, String said, String note) {
    }

    /** The question with its level said as a goal, and the note that names the level. */
    record Held(String question, String note) {
    }

    /**
     * The state with the span's inputs placed, over the thread's own figures; empty when the span moves no input the rest
     * of the question does not set or solve for itself (a figure of the question's own wins: "… but the margin pinned at
     * 45%"). The case of a single input moved ("bear, but capture moved halfway toward base") is the question's own.
     */
    Optional<Placed> placed(Between.Found f, ThreadState loaded) {
        String rest = f.rest();
        org.thesisbot.core.reading.Reading r = reader.read(prepare(rest), loaded);
        String from = f.from() != null ? f.from()
                : r.scenarios().size() == 1 ? r.scenarios().get(0)
                : loaded != null && loaded.scenarios().size() == 1 ? loaded.scenarios().get(0) : ScenarioModel.BASE;
        if (from.equals(f.to())) {
            return Optional.empty();
        }
        Map<String, BigDecimal> a = new LinkedHashMap<>();
        Map<String, BigDecimal> b = new LinkedHashMap<>();
        for (org.thesisbot.core.scenario.Input in : model.inputs()) {
            a.put(in.id(), model.value(in.id(), from));
            b.put(in.id(), model.value(in.id(), f.to()));
        }
        Map<String, BigDecimal> moved = Between.inputs(f, a, b);
        Map<InputId, BigDecimal> overrides = new java.util.EnumMap<>(InputId.class);
        if (loaded != null) {
            overrides.putAll(loaded.overrides());
        }
        List<String> said = new ArrayList<>();
        moved.forEach((id, v) -> {
            InputId input = InputId.of(id);
            boolean own = r.changes().containsKey(input) || r.target() != null && r.target().solveFor() == input || r.unsolved() == input;
            if (!own) {
                overrides.put(input, v);
                said.add(reader.label(input) + " " + Format.value(v, model.require(id).unit()));
            }
        });
        if (said.isEmpty()) {
            return Optional.empty();
        }
        String scenario = f.input() == null ? ScenarioModel.BASE : from;
        boolean named = !r.scenarios().isEmpty();
        ThreadState base = loaded != null ? loaded : ThreadState.empty(clock.instant());
        ThreadState state = base.in(new ThreadState.Saved(overrides, named && f.input() != null ? r.scenarios() : List.of(scenario)));
        String span = Blends.percent(f.fraction()) + " of the way from " + from + " to " + f.to()
                + (f.input() == null ? " on every input they set differently" : " for " + f.input());
        String note = "Reading \u201c" + f.phrase() + "\u201d as " + span + ": " + String.join(", ", said) + " (exactly; your own figures win).";
        return Optional.of(new Placed(rest, state, "(" + span + ")", note));
    }

    /**
     * A later round said to the model as Amazon's entry ({@link LaterRounds}): its own round's post-money and check (the
     * question's setup, else the thread's, else the model's), then, sat out, an effective post-money of post ÷ kept, so the
     * stake is the diluted one; followed pro rata, the check plus the stake's share of the new money, at a post-money that
     * keeps the stake. The rest of the question is read in that state; its own figures still win.
     */
    Optional<Placed> diluted(LaterRounds.Found f, ThreadState loaded) {
        String scenario = loaded != null && loaded.scenarios().size() == 1 ? loaded.scenarios().get(0) : ScenarioModel.BASE;
        Map<InputId, BigDecimal> overrides = new java.util.EnumMap<>(InputId.class);
        if (loaded != null) {
            overrides.putAll(loaded.overrides());
        }
        if (f.setup() != null) {
            overrides.putAll(reader.read(prepare.apply(f.setup()), loaded).changes());
        }
        BigDecimal post = overrides.getOrDefault(InputId.POST_MONEY_VALUATION, model.value(InputId.POST_MONEY_VALUATION.id(), scenario));
        BigDecimal check = overrides.getOrDefault(InputId.INVESTMENT, model.value(InputId.INVESTMENT.id(), scenario));
        if (post.signum() <= 0 || check.signum() <= 0) {
            return Optional.empty();
        }
        java.math.MathContext mc = java.math.MathContext.DECIMAL128;
        BigDecimal stake = check.divide(post, mc);
        String later = "a later round of " + Format.value(f.raise(), org.thesisbot.core.api.Unit.USD_BILLIONS) + " at a "
                + Format.value(f.price(), org.thesisbot.core.api.Unit.USD_BILLIONS) + (f.pre() ? " pre-money (" + Format.value(f.post(), org.thesisbot.core.api.Unit.USD_BILLIONS) + " post)" : " post-money");
        String note;
        if (f.follow()) {
            BigDecimal more = stake.multiply(f.raise(), mc);
            BigDecimal total = check.add(more);
            overrides.put(InputId.INVESTMENT, total);
            overrides.put(InputId.POST_MONEY_VALUATION, post.multiply(total, mc).divide(check, mc));
            note = "Reading " + later + " that Amazon follows pro rata: it puts in " + Format.value(more, org.thesisbot.core.api.Unit.USD_BILLIONS)
                    + " more (its " + Format.value(stake, org.thesisbot.core.api.Unit.RATIO) + " of the new money) and keeps its stake, so the model sees a "
                    + Format.value(total, org.thesisbot.core.api.Unit.USD_BILLIONS) + " check for the same stake. The later money is counted as if paid at the start (the IRR does not time it).";
        } else {
            BigDecimal diluted = stake.multiply(f.kept(), mc);
            overrides.put(InputId.POST_MONEY_VALUATION, post.divide(f.kept(), mc));
            note = "Reading " + later + " that Amazon sits out: its stake goes from " + Format.value(stake, org.thesisbot.core.api.Unit.RATIO)
                    + " to " + Format.value(diluted, org.thesisbot.core.api.Unit.RATIO) + " (× " + Format.value(f.post().subtract(f.raise()), org.thesisbot.core.api.Unit.USD_BILLIONS)
                    + " / " + Format.value(f.post(), org.thesisbot.core.api.Unit.USD_BILLIONS) + "), which the model sees as an entry at a "
                    + Format.value(post.divide(f.kept(), mc), org.thesisbot.core.api.Unit.USD_BILLIONS) + " post-money.";
        }
        ThreadState base = loaded != null ? loaded : ThreadState.empty(clock.instant());
        ThreadState state = base.in(new ThreadState.Saved(overrides, base.scenarios()));
        return Optional.of(new Placed(f.rest(), state, "(" + later + ")", note));
    }

    /**
     * The question with the metric it holds said as a goal at its level before the question's change, and a note that
     * names that level; empty when the words held name no one metric.
     */
    Optional<Held> held(Holds.Found f, ThreadState state) {
        List<org.thesisbot.core.scenario.Metric> named = reader.read(prepare("what's " + f.what()), null).metrics();
        if (named.size() != 1) {
            return Optional.empty();
        }
        org.thesisbot.core.reading.Reading whole = reader.read(prepare(f.question()), state);
        String scenario = f.reference() != null ? f.reference()
                : whole.scenarios().size() == 1 ? whole.scenarios().get(0)
                : state != null && state.scenarios().size() == 1 ? state.scenarios().get(0) : ScenarioModel.BASE;
        Map<String, BigDecimal> at = new LinkedHashMap<>();
        if (state != null) {
            state.overrides().forEach((k, v) -> at.put(k.id(), v));
        }
        org.thesisbot.core.scenario.Metric held = named.get(0);
        InputId lever = whole.target() != null ? whole.target().solveFor() : whole.unsolved();
        if (lever == null) {
            // the lever the question solves for once the level is said as its goal ("what exit keeps our stake flat")
            try {
                ThreadState.Target asked = reader.read(prepare(f.asTarget(calculator.compute(held, scenario, at))), state).target();
                lever = asked == null ? null : asked.solveFor();
            } catch (ThesisbotException e) {
                return Optional.empty(); // (no level to hold: the question is read as it is)
            }
        }
        if (lever != null && !reader.reads(held).contains(lever)) {
            // "what exit leaves our stake flat": the stake's percent does not move with the exit, so the words mean what the
            // stake is worth; any other metric the lever cannot move is no hold at all, and the question reads as it is
            if (held != org.thesisbot.core.scenario.Metric.STAKE || !reader.reads(org.thesisbot.core.scenario.Metric.STAKE_VALUE).contains(lever)) {
                return Optional.empty();
            }
            held = org.thesisbot.core.scenario.Metric.STAKE_VALUE;
        }
        MetricResult level;
        try {
            level = calculator.compute(held, scenario, at);
        } catch (ThesisbotException e) {
            return Optional.empty();
        }
        String note = "Held where it was: " + level.label() + " " + level.display() + " (the " + scenario + " case"
                + (at.isEmpty() ? "" : " with this thread's figures") + ", before your change).";
        return Optional.of(new Held(f.asTarget(level), note));
    }

    /**
     * One case solved within a blend ("even odds on bull and bear: what exit in the bear leg gets the blended MOIC to
     * 1.5x?"): the other cases' values of the target's metric are computed with the question's figures, and the leg is
     * solved for what they leave ({@link Blends#legTarget}). The answer as given when the question has no target,
     * or with a note when the leg cannot reach it.
     */
    Answer leg(Blends.Found f, String prepared, ThreadState state, Answer answered) {
        org.thesisbot.core.reading.Reading r = reader.read(prepared, state);
        ThreadState.Target t = r.target();
        if (t == null || answered.route() != Route.NUMERIC) {
            return answered;
        }
        Map<String, BigDecimal> at = ScenarioQuery.apply(r, state).byId();
        Map<String, BigDecimal> others = new LinkedHashMap<>();
        List<MetricResult> results = new ArrayList<>();
        f.weights().forEach((s, w) -> {
            if (!s.equals(f.leg()) && w.signum() > 0) {
                MetricResult m = calculator.compute(t.metric(), s, at);
                others.put(s, m.value());
                results.add(m);
            }
        });
        BigDecimal legTarget = Blends.legTarget(f, t.value(), others);
        org.thesisbot.core.scenario.Solver.Solution sol;
        try {
            sol = new org.thesisbot.core.scenario.Solver(calculator).solve(t.metric(), legTarget, t.solveFor(), f.leg(), at);
        } catch (ThesisbotException e) {
            String note = "At your odds (" + f.said() + ") the " + f.leg() + " case would have to reach "
                    + Format.value(legTarget, t.metric().unit()) + " for the blend to reach "
                    + Format.value(t.value(), t.metric().unit()) + ", and no value of " + reader.label(t.solveFor()).toLowerCase(java.util.Locale.ROOT)
                    + " gets it there: " + e.getMessage();
            List<String> notes = new ArrayList<>(answered.notes());
            notes.add(note);
            return new Answer(answered.id(), answered.route(), answered.text() + "\n_" + note + "_", answered.narrative(), answered.results(),
                    answered.citations(), answered.answerer(), notes, answered.decision(), answered.clarify(), answered.charts());
        }
        org.thesisbot.core.scenario.Input input = model.require(t.solveFor().id());
        List<String> said = new ArrayList<>();
        others.forEach((s, v) -> said.add(s + " at " + Format.value(v, t.metric().unit())));
        String headline = "To bring the blended " + org.thesisbot.core.scenario.Solver.describe(t.metric(), t.value()).replaceFirst("^a ", "")
                + " (" + f.said() + "), with " + String.join(" and ", said) + ", " + reader.label(t.solveFor()) + " in the " + f.leg()
                + " case must be " + Format.value(sol.value(), input.unit()) + " (the " + f.leg() + " case itself at "
                + Format.value(legTarget, t.metric().unit()) + ").";
        List<org.thesisbot.core.api.InputUsed> inputs = NumericAnswers.fromQuestion(sol.check().inputs(), t.solveFor());
        List<MetricResult> all = new ArrayList<>();
        all.add(new MetricResult(t.solveFor().id(), input.label(), sol.value(), input.unit(), f.leg(), inputs,
                sol.check().formula(), headline, MetricResult.Kind.SOLVED));
        all.add(sol.check());
        all.addAll(results);
        Answer a = answered;
        return new Answer(a.id(), a.route(), "*" + headline + "*\n" + numeric.render(all, List.of()), a.narrative(), all, a.citations(),
                a.answerer(), List.of(), a.decision(), List.of(), List.of());
    }
}
