package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/**
 * The answers to flows over time ({@link Flows}): what the question says, filled in from the thread and the model, worked
 * into a blended MOIC and IRR, or into the valuation a sale needs for a goal, and rendered as the scenario core renders
 * any numeric answer.
 */
final class FlowReplies {
    /** An answer and the thread's state after it. */
    record Reply(Answer answer, ThreadState next) {
    }

    private final ScenarioModel model;
    private final Calculator calculator;
    private final NumericReply numeric;
    private final Clock clock;
    private final Supplier<String> ids;

    FlowReplies(ScenarioModel model, Calculator calculator, NumericReply numeric, Clock clock, Supplier<String> ids) {
        this.model = model;
        this.calculator = calculator;
        this.numeric = numeric;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * Staged draws and partial sales ({@link Flows}): the blended MOIC and IRR of the flows, or the valuation the asked sale
     * needs for a blend. A follow-up may point at the thread's draws ("irr w the draws timed like that") or sales ("what
     * does the 2nd half need to go at for 2.5x"). What the question does not say comes from the thread, then the model:
     * one draw of the check at the close, one sale of the whole stake at the exit after the hold. Empty, and the question
     * read as usual, unless the money moves at more than one time and the question asks a multiple, an IRR or a goal.
     */
    Optional<Reply> reply(Flows.Found f, String prepared, ThreadState state) {
        Map<InputId, BigDecimal> over = state == null ? Map.of() : state.overrides();
        java.util.function.Function<InputId, BigDecimal> value = id -> over.getOrDefault(id, model.value(id.id(), ScenarioModel.BASE));
        List<Flows.Draw> draws = f.draws();
        List<Flows.Sale> sales = f.sales();
        List<String> kept = state == null ? List.of() : state.flows();
        if (draws.size() < 2 && f.drawsNamed() && Flows.keptDraws(kept).size() >= 2) {
            draws = Flows.keptDraws(kept);
        }
        List<Flows.Sale> keptSales = Flows.keptSales(kept);
        if (sales.size() < 2 && f.salesNamed() && keptSales.size() >= 2) {
            // the thread's sales, the one pointed at ("the 2nd half") changed as this question says, or asked for
            Flows.Sale said = sales.isEmpty() ? null : sales.get(0);
            sales = new ArrayList<>(keptSales);
            int k = Flows.pointedSale(prepared, sales.size());
            Flows.Sale s = sales.get(k);
            BigDecimal v = f.goal() != null ? null : said != null && said.valuation() != null ? said.valuation() : s.valuation();
            sales.set(k, new Flows.Sale(s.fraction(), v, said != null && said.year() >= 0 ? said.year() : s.year()));
        }
        boolean askMoic = f.moic();
        boolean askIrr = f.irr();
        if (f.goal() == null && !askMoic && !askIrr && state != null && (draws != f.draws() || sales != f.sales())) {
            // "same draws, exit slides to yr 6": the thread's flows changed, asked for what the thread last asked
            askMoic = state.metrics().contains(Metric.MOIC);
            askIrr = state.metrics().contains(Metric.IRR);
        }
        if (draws.size() < 2 && sales.size() < 2 || f.goal() == null && !askMoic && !askIrr) {
            return Optional.empty();
        }
        if (draws.isEmpty()) {
            draws = List.of(new Flows.Draw(value.apply(InputId.INVESTMENT), 0));
        } else if (draws.size() == 1) {
            return Optional.empty(); // one draw said beside staged sales: the check is the model's, and the draw may be a part of it
        }
        BigDecimal exit = value.apply(InputId.EXIT_VALUATION);
        BigDecimal held = value.apply(InputId.HOLDING_YEARS);
        if (held.stripTrailingZeros().scale() > 0 || held.compareTo(BigDecimal.valueOf(Flows.MAX_YEAR)) > 0) {
            return Optional.empty(); // flows are counted in whole years: a hold of 2.5 years is read as usual
        }
        int hold = held.intValue();
        if (sales.isEmpty()) {
            sales = List.of(new Flows.Sale(BigDecimal.ONE, exit, hold));
        }
        BigDecimal post = f.price() == null ? value.apply(InputId.POST_MONEY_VALUATION)
                : f.pre() ? f.price().add(value.apply(InputId.ROUND_SIZE)) : f.price();
        long unknown = sales.stream().filter(x -> x.valuation() == null).count();
        if (f.goal() == null && unknown > 0) {
            // no goal to solve for: an unpriced sale goes at the valuation the question says on its own ("exit slides to yr 6,
            // same 1.5T"), else at the thread's exit
            BigDecimal at = f.loose() != null ? f.loose() : exit;
            List<Flows.Sale> priced = new ArrayList<>();
            for (Flows.Sale x : sales) {
                priced.add(x.valuation() == null ? new Flows.Sale(x.fraction(), at, x.year() < 0 ? hold : x.year()) : x);
            }
            sales = priced;
            unknown = 0;
        }
        if (sales.size() >= 2 && sales.stream().anyMatch(x -> x.fraction() != null && x.fraction().compareTo(BigDecimal.ONE) == 0)) {
            return Optional.empty(); // two sales of the whole stake are two exits to choose between, not one stake sold in parts
        }
        Optional<List<Flows.Sale>> shared = Flows.shared(sales);
        if (shared.isEmpty() && sales.size() >= 2) {
            // shares that do not come to the whole stake: said, not guessed
            BigDecimal said = sales.stream().map(Flows.Sale::fraction).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean beyond = said.compareTo(BigDecimal.ONE) > 0 || said.compareTo(BigDecimal.ONE) == 0 && sales.stream().anyMatch(x -> x.fraction() == null);
            String text = "I can't compute that: the sales you list add up to " + Format.value(said, Unit.RATIO)
                    + " of the stake" + (beyond ? " before \u201cthe rest\u201d, more than all of it. Give shares that add up to 100%."
                    : ", not all of it. Say what happens to the rest (for example \u201cthe rest at $2T in year 6\u201d), or give shares that add up to 100%.");
            return Optional.of(new Reply(answer(text, List.of(), List.of(), draws, sales), state));
        }
        if (shared.isEmpty() || unknown > 1 || post.signum() <= 0) {
            return Optional.empty();
        }
        sales = shared.get();
        Map<String, BigDecimal> at = new LinkedHashMap<>(); // (an order fixed from one start to the next)
        at.put(InputId.INVESTMENT.id(), draws.stream().map(Flows.Draw::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
        at.put(InputId.POST_MONEY_VALUATION.id(), post);
        List<InputUsed> inputs = calculator.compute(Metric.STAKE, ScenarioModel.BASE, at).inputs();
        List<MetricResult> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (unknown == 1) {
            int k = 0;
            while (sales.get(k).valuation() != null) {
                k++;
            }
            BigDecimal v = Flows.solve(draws, sales, k, post, f.goal());
            if (v == null) {
                // no valuation to find: said, not read some other way
                boolean untimed = f.goal().irr() && sales.stream().anyMatch(x -> x.year() < 0);
                String text = untimed ? "I can't compute that: an IRR needs the year of each sale; say when " + share(sales.get(k).fraction())
                        + " of the stake goes (for example \u201cin year 6\u201d)."
                        : "The other sales reach that goal on their own: any valuation for the sale of " + share(sales.get(k).fraction())
                        + " of the stake gets there, so there is no valuation to solve for.";
                return Optional.of(new Reply(answer(text, List.of(), List.of(), draws, sales), state));
            }
            List<Flows.Sale> done = new ArrayList<>(sales);
            done.set(k, new Flows.Sale(sales.get(k).fraction(), v, sales.get(k).year()));
            Flows.Worked w = Flows.work(draws, done, post);
            String goal = f.goal().irr() ? "a blended IRR of " + Format.value(f.goal().value(), Unit.RATIO)
                    : "a blended MOIC of " + Format.value(f.goal().value(), Unit.MULTIPLE);
            String headline = "To reach " + goal + ", the sale of " + share(sales.get(k).fraction()) + " of the stake"
                    + (sales.get(k).year() >= 0 ? " in year " + sales.get(k).year() : "") + " must be at an OpenAI valuation of "
                    + Format.value(v, Unit.USD_BILLIONS);
            results.add(new MetricResult(InputId.EXIT_VALUATION.id(), model.require(InputId.EXIT_VALUATION.id()).label(), v,
                    Unit.USD_BILLIONS, ScenarioModel.BASE, inputs, flowsFormula(w), headline + ".", MetricResult.Kind.SOLVED));
            Metric check = f.goal().irr() ? Metric.IRR : Metric.MOIC;
            BigDecimal checked = f.goal().irr() ? w.irr() : w.moic();
            if (checked != null) {
                results.add(new MetricResult(check.id(), "Blended " + check.label(), checked, check.unit(), ScenarioModel.BASE, inputs,
                        flowsFormula(w), null));
            }
        } else {
            Flows.Worked w = Flows.work(draws, sales, post);
            if (askMoic) {
                results.add(new MetricResult(Metric.MOIC.id(), "Blended " + Metric.MOIC.label(),
                        w.moic().round(new MathContext(15)).stripTrailingZeros(), Unit.MULTIPLE, ScenarioModel.BASE, inputs,
                        flowsFormula(w), null));
            }
            if (askIrr && w.irr() != null) {
                results.add(new MetricResult(Metric.IRR.id(), "Blended " + Metric.IRR.label(),
                        w.irr(), Unit.RATIO, ScenarioModel.BASE, inputs,
                        "the rate at which the flows' present value is zero", null));
            } else if (askIrr && w.irr() == null) {
                notes.add("No IRR: every flow is at the close, or no rate between -99% and 10,000% a year makes the flows' present value zero.");
            }
            if (results.isEmpty()) {
                return Optional.empty();
            }
        }
        notes.add(0, flowsNote(draws, sales, post));
        Answer a = answer(numeric.render(results, notes), results, notes, draws, sales);
        ThreadState base = state != null ? state : ThreadState.empty(clock.instant());
        List<Metric> asked = new ArrayList<>();
        if (askMoic || f.goal() != null && !f.goal().irr()) {
            asked.add(Metric.MOIC);
        }
        if (askIrr || f.goal() != null && f.goal().irr()) {
            asked.add(Metric.IRR);
        }
        ThreadState next = new ThreadState(base.overrides(), base.scenarios(), asked, null, Route.NUMERIC, base.turns() + 1,
                clock.instant(), null, base.solved()).withBands(base.bands());
        return Optional.of(new Reply(a, next.withFlows(Flows.kept(draws, sales))));
    }

    /** The scenario core's answer about these flows, its cue the flows read in the thread's short form. */
    private Answer answer(String text, List<MetricResult> results, List<String> notes, List<Flows.Draw> draws, List<Flows.Sale> sales) {
        return new Answer(ids.get(), Route.NUMERIC, text, null, results, List.of(), "scenario-core", notes,
                new RouteDecision(Route.NUMERIC, 0.9, -1.0, List.of("flows: " + String.join("; ", Flows.kept(draws, sales)))));
    }

    /** "half", "a third", "40%": a share of the stake said as written. */
    private static String share(BigDecimal fraction) {
        BigDecimal third = BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128);
        if (fraction.subtract(third).abs().compareTo(new BigDecimal("1e-9")) < 0) {
            return "a third";
        }
        if (fraction.subtract(third.add(third)).abs().compareTo(new BigDecimal("1e-9")) < 0) {
            return "two thirds";
        }
        if (fraction.compareTo(BigDecimal.ONE) == 0) {
            return "all";
        }
        return fraction.compareTo(new BigDecimal("0.5")) == 0 ? "half" : Format.value(fraction, Unit.RATIO);
    }

    /** The blend written out: what the sales bring over what the draws put in. */
    private static String flowsFormula(Flows.Worked w) {
        List<String> in = w.proceeds().stream().map(x -> Format.value(x, Unit.USD_BILLIONS)).toList();
        return "(" + String.join(" + ", in) + ") / " + Format.value(w.invested(), Unit.USD_BILLIONS)
                + " = " + Format.value(w.moic(), Unit.MULTIPLE);
    }

    /** Each flow in words, for the note that says how the question was read. */
    private static String flowsNote(List<Flows.Draw> draws, List<Flows.Sale> sales, BigDecimal post) {
        List<String> in = draws.stream().map(d -> Format.value(d.amount(), Unit.USD_BILLIONS)
                + (d.year() == 0 ? " at the close" : " in year " + d.year())).toList();
        List<String> out = sales.stream().map(s -> share(s.fraction()) + " of the stake"
                + (s.valuation() == null ? "" : " at " + Format.value(s.valuation(), Unit.USD_BILLIONS))
                + (s.year() < 0 ? "" : s.year() == 0 ? " at the close" : " in year " + s.year())).toList();
        return "Reading the flows: in, " + String.join("; ", in) + ", all at a " + Format.value(post, Unit.USD_BILLIONS)
                + " post-money; out, " + String.join("; ", out) + ". Each sale is its share of the stake times OpenAI's valuation then; the IRR is the rate at which the flows' present value is zero.";
    }
}
