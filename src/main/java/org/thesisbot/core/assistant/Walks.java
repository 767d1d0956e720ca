package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.InputRules;
import org.thesisbot.core.scenario.Metric;

/**
 * A walk (a bridge, an attribution) of a metric from one case to another, one input at a time in an order the asker
 * picks: "aws op profit, base → bear: capture step then margin step, $ each", "bridge base → bull, combined payoff. order:
 * exit, then capture, then margin", "irr walk: exit 830 → 1.1T; then hold 5 → 4 yrs", "stake $: base → post-money 1.2T
 * first; then exit at 1.2T as well". Each step changes one input to its value at the far end and keeps the ones before;
 * its bar is the metric's change ({@link MetricResult.Kind#CHANGE}), and the bars add up to the whole move. With no order
 * named, the inputs that differ between the two cases go in the model's order of the stake, then AWS's side. An input out
 * of range refuses the walk. The walk lasts in a thread ({@link Frames}): "rerun: margin → capture → exit", "same order,
 * bear → base this time", "and margin first?", "same two steps in moic".
 */
final class Walks {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final int CI = Pattern.CASE_INSENSITIVE;
    private static final String ARROW = "\\s*(?:\u2192|->|=>|\u21d2|\u27f6)\\s*";
    private static final String FIGURE = "(?:minus\\s+)?-?\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|billion|tn|t|trillion|tril|%|pct|percent|yrs?|years?|y|x)?\\b";
    /** Two cases, the walk's ends: "base → bull", "bear -> base", "from base to bull". */
    private static final Pattern CASES = Pattern.compile("\\b(?<from>base|bull|bear)(?:'s)?(?: case)?(?:" + ARROW + "|\\s+to\\s+(?=(?:base|bull|bear)\\b))(?<to>base|bull|bear)\\b", CI);
    /** A case, then values of the asker's own: "base → capture 60% & …", "base → my case: oai exits at 1.2 tril …". */
    private static final Pattern FROM_CASE = Pattern.compile("\\b(?<from>base|bull|bear)(?: case)?" + ARROW + "(?!(?:base|bull|bear)\\b)", CI);
    /** An input moved by the asker: "exit 830 → 1.3T", "hold 5 → 6 yrs", "raise upsized 100 → 150bn". */
    private static final Pattern STEP = Pattern.compile("(?<words>(?:[\\w'/-]+\\s+){1,4}?)(?<a>" + FIGURE + ")" + ARROW + "(?<b>" + FIGURE + ")", CI);
    /** Words of a walk, beside the arrows. */
    private static final Pattern WALK = Pattern.compile("\\b(?:walk|bridge|steps?|bars?|attribution|first|then|order|each|per|move)\\b", CI);
    /** Words that name a walk, a bridge or its bars: a one-input move said with them is still walked. */
    private static final Pattern NAMED_WALK = Pattern.compile("\\b(?:walk|bridge|bars?|attribution|attribute|order|waterfall)\\b", CI);
    /** A goal asked (an input solved for), which is no walk: "what exit offsets that step", "what oai check holds the x". */
    private static final Pattern GOAL = Pattern.compile(
            "\\b(?:what|which|how (?:big|high|low|large|long|many (?:yrs|years)))\\b[^?;.]{0,60}?\\b(?:need|needed|needs|gets?|get us|offsets?|holds?|brings?|must|would get|keeps?|takes?)\\b"
                    + "|\\bat how many\\b", CI);
    /** A point between two cases, or a step repeated: "two thirds of the way bear->base", "run it 3x from base". */
    private static final Pattern NOT_WALK = Pattern.compile("\\b(?:of the way|halfway|half way|midway|run it|repeat(?:ed)?|\\d+(?:\\.\\d+)?x from|times from|blend)\\b", CI);
    /** Thread follow-ups that change the order: "flip the order", "reverse it". */
    private static final Pattern FLIP = Pattern.compile("\\b(?:flip|reverse|swap)\\b", CI);
    /** A follow-up asking for the walk again. */
    private static final Pattern AGAIN_WORDS = Pattern.compile("\\b(?:rerun|re-run|same order|same (?:two |three )?steps|same line|first|then|order|flip|reverse|swap)\\b|" + ARROW, CI);
    /** The frame kept in a thread. */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((walk [^)]*)\\)\\s*$");
    private static final Pattern KEPT = Pattern.compile("^walk (?<metrics>[\\w,]+) (?<from>\\w+)>(?<to>\\w+) order (?<order>[\\w,]*)(?: set (?<set>[\\w=.,-]*))?$");
    static final Pattern LEAVE = Pattern.compile("\\b(?:forget|drop|no)\\s+(?:the\\s+)?(?:walk|bridge)\\b", CI);
    static final Pattern AGAIN = Pattern.compile("\\b(?:walk|bridge|rerun|same order|steps?)\\b|" + ARROW, CI);

    /** The default order: the stake's inputs, then AWS's side, then the rest. */
    private static final List<InputId> DEFAULT_ORDER = List.of(InputId.EXIT_VALUATION, InputId.POST_MONEY_VALUATION, InputId.INVESTMENT,
            InputId.ROUND_SIZE, InputId.HOLDING_YEARS, InputId.AWS_CAPTURE_SHARE, InputId.AWS_OPERATING_MARGIN, InputId.OPENAI_COMPUTE_SPEND,
            InputId.COMPUTE_YEARS, InputId.CAPEX_2026, InputId.ANTHROPIC_INVESTMENT, InputId.ANTHROPIC_CAMPUS);

    /** One step: the input and the value it takes (null: the far case's). */
    record Step(InputId input, BigDecimal to, boolean named) {
    }

    record Found(String question, List<Metric> metrics, String from, String to, List<Step> steps, boolean cases, boolean preHeld, Calculator calculator)
            implements Reframing {
        @Override
        public Optional<String> kept() {
            StringBuilder set = new StringBuilder();
            for (Step s : steps) {
                if (s.to() != null) {
                    set.append(set.length() == 0 ? "" : ",").append(s.input().id()).append('=').append(Sums.plain(s.to()));
                }
            }
            return Optional.of("walk " + String.join(",", metrics.stream().map(Metric::id).toList()) + " " + from + ">" + (cases ? to : "own")
                    + " order " + String.join(",", steps.stream().map(s -> s.input().id()).toList()) + (set.length() == 0 ? "" : " set " + set));
        }

        @Override
        public String measures() {
            return "walk";
        }

        @Override
        public Answer told(Answer a) {
            Map<String, BigDecimal> at = new HashMap<>();
            for (InputId id : InputId.values()) {
                at.put(id.id(), calculator.model().value(id.id(), from));
            }
            StringBuilder text = new StringBuilder();
            List<MetricResult> results = new ArrayList<>();
            try {
                for (Step s : steps) {
                    BigDecimal v = s.to() != null ? s.to() : calculator.model().value(s.input().id(), to);
                    var in = calculator.model().require(s.input().id());
                    Optional<String> bad = InputRules.check(in.id(), in.label(), in.unit(), v);
                    if (bad.isPresent()) {
                        return Reframing.refused(a, bad.get());
                    }
                }
                String where = cases ? from + " \u2192 " + to + " case" : from + " case \u2192 your figures";
                for (Metric m : metrics) {
                    Map<String, BigDecimal> ins = new HashMap<>(at);
                    BigDecimal start = calculator.value(m, from, ins);
                    BigDecimal before = start;
                    text.append(text.length() == 0 ? "" : "\n").append("*Walk of ").append(m.label()).append(", ").append(where).append("*, one input at a time:\n");
                    List<String[]> bars = new ArrayList<>();
                    List<BigDecimal> deltas = new ArrayList<>();
                    for (Step s : steps) {
                        var in = calculator.model().require(s.input().id());
                        BigDecimal was = ins.get(s.input().id());
                        BigDecimal v = s.to() != null ? s.to() : calculator.model().value(s.input().id(), to);
                        ins.put(s.input().id(), v);
                        if (preHeld && s.input() == InputId.ROUND_SIZE) {
                            // ("the raise upsized 100 → 150bn with the pre held at 900": the post-money moves with the round)
                            ins.put(InputId.POST_MONEY_VALUATION.id(), ins.get(InputId.POST_MONEY_VALUATION.id()).add(v.subtract(was)));
                        }
                        BigDecimal after = calculator.value(m, from, ins);
                        BigDecimal d = after.subtract(before);
                        if (!s.named() && d.signum() == 0) {
                            continue; // (an input the question did not name, which does not move this metric)
                        }
                        deltas.add(d);
                        String label = in.label() + ": " + Format.value(was, in.unit()) + " \u2192 " + Format.value(v, in.unit());
                        bars.add(new String[] {label, signed(d, m.unit())});
                        results.add(new MetricResult(m.id(), "Step in " + m.label() + " from " + label, d, m.unit(), cases ? to : from, List.of(),
                                Format.value(after, m.unit()) + " - " + Format.value(before, m.unit()) + " = " + signed(d, m.unit()), null, MetricResult.Kind.CHANGE));
                        before = after;
                    }
                    BigDecimal total = before.subtract(start);
                    for (int i = 0; i < bars.size(); i++) {
                        String share = total.signum() == 0 ? "" : " (" + Format.percent(deltas.get(i).divide(total, MC)) + " of the move)";
                        text.append("\u2022 ").append(bars.get(i)[0]).append(": *").append(bars.get(i)[1]).append("*").append(share).append('\n');
                    }
                    text.append("`").append(Format.value(start, m.unit())).append(" \u2192 ").append(Format.value(before, m.unit())).append(" = ")
                            .append(signed(total, m.unit())).append(" in all`");
                    if (cases) {
                        results.add(calculator.compute(m, from, Map.of()));
                        results.add(calculator.compute(m, to, Map.of()));
                    }
                }
            } catch (RuntimeException e) {
                return Reframing.refused(a, e.getMessage() == null ? "an input is out of range" : e.getMessage());
            }
            List<String> notes = new ArrayList<>(List.of("Each step changes one input and keeps the steps before it, so the bars add up to the whole move; "
                    + "another order gives other bars (say the order you want: \"margin first\")."));
            return new Answer(a.id(), a.route(), text.toString(), a.narrative(), results, a.citations(), a.answerer(), notes, a.decision(),
                    List.of(), List.of());
        }

        private static String signed(BigDecimal d, Unit unit) {
            String shown = unit == Unit.RATIO ? Sums.plain(d.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP)) + " pts"
                    : Format.value(d, unit);
            return (d.signum() >= 0 ? "+" : "") + shown;
        }
    }

    private Walks() {
    }

    static Optional<Found> find(String question, Calculator calculator, Function<String, Reading> read) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        Matcher kc = CARRIED.matcher(text);
        Matcher kept = null;
        if (kc.find()) {
            Matcher k = KEPT.matcher(kc.group(1));
            if (k.find()) {
                kept = k;
            }
            text = text.substring(0, kc.start());
        }
        text = Amounts.normalise(text);
        if (GOAL.matcher(text).find() || NOT_WALK.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher c = CASES.matcher(text);
        boolean cases = c.find();
        String from = cases ? c.group("from").toLowerCase(Locale.ROOT) : null;
        String to = cases ? c.group("to").toLowerCase(Locale.ROOT) : null;
        int after = cases ? c.end() : 0;
        StringBuilder rest = new StringBuilder(text);
        if (cases) {
            Sums.blank(rest, c.start(), c.end());
        }
        // the asker's own values: "exit 830 → 1.3T", or after a case, "base → capture 60% & aws keeping 40 cents"
        Map<InputId, BigDecimal> set = new LinkedHashMap<>();
        Map<InputId, Integer> said = new HashMap<>();
        Matcher s = STEP.matcher(text);
        while (!cases && s.find()) {
            InputId id = named(s.group("words"));
            if (id == null) {
                continue;
            }
            BigDecimal b = value(id, s.group("b"), calculator);
            if (b == null) {
                return Optional.empty();
            }
            if (id == InputId.POST_MONEY_VALUATION && PRE.matcher(s.group("words")).find()) {
                // "pre-money 730 → 900bn": the post-money is the pre plus the round
                b = b.add(set.getOrDefault(InputId.ROUND_SIZE, calculator.model().value(InputId.ROUND_SIZE.id(), org.thesisbot.core.scenario.ScenarioModel.BASE)));
            }
            set.put(id, b);
            said.putIfAbsent(id, s.start());
            Sums.blank(rest, s.start("a"), s.end("b"));
        }
        if (!cases && set.isEmpty()) {
            Matcher f = FROM_CASE.matcher(text);
            if (f.find() && WALK.matcher(text).find()) {
                from = f.group("from").toLowerCase(Locale.ROOT);
                Reading r = read.apply(text.substring(f.end()));
                for (Map.Entry<InputId, BigDecimal> e : r.changes().entrySet()) {
                    set.put(e.getKey(), e.getValue());
                    said.put(e.getKey(), firstSaid(e.getKey(), text, f.end()));
                }
                if (set.isEmpty()) {
                    return Optional.empty();
                }
                Sums.blank(rest, f.start(), text.length());
                after = f.end();
            }
        }
        boolean own = !set.isEmpty();
        if (own && from == null) {
            // "irr walk: exit 830 → 1.1T": from the case the question names, else the base case
            Matcher named = ONE_CASE.matcher(text);
            from = named.find() ? named.group(1).toLowerCase(Locale.ROOT) : org.thesisbot.core.scenario.ScenarioModel.BASE;
        }
        if (!cases && !own && kept == null) {
            return Optional.empty();
        }
        if (!cases && !own && !AGAIN_WORDS.matcher(text).find()) {
            return Optional.empty();
        }
        if ((cases || own) && kept == null && !WALK.matcher(text).find() && !Pattern.compile("\\bpts\\b|\\bmove\\b|\\bstep\\b", CI).matcher(text).find()) {
            return Optional.empty();
        }
        if (!cases && set.size() == 1 && kept == null && !NAMED_WALK.matcher(text).find()) {
            // ("exit 1,100bn -> 1,400bn: irr pts picked up on a 3y hold vs a 6y hold": one input's move, from the asker's own first
            // value, is a step ({@link Steps}), not a walk from a case)
            return Optional.empty();
        }
        // the metric: the question's own, or the thread's
        List<Metric> metrics = new ArrayList<>();
        String metricWords = rest.toString().replaceAll("(?i)\\bstake \\$", "stake value").replaceAll("(?i)\\bcircular x\\b", "circular return ratio")
                .replaceAll("(?i)\\bour % walk\\b", "our % of openai")
                .replaceAll("(?i)\\b(?:stake|equity)[- ]only\\b|\\b(?:on the )?(?:stake|equity) only\\b", " ");
        Reading r = read.apply(metricWords);
        for (Metric m : r.metrics()) {
            if (!metrics.contains(m)) {
                metrics.add(m);
            }
        }
        List<InputId> keptOrder = new ArrayList<>();
        if (kept != null) {
            if (metrics.isEmpty()) {
                for (String id : kept.group("metrics").split(",")) {
                    Metric.byId(id).ifPresent(metrics::add);
                }
            }
            if (!cases && !own) {
                from = kept.group("from");
                cases = !"own".equals(kept.group("to"));
                to = cases ? kept.group("to") : null;
                if (kept.group("set") != null && !kept.group("set").isEmpty()) {
                    for (String kv : kept.group("set").split(",")) {
                        String[] p = kv.split("=");
                        InputId.byId(p[0]).ifPresent(id -> set.put(id, new BigDecimal(p[1])));
                    }
                    own = !set.isEmpty();
                }
            }
            for (String id : kept.group("order").split(",")) {
                InputId.byId(id).ifPresent(keptOrder::add);
            }
        }
        if (metrics.isEmpty() || from == null) {
            return Optional.empty();
        }
        // the steps: the inputs moved, in the order asked
        List<InputId> moved = new ArrayList<>();
        if (own) {
            moved.addAll(set.keySet());
        } else {
            for (InputId id : DEFAULT_ORDER) {
                if (calculator.model().value(id.id(), from).compareTo(calculator.model().value(id.id(), to)) != 0) {
                    moved.add(id);
                }
            }
        }
        if (moved.isEmpty()) {
            return Optional.empty();
        }
        Map<InputId, Integer> rank = new HashMap<>();
        Map<InputId, Integer> ats = new HashMap<>();
        String tail = text.substring(Math.min(after, text.length()));
        List<InputId> named = new ArrayList<>();
        for (InputId id : moved) {
            // (a step said with its figures is placed where it is said; "our slice of the raise: check 50 → 65 first" names
            // the raise in the metric first)
            int at = own && said.containsKey(id) ? said.get(id) - Math.min(after, text.length()) : firstSaid(id, tail, 0);
            if (at >= 0) {
                named.add(id);
            }
            Matcher first = Pattern.compile("(?:" + InputWords.NAMES.get(id).pattern() + ")(?: step)?,? first\\b", CI).matcher(tail);
            int base = keptOrder.contains(id) ? keptOrder.indexOf(id) : said.containsKey(id) ? said.get(id) : DEFAULT_ORDER.indexOf(id);
            rank.put(id, first.find() ? -1_000_000 + first.start() : base);
            ats.put(id, at);
        }
        // ("rerun: margin → capture → exit", "capture step then margin step": two or more named say the order; the ones not
        // named go after them)
        long sayOrder = named.size();
        for (InputId id : moved) {
            int at = ats.get(id);
            if (rank.get(id) >= 0) {
                rank.put(id, sayOrder >= 2 && at >= 0 ? at : !named.isEmpty() && at < 0 && !own ? 1_000_000 + rank.get(id) : rank.get(id) + (at >= 0 ? 0 : 0));
            }
        }
        if (cases && !named.isEmpty() && named.size() < moved.size() && ONLY.matcher(tail).find()) {
            moved.retainAll(named); // "bear → base is just the exit step": the steps named, alone
        }
        moved.sort(Comparator.comparingInt(rank::get));
        if (FLIP.matcher(text).find() && keptOrder.size() == moved.size() && !Pattern.compile("\\bfirst\\b", CI).matcher(tail).find()) {
            java.util.Collections.reverse(moved);
        }
        List<Step> steps = new ArrayList<>();
        for (InputId id : moved) {
            steps.add(new Step(id, own ? set.get(id) : null, own || named.isEmpty() || named.contains(id)));
        }
        boolean preHeld = PRE_HELD.matcher(text).find();
        if (metrics.size() > 1 && (preHeld || PRE.matcher(text.substring(Math.min(after, text.length()))).find() && own)) {
            metrics.remove(Metric.PRE_MONEY_VALUATION); // (the pre-money said as a step, not asked)
        }
        String q = "what is the " + metrics.get(0).label() + " in the " + from + " case";
        return Optional.of(new Found(q, List.copyOf(metrics), from, to == null ? from : to, List.copyOf(steps), cases, preHeld, calculator));
    }

    private static final Pattern ONE_CASE = Pattern.compile("\\b(base|bull|bear)\\b", CI);

    /** "is just the exit step", "capture is the only step", "the exit step alone": the steps named are all there is. */
    private static final Pattern ONLY = Pattern.compile("\\b(?:just|only|alone|solely)\\b", CI);

    private static InputId named(String words) {
        InputId found = null;
        int at = -1;
        for (Map.Entry<InputId, Pattern> e : InputWords.NAMES.entrySet()) {
            Matcher m = e.getValue().matcher(words);
            while (m.find()) {
                if (m.start() > at) {
                    at = m.start();
                    found = e.getKey();
                }
            }
        }
        return found;
    }

    private static int firstSaid(InputId id, String text, int from) {
        Matcher m = InputWords.NAMES.get(id).matcher(text);
        return m.find(Math.min(from, text.length())) ? m.start() : -1;
    }

    /** The value said for an input in its unit: a valuation in billions (trillions under 20), a ratio, a number of years. */
    private static BigDecimal value(InputId id, String said, Calculator calculator) {
        String w = said.replaceAll("(?i)minus\\s+", "-").trim();
        Unit unit = calculator.model().require(id.id()).unit();
        BigDecimal n;
        try {
            n = new BigDecimal(w.replaceAll("[^\\d.-]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        if (unit == Unit.RATIO) {
            return n.abs().compareTo(BigDecimal.ONE) > 0 || w.matches("(?i).*(?:%|pct|percent)$") ? n.movePointLeft(2) : n;
        }
        if (unit == Unit.YEARS) {
            return n;
        }
        boolean trillions = w.matches("(?i).*\\d\\s?(?:tn|t|trillion|tril)$");
        boolean valuation = id == InputId.EXIT_VALUATION || id == InputId.POST_MONEY_VALUATION;
        BigDecimal v = trillions || valuation && !w.matches("(?i).*\\d\\s?(?:bn|b|billion)$") && n.abs().compareTo(BigDecimal.valueOf(20)) < 0
                ? n.multiply(BigDecimal.valueOf(1000)) : n;
        return v;
    }

    private static final Pattern PRE_HELD = Pattern.compile("\\bpre(?:[- ]?money)? (?:held|fixed|unchanged|constant|kept|stays?)\\b|\\b(?:same|holding the|keep(?:ing)? the) pre(?:[- ]?money)?\\b", CI);
    private static final Pattern PRE = Pattern.compile("\\bpre(?:[- ]?money)?\\b", CI);
}
