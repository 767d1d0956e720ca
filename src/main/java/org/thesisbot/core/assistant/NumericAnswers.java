package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Provenance;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.Input;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.Scenario;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.scenario.Rests;
import org.thesisbot.core.scenario.Solver;
import org.thesisbot.core.state.ThreadState;

/**
 * Numbers for a read question: metrics computed, targets solved, inputs looked up, a reading too close to
 * call offered as a choice, an impossible figure refused in words. Every figure of the question is either
 * shown as used or named as unused; a solved target is headlined as what it is.
 */
final class NumericAnswers {

    private final ScenarioModel model;
    private final Calculator calculator;
    private final Solver solver;
    private final Reader reader;
    private final NumericReply reply;

    NumericAnswers(ScenarioModel model, Reader reader) {
        this.model = model;
        this.calculator = new Calculator(model);
        this.solver = new Solver(calculator);
        this.reader = reader;
        this.reply = new NumericReply(model);
    }

    /** What was computed, with the notes the reader must see; the text is rendered by the caller's reply. */
    record Numbers(List<MetricResult> results, List<String> notes, List<Citation> citations, String text,
                   List<Answer.Clarification> clarify, boolean refused) {
    }

    Numbers answer(Reading r, ScenarioQuery q, boolean definition) {
        List<String> notes = new ArrayList<>();
        if (!r.lookups().isEmpty() && !r.asksNumbers()) {
            return lookup(r.lookups(), q.scenarios(), r.rests());
        }
        String sameEitherWay = null;
        if (r.ambiguity() != null) {
            TwoReadings two = clarify(r, q);
            if (two.ask() != null) {
                return two.ask();
            }
            if (two.same()) {
                sameEitherWay = two.note();
            } else {
                notes.add(two.note());
            }
        }
        if (r.unsolved() != null) {
            String impossible = r.targetChoices().isEmpty() ? impossible(q) : null;
            if (impossible != null) {
                // "if aws captures 130%, what margin breaks even": no value of the input asked mends a figure that cannot be
                return new Numbers(List.of(), List.of(impossible), List.of(), "I can't compute that: " + impossible + ".", List.of(), true);
            }
            return unsolved(r, q);
        }
        if (!r.asksNumbers() && !r.targetChoices().isEmpty()) {
            return chooseTarget(r, q);
        }
        if (!r.asksNumbers() && !r.candidates().isEmpty() && q.metrics().isEmpty()) {
            return chooseMetric(r, q);
        }
        notes.addAll(stateNotes(r, q));
        if (sameEitherWay != null) {
            notes.add(sameEitherWay);
        }
        String chosenAlready = r.ambiguity() == null ? null : "Reading " + r.ambiguity().figure() + " as ";
        notes.addAll(sameEitherWay == null ? r.used() : r.used().stream().filter(u -> !u.startsWith(chosenAlready)).toList());
        notes.addAll(r.unused());
        List<MetricResult> results;
        try {
            results = q.target() != null ? solve(q) : compute(q, notes);
        } catch (InvalidInputException e) {
            List<String> all = new ArrayList<>(notes);
            all.add(0, e.getMessage());
            String text = "I can't compute that: " + e.getMessage() + "." + italic(notes);
            return new Numbers(List.of(), all, List.of(), text, List.of(), true);
        }
        if (q.target() == null) {
            notes.addAll(unaffected(q, results));
        }
        if (definition) {
            for (Metric m : q.metrics()) {
                notes.add(0, capitalise(m.id().replace('_', ' ')) + " is " + m.definition() + ".");
            }
        }
        String text = reply.render(results, notes);
        List<Answer.Clarification> options = new ArrayList<>();
        String choices = unplacedChoices(r, q, results, options);
        if (!options.isEmpty() && r.unplaced().stream().anyMatch(u -> u.size() != null)) {
            // a figure of unknown size: no number stands without it, each size that fits is offered with its numbers
            String figures = String.join(" and ", r.unplaced().stream().filter(u -> u.size() != null).map(Reading.Unplaced::figure).distinct().toList());
            text = "I can't tell how big " + figures + " is, so I haven't answered without it. Each size that fits:\n" + choices
                    + "\nWhich did you mean? Pick one below, or ask again with the unit in billions or trillions.";
            return new Numbers(List.of(), notes, List.of(), text, options, false);
        }
        if (!options.isEmpty()) {
            // the answer left a figure out: say so before the numbers, and offer each reading of it
            text = "_This leaves out " + String.join(" and ", r.unplaced().stream().map(Reading.Unplaced::figure).distinct().toList())
                    + ", which I couldn't place; the choices below put it in._\n" + text + "\n" + choices;
        }
        return new Numbers(results, notes, List.of(), text, options, false);
    }

    /**
     * "irr for a 20% target in 5 años": a figure no input could be told apart for is left out of the answer, and each
     * input its kind and words allowed is offered, with its numbers, as a choice: one click puts it in. A reading that
     * cannot be computed, or that changes none of the answer's numbers, is not offered.
     */
    private String unplacedChoices(Reading r, ScenarioQuery q, List<MetricResult> without, List<Answer.Clarification> options) {
        StringBuilder text = new StringBuilder();
        String unchanged = summary(without);
        for (Reading.Unplaced u : r.unplaced()) {
            if (q.target() != null && q.target().solveFor() == u.input()) {
                continue;
            }
            Map<InputId, BigDecimal> o = new EnumMap<>(InputId.class);
            o.putAll(q.overrides());
            o.put(u.input(), u.value());
            Map<InputId, BigDecimal> carried = new EnumMap<>(InputId.class);
            carried.putAll(q.carried());
            carried.remove(u.input());
            ScenarioQuery variant = new ScenarioQuery(q.metrics(), q.target(), o, q.scenarios(), carried, q.fromThread());
            List<MetricResult> res;
            try {
                res = variant.target() != null ? solve(variant) : compute(variant);
            } catch (InvalidInputException e) {
                continue;
            }
            String numbers = summary(res);
            if (numbers.equals(unchanged)) {
                continue;
            }
            String as = u.size() == null ? reader.label(u.input()) : u.size() + ", " + reader.label(u.input());
            text.append("• *With ").append(u.figure()).append(" as ").append(as).append("*: ").append(numbers).append('\n');
            options.add(new Answer.Clarification(u.figure() + " as " + as, Canonical.question(variant, model, u.input(), u.value(), reader)));
        }
        return text.toString().strip();
    }

    // --- metrics and targets -----------------------------------------------------------------------

    private List<MetricResult> compute(ScenarioQuery q) {
        return compute(q, new ArrayList<>());
    }

    /** @param added notes for metrics added because a figure changes them and not the asked ones */
    private List<MetricResult> compute(ScenarioQuery q, List<String> added) {
        List<Metric> metrics = new ArrayList<>(q.metrics());
        if (metrics.isEmpty()) {
            metrics.addAll(Metric.KEY);
        }
        // a figure no asked metric uses adds the metric it does change
        List<Metric> asked = List.copyOf(metrics);
        for (InputId input : q.overrides().keySet()) {
            Metric m = Metric.showing(input);
            if (!metrics.contains(m) && asked.stream().noneMatch(x -> reader.reads(x).contains(input))
                    && !q.carried().containsKey(input)) {
                metrics.add(m);
                added.add("Your figure sets " + reader.label(input) + ", which " + String.join(", ", asked.stream().map(Metric::id).toList())
                        + " doesn't use; added " + m.id() + ", which does.");
            }
        }
        List<MetricResult> out = new ArrayList<>();
        for (Metric m : metrics) {
            for (String s : scenarios(q)) {
                // (the rest of a whole asked: "what % of oai is everybody-but-amzn" is 100% less the stake)
                out.add(q.rests().contains(m) ? Rests.of(calculator, m, s, q.byId()).orElseThrow() : calculator.compute(m, s, q.byId()));
            }
        }
        return out;
    }

    /**
     * A goal solved with no question read around it, as the way back of a round trip ({@link RoundTrips}): the input
     * solved and the goal's metric at it; refused in words when no value of the input reaches the goal.
     */
    Numbers solved(ScenarioQuery q) {
        try {
            List<MetricResult> results = solve(q);
            return new Numbers(results, List.of(), List.of(), reply.render(results, List.of()), List.of(), false);
        } catch (InvalidInputException e) {
            return new Numbers(List.of(), List.of(e.getMessage()), List.of(), "I can't compute that: " + e.getMessage() + ".", List.of(), true);
        }
    }

    private List<MetricResult> solve(ScenarioQuery q) {
        ThreadState.Target t = q.target();
        Input input = model.require(t.solveFor().id());
        List<MetricResult> out = new ArrayList<>();
        for (String s : scenarios(q)) {
            if (t.level() != null) {
                out.addAll(level(t, input, s, q));
                continue;
            }
            Solver.Solution sol = t.rest() ? solver.solveRest(t.metric(), t.value(), t.solveFor(), s, q.byId())
                    : solver.solve(t.metric(), t.value(), t.solveFor(), s, q.byId());
            String over = "";
            if (t.metric() == Metric.IRR && t.solveFor() != InputId.HOLDING_YEARS) {
                over = sol.check().inputs().stream().filter(i -> i.id().equals(InputId.HOLDING_YEARS.id())).findFirst()
                        .map(i -> " over " + Format.years(i.value())).orElse("");
            }
            String headline = (t.rest() ? "To bring " + Format.inSentence(sol.check().label()) + " to " + Format.value(t.value(), t.metric().unit())
                    : "To reach " + Solver.describe(t.metric(), t.value())) + over + ", " + reader.label(t.solveFor())
                    + " must be " + Format.value(sol.value(), input.unit()) + ".";
            List<InputUsed> inputs = fromQuestion(sol.check().inputs(), t.solveFor());
            out.add(new MetricResult(t.solveFor().id(), input.label(), sol.value(), input.unit(), s, inputs,
                    sol.check().formula(), headline, MetricResult.Kind.SOLVED));
            out.add(sol.check());
            if (q.metrics().contains(Metric.PRE_MONEY_VALUATION) && t.solveFor() == InputId.POST_MONEY_VALUATION
                    && t.metric() != Metric.PRE_MONEY_VALUATION) {
                // "what pre-money gets amazon 5%?": the post-money was solved for; the pre-money asked is shown at it
                Map<String, BigDecimal> at = new LinkedHashMap<>(q.byId());
                at.put(t.solveFor().id(), sol.value());
                out.add(calculator.compute(Metric.PRE_MONEY_VALUATION, s, at));
            }
        }
        return out;
    }

    /**
     * Two goals met at once, each by an input of its own ("2.2x and an 18% irr: what exit and what hold?"). {@code first}'s
     * metric does not read {@code second}'s input (the MOIC does not depend on the hold), so it is solved first, on its own;
     * then {@code second} with the first input at its solved value; both metrics are then computed at the two values. The
     * results: the first input solved, headlined with both goals, and its metric; the second input solved, and its metric.
     * One case only (the query's, else base). Refused in words, as any target is, when either goal cannot be reached.
     */
    Numbers joint(ScenarioQuery q, ThreadState.Target first, ThreadState.Target second) {
        String s = scenarios(q).get(0);
        Map<String, BigDecimal> at = new LinkedHashMap<>(q.byId());
        at.remove(first.solveFor().id());
        at.remove(second.solveFor().id());
        Input x = model.require(first.solveFor().id());
        Input y = model.require(second.solveFor().id());
        List<MetricResult> out = new ArrayList<>();
        try {
            Solver.Solution a = solver.solve(first.metric(), first.value(), first.solveFor(), s, at);
            at.put(first.solveFor().id(), a.value());
            Solver.Solution b = solver.solve(second.metric(), second.value(), second.solveFor(), s, at);
            at.put(second.solveFor().id(), b.value());
            MetricResult checkA = calculator.compute(first.metric(), s, at);
            MetricResult checkB = calculator.compute(second.metric(), s, at);
            String both = "To reach " + Solver.describe(first.metric(), first.value()) + " and " + Solver.describe(second.metric(), second.value())
                    + ", " + reader.label(first.solveFor()) + " must be " + Format.value(a.value(), x.unit()) + " and "
                    + reader.label(second.solveFor()) + " " + Format.value(b.value(), y.unit()) + ".";
            String then = "Then, at that value, " + reader.label(second.solveFor()) + " must be " + Format.value(b.value(), y.unit()) + " for " + Solver.describe(second.metric(), second.value()) + ".";
            out.add(new MetricResult(first.solveFor().id(), x.label(), a.value(), x.unit(), s, fromQuestion(checkA.inputs(), first.solveFor(), second.solveFor()),
                    checkA.formula(), both, MetricResult.Kind.SOLVED));
            out.add(checkA);
            out.add(new MetricResult(second.solveFor().id(), y.label(), b.value(), y.unit(), s, fromQuestion(checkB.inputs(), first.solveFor(), second.solveFor()),
                    checkB.formula(), then, MetricResult.Kind.SOLVED));
            out.add(checkB);
        } catch (InvalidInputException e) {
            return new Numbers(List.of(), List.of(e.getMessage()), List.of(), "I can't compute that: " + e.getMessage() + ".", List.of(), true);
        }
        String why = "Solved one after the other: " + first.metric().id() + " does not depend on " + second.solveFor().id()
                + ", so " + Solver.describe(first.metric(), first.value()) + " sets " + first.solveFor().id() + " alone; "
                + Solver.describe(second.metric(), second.value()) + " then sets " + second.solveFor().id() + ".";
        List<String> notes = List.of(why);
        return new Numbers(out, notes, List.of(), reply.render(out, notes), List.of(), false);
    }

    /**
     * A goal solved again for a moved value ("a gain 10bn ahead of t-bills at 6%" is a gain of $10B plus what the t-bills earn):
     * {@code solved} and {@code check} as a solved answer gave them, the same input solved for {@code target}, headlined with
     * {@code said} (the goal as asked) and the value it comes to.
     *
     * @throws InvalidInputException when no value of the input reaches the moved goal
     */
    List<MetricResult> solvedFor(MetricResult solved, MetricResult check, BigDecimal target, String said) {
        InputId x = InputId.byId(solved.metric()).orElseThrow();
        Metric m = Metric.byId(check.metric()).orElseThrow();
        Map<String, BigDecimal> at = new LinkedHashMap<>();
        check.inputs().forEach(i -> at.put(i.id(), i.value()));
        at.remove(x.id());
        Solver.Solution sol = solver.solve(m, target, x, check.scenario(), at);
        Input input = model.require(x.id());
        String headline = "To reach " + said + " (" + Solver.describe(m, target) + "), " + reader.label(x) + " must be "
                + Format.value(sol.value(), input.unit()) + ".";
        List<InputUsed> inputs = fromQuestion(sol.check().inputs(), x);
        return List.of(new MetricResult(x.id(), input.label(), sol.value(), input.unit(), check.scenario(), inputs,
                sol.check().formula(), headline, MetricResult.Kind.SOLVED), sol.check());
    }

    /** Results rendered as a numeric answer's text, with its notes. */
    String render(List<MetricResult> results, List<String> notes) {
        return reply.render(results, notes);
    }

    /** The inputs a result used, those solved for ({@code solved}) marked as the question's: the answer gave their values. */
    static List<InputUsed> fromQuestion(List<InputUsed> used, InputId... solved) {
        List<InputUsed> out = new ArrayList<>();
        for (InputUsed u : used) {
            boolean given = java.util.Arrays.stream(solved).anyMatch(x -> u.id().equals(x.id()));
            out.add(given ? new InputUsed(u.id(), u.label(), u.value(), u.unit(), InputOrigin.QUESTION, u.provenance()) : u);
        }
        return out;
    }

    /**
     * Two metrics set level ({@link ThreadState.Target#level()}): the input solved, then both metrics at it, so the reader
     * sees that they meet ("To put the stake value level with AWS compute profit, the exit valuation must be $334.08B: each
     * is $20.13B.").
     */
    private List<MetricResult> level(ThreadState.Target t, Input input, String s, ScenarioQuery q) {
        Solver.Level sol = solver.solveLevel(t.metric(), t.level(), t.offsetting(), t.solveFor(), s, q.byId());
        MetricResult a = sol.goalAt();
        MetricResult b = sol.otherAt();
        String aName = Solver.describeLevel(t.metric());
        // (a gain offset is a loss covered: "for AWS compute profit to offset the loss on the stake")
        String bName = t.offsetting() && t.level() == Metric.GAIN ? "the loss on the stake" : Solver.describeLevel(t.level());
        String headline = (t.offsetting() ? "For " + aName + " to offset " + bName : "To put " + aName + " level with " + bName)
                + ", " + reader.label(t.solveFor()) + " must be " + Format.value(sol.value(), input.unit()) + ": "
                + (t.offsetting() ? aName + " is " + a.display() + ", " + bName + " " + (t.level() == Metric.GAIN
                        ? Format.value(b.value().negate(), b.unit()) : b.display()) + "."
                : a.unit() == b.unit() && a.display().equals(b.display()) ? "each is " + a.display() + "."
                : aName + " is " + a.display() + ", " + bName + " " + b.display() + ".");
        List<InputUsed> inputs = fromQuestion(a.inputs(), t.solveFor());
        return List.of(new MetricResult(t.solveFor().id(), input.label(), sol.value(), input.unit(), s, inputs,
                a.formula() + (t.offsetting() ? " = -(" : " = ") + b.formula() + (t.offsetting() ? ")" : ""), headline,
                MetricResult.Kind.SOLVED), a, b);
    }


    private List<String> scenarios(ScenarioQuery q) {
        return q.scenarios().isEmpty() ? List.of(ScenarioModel.BASE) : q.scenarios();
    }

    /** Notes for figures that change none of the metrics shown. */
    private List<String> unaffected(ScenarioQuery q, List<MetricResult> results) {
        List<String> out = new ArrayList<>();
        for (InputId input : q.overrides().keySet()) {
            if (q.carried().containsKey(input)) {
                continue;
            }
            boolean used = results.stream().anyMatch(r -> r.inputs().stream().anyMatch(i -> i.id().equals(input.id())));
            if (!used) {
                out.add("Your " + reader.label(input).toLowerCase(Locale.ROOT) + " doesn't change "
                        + String.join(", ", q.metrics().stream().map(Metric::id).toList()) + ".");
            }
        }
        return out;
    }

    /** "From earlier in this thread: exit valuation $1.2T; now: a holding period of 3 years." */
    private List<String> stateNotes(Reading r, ScenarioQuery q) {
        List<String> parts = new ArrayList<>();
        q.carried().forEach((id, v) -> parts.add(reader.label(id) + " = " + Format.value(v, model.require(id.id()).unit())));
        if (r.scenarios().isEmpty() && !q.scenarios().isEmpty()) {
            parts.add(String.join("/", q.scenarios()) + " case");
        }
        if (parts.isEmpty() && !q.fromThread()) {
            return List.of();
        }
        StringBuilder sb = new StringBuilder("From earlier in this thread: ");
        sb.append(parts.isEmpty() ? "the same question" : String.join(", ", parts));
        if (q.fromThread() && q.target() == null) {
            sb.append(" (").append(String.join(", ", q.metrics().stream().map(Metric::id).toList())).append(')');
        }
        if (!r.changes().isEmpty()) {
            List<String> now = new ArrayList<>();
            r.changes().forEach((id, v) -> now.add(reader.label(id) + " = " + Format.value(v, model.require(id.id()).unit())));
            sb.append("; now ").append(String.join(", ", now));
        }
        return List.of(sb.append('.').toString());
    }

    // --- inputs ------------------------------------------------------------------------------------

    /**
     * "What margin do you assume?": the value, in each scenario asked, with its quote or assumption tag. An input asked as
     * the rest of its whole ("what cut of oai's compute are you leaving for other clouds": the rest of the metric it shows,
     * in {@code rests}) is answered as that rest first, then the input it is 100% less.
     */
    private Numbers lookup(List<InputId> ids, List<String> scenarios, List<Metric> rests) {
        List<MetricResult> results = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> sc = scenarios.isEmpty() ? List.of(ScenarioModel.BASE) : scenarios;
        for (InputId id : ids) {
            Input in = model.require(id.id());
            Provenance p = in.provenance();
            for (String s : sc) {
                Scenario scenario = model.scenario(s).orElseThrow();
                boolean fromScenario = scenario.overrides().containsKey(id.id());
                BigDecimal v = fromScenario ? scenario.overrides().get(id.id()) : in.value();
                InputOrigin origin = fromScenario ? InputOrigin.SCENARIO : p.assumption() ? InputOrigin.ASSUMPTION : InputOrigin.SOURCE;
                String why;
                text.append('*').append(in.label()).append(": ").append(Format.value(v, in.unit())).append('*');
                if (sc.size() > 1 || !s.equals(ScenarioModel.BASE)) {
                    text.append(" (").append(s).append(" case)");
                }
                if (fromScenario) {
                    why = "set by the " + s + " scenario: " + scenario.description();
                    text.append(" — the ").append(s).append(" scenario's assumption: ").append(scenario.description()).append('\n');
                } else if (p.assumption()) {
                    why = "an assumption of the scenario model, not in the sources: " + p.rationale();
                    text.append(" — an assumption of the scenario model, not in the sources: ").append(p.rationale())
                            .append(" Ask with your own figure to change it, e.g. \"").append(changeExample(id)).append("\".\n");
                } else {
                    int n = citations.size() + 1;
                    citations.add(new Citation(n, p.document(), p.documentTitle(), p.paragraph(), p.quote(), p.publisher(),
                            p.published(), null));
                    why = "\"" + p.quote() + "\" [" + n + "]";
                    text.append(" — \"").append(p.quote()).append("\" [").append(n).append(']');
                    if (p.note() != null) {
                        text.append(" (").append(p.note()).append(')');
                    }
                    if (p.isFlagged()) {
                        text.append("\n:warning: _Flagged: ").append(p.flag()).append('_');
                        why = why + " (flagged: " + p.flag() + ")";
                    }
                    text.append('\n');
                }
                InputUsed used = new InputUsed(id.id(), in.label(), v, in.unit(), origin, p);
                if (Rests.has(id) && rests.contains(Metric.showing(id))) {
                    MetricResult rest = Rests.of(used, s).orElseThrow();
                    results.add(rest);
                    text.insert(text.lastIndexOf("*" + in.label()), "*" + rest.label() + ": " + Format.value(rest.value(), rest.unit())
                            + "*" + (sc.size() > 1 || !s.equals(ScenarioModel.BASE) ? " (" + s + " case)" : "") + ", 100% less:\n");
                }
                results.add(new MetricResult(id.id(), in.label(), v, in.unit(), s, List.of(used), Format.value(v, in.unit()), why,
                        MetricResult.Kind.INPUT));
            }
        }
        return new Numbers(results, List.of(), citations, text.toString().strip(), List.of(), false);
    }

    // --- two readings ------------------------------------------------------------------------------

    /**
     * How two close readings of a figure are answered: a reply that asks ({@code ask}), or the chosen reading's answer with
     * a note, which says the numbers are the same either way ({@code same}) or why the other reading can't be computed.
     */
    private record TwoReadings(Numbers ask, String note, boolean same) {
    }

    /**
     * Both readings with their numbers, and a button for each: one click answers. When their numbers are the same, or only
     * the chosen one can be computed ("worth ~970bn right before this raise": as the round's size there is no pre-money),
     * the chosen one is answered with a note instead: no choice is offered between a number and an impossibility.
     */
    private TwoReadings clarify(Reading r, ScenarioQuery q) {
        Reading.Ambiguity a = r.ambiguity();
        List<InputId> readings = List.of(a.chosen(), a.other());
        // each reading computed once: its results, or why it cannot be computed
        List<ScenarioQuery> variants = new ArrayList<>();
        List<List<MetricResult>> results = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (InputId as : readings) {
            ScenarioQuery v = variant(q, a, as);
            variants.add(v);
            try {
                results.add(v.target() != null ? solve(v) : compute(v));
                errors.add(null);
            } catch (InvalidInputException e) {
                results.add(null);
                errors.add(e.getMessage());
            }
        }
        List<String> problems = errors.stream().filter(java.util.Objects::nonNull).toList();
        if (problems.isEmpty() && sameNumbers(results.get(0), results.get(1))) {
            // "0.35" as the capture share or as the margin: the payoff is their product, the same either way
            return new TwoReadings(null, "I read " + a.figure() + " as " + reader.label(a.chosen()) + "; read as "
                    + reader.label(a.other()) + ", the numbers are the same.", true);
        }
        if (problems.size() == 2) {
            // no reading of the figure can be computed: say why once, no choice to make
            List<String> notes = new ArrayList<>(r.unused());
            notes.add(0, problems.get(0));
            return new TwoReadings(new Numbers(List.of(), notes, List.of(), "I can't compute that: " + problems.get(0) + "."
                    + italic(r.unused()), List.of(), true), null, false);
        }
        if (problems.size() == 1 && errors.get(0) == null) {
            // only the chosen reading can be computed: it is answered, and the other said to be impossible, not offered
            String other = reader.label(a.other());
            return new TwoReadings(null, "Read as " + other.substring(0, 1).toLowerCase(Locale.ROOT) + other.substring(1) + ", "
                    + a.figure() + " can't be computed: " + errors.get(1) + ".", false);
        }
        StringBuilder text = new StringBuilder("I can read ").append(a.figure()).append(" two ways, and they give different answers:\n");
        List<Answer.Clarification> options = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            InputId as = readings.get(i);
            text.append("• *As ").append(reader.label(as)).append("*: ");
            if (results.get(i) != null) {
                text.append(summary(results.get(i)));
            } else {
                text.append("I can't compute that: ").append(errors.get(i));
            }
            text.append('\n');
            options.add(new Answer.Clarification(a.figure() + " as " + reader.label(as),
                    Canonical.question(variants.get(i), model, as, a.valueAs(as), reader)));
        }
        text.append("Which did you mean? Pick one below, or ask again naming it (e.g. \"").append(options.get(0).question())
                .append("\").");
        List<String> notes = new ArrayList<>(r.unused());
        return new TwoReadings(new Numbers(List.of(), notes, List.of(), text.toString(), options, false), null, false);
    }

    /** True when both give the same metrics with the same values: a choice between the readings changes nothing asked. */
    private static boolean sameNumbers(List<MetricResult> a, List<MetricResult> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            MetricResult x = a.get(i);
            MetricResult y = b.get(i);
            if (!x.metric().equals(y.metric()) || !x.scenario().equals(y.scenario()) || x.value().compareTo(y.value()) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * "what exit gets amazon to 40b": the question asks for an input, and its figure could be the goal of several
     * metrics. Each target is solved and offered; none is assumed, and a headline never states one as the answer.
     */
    private Numbers chooseTarget(Reading r, ScenarioQuery q) {
        ThreadState.Target first = r.targetChoices().get(0);
        StringBuilder text = new StringBuilder("I'm not sure what ").append(Format.value(first.value(), first.metric().unit()))
                .append(" should be, so here is each reading:\n");
        List<Answer.Clarification> options = new ArrayList<>();
        for (ThreadState.Target t : r.targetChoices()) {
            ScenarioQuery one = new ScenarioQuery(List.of(t.metric()), t, q.overrides(), q.scenarios(), q.carried(), false)
                    .withoutGiven(t.solveFor());
            text.append("• *").append(capitalise(Solver.describe(t.metric(), t.value()))).append("*: ");
            try {
                text.append(summary(solve(one)));
            } catch (InvalidInputException e) {
                text.append("I can't compute that: ").append(e.getMessage());
            }
            text.append('\n');
            options.add(new Answer.Clarification(Solver.describe(t.metric(), t.value()), Canonical.question(one, model, null, null, reader)));
        }
        text.append("Which did you mean? Pick one below, or ask again naming the number you want.");
        return new Numbers(List.of(), r.unused(), List.of(), text.toString(), options, false);
    }

    /** Why a figure the question gives cannot be any input's value ("130%" as a share), or null when every one can. */
    private String impossible(ScenarioQuery q) {
        for (Map.Entry<InputId, BigDecimal> e : q.overrides().entrySet()) {
            Input input = model.require(e.getKey().id());
            java.util.Optional<String> problem = org.thesisbot.core.scenario.InputRules.check(e.getKey().id(), input.label(),
                    input.unit(), e.getValue());
            if (problem.isPresent()) {
                return problem.get();
            }
        }
        return null;
    }

    /**
     * "at what mark does our stake lose 15b", when no reading found what the mark must reach: a forward number would not
     * answer it. The question's figures are offered as goals, each solved (none assumed); with none to offer, the reply
     * names the input it could not find and how to ask for it.
     */
    private Numbers unsolved(Reading r, ScenarioQuery q) {
        String input = model.require(r.unsolved().id()).label();
        if (!r.targetChoices().isEmpty()) {
            Numbers choices = chooseTarget(r, q);
            return new Numbers(List.of(), choices.notes(), List.of(), "You asked for " + input + ", and I couldn't tell what it"
                    + " has to reach. " + capitalise(choices.text()), choices.clarify(), false);
        }
        Metric example = null;
        for (Metric m : Metric.values()) {
            if (m != Metric.BREAKEVEN_CAPTURE_SHARE && reader.reads(m).contains(r.unsolved())) {
                example = m;
                break;
            }
        }
        String text = "You asked for " + input + ", and I couldn't tell what it has to reach, so I haven't guessed a number."
                + (example == null ? "" : " Ask for it with the value to reach, e.g. \"what " + plain(input) + " gives "
                + Solver.describe(example, exampleValue(example)) + "\".");
        return new Numbers(List.of(), r.unused(), List.of(), text, List.of(), false);
    }

    /** An input's label as it reads after "what" in a question: "OpenAI's exit valuation (when …)" without its remark. */
    private static String plain(String label) {
        int p = label.indexOf(" (");
        return p < 0 ? label : label.substring(0, p);
    }

    /** A round value of the metric's unit, for an example question. */
    private static BigDecimal exampleValue(Metric m) {
        return switch (m.unit()) {
            case USD_BILLIONS -> BigDecimal.valueOf(100);
            case RATIO -> new BigDecimal("0.15");
            case MULTIPLE -> BigDecimal.valueOf(3);
            case YEARS -> BigDecimal.valueOf(5);
        };
    }

    /** No phrase named a metric; the closest by meaning are offered, with their numbers, and none is assumed. */
    private Numbers chooseMetric(Reading r, ScenarioQuery q) {
        StringBuilder text = new StringBuilder("I'm not sure which number you mean. The closest I compute:\n");
        List<Answer.Clarification> options = new ArrayList<>();
        for (Metric m : r.candidates()) {
            ScenarioQuery one = new ScenarioQuery(List.of(m), null, q.overrides(), q.scenarios(), q.carried(), false);
            text.append("• *").append(m.label()).append("*");
            try {
                text.append(": ").append(summary(compute(one)));
            } catch (InvalidInputException e) {
                text.append(": I can't compute that: ").append(e.getMessage());
            }
            text.append('\n');
            options.add(new Answer.Clarification(m.label(), Canonical.question(one, model, null, null, reader)));
        }
        text.append("Pick one below, or ask again naming the number you want (`help` lists them).");
        return new Numbers(List.of(), r.unused(), List.of(), text.toString(), options, false);
    }

    /** The query with the ambiguous figure read as {@code as}. */
    private static ScenarioQuery variant(ScenarioQuery q, Reading.Ambiguity a, InputId as) {
        Map<InputId, BigDecimal> o = new EnumMap<>(InputId.class);
        o.putAll(q.overrides());
        ThreadState.Target target = q.target();
        if (target != null && target.value().compareTo(a.value()) == 0 && q.target().solveFor() == a.chosen()) {
            target = new ThreadState.Target(target.metric(), target.value(), as, target.level(), target.offsetting(), target.rest());
        } else {
            if (o.get(a.chosen()) != null && o.get(a.chosen()).compareTo(a.value()) == 0) {
                o.remove(a.chosen());
            }
            o.put(as, a.valueAs(as));
        }
        return new ScenarioQuery(q.metrics(), target, o, q.scenarios(), q.carried(), q.fromThread());
    }

    private static String summary(List<MetricResult> results) {
        List<String> parts = new ArrayList<>();
        List<MetricResult> solved = results.stream().filter(m -> m.kind() == MetricResult.Kind.SOLVED).toList();
        if (!solved.isEmpty()) {
            // the solved input says it all: the goal's metric beside it only repeats the goal
            return String.join(" ", solved.stream().map(MetricResult::explanation).toList());
        }
        for (MetricResult m : results) {
            parts.add(m.label() + " " + m.display() + (m.scenario().equals(ScenarioModel.BASE) ? "" : " (" + m.scenario() + ")"));
        }
        return String.join("; ", parts);
    }

    private static String italic(List<String> notes) {
        StringBuilder sb = new StringBuilder();
        for (String n : notes) {
            sb.append("\n_").append(n).append('_');
        }
        return sb.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A way to set this input in a question, as the reader understands it ("over 7 years" for the holding period). */
    static String changeExample(InputId id) {
        return switch (id) {
            case HOLDING_YEARS, COMPUTE_YEARS -> "over 7 years";
            case AWS_OPERATING_MARGIN -> "at a 30% margin";
            case AWS_CAPTURE_SHARE -> "if AWS captures 60%";
            case EXIT_VALUATION -> "at a $1.5T exit";
            case POST_MONEY_VALUATION -> "at a $1T post-money";
            case TAX_RATE -> "taxed at 21%";
            default -> "at $60B";
        };
    }
}
