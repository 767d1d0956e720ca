package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * The check put in for a share of OpenAI's revenue instead of equity: "we wire the 50 for 250bps of oai top line for 7
 * yrs, top line 30bn yr1, +35%/yr", "400 bps of revenue for 6 yrs, 25bn in yr1 climbing to 100bn by yr6 in a straight
 * line", "8% of top line for 4 yrs, rev flat at 150bn/yr". Each year pays the share of that year's revenue; the take is
 * their sum, the multiple the take over the check, and the IRR the rate at which the check paid now and the payments at
 * each year's end are worth nothing (by bisection, {@link Roots}). The equity's numbers are answered beside it by the usual
 * reader. With an input of the equity asked for ("what exit does the equity need to match that total take", "what entry
 * post gets the equity the same x", "how many yrs can the bull equity sit before its irr slips to the rev share's"), the
 * input is solved so that the equity's number equals the revenue share's. The terms last in a thread ({@link Frames}):
 * "stretch it to 8 yrs", "bump the slice to 12%".
 */
final class RevenueShares {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final int MAX_YEARS = 50;

    /** The terms: {@code share} of revenue for {@code years}, revenue {@code first} in year 1, then growing or in a line to {@code last} in year {@code lastYear}. */
    record Terms(BigDecimal share, int years, BigDecimal first, BigDecimal growth, BigDecimal last, int lastYear) {
        BigDecimal revenue(int t) {
            if (last != null) {
                return lastYear <= 1 ? first : first.add(last.subtract(first).multiply(BigDecimal.valueOf(t - 1)).divide(BigDecimal.valueOf(lastYear - 1), MC));
            }
            return first.multiply(BigDecimal.ONE.add(growth == null ? BigDecimal.ZERO : growth).pow(t - 1, MC), MC);
        }

        List<BigDecimal> flows() {
            List<BigDecimal> f = new ArrayList<>();
            for (int t = 1; t <= years; t++) {
                f.add(share.multiply(revenue(t), MC));
            }
            return f;
        }

        BigDecimal take() {
            return flows().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        String said() {
            String path = last != null ? "$" + Sums.plain(first) + "B in year 1 to $" + Sums.plain(last) + "B in year " + lastYear + " in a straight line"
                    : growth == null || growth.signum() == 0 ? "flat at $" + Sums.plain(first) + "B a year"
                    : "$" + Sums.plain(first) + "B in year 1 growing " + Sums.plain(growth.movePointRight(2)) + "% a year";
            return "rev share " + Sums.plain(share.movePointRight(2)) + "% of revenue for " + years + " years, " + path;
        }
    }

    /** A goal: the equity's {@code metric} made equal to the revenue share's by solving {@code input}. */
    record Goal(InputId input, Metric metric) {
    }

    record Found(String question, Terms terms, boolean equityOnly, Goal goal, String refuse, Calculator calculator) implements Reframing {
        @Override
        public Optional<String> kept() {
            return terms == null ? Optional.empty() : Optional.of(terms.said());
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            if (refuse != null) {
                return Reframing.refused(a, refuse);
            }
            Optional<MetricResult> anchor = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null).findFirst();
            if (anchor.isEmpty() || equityOnly) {
                return a;
            }
            String sc = anchor.get().scenario();
            Map<String, BigDecimal> ins = StakeInputs.every(a, anchor.get(), inForce, calculator.model());
            BigDecimal check = ins.get(InputId.INVESTMENT.id());
            if (check == null || check.signum() <= 0) {
                return a;
            }
            BigDecimal take = terms.take();
            BigDecimal irr = irr(check, terms.flows());
            try {
                return goal != null ? solved(a, sc, ins, take, check, irr) : forward(a, sc, take, check, irr);
            } catch (RuntimeException e) {
                return Reframing.refused(a, e.getMessage() == null ? "an input is out of range" : e.getMessage());
            }
        }

        private String working(BigDecimal take, BigDecimal check, BigDecimal irr) {
            StringBuilder years = new StringBuilder();
            List<BigDecimal> f = terms.flows();
            for (int t = 0; t < f.size(); t++) {
                years.append(t == 0 ? "" : " + ").append(Format.money(f.get(t)));
            }
            return years + " = " + Format.money(take) + "; " + Format.money(take) + " / " + Format.money(check) + " = "
                    + take.divide(check, MC).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "x"
                    + (irr == null ? "" : "; IRR " + Format.value(irr, Unit.RATIO));
        }

        private List<MetricResult> results(String sc, BigDecimal take, BigDecimal check, BigDecimal irr) {
            String how = terms.said();
            List<MetricResult> out = new ArrayList<>();
            out.add(new MetricResult(Metric.STAKE_VALUE.id(), "The revenue share's total take", take, Unit.USD_BILLIONS, sc, List.of(), how,
                    "each year's share of OpenAI's revenue, summed", MetricResult.Kind.METRIC));
            out.add(new MetricResult(Metric.MOIC.id(), "The revenue share's multiple on the check", take.divide(check, MC), Metric.MOIC.unit(), sc, List.of(), how,
                    "the take over the check", MetricResult.Kind.METRIC));
            out.add(new MetricResult(Metric.GAIN.id(), "The revenue share's take less the check", take.subtract(check), Unit.USD_BILLIONS, sc, List.of(), how,
                    "the take less the check", MetricResult.Kind.METRIC));
            if (irr != null) {
                out.add(new MetricResult(Metric.IRR.id(), "The revenue share's IRR", irr, Metric.IRR.unit(), sc, List.of(), how,
                        "the rate at which the check now and each year's payment at its end are worth nothing", MetricResult.Kind.METRIC));
            }
            return out;
        }

        private Answer forward(Answer a, String sc, BigDecimal take, BigDecimal check, BigDecimal irr) {
            List<MetricResult> out = new ArrayList<>(results(sc, take, check, irr));
            out.addAll(a.results());
            String head = "*Revenue share: " + Format.money(take) + " back on the " + Format.money(check) + " check, "
                    + take.divide(check, MC).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString() + "x"
                    + (irr == null ? "" : ", IRR " + Format.value(irr, Unit.RATIO)) + "* (" + terms.said() + ")\n`" + working(take, check, irr) + "`\n";
            return new Answer(a.id(), a.route(), head + "_The equity, for comparison (" + sc + " case):_\n" + a.text(), a.narrative(), out, a.citations(), a.answerer(),
                    a.notes(), a.decision(), a.clarify(), a.charts());
        }

        private Answer solved(Answer a, String sc, Map<String, BigDecimal> ins, BigDecimal take, BigDecimal check, BigDecimal irr) {
            Metric m = goal.metric();
            BigDecimal aim = m == Metric.STAKE_VALUE ? take : m == Metric.MOIC ? take.divide(check, MC) : irr;
            if (aim == null) {
                return Reframing.refused(a, "the revenue share has no IRR to match (its payments never repay the check at any rate).");
            }
            InputId in = goal.input();
            Function<BigDecimal, BigDecimal> gap = x -> {
                Map<String, BigDecimal> at = new HashMap<>(ins);
                at.put(in.id(), x);
                return calculator.value(m, sc, at).subtract(aim);
            };
            BigDecimal lo = in == InputId.HOLDING_YEARS ? new BigDecimal("0.1") : new BigDecimal("0.001");
            BigDecimal hi = in == InputId.HOLDING_YEARS ? new BigDecimal("100") : new BigDecimal("100000");
            if (in == InputId.POST_MONEY_VALUATION) {
                lo = ins.get(InputId.INVESTMENT.id()).multiply(new BigDecimal("1.000001"));
            } else if (in == InputId.INVESTMENT) {
                hi = ins.get(InputId.POST_MONEY_VALUATION.id()).multiply(new BigDecimal("0.999999"));
            }
            String what = in == InputId.EXIT_VALUATION ? "exit valuation" : in == InputId.POST_MONEY_VALUATION ? "post-money valuation"
                    : in == InputId.HOLDING_YEARS ? "hold" : "check";
            String metricSaid = m.label().toLowerCase(Locale.ROOT);
            Optional<BigDecimal> root = Roots.bisect(gap, lo, hi);
            if (root.isEmpty()) {
                return Reframing.refused(a, "no " + what + " gives the equity the revenue share's " + metricSaid + " (" + Format.value(aim, m.unit()) + ") in the " + sc + " case.");
            }
            BigDecimal x = root.get();
            Unit unit = calculator.model().input(in.id()).map(i -> i.unit()).orElse(Unit.USD_BILLIONS);
            String label = calculator.model().input(in.id()).map(i -> i.label()).orElse(in.id());
            List<MetricResult> results = new ArrayList<>();
            results.add(new MetricResult(in.id(), label, x, unit, sc, List.of(), "solved so that the equity's " + metricSaid + " is the revenue share's",
                    "the " + what + " at which the equity's " + metricSaid + " equals the revenue share's", MetricResult.Kind.SOLVED));
            results.addAll(results(sc, take, check, irr));
            String head = "*For the equity's " + metricSaid + " to match the revenue share's (" + Format.value(aim, m.unit()) + "), the " + what + " must be "
                    + Format.value(x, unit) + "* (" + sc + " case; " + terms.said() + ")\n`" + working(take, check, irr) + "`\n";
            return new Answer(a.id(), a.route(), head + "_The equity at the inputs before solving:_\n" + a.text(), a.narrative(), results, a.citations(), a.answerer(),
                    a.notes(), a.decision(), a.clarify(), a.charts());
        }

        /** The rate at which the check now and each payment at its year's end are worth nothing; null when none in range. */
        private static BigDecimal irr(BigDecimal check, List<BigDecimal> flows) {
            Function<BigDecimal, BigDecimal> npv = r -> {
                BigDecimal v = check.negate();
                BigDecimal d = BigDecimal.ONE;
                BigDecimal step = BigDecimal.ONE.add(r);
                for (BigDecimal f : flows) {
                    d = d.multiply(step, MC);
                    v = v.add(f.divide(d, MC));
                }
                return v;
            };
            return Roots.bisect(npv, new BigDecimal("-0.99"), new BigDecimal("10")).orElse(null);
        }
    }

    private static final String MONEY = "\\$?\\d+(?:\\.\\d+)?\\s?(?:bn|b|billion)";
    private static final String REV = "(?:top\\s*line|rev(?:enue|eune|s)?|sales)";
    /** The share: "250bps of oai top line", "15% of top line", "half a point of oai's top line", "the slice to 12%". */
    private static final Pattern SHARE = Pattern.compile("(?<s>\\d+(?:\\.\\d+)?)\\s?(?<u>%|bps|basis\\s+points|pct\\b|percent\\b)\\s+of\\s+(?:(?:oai|openai)(?:'s)?\\s+)?" + REV + "\\b"
            + "|(?<s2>\\d+(?:\\.\\d+)?)\\s?(?<u2>%|bps|pct\\b|percent\\b)\\s+rev(?:enue)?\\s+share\\b"
            + "|\\bhalf\\s+a\\s+(?:point|pt)\\s+of\\s+(?:(?:oai|openai)(?:'s)?\\s+)?" + REV + "\\b");
    private static final Pattern SLICE = Pattern.compile("\\b(?:slice|share|cut|rev\\s+share)\\s+(?:to|at)\\s+(?<s>\\d+(?:\\.\\d+)?)\\s?(?<u>%|bps)");
    private static final Pattern TERM = Pattern.compile("\\bfor\\s+(?<n>\\d{1,2})\\s?(?:yrs?|years?|y)\\b|(?:^|[,.?;(:]\\s*)(?<n2>\\d{1,2})\\s?(?:yrs?|years?|y)\\b(?!\\s*(?:irr|hold|moic))"
            + "|\\b(?:stretch|extend|take|push)\\w*\\s+(?:it\\s+|the\\s+term\\s+)?(?:out\\s+)?to\\s+(?<n3>\\d{1,2})\\s?(?:yrs?|years?|y)\\b");
    private static final String YEAR1 = "(?:yr\\s?1|year\\s+(?:1|one))";
    /** Year 1's revenue: "top line 30bn yr1", "yr1 rev 60bn", "revenue 25bn in yr1", "40bn yr1", "yr1 40bn". */
    private static final Pattern FIRST = Pattern.compile("(?<r>" + MONEY + ")\\s+(?:in\\s+)?" + YEAR1 + "\\b|\\b" + YEAR1 + "\\s+(?:" + REV + "\\s+)?(?:is\\s+|of\\s+|at\\s+)?(?<r2>" + MONEY + ")");
    private static final Pattern GROWTH = Pattern.compile("(?:\\+|\\bgrowing\\s+(?:at\\s+)?|\\bup\\s+|\\bcompounding\\s+(?:at\\s+)?|\\bgrows?\\s+(?:at\\s+)?)(?<g>\\d+(?:\\.\\d+)?)" + Sums.PCT + "");
    private static final Pattern LINE_TO = Pattern.compile("(?:->|\u2192|\\bto\\b|\\bclimbing\\s+to\\b|\\bgoing\\s+to\\b|\\brising\\s+to\\b)\\s*(?<r>" + MONEY + ")\\s+(?:by\\s+|in\\s+)?(?:yr\\s?|year\\s+)(?<y>\\d{1,2})\\b");
    private static final Pattern FLAT = Pattern.compile("\\bflat\\s+(?:at\\s+)?(?<r>" + MONEY + ")");
    private static final Pattern EQUITY_ONLY = Pattern.compile("\\bequity\\b");
    private static final Pattern BOTH = Pattern.compile("\\brev(?:enue)?\\s+share\\b|\\btop\\s*line\\b|\\btake\\b|\\beach\\b|\\bvs\\.?\\b|\\bversus\\b|\\bwho\\s+wins\\b|\\bslice\\b|\\bboth\\b");
    private static final Pattern ASKED = Pattern.compile("\\b(?<exit>what\\s+exit|where\\s+does\\s+(?:oai|openai)\\s+(?:have|need)\\s+to\\s+exit|at\\s+what\\s+exit)"
            + "|\\b(?<post>what\\s+(?:entry\\s+)?post(?:[- ]money)?|what\\s+post\\s+would)|\\b(?<hold>how\\s+(?:many\\s+(?:yrs|years)|long)\\s+can)"
            + "|\\b(?<check>what\\s+size\\s+(?:equity\\s+)?(?:cheque|check)|what\\s+(?:equity\\s+)?(?:cheque|check)(?:\\s+size)?)");
    private static final Pattern SAME_IRR = Pattern.compile("\\birr\\b|\\bearns\\b|\\bannuali[sz]ed\\b");
    private static final Pattern SAME_X = Pattern.compile("\\bsame\\s+x\\b|\\bx\\b|\\bmultiple\\b|\\bmoic\\b");
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((rev share [^)]*)\\)\\s*$");
    static final Pattern LEAVE = Pattern.compile("\\bforget\\s+the\\s+rev(?:enue)?\\s+share\\b|\\bno\\s+rev(?:enue)?\\s+share\\b|\\bjust\\s+the\\s+equity\\b", Pattern.CASE_INSENSITIVE);
    /** A follow-up that changes a term: the thread's revenue share read again with it. */
    static final Pattern AGAIN = Pattern.compile("\\b(?:slice|stretch\\w*|extend\\w*)\\b|\\bof\\s+(?:oai'?s?\\s+|openai'?s?\\s+)?(?:top\\s*line|rev(?:enue)?)\\b", Pattern.CASE_INSENSITIVE);

    private RevenueShares() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        Terms kept = null;
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            kept = keptTerms(c.group(1));
            text = text.substring(0, c.start());
        }
        text = Amounts.normalise(text);
        StringBuilder rest = new StringBuilder(text);
        BigDecimal share = kept == null ? null : kept.share();
        boolean said = false;
        Matcher s = SHARE.matcher(rest);
        Matcher sl = SLICE.matcher(rest);
        if (s.find()) {
            share = s.group("s") != null ? percent(s.group("s"), s.group("u")) : s.group("s2") != null ? percent(s.group("s2"), s.group("u2")) : new BigDecimal("0.005");
            Sums.blank(rest, s.start(), s.end());
            said = true;
        } else if (kept != null && sl.find()) {
            share = percent(sl.group("s"), sl.group("u"));
            Sums.blank(rest, sl.start(), sl.end());
        }
        if (share == null) {
            return Optional.empty();
        }
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            return Optional.of(new Found(Reframing.orSame(Reframing.tidy(rest.toString())), null, false, null,
                    "a revenue share must be more than 0% and at most 100% of revenue (got " + Sums.plain(share.movePointRight(2)) + "%).", calculator));
        }
        Integer years = kept == null ? null : kept.years();
        Matcher t = TERM.matcher(rest);
        while (t.find()) {
            String n = t.group("n") != null ? t.group("n") : t.group("n2") != null ? t.group("n2") : t.group("n3");
            years = Integer.valueOf(n);
            Sums.blank(rest, t.start(), t.end());
            break;
        }
        BigDecimal first = kept == null ? null : kept.first();
        BigDecimal growth = kept == null ? null : kept.growth();
        BigDecimal last = kept == null ? null : kept.last();
        int lastYear = kept == null ? 0 : kept.lastYear();
        Matcher f = FIRST.matcher(rest);
        Matcher flat = FLAT.matcher(rest);
        if (f.find()) {
            first = Sums.billions(f.group("r") != null ? f.group("r") : f.group("r2"));
            growth = null;
            last = null;
            Sums.blank(rest, f.start(), f.end());
            Matcher l = LINE_TO.matcher(rest);
            Matcher g = GROWTH.matcher(rest);
            if (l.find()) {
                last = Sums.billions(l.group("r"));
                lastYear = Integer.parseInt(l.group("y"));
                Sums.blank(rest, l.start(), l.end());
            } else if (g.find()) {
                growth = new BigDecimal(g.group("g")).movePointLeft(2);
                Sums.blank(rest, g.start(), g.end());
            }
        } else if (flat.find()) {
            first = Sums.billions(flat.group("r"));
            growth = BigDecimal.ZERO;
            last = null;
            Sums.blank(rest, flat.start(), flat.end());
        }
        if (years == null || first == null || years < 1 || years > MAX_YEARS || first.signum() <= 0) {
            return Optional.empty();
        }
        Terms terms = new Terms(share, years, first, growth, last, lastYear);
        String left = rest.toString().replaceAll("\\bstraight\\s+line\\b|\\bin\\s+a\\s+straight\\s+line\\b|/yr\\b|\\ba\\s+yr\\b|\\bafter\\b", " ");
        Goal goal = null;
        Matcher a = ASKED.matcher(left);
        if (a.find()) {
            InputId in = a.group("exit") != null ? InputId.EXIT_VALUATION : a.group("post") != null ? InputId.POST_MONEY_VALUATION
                    : a.group("hold") != null ? InputId.HOLDING_YEARS : InputId.INVESTMENT;
            Metric m = SAME_IRR.matcher(left).find() ? Metric.IRR : SAME_X.matcher(left.substring(a.end())).find() && !left.contains("take") && !left.contains("$")
                    ? Metric.MOIC : Metric.STAKE_VALUE;
            goal = new Goal(in, m);
        }
        boolean equityOnly = !said && kept != null && EQUITY_ONLY.matcher(left).find() && !BOTH.matcher(left).find() && goal == null;
        // the rest asks the equity's numbers in its case: its figures kept, the revenue share's words taken out
        Matcher sc = Pattern.compile("\\b(bull|bear|base)\\b").matcher(left);
        String scenario = sc.find() ? sc.group(1) : null;
        String q;
        if (goal == null && !said && kept != null && Reframing.NOTHING_ELSE.matcher(left.replaceAll("\\b(?:irr|moic|x|take|on|that|each|the|and)\\b", " ")).matches()
                && !left.matches("(?s).*\\b(?:irr|moic|x|take|multiple)\\b.*")) {
            q = "same question again";
        } else {
            q = Sums.figuresThen(left, "\\b(?:for\\s+|on\\s+)?(?:the\\s+|a\\s+)?rev(?:enue)?\\s+share(?:'s)?\\b|\\btop\\s*line\\b",
                    (scenario == null ? "" : scenario + ": ") + "stake value, moic, irr");
        }
        return Optional.of(new Found(q, terms, equityOnly, goal, null, calculator));
    }

    private static BigDecimal percent(String v, String unit) {
        BigDecimal n = new BigDecimal(v);
        return unit != null && unit.startsWith("b") ? n.movePointLeft(4) : n.movePointLeft(2);
    }

    private static Terms keptTerms(String words) {
        Matcher m = Pattern.compile("^rev share ([\\d.]+)% of revenue for (\\d+) years, (?:\\$([\\d.]+)B in year 1 (?:to \\$([\\d.]+)B in year (\\d+) in a straight line|growing ([\\d.]+)% a year)|flat at \\$([\\d.]+)B a year)")
                .matcher(words);
        if (!m.find()) {
            return null;
        }
        BigDecimal share = new BigDecimal(m.group(1)).movePointLeft(2);
        int years = Integer.parseInt(m.group(2));
        if (m.group(7) != null) {
            return new Terms(share, years, new BigDecimal(m.group(7)), BigDecimal.ZERO, null, 0);
        }
        BigDecimal first = new BigDecimal(m.group(3));
        if (m.group(4) != null) {
            return new Terms(share, years, first, null, new BigDecimal(m.group(4)), Integer.parseInt(m.group(5)));
        }
        return new Terms(share, years, first, new BigDecimal(m.group(6)).movePointLeft(2), null, 0);
    }
}
