package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * An answer's numbers set against a world without the deal: what the same money would have earned at a steady rate
 * ({@link Benchmarks}) and the share of OpenAI's compute AWS would win anyway ({@link Baselines}). Each number with a
 * counterpart gets a result of kind {@code change}, headlined; a goal said against either is the goal moved by it.
 */
final class Counterfactuals {
    private final ScenarioModel model;
    private final Calculator calculator;
    private final Reader reader;
    private final NumericAnswers numbers;

    Counterfactuals(ScenarioModel model, Calculator calculator, Reader reader, NumericAnswers numbers) {
        this.model = model;
        this.calculator = calculator;
        this.reader = reader;
        this.numbers = numbers;
    }

    /**
     * The answer's numbers set against a return the same money would have earned instead ({@link Benchmarks}): each number
     * with a counterpart ({@link org.thesisbot.core.scenario.Benchmark}) gets a result of kind {@code change} after the
     * numbers, headlined first, over the benchmark's own years or the hold each number used, on the investment it used. A
     * goal solved is moved by what the benchmark makes and solved again, unless that moves with the input solved for (then
     * it is not netted, and the answer says so); a number with no counterpart (a share, AWS's revenue) is left as it is.
     */
    Answer benchmarked(Answer a, Benchmarks.Found b) {
        if (a.route() == Route.NARRATIVE || a.results().isEmpty()) {
            return a;
        }
        String said = b.said() + (b.years() == null ? "" : " over " + org.thesisbot.core.api.Format.years(b.years()));
        if (a.results().stream().anyMatch(r -> r.kind() == MetricResult.Kind.SOLVED)) {
            // "exit for the stake to come out 10bn ahead of buybacks at 6%": the goal moved by what the benchmark makes, when
            // that does not depend on the input solved for (the check, or the hold when the benchmark has no years of its own)
            Optional<Answer> moved = movedGoal(a, (metric, check) -> {
                InputId x = InputId.byId(a.results().get(0).metric()).orElse(null);
                if (x == InputId.INVESTMENT || x == InputId.HOLDING_YEARS && b.years() == null) {
                    return Optional.empty();
                }
                java.math.BigDecimal years = b.years() != null ? b.years() : used(check, InputId.HOLDING_YEARS);
                return new org.thesisbot.core.scenario.Benchmark(b.rate(), years).valueOf(metric, used(check, InputId.INVESTMENT));
            }, "over " + said);
            if (moved.isPresent()) {
                return moved.get();
            }
            return RoutingAssistant.withNote(a, "The goal is solved without the benchmark (" + said + "): set against it, its value would"
                    + " move with the input solved for.");
        }
        List<MetricResult> changes = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        for (MetricResult r : a.results()) {
            Optional<Metric> metric = Metric.byId(r.metric());
            if (r.kind() != MetricResult.Kind.METRIC || metric.isEmpty() || r.value() == null) {
                continue;
            }
            java.math.BigDecimal invested = used(r, InputId.INVESTMENT);
            java.math.BigDecimal years = b.years() != null ? b.years() : used(r, InputId.HOLDING_YEARS);
            Optional<java.math.BigDecimal> against;
            try {
                against = new org.thesisbot.core.scenario.Benchmark(b.rate(), years).valueOf(metric.get(), invested);
            } catch (InvalidInputException e) {
                return RoutingAssistant.withNote(a, "I can't set these numbers against the benchmark: " + e.getMessage() + ".");
            }
            if (against.isEmpty()) {
                continue;
            }
            java.math.BigDecimal d = r.value().subtract(against.get());
            String shown = (d.signum() >= 0 ? "+" : "") + org.thesisbot.core.api.Format.value(d, r.unit());
            String was = org.thesisbot.core.api.Format.value(against.get(), r.unit());
            String over = org.thesisbot.core.api.Format.years(years);
            changes.add(new MetricResult(r.metric(), r.label() + " vs " + b.said() + " over " + over, d, r.unit(), r.scenario(),
                    r.inputs(), r.display() + " - " + was + " = " + shown, null, MetricResult.Kind.CHANGE));
            head.append(head.length() == 0 ? "" : "\n").append("*").append(r.label()).append(": ").append(shown).append(" vs ")
                    .append(b.said()).append(" over ").append(over).append("* (").append(r.scenario()).append(" case: ")
                    .append(r.display()).append("; the benchmark: ").append(was).append(")");
        }
        if (changes.isEmpty()) {
            return RoutingAssistant.withNote(a, "None of these numbers has a counterpart in the benchmark (" + said + "): it sets the"
                    + " stake's value, the gain, the payoff, the MOIC and the IRR against what the money would have made instead.");
        }
        return RoutingAssistant.withNote(RoutingAssistant.headed(a, head.toString(), changes), "The benchmark compounds " + b.said()
                + " once a year on the same investment: the stake's value is set against what that grows to, the gain and the"
                + " payoff against what it earns, the MOIC against its multiple and the IRR against its rate.");
    }

    /**
     * The answer's AWS numbers set against the same numbers at the share AWS would win without the deal ({@link Baselines}):
     * each number that reads the capture share gets a result of kind {@code change} (the deal's part of it), computed with
     * every input as the number used it but the share. A goal solved is moved by the number without the deal and solved
     * again when that does not move with the input solved for; otherwise, or with no such number, a note says so.
     */
    Answer baselined(Answer a, Baselines.Found b) {
        if (a.route() == Route.NARRATIVE || a.results().isEmpty()) {
            return a;
        }
        String share = org.thesisbot.core.api.Format.percent(b.share());
        if (a.results().stream().anyMatch(r -> r.kind() == MetricResult.Kind.SOLVED)) {
            // "what capture share gets the attributable aws op profit to 15bn": the goal plus the number without the deal,
            // when that does not move with the input solved for (the share itself, or any input the number does not read)
            Optional<Answer> moved = movedGoal(a, (metric, check) -> {
                InputId x = InputId.byId(a.results().get(0).metric()).orElse(null);
                Optional<java.math.BigDecimal> w = withoutDeal(metric, check, b.share());
                return x != InputId.AWS_CAPTURE_SHARE && reader.reads(metric).contains(x) ? Optional.empty() : w;
            }, "beyond a " + share + " share without the deal");
            if (moved.isPresent()) {
                return moved.get();
            }
            return RoutingAssistant.withNote(a, "The goal is solved for the whole of AWS's share, not the part beyond the " + share
                    + " you said AWS would win without the deal.");
        }
        List<MetricResult> changes = new ArrayList<>();
        StringBuilder head = new StringBuilder();
        for (MetricResult r : a.results()) {
            Optional<Metric> metric = Metric.byId(r.metric());
            if (r.kind() != MetricResult.Kind.METRIC || metric.isEmpty() || r.value() == null
                    || !reader.reads(metric.get()).contains(InputId.AWS_CAPTURE_SHARE)) {
                continue;
            }
            java.math.BigDecimal without = withoutDeal(metric.get(), r, b.share()).orElseThrow();
            java.math.BigDecimal d = r.value().subtract(without);
            String shown = (d.signum() >= 0 ? "+" : "") + org.thesisbot.core.api.Format.value(d, r.unit());
            String was = org.thesisbot.core.api.Format.value(without, r.unit());
            changes.add(new MetricResult(r.metric(), r.label() + ", the deal's part (beyond a " + share + " share without it)", d,
                    r.unit(), r.scenario(), r.inputs(), r.display() + " - " + was + " = " + shown, null, MetricResult.Kind.CHANGE));
            head.append(head.length() == 0 ? "" : "\n").append("*").append(r.label()).append(": ").append(shown)
                    .append(" from the deal* (").append(r.scenario()).append(" case: ").append(r.display()).append("; without the deal,")
                    .append(" at a ").append(share).append(" share: ").append(was).append(")");
        }
        if (changes.isEmpty()) {
            return RoutingAssistant.withNote(a, "None of these numbers depends on AWS's share of OpenAI's compute, so the " + share
                    + " it would win without the deal changes none of them.");
        }
        return RoutingAssistant.withNote(RoutingAssistant.headed(a, head.toString(), changes), "Read \u201c" + b.said()
                + "\u201d as the share AWS would win without the deal (" + share + "); the deal's part is each number less the"
                + " same number at that share.");
    }

    /**
     * A number as it would be without the deal, AWS winning {@code share} of OpenAI's compute: AWS's numbers at that share
     * (every other input as {@code r} used it); the combined payoff is then AWS's profit alone (no stake, nothing put in).
     */
    private Optional<java.math.BigDecimal> withoutDeal(Metric metric, MetricResult r, java.math.BigDecimal share) {
        if (!reader.reads(metric).contains(InputId.AWS_CAPTURE_SHARE)) {
            return Optional.empty();
        }
        Map<String, java.math.BigDecimal> at = new java.util.HashMap<>();
        r.inputs().forEach(i -> at.put(i.id(), i.value()));
        at.put(InputId.AWS_CAPTURE_SHARE.id(), share);
        Metric m = metric == Metric.COMBINED_PAYOFF ? Metric.AWS_COMPUTE_PROFIT : metric;
        return Optional.of(calculator.compute(m, r.scenario(), at).value());
    }

    /**
     * A solved answer's goal moved by a reference ({@code reference}: the metric's reference value given the goal's check
     * result, or empty when it cannot be held fixed), solved again for the same input; empty when the answer is not one goal
     * solved or the reference is empty; a moved goal that cannot be reached is refused in words, as any goal is.
     */
    private Optional<Answer> movedGoal(Answer a, java.util.function.BiFunction<Metric, MetricResult, Optional<java.math.BigDecimal>> reference,
                                       String against) {
        List<MetricResult> rs = a.results();
        if (rs.size() != 2 || rs.get(0).kind() != MetricResult.Kind.SOLVED) {
            return Optional.empty();
        }
        MetricResult check = rs.get(1);
        Optional<Metric> metric = Metric.byId(check.metric());
        if (metric.isEmpty()) {
            return Optional.empty();
        }
        Optional<java.math.BigDecimal> ref;
        try {
            ref = reference.apply(metric.get(), check);
        } catch (InvalidInputException e) {
            return Optional.empty();
        }
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        java.math.BigDecimal target = check.value().add(ref.get());
        String said = org.thesisbot.core.scenario.Solver.describe(metric.get(), check.value()) + " " + against;
        List<MetricResult> solved;
        try {
            solved = numbers.solvedFor(rs.get(0), check, target, said);
        } catch (InvalidInputException e) {
            return Optional.of(new Answer(a.id(), a.route(), "I can't compute that: " + e.getMessage() + ".", a.narrative(), List.of(),
                    a.citations(), a.answerer(), List.of(e.getMessage()), a.decision(), a.clarify(), a.charts()));
        }
        List<String> notes = new ArrayList<>(a.notes());
        notes.add("The goal is " + said + ": " + org.thesisbot.core.scenario.Solver.describe(metric.get(), check.value()) + " plus "
                + org.thesisbot.core.api.Format.value(ref.get(), check.unit()) + ", "
                + org.thesisbot.core.scenario.Solver.describe(metric.get(), target) + " in all.");
        return Optional.of(new Answer(a.id(), a.route(), numbers.render(solved, notes), a.narrative(), solved, a.citations(),
                a.answerer(), notes, a.decision(), a.clarify(), a.charts()));
    }

    /** The value a result used for {@code input}, else the base case's. */
    private java.math.BigDecimal used(MetricResult r, InputId input) {
        return r.inputs().stream().filter(i -> i.id().equals(input.id())).map(org.thesisbot.core.api.InputUsed::value).findFirst()
                .orElse(model.value(input.id(), ScenarioModel.BASE));
    }
}
