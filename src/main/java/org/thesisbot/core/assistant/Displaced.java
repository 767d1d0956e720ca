package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * AWS's profit on OpenAI's compute measured against what the same capacity would otherwise earn: "the racks would
 * otherwise go to enterprise at a 30% margin", "the customers it displaces would have earned us 28%", "other tenants would
 * otherwise throw off $4.5bn a year of op profit", "enterprise would have paid 5% more per unit". The incremental profit is
 * the model's profit less the alternative's: the same revenue at the other margin (on a higher price when one is said),
 * the higher price at the same cost, or a profit said outright. Over the compute window and a year of it. With an input
 * asked for ("what margin on oai gets the incremental to $2bn a year", "what capture share does oai need just to match
 * that"), the input is solved ({@link Roots}). The frame lasts in a thread ({@link Frames}).
 */
final class Displaced {
    private static final MathContext MC = MathContext.DECIMAL128;

    /**
     * The alternative: a margin on the same revenue ({@code margin}), on a price {@code premium} higher; or, with no
     * margin, the higher price at the same cost; or a profit said outright ({@code profit}, over the window).
     */
    record Alternative(BigDecimal margin, BigDecimal premium, BigDecimal profit) {
        String said() {
            if (profit != null) {
                return "otherwise $" + Sums.plain(profit) + "B of profit";
            }
            return (margin == null ? "otherwise the same cost" : "otherwise at " + Sums.plain(margin.movePointRight(2)) + "%")
                    + (premium == null ? "" : ", price " + Sums.plain(premium.movePointRight(2)) + "% higher");
        }
    }

    /** A goal: {@code input} solved so that the incremental profit (a year of it, when {@code perYear}) is {@code target}. */
    record Goal(InputId input, BigDecimal target, boolean perYear) {
    }

    record Found(String question, Alternative alt, Goal goal, Calculator calculator) implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of(alt.said());
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            Optional<MetricResult> anchor = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null).findFirst();
            if (anchor.isEmpty()) {
                return a;
            }
            String sc = anchor.get().scenario();
            Map<String, BigDecimal> ins = StakeInputs.every(a, anchor.get(), inForce, calculator.model());
            try {
                return goal != null ? solved(a, sc, ins) : forward(a, sc, ins);
            } catch (RuntimeException e) {
                return Reframing.refused(a, e.getMessage() == null ? "an input is out of range" : e.getMessage());
            }
        }

        /** The alternative's profit over the window, at these inputs. */
        private BigDecimal altProfit(String sc, Map<String, BigDecimal> ins) {
            if (alt.profit() != null) {
                return alt.profit();
            }
            BigDecimal revenue = calculator.value(Metric.AWS_COMPUTE_REVENUE, sc, ins);
            BigDecimal price = alt.premium() == null ? BigDecimal.ONE : BigDecimal.ONE.add(alt.premium());
            if (alt.margin() != null) {
                return revenue.multiply(price, MC).multiply(alt.margin(), MC);
            }
            BigDecimal cost = revenue.subtract(calculator.value(Metric.AWS_COMPUTE_PROFIT, sc, ins));
            return revenue.multiply(price, MC).subtract(cost);
        }

        private BigDecimal incremental(String sc, Map<String, BigDecimal> ins) {
            return calculator.value(Metric.AWS_COMPUTE_PROFIT, sc, ins).subtract(altProfit(sc, ins));
        }

        private String working(String sc, Map<String, BigDecimal> ins) {
            BigDecimal gross = calculator.value(Metric.AWS_COMPUTE_PROFIT, sc, ins);
            BigDecimal revenue = calculator.value(Metric.AWS_COMPUTE_REVENUE, sc, ins);
            String other;
            if (alt.profit() != null) {
                other = Format.money(alt.profit()) + " said";
            } else if (alt.margin() != null) {
                other = Format.money(revenue) + (alt.premium() == null ? "" : " \u00d7 " + Sums.plain(BigDecimal.ONE.add(alt.premium()).movePointRight(2)) + "%")
                        + " \u00d7 " + Sums.plain(alt.margin().movePointRight(2)) + "%";
            } else {
                other = Format.money(revenue) + " \u00d7 " + Sums.plain(BigDecimal.ONE.add(alt.premium()).movePointRight(2)) + "% \u2212 the same cost "
                        + Format.money(revenue.subtract(gross));
            }
            return "AWS profit " + Format.money(gross) + " \u2212 the alternative's (" + other + ") = " + Format.money(incremental(sc, ins));
        }

        private List<MetricResult> results(String sc, Map<String, BigDecimal> ins) {
            BigDecimal total = incremental(sc, ins);
            BigDecimal years = ins.get(InputId.COMPUTE_YEARS.id());
            String how = working(sc, ins);
            return List.of(
                    new MetricResult(Metric.AWS_COMPUTE_PROFIT.id(), "AWS's incremental operating profit on OpenAI's compute over the alternative, 2025-2029", total,
                            Unit.USD_BILLIONS, sc, List.of(), how, "AWS's profit on OpenAI's compute less what the capacity would otherwise earn", MetricResult.Kind.METRIC),
                    new MetricResult(Metric.AWS_COMPUTE_PROFIT.id(), "AWS's incremental operating profit on OpenAI's compute over the alternative, per year",
                            total.divide(years, MC), Unit.USD_BILLIONS, sc, List.of(), how + " / " + Sums.plain(years) + " years",
                            "the same, a year of the compute window", MetricResult.Kind.METRIC));
        }

        private Answer forward(Answer a, String sc, Map<String, BigDecimal> ins) {
            if (a.results().stream().noneMatch(r -> r.metric().equals(Metric.AWS_COMPUTE_PROFIT.id()) && r.scenario().equals(sc))) {
                return RoutingAssistant.withNote(a, "Not used here: the capacity's alternative (" + alt.said() + "), which is measured against AWS's profit on OpenAI's compute.");
            }
            List<MetricResult> results = results(sc, ins);
            BigDecimal years = ins.get(InputId.COMPUTE_YEARS.id());
            String head = "*AWS's incremental profit on OpenAI over the alternative: " + Format.money(results.get(0).value()) + " over the compute window, "
                    + Format.money(results.get(1).value()) + " a year* (" + sc + " case)\n`" + working(sc, ins) + "; / " + Sums.plain(years) + " years = "
                    + Format.money(results.get(1).value()) + " a year`\n";
            List<MetricResult> out = new ArrayList<>(results);
            a.results().stream().filter(r -> !r.metric().equals(Metric.AWS_COMPUTE_PROFIT.id())).forEach(out::add);
            return new Answer(a.id(), a.route(), head + "_The working of the model's numbers, before the alternative:_\n" + a.text(), a.narrative(), out, a.citations(),
                    a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }

        private Answer solved(Answer a, String sc, Map<String, BigDecimal> ins) {
            InputId in = goal.input();
            BigDecimal years = ins.get(InputId.COMPUTE_YEARS.id());
            Function<BigDecimal, BigDecimal> gap = x -> {
                Map<String, BigDecimal> m = new HashMap<>(ins);
                m.put(in.id(), x);
                BigDecimal inc = incremental(sc, m);
                return (goal.perYear() ? inc.divide(years, MC) : inc).subtract(goal.target());
            };
            boolean ratio = in == InputId.AWS_CAPTURE_SHARE || in == InputId.AWS_OPERATING_MARGIN || in == InputId.TAX_RATE;
            String what = in == InputId.AWS_CAPTURE_SHARE ? "capture share" : in == InputId.AWS_OPERATING_MARGIN ? "AWS operating margin on OpenAI" : "compute spend";
            String aim = goal.target().signum() == 0 ? "match the alternative (" + alt.said() + ")"
                    : "make " + Format.money(goal.target()) + (goal.perYear() ? " a year" : " over the compute window") + " more than the alternative (" + alt.said() + ")";
            Optional<BigDecimal> root = Roots.bisect(gap, ratio ? BigDecimal.ZERO : new BigDecimal("0.001"), ratio ? BigDecimal.ONE : new BigDecimal("100000"));
            if (root.isEmpty()) {
                return Reframing.refused(a, "no " + what + " in its range gets AWS to " + aim + " in the " + sc + " case.");
            }
            BigDecimal x = root.get();
            Unit unit = calculator.model().input(in.id()).map(i -> i.unit()).orElse(Unit.USD_BILLIONS);
            String label = calculator.model().input(in.id()).map(i -> i.label()).orElse(in.id());
            Map<String, BigDecimal> at = new HashMap<>(ins);
            at.put(in.id(), x);
            List<MetricResult> results = List.of(new MetricResult(in.id(), label, x, unit, sc, List.of(), "solved so that AWS's profit on OpenAI's compute would " + aim,
                    "the " + what + " at which AWS would " + aim, MetricResult.Kind.SOLVED));
            String head = "*For AWS to " + aim + ", the " + what + " must be " + Format.value(x, unit) + "* (" + sc + " case) `" + working(sc, at) + "`\n";
            return new Answer(a.id(), a.route(), head + "_The working at the inputs before solving:_\n" + a.text(), a.narrative(), results, a.citations(), a.answerer(),
                    a.notes(), a.decision(), a.clarify(), a.charts());
        }
    }

    private static final String P = "(?<m>\\d{1,2}(?:\\.\\d+)?)\\s?(?:%|pct\\b|percent\\b)(?!\\s*(?:a|per)\\s+(?:year|yr)\\b)";
    /** What the capacity would earn otherwise, said as a margin: "otherwise go to enterprise at a 30% margin", "a 30% displaced margin". */
    private static final Pattern ALT_MARGIN = Pattern.compile("\\b(?:otherwise|displac\\w*|alternative|enterprise|(?:other|ohter)\\s+(?:customers?|tenants?|clients?)|renting)\\b[^.?;%]{0,60}?"
            + P.replace("<m>", "<m>") + "|\\b(?<m2>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "\\s+(?:displaced|alternative)\\b|\\bagainst\\s+the\\s+(?<m3>\\d{1,2}(?:\\.\\d+)?)\\s?%?(?![\\d.])");
    /** A higher price the capacity would fetch: "paid 5% more per unit", "pay 12% more per unit". */
    private static final Pattern PREMIUM = Pattern.compile("(?<p>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "\\s+(?:more|higher)(?:\\s+per\\s+unit|\\s+prices?)?");
    private static final Pattern SAME_COST = Pattern.compile("\\bsame\\s+cost\\b");
    /** A profit said outright: "$4.5bn a year of op profit", "$15bn of op profit … over 2025-29", "the $12bn that capacity would otherwise have earned". */
    private static final Pattern ALT_PROFIT = Pattern.compile("(?<a>\\$?\\d+(?:\\.\\d+)?\\s?(?:bn|b|billion))\\s+(?<year>(?:a|per)\\s+(?:year|yr)\\s+)?of\\s+op(?:erating)?\\s+profit\\b"
            + "|(?<a2>\\$?\\d+(?:\\.\\d+)?\\s?(?:bn|b|billion))\\s+that\\s+(?:the\\s+)?(?:capacity|racks)\\b");
    private static final Pattern CAPACITY = Pattern.compile("\\b(?:capacity|capactiy|racks?|customers?|tenants?|enterprise|displac\\w*|gpus?|clients?|margin)\\b");
    private static final Pattern ALT_WORDS = Pattern.compile("\\b(?:otherwise|displac\\w*|alternative)\\b");
    private static final Pattern STAKE = Pattern.compile("\\bstake\\b|\\bwhole\\s+(?:oai|openai)\\s+deal\\b");
    private static final Pattern ASKED = Pattern.compile("\\b(?<margin>what\\s+(?:aws\\s+)?(?:op(?:erating)?\\s+)?margin)|\\b(?<capture>what\\s+capture(?:\\s+share)?|how\\s+much\\s+of\\s+(?:oai|openai)'?s?\\s+compute(?:\\s+spend)?\\s+does\\s+aws\\s+need(?:\\s+to\\s+win)?)");
    private static final Pattern MATCH = Pattern.compile("\\bmatch(?:es)?\\b|\\bno\\s+better\\s+than\\b|\\bequal\\b|\\bbreak\\s+even\\b");
    private static final Pattern TARGET = Pattern.compile("(?<t>\\$?\\d+(?:\\.\\d+)?\\s?(?:bn|b|billion))(?<year>\\s+(?:a|per)\\s+(?:year|yr)\\b)?");
    private static final Pattern SCENARIO = Pattern.compile("\\b(bull|bear|base)\\b");
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((otherwise [^)]*)\\)\\s*$");
    static final Pattern LEAVE = Pattern.compile("\\bgross\\b|\\bforget\\s+the\\s+(?:alternative|displacement)\\b|\\bno\\s+(?:alternative|displacement)\\b", Pattern.CASE_INSENSITIVE);

    private Displaced() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = question;
        Alternative kept = null;
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            kept = keptAlternative(c.group(1));
            text = text.substring(0, c.start());
        }
        text = Amounts.normalise(text);
        StringBuilder rest = new StringBuilder(text);
        BigDecimal premium = null;
        Matcher p = PREMIUM.matcher(rest);
        boolean altSaid = ALT_WORDS.matcher(text).find() || text.matches("(?s).*\\b(?:enterprise|other\\s+customers|other\\s+tenants)\\b.*");
        if (altSaid && (kept != null || CAPACITY.matcher(text).find()) && p.find()) {
            premium = new BigDecimal(p.group("p")).movePointLeft(2);
            Sums.blank(rest, p.start(), p.end());
        }
        BigDecimal margin = null;
        BigDecimal profit = null;
        Matcher m = ALT_MARGIN.matcher(rest);
        // (the capacity's alternative is said of the capacity, its customers or the margin; "against the 27" only in a thread
        // that set one: "against the 8b amzn put in anthropic" is no margin, "otherwise what exit gets 8%" no alternative)
        boolean capacity = kept != null || CAPACITY.matcher(text).find();
        boolean found = false;
        while (capacity && !found && m.find()) {
            found = m.group("m3") == null || kept != null;
        }
        if (found) {
            String v = m.group("m") != null ? m.group("m") : m.group("m2") != null ? m.group("m2") : m.group("m3");
            margin = new BigDecimal(v).movePointLeft(2);
            String g = m.group("m") != null ? "m" : m.group("m2") != null ? "m2" : "m3";
            Sums.blank(rest, m.start(g), m.end());
        }
        Matcher pr = ALT_PROFIT.matcher(rest);
        if (margin == null && premium == null && capacity && ALT_WORDS.matcher(text).find() && pr.find()) {
            BigDecimal v = Sums.billions(pr.group("a") != null ? pr.group("a") : pr.group("a2"));
            if (v != null) {
                profit = pr.group("year") != null || text.substring(pr.end()).matches("(?s)^\\s+(?:a|per)\\s+(?:year|yr)\\b.*") ? v.multiply(calculator.model()
                        .value(InputId.COMPUTE_YEARS.id(), "base")) : v;
                Sums.blank(rest, pr.start(), pr.end());
            }
        }
        Alternative alt;
        if (margin != null || profit != null || premium != null && SAME_COST.matcher(text).find()) {
            alt = new Alternative(margin, premium, profit);
        } else if (kept != null) {
            alt = premium != null ? new Alternative(kept.margin(), premium, kept.profit()) : kept;
        } else {
            return Optional.empty();
        }
        if (alt.margin() != null && alt.margin().compareTo(BigDecimal.ONE) >= 0 || STAKE.matcher(text).find() && kept == null) {
            return Optional.empty();
        }
        Goal goal = null;
        Matcher a = ASKED.matcher(rest);
        if (a.find()) {
            InputId in = a.group("margin") != null ? InputId.AWS_OPERATING_MARGIN : InputId.AWS_CAPTURE_SHARE;
            Sums.blank(rest, a.start(), a.end());
            if (MATCH.matcher(rest).find()) {
                goal = new Goal(in, BigDecimal.ZERO, false);
            } else {
                Matcher t = TARGET.matcher(rest);
                if (t.find()) {
                    goal = new Goal(in, Sums.billions(t.group("t")), t.group("year") != null);
                    Sums.blank(rest, t.start(), t.end());
                }
            }
        }
        String left = rest.toString();
        String q;
        boolean saidHere = margin != null || profit != null || premium != null;
        if (goal != null || saidHere) {
Matcher s = SCENARIO.matcher(left);
            String scenario = s.find() ? s.group(1) : null;
            q = Sums.figuresThen(left, null, (scenario == null ? "" : scenario + ": ") + "aws compute profit");
        } else {
            String r = Reframing.tidy(left.replaceAll("^[\\s.,;:-]+", ""));
            // (a follow-up that only says the period, "and over the whole hold?", is the thread's question again)
            String bare = Reframing.orSame(r.replaceAll("(?i)\\b(?:over\\s+the\\s+(?:whole\\s+)?(?:hold|window)|per\\s+(?:year|yr)|a\\s+(?:year|yr)|incremental)\\b", " "));
            q = bare.equals("same question again") ? bare : Reframing.orSame(r);
        }
        return Optional.of(new Found(q, alt, goal, calculator));
    }

    private static Alternative keptAlternative(String words) {
        Matcher pm = Pattern.compile("^otherwise \\$([\\d.]+)B of profit").matcher(words);
        if (pm.find()) {
            return new Alternative(null, null, new BigDecimal(pm.group(1)));
        }
        Matcher mm = Pattern.compile("^otherwise (?:at ([\\d.]+)%|the same cost)(?:, price ([\\d.]+)% higher)?").matcher(words);
        if (mm.find()) {
            return new Alternative(mm.group(1) == null ? null : new BigDecimal(mm.group(1)).movePointLeft(2), mm.group(2) == null ? null
                    : new BigDecimal(mm.group(2)).movePointLeft(2), null);
        }
        return null;
    }
}
