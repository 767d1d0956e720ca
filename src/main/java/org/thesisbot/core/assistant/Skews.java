package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * The upside against the downside, bull leg against bear leg: "how many $ of upside per $ of downside on our 50", "the
 * stake skew", "r/r on the check: gain in bull vs hit in bear", "combined payoff up/down, off base". Each leg is the
 * metric in its case, off the check (the gain or the combined payoff itself) or off base (bull less base, base less
 * bear), and the skew is the upside over the downside. A figure said of one leg ("bull exit 2.2T", "cut the bear aws
 * margin to 25%") changes that leg only; the rest of the question is read as usual, for both. With a skew asked for ("what
 * bull exit gets it to 3:1"), the input of that leg (or of both: the check, the post-money) is solved by bisection so that
 * the upside is that many times the downside. The frame lasts in a thread ({@link Frames}).
 */
final class Skews {
    private static final MathContext MC = MathContext.DECIMAL64;

    /** A goal: the input to solve (in one leg, or in both when the leg is null) for the skew to reach {@code ratio}. */
    record Goal(InputId input, String leg, BigDecimal ratio) {
    }

    record Found(String question, Metric metric, boolean offBase, Map<String, Map<InputId, BigDecimal>> legs, Goal goal, Calculator calculator)
            implements Reframing {
        @Override
        public Optional<String> kept() {
            StringBuilder s = new StringBuilder("skew of the " + metric.id().replace('_', ' ') + (offBase ? ", off base" : ", off the check"));
            legs.forEach((leg, ins) -> ins.forEach((i, v) -> s.append(", ").append(leg).append(' ').append(WORD.get(i)).append(' ').append(said(i, v))));
            return Optional.of(s.toString());
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            if (a.results().isEmpty()) {
                return a;
            }
            Map<String, Map<String, BigDecimal>> at = new LinkedHashMap<>();
            for (String sc : scenarios()) {
                Optional<MetricResult> r = a.results().stream().filter(x -> x.scenario().equals(sc) && x.kind() == MetricResult.Kind.METRIC).findFirst();
                if (r.isEmpty()) {
                    return a;
                }
                Map<String, BigDecimal> ins = new java.util.HashMap<>(StakeInputs.of(a, r.get(), inForce, calculator.model()).at());
                for (InputId i : InputId.values()) {
                    if (!ins.containsKey(i.id()) && calculator.model().value(i.id(), sc) != null) {
                        ins.put(i.id(), calculator.model().value(i.id(), sc));
                    }
                }
                legs.getOrDefault(sc, Map.of()).forEach((i, v) -> ins.put(i.id(), v));
                at.put(sc, ins);
            }
            try {
                if (goal != null) {
                    return solved(a, at);
                }
                return forward(a, at);
            } catch (RuntimeException e) {
                return Reframing.refused(a, e.getMessage() == null ? "an input is out of range" : e.getMessage());
            }
        }

        private List<String> scenarios() {
            return offBase ? List.of("bull", "base", "bear") : List.of("bull", "bear");
        }

        private boolean ratioAsked() {
            return metric == Metric.GAIN || metric == Metric.COMBINED_PAYOFF;
        }

        private BigDecimal value(String sc, Map<String, BigDecimal> ins) {
            return calculator.value(metric, sc, ins);
        }

        /** The upside and the downside at these inputs per leg. */
        private BigDecimal[] legs(Map<String, Map<String, BigDecimal>> at) {
            BigDecimal bull = value("bull", at.get("bull"));
            BigDecimal bear = value("bear", at.get("bear"));
            if (offBase) {
                BigDecimal base = value("base", at.get("base"));
                return new BigDecimal[] {bull.subtract(base), base.subtract(bear), bull, base, bear};
            }
            return new BigDecimal[] {bull, bear.negate(), bull, null, bear};
        }

        private Answer forward(Answer a, Map<String, Map<String, BigDecimal>> at) {
            BigDecimal[] l = legs(at);
            List<MetricResult> results = new ArrayList<>();
            StringBuilder head = new StringBuilder();
            for (String sc : scenarios()) {
                BigDecimal v = sc.equals("bull") ? l[2] : sc.equals("base") ? l[3] : l[4];
                results.add(new MetricResult(metric.id(), metric.label(), v, metric.unit(), sc, List.of(), "", legNote(sc), MetricResult.Kind.METRIC));
                head.append(head.length() == 0 ? "" : " \u00b7 ").append(sc).append(' ').append(Format.value(v, metric.unit()));
            }
            String line = "*" + metric.label() + ", leg by leg: " + head + "*";
            if (ratioAsked()) {
                line += "\n" + skewLine(l);
            }
            List<String> notes = new ArrayList<>(changedLegs());
            Answer out = new Answer(a.id(), a.route(), line + "\n_The working, case by case:_\n" + a.text(), a.narrative(), results, a.citations(), a.answerer(),
                    a.notes(), a.decision(), a.clarify(), a.charts());
            return Reframing.noted(out, notes);
        }

        private String skewLine(BigDecimal[] l) {
            String up = Format.value(l[0], metric.unit());
            String down = Format.value(l[1], metric.unit());
            if (l[1].signum() <= 0) {
                return "_No downside: the bear leg" + (offBase ? " is not below base" : " loses nothing") + " (" + down + "), so there is no skew to give._";
            }
            BigDecimal ratio = l[0].divide(l[1], MC);
            return "*Skew: " + ratio.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " to 1* `" + up + " up" + (offBase ? " on base" : "") + " / " + down + " down = "
                    + ratio.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "`";
        }

        private String legNote(String sc) {
            Map<InputId, BigDecimal> ins = legs.getOrDefault(sc, Map.of());
            return ins.isEmpty() ? "The " + sc + " case." : "The " + sc + " case, with " + changed(ins) + ".";
        }

        private List<String> changedLegs() {
            List<String> out = new ArrayList<>();
            legs.forEach((leg, ins) -> {
                if (!ins.isEmpty()) {
                    out.add("Only the " + leg + " leg has " + changed(ins) + "; the other leg" + (offBase ? "s keep" : " keeps") + " its case's own.");
                }
            });
            return out;
        }

        private Answer solved(Answer a, Map<String, Map<String, BigDecimal>> at) {
            InputId in = goal.input();
            List<String> legsOf = goal.leg() == null ? scenarios() : List.of(goal.leg());
            BigDecimal[] range = RANGES.get(in).clone();
            if (in == InputId.INVESTMENT) {
                // (the check is less than the post-money it buys into)
                range[1] = at.values().stream().map(m -> m.get(InputId.POST_MONEY_VALUATION.id())).filter(java.util.Objects::nonNull).min(BigDecimal::compareTo)
                        .orElse(range[1]).multiply(new BigDecimal("0.999999"));
            }
            if (in == InputId.POST_MONEY_VALUATION) {
                // (the post-money is at least the check it takes in)
                range[0] = at.values().stream().map(m -> m.get(InputId.INVESTMENT.id())).filter(java.util.Objects::nonNull).max(BigDecimal::compareTo)
                        .orElse(range[0]).multiply(new BigDecimal("1.000001"));
            }
            java.util.function.Function<BigDecimal, BigDecimal> gap = x -> {
                Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
                at.forEach((sc, ins) -> {
                    Map<String, BigDecimal> c = new java.util.HashMap<>(ins);
                    if (legsOf.contains(sc)) {
                        c.put(in.id(), x);
                    }
                    m.put(sc, c);
                });
                BigDecimal[] l = legs(m);
                return l[0].subtract(goal.ratio().multiply(l[1]));
            };
            BigDecimal lo = range[0];
            BigDecimal hi = range[1];
            BigDecimal flo = gap.apply(lo);
            BigDecimal fhi = gap.apply(hi);
            String what = (goal.leg() == null ? "" : goal.leg() + " ") + WORD.get(in);
            String ratioSaid = goal.ratio().stripTrailingZeros().toPlainString() + " to 1";
            if (flo.signum() == 0 || fhi.signum() == 0 || flo.signum() == fhi.signum()) {
                return Reframing.refused(a, "no " + what + " gets the skew of the " + metric.label().toLowerCase(Locale.ROOT) + " to " + ratioSaid
                        + (offBase ? " off base" : " off the check") + ".");
            }
            for (int k = 0; k < 200; k++) {
                BigDecimal mid = lo.add(hi).divide(BigDecimal.valueOf(2), MC);
                BigDecimal f = gap.apply(mid);
                if (f.signum() == 0) {
                    lo = mid;
                    hi = mid;
                    break;
                }
                if (f.signum() == flo.signum()) {
                    lo = mid;
                    flo = f;
                } else {
                    hi = mid;
                }
                if (hi.subtract(lo).abs().compareTo(TOLERANCE) < 0) {
                    break;
                }
            }
            BigDecimal x = lo.add(hi).divide(BigDecimal.valueOf(2), MC).round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            if (x.scale() < 0) {
                x = x.setScale(0);
            }
            String scenario = goal.leg() == null ? "base" : goal.leg();
            Unit unit = calculator.model().input(in.id()).map(i -> i.unit()).orElse(Unit.USD_BILLIONS);
            String label = calculator.model().input(in.id()).map(i -> i.label()).orElse(in.id());
            List<MetricResult> results = new ArrayList<>();
            results.add(new MetricResult(in.id(), label, x, unit, scenario, List.of(), "solved so that the upside is " + ratioSaid + " the downside",
                    "the " + what + " at which the upside is " + ratioSaid + " the downside", MetricResult.Kind.SOLVED));
            final BigDecimal solvedX = x;
            Map<String, Map<String, BigDecimal>> m = new LinkedHashMap<>();
            at.forEach((sc, ins) -> {
                Map<String, BigDecimal> c = new java.util.HashMap<>(ins);
                if (legsOf.contains(sc)) {
                    c.put(in.id(), solvedX);
                }
                m.put(sc, c);
            });
            BigDecimal[] l = legs(m);
            String head = "*To reach a skew of " + ratioSaid + (offBase ? " off base" : " off the check") + ", the " + what + " must be " + Format.value(x, unit) + "* ("
                    + metric.label().toLowerCase(Locale.ROOT) + ": " + Format.value(l[0], metric.unit()) + " up, " + Format.value(l[1], metric.unit()) + " down)\n";
            Answer out = new Answer(a.id(), a.route(), head + "_The working at the inputs before solving:_\n" + a.text(), a.narrative(), results, a.citations(),
                    a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
            return Reframing.noted(out, changedLegs());
        }

        private static String changed(Map<InputId, BigDecimal> ins) {
            List<String> parts = new ArrayList<>();
            ins.forEach((i, v) -> parts.add(WORD.get(i) + " " + said(i, v)));
            return String.join(", ", parts);
        }
    }

    private static String said(InputId i, BigDecimal v) {
        return RATIO_INPUTS.contains(i) ? v.movePointRight(2).stripTrailingZeros().toPlainString() + "%" : "$" + v.stripTrailingZeros().toPlainString() + "B";
    }

    private static final List<InputId> RATIO_INPUTS = List.of(InputId.AWS_CAPTURE_SHARE, InputId.AWS_OPERATING_MARGIN);
    private static final Map<InputId, String> WORD = new EnumMap<>(Map.of(InputId.EXIT_VALUATION, "exit", InputId.AWS_CAPTURE_SHARE, "capture share",
            InputId.AWS_OPERATING_MARGIN, "margin", InputId.INVESTMENT, "check", InputId.POST_MONEY_VALUATION, "post-money", InputId.OPENAI_COMPUTE_SPEND,
            "compute spend"));
    private static final Map<InputId, BigDecimal[]> RANGES = Map.of(
            InputId.EXIT_VALUATION, new BigDecimal[] {new BigDecimal("0.001"), new BigDecimal("100000")},
            InputId.POST_MONEY_VALUATION, new BigDecimal[] {new BigDecimal("0.001"), new BigDecimal("100000")},
            InputId.INVESTMENT, new BigDecimal[] {new BigDecimal("0.001"), new BigDecimal("100000")},
            InputId.AWS_CAPTURE_SHARE, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE},
            InputId.AWS_OPERATING_MARGIN, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ONE},
            InputId.OPENAI_COMPUTE_SPEND, new BigDecimal[] {new BigDecimal("0.001"), new BigDecimal("100000")});
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-12");

    private static final String M = Sums.SUM_SAID;
    private static final String INPUT = "(?<what>exit|capt(?:ure|rue)(?:\\s+share)?|(?:op(?:erating)?\\s+)?margin)";
    /** The skew asked: "$ of upside per $ of downside", "stake skew", "up/down", "r/r", "bucks up per buck down", "3:1". */
    private static final Pattern SKEW = Pattern.compile("\\bskew\\b|\\bup\\s*/\\s*down\\b|\\bupside\\s*/\\s*downside\\b|\\br\\s*/\\s*r\\b|\\bupside\\s+per\\b|\\$\\s+up\\s+per\\b"
            + "|(?:\\bbucks?|\\bdollars?|\\$)\\s+(?:of\\s+)?(?:up|upside)\\s+(?:per|for\\s+every)\\b|\\bup(?:side)?\\s+(?:vs|versus|v)\\.?\\s+(?:down(?:side)?)\\b|\\basym+etr\\w*"
            + "|(?:\\$|\\bdollars?|\\bbucks?)\\s+(?:up|made)\\b[^.?]{0,40}(?:\\$|\\bdollars?|\\bbucks?)\\s+(?:down|lost)\\b"
            + "|\\bdownside\\s+off\\s+base\\b|\\bgain\\s+in\\s+bull\\s+vs\\s+hit\\s+in\\s+bear\\b");
    /**
     * What a skew is of, in numbers: without one of these, "skew" is some other market's ("the skew on a put spread") and
     * "upside vs downside … the way the author frames it" asks the sources.
     */
    private static final Pattern OURS = Pattern.compile("\\b(?:bull|bear|stake|payoff|gain|check|combined|moic|irr|equity|profit|revenue|rev)\\b|\\b(?:our|the)\\s+\\$?50\\b");
    /** A clause of the rest kept for the sources when it has no figure: it asks them ("and why does the author think …"). */
    private static final Pattern FOR_SOURCES = Pattern.compile("\\b(?:article|author|writer|piece|sources?|why|says?|said|according|kpi|catalyst)\\b");
    private static final Pattern OFF_BASE = Pattern.compile("\\b(?:off|from|vs|versus|relative\\s+to|measured\\s+off|each\\s+way\\s+off)\\s+(?:the\\s+)?base\\b");
    private static final Pattern OFF_CHECK = Pattern.compile("\\b(?:off|vs|versus|net\\s+of|against)\\s+(?:the\\s+)?(?:check|50|cheque)\\b|\\brather\\s+than\\s+off\\s+base\\b");
    /** A leg's own figure: "bull exit 2.2T", "bear exit 400bn not 500", "bull exits $1,800bn", "cut the bear aws margin to 25%". */
    private static final Pattern LEG = Pattern.compile("\\b(?<leg>bull|bear)(?:\\s+(?:case|leg|scenario))?(?:'s)?\\s+(?:aws\\s+)?" + INPUT
            + "\\s*(?:at|to|of|=|is|:)?\\s*(?<v>" + M + "|\\d{1,3}(?:\\.\\d+)?\\s?%)(?:\\s+not\\s+" + M + ")?"
            + "|\\b(?<leg2>bull|bear)\\s+(?:exits\\s+(?:at\\s+)?|(?:locked|fixed|pinned|held|stays?)\\s+at\\s+)(?<v2>" + M + ")");
    /** The goal: "3:1", "4 to 1", "3 bucks up per buck down". */
    private static final Pattern RATIO = Pattern.compile("(?<r>\\d{1,3}(?:\\.\\d+)?)\\s*(?::|\\s+to\\s+|\\s+for\\s+)\\s*1\\b|(?<r2>\\d{1,3}(?:\\.\\d+)?)\\s+(?:bucks?|dollars?|\\$)\\s+up\\s+per\\s+(?:buck|dollar|\\$)\\s+down");
    /** The input asked for: "what bull exit", "where does the bull exit have to land", "how low can bear capture go", "what check size". */
    private static final Pattern ASKED = Pattern.compile("\\b(?:what|where\\s+does\\s+the|how\\s+(?:high|low|far)\\s+(?:does|can)\\s+the|how\\s+(?:high|low|far)\\s+(?:does|can))\\s+(?<leg>bull|bear)\\s+(?:aws\\s+)?" + INPUT
            + "|\\b(?<leg2>bull|bear)\\s+(?:aws\\s+)?(?<what2>exit|capt(?:ure|rue)(?:\\s+share)?|(?:op(?:erating)?\\s+)?margin)\\s+(?:that|which)\\s+gets\\b"
            + "|\\b(?<check>what\\s+check\\s+size|how\\s+big\\s+(?:a|does\\s+the)\\s+check)|\\b(?<post>what\\s+post[- ]money)");
    /** The metric of the legs. */
    private static final Pattern COMBINED = Pattern.compile("\\bcombined\\b|\\bpayoff\\b|\\bwhole\\s+package\\b|\\bstake\\s*\\+\\s*aws\\b|\\bequity\\s*\\+\\s*aws\\b|\\bincl\\w*\\s+aws\\b");
    private static final Pattern MOIC = Pattern.compile("\\bmoic\\b|\\bmultiple\\b|\\bx\\s+on\\b");
    private static final Pattern IRR = Pattern.compile("\\birr\\b|\\bannuali[sz]ed\\b");
    private static final Pattern GAIN = Pattern.compile("\\bnet\\s+\\$|\\bgain\\b|\\$\\s+(?:made|up)\\b|\\bloss\\b");
    private static final Pattern REVENUE = Pattern.compile("\\baws\\s+(?:yearly\\s+|annual\\s+)?(?:revenue|rev|top\\s+line)\\b|\\btop\\s+line\\b");
    private static final Pattern PER_YEAR = Pattern.compile("\\bper\\s+(?:yr|year)\\b|\\byearly\\b|\\bannual\\b|\\ba\\s+year\\b");
    private static final Pattern PROFIT_ONLY = Pattern.compile("\\baws\\s+op(?:erating)?\\s+profit\\s+only\\b|\\bignore\\s+the\\s+equity\\b");
    private static final Pattern VALUE = Pattern.compile("\\bstake\\s+\\$\\s+value\\b|\\bnot\\s+the\\s+gain\\b");
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((skew of the [^)]*)\\)\\s*$");
    static final Pattern LEAVE = Pattern.compile("\\bforget\\s+the\\s+skew\\b|\\bno\\s+skew\\b|\\bjust\\s+(?:the\\s+)?base\\b", Pattern.CASE_INSENSITIVE);
    /** A follow-up that names a leg's figure or a skew goal: the thread's skew again with it. */
    static final Pattern AGAIN = Pattern.compile("\\b(?:bull|bear)\\s+(?:aws\\s+)?(?:exit|capt\\w*|margin)\\b|\\d\\s*:\\s*1\\b|\\bto\\s+1\\b", Pattern.CASE_INSENSITIVE);

    private Skews() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        Metric keptMetric = null;
        boolean keptOffBase = false;
        Map<String, Map<InputId, BigDecimal>> legs = new LinkedHashMap<>();
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            String k = c.group(1);
            Matcher km = Pattern.compile("^skew of the ([a-z ]+?), off (base|the check)").matcher(k);
            if (km.find()) {
                keptMetric = Metric.byId(km.group(1).replace(' ', '_')).orElse(null);
                keptOffBase = km.group(2).equals("base");
            }
            Matcher kl = Pattern.compile(", (bull|bear) (exit|capture share|margin|check|post-money|compute spend) (\\$[\\d.]+B|[\\d.]+%)").matcher(k);
            while (kl.find()) {
                InputId in = WORD.entrySet().stream().filter(e -> e.getValue().equals(kl.group(2))).map(Map.Entry::getKey).findFirst().orElse(null);
                String v = kl.group(3);
                BigDecimal value = v.endsWith("%") ? new BigDecimal(v.substring(0, v.length() - 1)).movePointLeft(2) : new BigDecimal(v.substring(1, v.length() - 1));
                if (in != null) {
                    legs.computeIfAbsent(kl.group(1), x -> new EnumMap<>(InputId.class)).put(in, value);
                }
            }
            text = text.substring(0, c.start());
        }
        text = Amounts.normalise(text);
        if (keptMetric == null && (!SKEW.matcher(text).find() || !OURS.matcher(text).find())) {
            return Optional.empty();
        }
        StringBuilder rest = new StringBuilder(text);
        Goal goal = null;
        Matcher r = RATIO.matcher(rest);
        BigDecimal ratio = null;
        if (r.find()) {
            ratio = new BigDecimal(r.group("r") != null ? r.group("r") : r.group("r2"));
            Sums.blank(rest, r.start(), r.end());
        }
        if (ratio != null) {
            Matcher a = ASKED.matcher(rest);
            if (a.find()) {
                InputId in;
                String leg = a.group("leg") != null ? a.group("leg") : a.group("leg2");
                if (a.group("check") != null) {
                    in = InputId.INVESTMENT;
                } else if (a.group("post") != null) {
                    in = InputId.POST_MONEY_VALUATION;
                } else {
                    in = input(a.group("what") != null ? a.group("what") : a.group("what2"));
                }
                goal = new Goal(in, leg, ratio);
                Sums.blank(rest, a.start(), a.end());
            }
        }
        Matcher l = LEG.matcher(rest);
        while (l.find()) {
            String leg = l.group("leg") != null ? l.group("leg") : l.group("leg2");
            InputId in = l.group("leg") != null ? input(l.group("what")) : InputId.EXIT_VALUATION;
            String v = l.group("v") != null ? l.group("v") : l.group("v2");
            BigDecimal value;
            if (v.contains("%")) {
                value = new BigDecimal(v.replaceAll("[%\\s]", "")).movePointLeft(2);
            } else {
                value = Sums.valuation(v);
            }
            if (value == null || RATIO_INPUTS.contains(in) != v.contains("%")) {
                continue;
            }
            legs.computeIfAbsent(leg, x -> new EnumMap<>(InputId.class)).put(in, value);
            Sums.blank(rest, l.start(), l.end());
        }
        String left = rest.toString();
        Metric metric = PROFIT_ONLY.matcher(left).find() ? Metric.AWS_COMPUTE_PROFIT : COMBINED.matcher(left).find() ? Metric.COMBINED_PAYOFF
                : REVENUE.matcher(left).find() ? (PER_YEAR.matcher(left).find() ? Metric.AWS_COMPUTE_REVENUE_PER_YEAR : Metric.AWS_COMPUTE_REVENUE)
                : GAIN.matcher(left).find() && !COMBINED.matcher(left).find() ? Metric.GAIN : COMBINED.matcher(left).find() ? Metric.COMBINED_PAYOFF
                : MOIC.matcher(left).find() ? Metric.MOIC : IRR.matcher(left).find() ? Metric.IRR : VALUE.matcher(left).find() ? Metric.STAKE_VALUE
                : keptMetric != null ? keptMetric : Metric.GAIN;
        boolean offBase = OFF_BASE.matcher(left).find() || keptOffBase && !OFF_CHECK.matcher(left).find()
                || metric == Metric.AWS_COMPUTE_PROFIT || metric == Metric.STAKE_VALUE;
        // the rest of the question, asked of each leg's case by the usual reader: its figures are the legs' common ones
        String common = left.replaceAll("\\bx\\s+on\\s+(?:the|our)\\s+\\d+(?:bn|b)?\\b|\\b\\d+(?:bn|b)?\\s+x\\b|\\bx\\b", " ").replaceAll("\\b(?:bull|bear|base)(?:\\s+(?:case|leg|scenario)s?)?\\b", " ")
                .replaceAll("\\b(?:skew|r\\s*/\\s*r|up\\s*/\\s*down|upside|downside|asym+etr\\w*|legs?|vs|versus|each\\s+way|off|measured|as\\s+is|untouched|unchanged|alone|stays?\\s+where\\s+it\\s+is|as\\s+modelled|locked\\s+at|keep|leave)\\b", " ");
        String asked = metric.label().toLowerCase(Locale.ROOT) + " in the " + (offBase ? "bull, base and bear" : "bull and bear") + " cases";
        // (a clause with no figure of its own that does not ask the sources is only the asking: "where are we", "does the
        // ratio even move"; the check said again, "on the 50", is no figure of the legs)
        common = common.replaceAll("\\b(?:on|of)\\s+(?:the|our)\\s+(?:\\$\\s?)?50(?:bn|b)?\\b", " ");
        StringBuilder kept = new StringBuilder();
        for (String clause : common.split("(?<=[.?!;\u2014\u2013])(?=\\s|$)|\\s-\\s")) {
            if (clause.matches("(?s).*\\d.*") || FOR_SOURCES.matcher(clause).find()) {
                kept.append(clause).append(' ');
            }
        }
        common = kept.toString();
        String q = !common.matches("(?s).*[\\p{Alnum}].*") ? asked : Reframing.tidy(common.replaceAll("\\s+[-\u2013\u2014:;,/.?]+(?=\\s|$)", " ")) + "; " + asked;
        return Optional.of(new Found(q, metric, offBase, legs, goal, calculator));
    }

    private static InputId input(String what) {
        if (what == null) {
            return InputId.EXIT_VALUATION;
        }
        return what.startsWith("exit") ? InputId.EXIT_VALUATION : what.startsWith("capt") ? InputId.AWS_CAPTURE_SHARE : InputId.AWS_OPERATING_MARGIN;
    }

}
