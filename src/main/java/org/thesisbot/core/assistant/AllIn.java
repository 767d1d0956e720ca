package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * The deal's return counted all in: AWS's operating profit on OpenAI's compute taken as cash in each year of the window
 * beside the exit ("the all-in IRR with the base AWS profit landing in each year", "five years of AWS profit plus the exit
 * proceeds over the cheque"), or a ramp of the asker's own ("AWS profit ramps $2/5/8/10/12bn"). With the investment I
 * at year 0, the profit p_t at the end of years 1..N (the window's profit spread evenly over its N years, or the ramp),
 * and the stake's value V at the end of the hold H:
 * <ul>
 *   <li>all-in MOIC = (Σ p_t + V) / I; all-in IRR = the rate r at which −I + Σ p_t/(1+r)^t + V/(1+r)^H = 0;</li>
 *   <li>with the exit dropped ("the AWS profit stream on its own") V is 0.</li>
 * </ul>
 * The rest of the question is read as usual (its scenario, exit, post-money, margin); the answer's equity-only numbers are
 * then counted all in. A goal ("what exit gets the all-in IRR to 15%") is solved for the exit the reader solved for, in
 * closed form: V = m·I − Σ p_t for a multiple, V = (I − Σ p_t/(1+r)^t)·(1+r)^H for an IRR, and the exit is V × post / I.
 */
final class AllIn {
    private static final MathContext MC = MathContext.DECIMAL128;
    /** The longest ramp and hold counted (years). */
    static final int MAX_YEARS = 30;

    /**
     * @param question the question left for the reader
     * @param ramp     the asker's profit in each year from year 1, or empty for the window's profit spread evenly
     * @param noExit   the exit left out: the profit stream on its own
     * @param reading  the question left, read on its own when it sets a goal (the reader's goal, for a solver that cannot reach it
     *                 on the equity alone); else null
     */
    record Found(String question, List<BigDecimal> ramp, boolean noExit, Calculator calculator, org.thesisbot.core.reading.Reading reading, boolean returns) implements Reframing {
        @Override
        public String measures() {
            return returns || !ramp.isEmpty() ? "the all-in flows" : null;
        }

        @Override
        public Optional<String> kept() {
            if (!returns && ramp.isEmpty()) {
                return Optional.empty(); // ("the all-in payoff" is the combined payoff: no return asked all in, nothing to keep)
            }
            StringBuilder s = new StringBuilder("counted all-in");
            if (!ramp.isEmpty()) {
                s.append(", aws profit ramps $");
                for (int i = 0; i < ramp.size(); i++) {
                    s.append(i == 0 ? "" : "/").append(ramp.get(i).stripTrailingZeros().toPlainString());
                }
                s.append("bn");
            }
            return Optional.of(s.toString());
        }

        @Override
        public Answer told(Answer a) {
            Optional<MetricResult> solved = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null).findFirst();
            Optional<MetricResult> goal = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null
                    && (r.metric().equals(Metric.MOIC.id()) || r.metric().equals(Metric.IRR.id()))).findFirst();
            if (!noExit && solved.isPresent() && goal.isPresent()) {
                // the reader's goal, solved on the equity alone: solved again all in, from the inputs it was solved at
                Map<String, BigDecimal> at = StakeInputs.listed(a, goal.get());
                return solve(a, goal.get().metric().equals(Metric.MOIC.id()), goal.get().value(), solved.get(), goal.get().scenario(), at);
            }
            if (!noExit && reading != null && reading.target() != null && (a.results().isEmpty() || solved.isPresent())
                    && (reading.target().metric() == Metric.MOIC || reading.target().metric() == Metric.IRR) && reading.target().solveFor() != null) {
                // a goal the equity alone cannot reach by this input (the margin does not move the stake): solved all in
                String sc = reading.scenarios().size() == 1 ? reading.scenarios().get(0) : "base";
                Map<String, BigDecimal> at = new HashMap<>();
                for (InputId i : InputId.values()) {
                    BigDecimal v = calculator.model().value(i.id(), sc);
                    if (v != null) {
                        at.put(i.id(), v);
                    }
                }
                reading.changes().forEach((k, v) -> at.put(k.id(), v));
                InputId s = reading.target().solveFor();
                MetricResult stand = new MetricResult(s.id(), calculator.model().input(s.id()).map(i -> i.label()).orElse(s.id()), at.get(s.id()),
                        calculator.model().input(s.id()).map(i -> i.unit()).orElse(org.thesisbot.core.api.Unit.USD_BILLIONS), sc, List.of(), "", "", MetricResult.Kind.SOLVED);
                Answer base = a.results().isEmpty() ? new Answer(a.id(), org.thesisbot.core.api.Route.NUMERIC, "", a.narrative(), List.of(), a.citations(),
                        a.answerer(), List.of(), a.decision(), a.clarify(), a.charts()) : a;
                return solve(base, reading.target().metric() == Metric.MOIC, reading.target().value(), stand, sc, at);
            }
            if (a.results().isEmpty()) {
                return a;
            }
            List<MetricResult> results = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            List<String> notes = new ArrayList<>();
            for (MetricResult r : a.results()) {
                boolean multiple = r.metric().equals(Metric.MOIC.id());
                boolean rate = r.metric().equals(Metric.IRR.id());
                if (!ramp.isEmpty() && r.kind() == MetricResult.Kind.METRIC && r.metric().equals(Metric.AWS_COMPUTE_PROFIT.id())) {
                    BigDecimal sum = ramp.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                    results.add(new MetricResult(r.metric(), r.label() + " (your ramp)", sum, r.unit(), r.scenario(), r.inputs(),
                            ramp.stream().map(Format::money).reduce((x, y) -> x + " + " + y).orElse("") + " = " + Format.money(sum), "The ramp you gave, year by year."));
                    head.append("*").append(r.label()).append(" (your ramp): ").append(Format.money(sum)).append("*\n");
                    continue;
                }
                if (r.kind() != MetricResult.Kind.METRIC || r.value() == null || !multiple && !rate) {
                    results.add(r);
                    continue;
                }
                Flows f = flows(r.scenario(), StakeInputs.listed(a, r));
                if (f == null) {
                    notes.add("I couldn't count AWS's profit in year by year here (a hold or window of whole years, up to " + MAX_YEARS + ", is needed), so this is the equity alone.");
                    results.add(r);
                    continue;
                }
                BigDecimal v = noExit ? BigDecimal.ZERO : f.value;
                BigDecimal out;
                String formula;
                if (multiple) {
                    out = f.sum().add(v).divide(f.invested, MC);
                    formula = "(" + Format.money(f.sum()) + " + " + Format.money(v) + ") / " + Format.money(f.invested) + " = " + Format.multiple(out);
                } else {
                    out = f.irr(v);
                    if (out == null) {
                        notes.add("No annual rate makes these flows worth nothing today, so there is no all-in IRR to give.");
                        results.add(r);
                        continue;
                    }
                    formula = f.described(v) + " = " + Format.percent(out);
                }
                String name = "All-in " + Format.inSentence(r.label());
                results.add(new MetricResult(r.metric(), name, out, r.unit(), r.scenario(), r.inputs(), formula,
                        "AWS's operating profit each year" + (noExit ? ", without the exit," : " plus the stake at the exit,") + " against the investment."));
                head.append("*").append(name).append(": ").append(Format.value(out, r.unit())).append("* (").append(r.scenario()).append(" case) `")
                        .append(formula).append("`\n");
            }
            if (head.isEmpty()) {
                boolean combined = a.results().stream().anyMatch(r -> r.metric().equals(Metric.COMBINED_PAYOFF.id()));
                return Reframing.noted(a, !notes.isEmpty() ? notes : List.of(combined ? "The combined payoff is already all in: the gain on the stake and AWS's profit together."
                        : "None of these numbers is a return on the money in, so counting AWS's profit all in does not change them."));
            }
            return framed(a, head.toString(), results, notes);
        }

        private Answer framed(Answer a, String head, List<MetricResult> results, List<String> notes) {
            String text = head + "_All in: AWS's operating profit on OpenAI's compute " + (ramp.isEmpty() ? "spread evenly over the window's years" : "as your ramp")
                    + " as cash each year" + (noExit ? ", the exit left out" : ", and the stake at the exit") + (a.text().isBlank() ? "._" : ". The equity alone:_\n" + a.text());
            Answer out = new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
            return Reframing.noted(out, notes);
        }

        /**
         * The input {@code solved} stands for, solved so that the all-in multiple or IRR reaches {@code value}, by bisection
         * on the input's range: the flows' present value at the goal rate (or their multiple) moves one way with each input.
         */
        private Answer solve(Answer a, boolean multiple, BigDecimal value, MetricResult solved, String scenario, Map<String, BigDecimal> at) {
            String goal = multiple ? "an all-in MOIC of " + Format.multiple(value) : "an all-in IRR of " + Format.percent(value);
            InputId input = InputId.byId(solved.metric()).orElse(null);
            BigDecimal[] range = input == null ? null : RANGES.get(input);
            if (range == null) {
                return RoutingAssistant.withNote(a, "I solved this goal on the equity alone: I can't count AWS's yearly profit into a goal for "
                        + Format.inSentence(solved.label()) + ".");
            }
            java.util.function.Function<BigDecimal, BigDecimal> gap = x -> {
                Map<String, BigDecimal> with = new HashMap<>(at);
                with.put(input.id(), x);
                Flows f;
                try {
                    f = flows(scenario, with);
                } catch (RuntimeException e) {
                    return null; // (a value the model refuses at an end of the range)
                }
                if (f == null) {
                    return null;
                }
                return multiple ? f.sum().add(f.value).subtract(value.multiply(f.invested, MC)) : f.npv(value, f.value);
            };
            BigDecimal lo = range[0];
            BigDecimal hi = range[1];
            BigDecimal post = at.get(InputId.POST_MONEY_VALUATION.id());
            if (input == InputId.INVESTMENT && post != null) {
                hi = post.multiply(new BigDecimal("0.999999")); // (a check as big as the post-money would buy all of OpenAI)
            }
            BigDecimal gLo = gap.apply(lo);
            BigDecimal gHi = gap.apply(hi);
            if (gLo == null || gHi == null) {
                return RoutingAssistant.withNote(a, "I couldn't count AWS's profit in year by year here (a hold or window of whole years, up to " + MAX_YEARS + ", is needed).");
            }
            List<MetricResult> results = new ArrayList<>(a.results().stream().filter(r -> r != solved && !(r.kind() == MetricResult.Kind.METRIC
                    && (r.metric().equals(Metric.MOIC.id()) || r.metric().equals(Metric.IRR.id())))).toList());
            if (gLo.signum() == gHi.signum()) {
                String text = "I can't compute that: no value of " + Format.inSentence(solved.label()) + " reaches " + goal + " with AWS's profit counted each year ("
                        + scenario + " case).";
                return new Answer(a.id(), a.route(), text, a.narrative(), List.of(), a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
            }
            for (int i = 0; i < 200 && hi.subtract(lo).abs().compareTo(new BigDecimal("1e-20")) > 0; i++) {
                BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), MC);
                BigDecimal g = gap.apply(mid);
                if (g.signum() == 0) {
                    lo = mid;
                    hi = mid;
                    break;
                }
                if (g.signum() == gLo.signum()) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            BigDecimal x = lo.add(hi).divide(BigDecimal.valueOf(2), MC).round(new MathContext(16, RoundingMode.HALF_EVEN));
            Map<String, BigDecimal> with = new HashMap<>(at);
            with.put(input.id(), x);
            Flows f = flows(scenario, with);
            String shown = Format.value(x, solved.unit());
            results.add(0, new MetricResult(solved.metric(), solved.label(), x, solved.unit(), scenario, solved.inputs(),
                    f.described(f.value) + (multiple ? "" : " at " + Format.percent(value)) + " → " + shown,
                    "Solved with AWS's profit counted as cash each year beside the exit.", MetricResult.Kind.SOLVED));
            results.add(1, new MetricResult(multiple ? Metric.MOIC.id() : Metric.IRR.id(), "All-in " + (multiple ? "multiple on invested capital (MOIC)" : "annualised return (IRR)"),
                    value, multiple ? org.thesisbot.core.api.Unit.MULTIPLE : org.thesisbot.core.api.Unit.RATIO, scenario, solved.inputs(), f.described(f.value),
                    "AWS's operating profit each year plus the stake at the exit, against the investment."));
            String head = "*To reach " + goal + ", " + Format.inSentence(solved.label()) + " must be " + shown + "* (" + scenario + " case; " + f.described(f.value) + ")\n";
            return framed(a, head, results, List.of());
        }

        /** The flows at these inputs; null when the hold or the window is not a whole number of years up to the limit. */
        private Flows flows(String scenario, Map<String, BigDecimal> at) {
            BigDecimal invested = at.get(InputId.INVESTMENT.id());
            BigDecimal post = at.get(InputId.POST_MONEY_VALUATION.id());
            BigDecimal exit = at.get(InputId.EXIT_VALUATION.id());
            // (a multiple does not depend on the hold, so its inputs may not name one: the scenario's)
            BigDecimal hold = at.getOrDefault(InputId.HOLDING_YEARS.id(), calculator.model().value(InputId.HOLDING_YEARS.id(), scenario));
            if (invested == null || post == null || exit == null || hold == null || invested.signum() <= 0 || post.signum() <= 0) {
                return null;
            }
            if (hold.stripTrailingZeros().scale() > 0 || hold.signum() <= 0 || hold.compareTo(BigDecimal.valueOf(MAX_YEARS)) > 0) {
                return null;
            }
            List<BigDecimal> profit = new ArrayList<>(ramp);
            if (profit.isEmpty()) {
                BigDecimal window = calculator.value(Metric.AWS_COMPUTE_PROFIT, scenario, at);
                BigDecimal years = at.getOrDefault(InputId.COMPUTE_YEARS.id(), calculator.model().value(InputId.COMPUTE_YEARS.id(), scenario));
                if (years == null || years.stripTrailingZeros().scale() > 0 || years.signum() <= 0 || years.compareTo(BigDecimal.valueOf(MAX_YEARS)) > 0) {
                    return null;
                }
                for (int i = 0; i < years.intValueExact(); i++) {
                    profit.add(window.divide(years, MC));
                }
            }
            return new Flows(invested, post, invested.divide(post, MC).multiply(exit, MC), hold.intValueExact(), profit);
        }
    }

    /** The money: the investment at year 0, the profit at the end of each year from 1, the stake's value at the end of the hold. */
    private record Flows(BigDecimal invested, BigDecimal post, BigDecimal value, int hold, List<BigDecimal> profit) {
        BigDecimal sum() {
            return profit.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal growth(BigDecimal rate, int years) {
            return BigDecimal.ONE.add(rate).pow(years, MC);
        }

        /** The profit's value today at this rate. */
        BigDecimal present(BigDecimal rate) {
            BigDecimal pv = BigDecimal.ZERO;
            for (int t = 1; t <= profit.size(); t++) {
                pv = pv.add(profit.get(t - 1).divide(growth(rate, t), MC));
            }
            return pv;
        }

        BigDecimal npv(BigDecimal rate, BigDecimal v) {
            return present(rate).add(v.divide(growth(rate, hold), MC)).subtract(invested);
        }

        /** The rate at which the flows are worth nothing today, by bisection between -99% and 1,000% a year; null when none. */
        BigDecimal irr(BigDecimal v) {
            BigDecimal lo = new BigDecimal("-0.99");
            BigDecimal hi = BigDecimal.TEN;
            BigDecimal atLo = npv(lo, v);
            BigDecimal atHi = npv(hi, v);
            if (atLo.signum() == atHi.signum()) {
                return null;
            }
            BigDecimal two = BigDecimal.valueOf(2);
            for (int i = 0; i < 120 && hi.subtract(lo).compareTo(new BigDecimal("1e-24")) > 0; i++) {
                BigDecimal mid = lo.add(hi).divide(two, MC);
                BigDecimal at = npv(mid, v);
                if (at.signum() == 0) {
                    return mid;
                }
                if (at.signum() == atLo.signum()) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            return lo.add(hi).divide(two, MC).round(new MathContext(18, RoundingMode.HALF_EVEN));
        }

        String described(BigDecimal v) {
            StringBuilder s = new StringBuilder("-" + Format.money(invested) + " now; ");
            boolean even = profit.stream().allMatch(p -> p.compareTo(profit.get(0)) == 0);
            if (even) {
                s.append(Format.money(profit.get(0))).append(" a year in years 1\u2013").append(profit.size());
            } else {
                for (int t = 1; t <= profit.size(); t++) {
                    s.append(t == 1 ? "" : ", ").append(Format.money(profit.get(t - 1))).append(" in year ").append(t);
                }
            }
            s.append(" (AWS's profit)");
            if (v.signum() != 0) {
                s.append("; ").append(Format.money(v)).append(" at year ").append(hold).append(" (the stake)");
            }
            return s.toString();
        }
    }

    /** The frame as {@link Found#kept} says it, after a follow-up. */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\(counted all-in(?<ramp>, aws profit ramps \\$[\\d./]+bn)?\\)\\s*$");
    /** "all-in IRR", "all in moic", "irr ... all-in". */
    private static final Pattern ALL_IN = Pattern.compile("\\ball[- ]in\\b", Pattern.CASE_INSENSITIVE);
    /** AWS's profit taken as cash each year: "the base AWS profit landing in each year", "each year's AWS operating profit as cash". */
    private static final Pattern STREAM = Pattern.compile(
            "\\baws(?:'s)?\\s+(?:op(?:erating)?\\s+)?profit\\b[^.?!;]{0,70}?\\b(?:(?:in\\s+)?(?:each|every)\\s+(?:of\\s+the\\s+\\w+\\s+)?(?:year|yr)s?|per\\s+(?:year|yr)|a\\s+(?:year|yr)|yearly|annual(?:ly)?|year[- ]by[- ]year|stream|inflows?|as\\s+(?:yearly\\s+|annual\\s+|flat\\s+)?cash)\\b"
                    + "|\\b(?:each|every)\\s+year'?s\\s+aws\\s+(?:op(?:erating)?\\s+)?profit\\b|\\b(?:\\w+\\s+)?years?\\s+of\\s+aws\\s+(?:op(?:erating)?\\s+)?profit\\s+plus\\b",
            Pattern.CASE_INSENSITIVE);
    /** A return asked: the multiple or the annual rate. */
    private static final Pattern RETURN = Pattern.compile("\\b(?:irr|moic|multiple|return|gain|payoff)\\b", Pattern.CASE_INSENSITIVE);
    /** A return asked, not a sum: the multiple or the annual rate. */
    private static final Pattern RETURNS = Pattern.compile("\\b(?:irr|moic|multiple|return)\\b", Pattern.CASE_INSENSITIVE);
    /** "AWS profit ramps $2/5/8/10/12bn", "aws op profit of $3/4/5/6/7bn across the five years". */
    private static final Pattern RAMP = Pattern.compile(
            "(?:\\b(?:ramps?|ramping|of|at|goes|runs)\\s+)?\\$?(?<list>\\d{1,4}(?:\\.\\d{1,3})?(?:\\s*/\\s*\\$?\\d{1,4}(?:\\.\\d{1,3})?){1,29})\\s?(?:bn|b|billion)\\b(?:\\s+(?:over|across|in)\\s+the\\s+(?:\\w+\\s+)?years)?",
            Pattern.CASE_INSENSITIVE);
    /** The exit left out: "drop the exit entirely", "strip out the exit", "the AWS profit stream on its own". */
    private static final Pattern NO_EXIT = Pattern.compile(
            "\\b(?:drop(?:ping)?|strip(?:ping)?\\s+out|strip|without|ignor(?:e|ing)|leav(?:e|ing)\\s+out|exclud(?:e|ing)|remov(?:e|ing)|no)\\s+(?:the\\s+)?exit(?:\\s+(?:entirely|altogether|completely))?\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words that take the thread's ramp again in a question that says all-in itself: "the same ramp", "keep the ramp". */
    static final Pattern AGAIN = Pattern.compile("\\b(?:same|that|this|the|keep(?:ing)? the)\\s+ramp\\b|\\bsame (?:cash )?flows\\b", Pattern.CASE_INSENSITIVE);
    /** Words that leave the all-in frame in a thread: "the equity-only multiple, with AWS left out". */
    static final Pattern LEAVE = Pattern.compile(
            "\\bequity[- ]only\\b|\\bequity alone\\b|\\bplain equity\\b|\\bwith aws left out\\b|\\bwithout (?:the )?aws\\b|\\bex[- ]aws\\b|\\bexcluding aws\\b|\\bstake alone\\b",
            Pattern.CASE_INSENSITIVE);

    private AllIn() {
    }

    /** The ranges searched for an input that meets an all-in goal. */
    private static final Map<InputId, BigDecimal[]> RANGES = Map.of(
            InputId.EXIT_VALUATION, new BigDecimal[] {new BigDecimal("0.001"), new BigDecimal("900000")},
            InputId.POST_MONEY_VALUATION, new BigDecimal[] {new BigDecimal("0.001"), new BigDecimal("900000")},
            InputId.INVESTMENT, new BigDecimal[] {new BigDecimal("0.001"), new BigDecimal("900000")},
            InputId.AWS_CAPTURE_SHARE, new BigDecimal[] {new BigDecimal("0.000001"), BigDecimal.ONE},
            InputId.AWS_OPERATING_MARGIN, new BigDecimal[] {new BigDecimal("0.000001"), BigDecimal.ONE},
            InputId.OPENAI_COMPUTE_SPEND, new BigDecimal[] {new BigDecimal("0.001"), new BigDecimal("900000")});
    /** A goal said: a percent or a multiple. */
    private static final Pattern GOAL = Pattern.compile("\\d\\s?(?:%|x\\b|pct|percent)", Pattern.CASE_INSENSITIVE);

    /** @param read the question read on its own (for its goal), by the reader */
    static Optional<Found> find(String text, Calculator calculator, java.util.function.Function<String, org.thesisbot.core.reading.Reading> read) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        // (the frame kept from earlier in the thread, in the words {@link Found#kept} writes: "and in bull? (counted all-in)")
        Matcher carried = CARRIED.matcher(text);
        boolean kept = carried.find();
        String q = kept ? text.substring(0, carried.start()) + " " + (carried.group("ramp") == null ? "" : carried.group("ramp").substring(2)) + text.substring(carried.end()) : text;
        boolean allIn = ALL_IN.matcher(q).find();
        boolean flows = STREAM.matcher(q).find();
        if (!kept && (!allIn && !flows || !RETURN.matcher(q).find() && !NO_EXIT.matcher(q).find())) {
            return Optional.empty();
        }
        List<BigDecimal> ramp = new ArrayList<>();
        Matcher r = RAMP.matcher(q);
        if (r.find()) {
            for (String part : r.group("list").split("/")) {
                ramp.add(new BigDecimal(part.strip().replace("$", "")));
            }
            q = q.substring(0, r.start()) + " " + q.substring(r.end());
        }
        Matcher n = NO_EXIT.matcher(q);
        boolean noExit = n.find();
        if (noExit) {
            q = q.substring(0, n.start()) + q.substring(n.end());
        }
        // ("the all-in gain": what the model calls the combined payoff, the stake's gain and AWS's profit together)
        q = q.replaceAll("(?i)\\ball[- ]in\\s+(?:gain|profit|payoff|net gain)\\b", "combined payoff");
        q = ALL_IN.matcher(q).replaceAll("");
        q = q.replaceAll("(?i)\\b(?:the\\s+)?(?:\\w+\\s+)?years?\\s+of\\s+aws\\s+(?:op(?:erating)?\\s+)?profit\\s+plus\\s+(?:the\\s+)?", "")
                .replaceAll("(?i)\\b(?:in|across|over|during)\\s+(?:each|every|all)\\s+of\\s+the\\s+\\w+\\s+years\\b", "")
                .replaceAll("(?i)\\bthe\\s+five\\s+years\\b", "the years");
        q = Reframing.tidy(q);
        org.thesisbot.core.reading.Reading reading = GOAL.matcher(q).find() ? read.apply(q) : null;
        return Optional.of(new Found(q, ramp, noExit, calculator, reading, kept || RETURNS.matcher(q).find()));
    }

    private static String plain(int v) {
        return Integer.toString(v);
    }
}
