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
 * Part of the check laid off to co-investors right after the close: "lay off 15 to the sovereigns at cost", "we syndicate
 * 22 of the 50 at our price", "we kept 32 after syndicating 18", "we're net 34 after a 16 sell-down". Amazon's check is then
 * what it keeps, in the same round at the same post-money, and every number follows from it. Sold "at a 6% markup to
 * entry", the markup on what was sold is added to the gain and the multiple; with "a 10% promote on their upside", that
 * share of the co-investors' gain is too. A goal on the gain or the multiple with these in ("what exit takes our $ gain,
 * promote incl, to 35bn") is solved again with them ({@link Roots}). The sell-down lasts in a thread ({@link Frames}).
 */
final class SellDowns {
    private static final MathContext MC = MathContext.DECIMAL128;

    /** What was sold and kept, in billions, with the markup on what was sold and the promote on the buyers' gain (or null). */
    record Terms(BigDecimal sold, BigDecimal kept, BigDecimal markup, BigDecimal promote) {
        String said() {
            return "sold down $" + Sums.plain(sold) + "B, kept $" + Sums.plain(kept) + "B" + (markup == null ? "" : ", markup " + Sums.plain(markup.movePointRight(2)) + "%")
                    + (promote == null ? "" : ", promote " + Sums.plain(promote.movePointRight(2)) + "%");
        }

        boolean extras() {
            return markup != null || promote != null;
        }
    }

    record Found(String question, Terms terms, Calculator calculator) implements Reframing {
        @Override
        public Optional<String> kept() {
            return terms.sold().signum() == 0 ? Optional.empty() : Optional.of(terms.said());
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            String note = "Reading the check as the " + Format.money(terms.kept()) + " kept after selling " + Format.money(terms.sold())
                    + " of it on (the round and its post-money unchanged)" + (terms.markup() == null ? "" : "; the " + Sums.plain(terms.markup().movePointRight(2))
                    + "% markup on what was sold, " + Format.money(terms.sold().multiply(terms.markup(), MC)) + ", is added to the gain and the multiple")
                    + (terms.promote() == null ? "" : "; so is the " + Sums.plain(terms.promote().movePointRight(2)) + "% promote on the co-investors' gain") + ".";
            if (terms.sold().signum() == 0) {
                return a;
            }
            if (a.results().isEmpty() || !terms.extras()) {
                return a.results().isEmpty() ? a : RoutingAssistant.withNote(a, note);
            }
            Optional<MetricResult> anchor = a.results().stream().filter(r -> r.value() != null).findFirst();
            String sc = anchor.get().scenario();
            Map<String, BigDecimal> ins = StakeInputs.every(a, anchor.get(), inForce, calculator.model());
            ins.put(InputId.INVESTMENT.id(), terms.kept());
            try {
                Optional<MetricResult> solved = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED
                        && (r.metric().equals(InputId.EXIT_VALUATION.id()) || r.metric().equals(InputId.HOLDING_YEARS.id()))).findFirst();
                Optional<MetricResult> goal = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC && r.scenario().equals(sc)
                        && (r.metric().equals(Metric.GAIN.id()) || r.metric().equals(Metric.MOIC.id()) || r.metric().equals(Metric.IRR.id()))).findFirst();
                if (solved.isPresent() && goal.isPresent()) {
                    return RoutingAssistant.withNote(solved(a, sc, ins, solved.get(), goal.get()), note);
                }
                List<MetricResult> out = new ArrayList<>();
                List<String> lines = new ArrayList<>();
                for (MetricResult r : a.results()) {
                    BigDecimal v = r.kind() == MetricResult.Kind.METRIC && r.scenario().equals(sc) ? with(r.metric(), sc, ins) : null;
                    if (v == null) {
                        out.add(r);
                        continue;
                    }
                    Metric m = Metric.byId(r.metric()).orElseThrow();
                    out.add(new MetricResult(r.metric(), r.label() + ", with the sell-down's markup and promote", v, r.unit(), r.scenario(), r.inputs(),
                            r.formula(), r.explanation(), r.kind()));
                    lines.add(m.label() + ": " + Format.value(v, m.unit()));
                }
                if (lines.isEmpty()) {
                    return RoutingAssistant.withNote(a, note);
                }
                String head = "*With the sell-down (" + sc + " case): " + String.join(" \u00b7 ", lines) + "* `extra to us " + Format.money(extra(sc, ins)) + "`\n";
                return RoutingAssistant.withNote(new Answer(a.id(), a.route(), head + "_Before the markup and promote:_\n" + a.text(), a.narrative(), out, a.citations(),
                        a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts()), note);
            } catch (RuntimeException e) {
                return Reframing.refused(a, e.getMessage() == null ? "an input is out of range" : e.getMessage());
            }
        }

        /** The markup on what was sold plus the promote on the co-investors' gain (never below nothing), at these inputs. */
        private BigDecimal extra(String sc, Map<String, BigDecimal> ins) {
            BigDecimal extra = terms.markup() == null ? BigDecimal.ZERO : terms.sold().multiply(terms.markup(), MC);
            if (terms.promote() != null) {
                BigDecimal ours = calculator.value(Metric.STAKE_VALUE, sc, ins);
                BigDecimal theirs = ours.multiply(terms.sold(), MC).divide(terms.kept(), MC).subtract(terms.sold());
                extra = extra.add(theirs.max(BigDecimal.ZERO).multiply(terms.promote(), MC));
            }
            return extra;
        }

        /** The gain, the multiple or the IRR on what was kept with the extra in; null for any other metric. */
        private BigDecimal with(String metric, String sc, Map<String, BigDecimal> ins) {
            BigDecimal extra = extra(sc, ins);
            BigDecimal value = calculator.value(Metric.STAKE_VALUE, sc, ins);
            if (metric.equals(Metric.GAIN.id())) {
                return value.add(extra).subtract(terms.kept());
            }
            BigDecimal moic = value.add(extra).divide(terms.kept(), MC);
            if (metric.equals(Metric.MOIC.id())) {
                return moic;
            }
            if (metric.equals(Metric.IRR.id())) {
                return Calculator.annualReturn(moic, ins.get(InputId.HOLDING_YEARS.id()));
            }
            return null;
        }

        private Answer solved(Answer a, String sc, Map<String, BigDecimal> ins, MetricResult exit, MetricResult goal) {
            BigDecimal target = goal.value();
            boolean hold = exit.metric().equals(InputId.HOLDING_YEARS.id());
            Function<BigDecimal, BigDecimal> gap = x -> {
                Map<String, BigDecimal> at = new HashMap<>(ins);
                at.put(exit.metric(), x);
                return with(goal.metric(), sc, at).subtract(target);
            };
            Optional<BigDecimal> root = hold ? Roots.bisect(gap, new BigDecimal("0.1"), new BigDecimal("100"))
                    : Roots.bisect(gap, new BigDecimal("0.001"), new BigDecimal("100000"));
            if (root.isEmpty()) {
                return Reframing.refused(a, "no " + (hold ? "hold" : "exit") + " gets there with the sell-down's markup and promote.");
            }
            BigDecimal x = root.get();
            List<MetricResult> out = new ArrayList<>();
            for (MetricResult r : a.results()) {
                out.add(r == exit ? new MetricResult(r.metric(), r.label(), x, r.unit(), r.scenario(), r.inputs(), r.formula() + ", with the sell-down's markup and promote",
                        r.explanation(), r.kind()) : r);
            }
            Metric m = Metric.byId(goal.metric()).orElseThrow();
            String head = "*With the sell-down, " + (hold ? "the hold must be " + Format.value(x, exit.unit()) : "OpenAI's exit must be " + Format.money(x)) + "* for " + m.label().toLowerCase(java.util.Locale.ROOT) + " of "
                    + Format.value(target, m.unit()) + " (" + sc + " case)\n";
            return new Answer(a.id(), a.route(), head + "_Before the markup and promote:_\n" + a.text(), a.narrative(), out, a.citations(), a.answerer(), a.notes(),
                    a.decision(), a.clarify(), a.charts());
        }
    }

    private static final String N = "(?<!\\d)(\\d{1,3}(?:\\.\\d+)?)(?:\\s?(?:bn|b|billion))?(?!\\d|\\.\\d|\\s?(?:%|x\\b|pct|percent|yrs?\\b|years?\\b|y\\b|t\\b|tn\\b|trillion|cents?\\b|c\\b|\u00a2|bps\\b))";
    /** What was sold: "lay off 15", "syndicate 22 of the 50", "sell 12 of the 50", "a 16 sell-down", "after a 15 sell-down". */
    private static final Pattern SOLD = Pattern.compile("\\b(?:lay(?:ing)?\\s+off|laid\\s+off|syndic\\w*|sell(?:ing)?|sold|sells|offload\\w*)\\s+(?:down\\s+)?" + N.replace("(\\d", "(?<s>\\d")
            + "(?:\\s+of\\s+(?:the|our)\\s+50)?|\\b(?:a|the)\\s+" + N.replace("(\\d", "(?<s2>\\d") + "\\s+sell[- ]?down\\b");
    /** What was kept: "keep 30", "we kept 32", "net 30", "we're net 34", "sit at 30 in oai", "the 28 we keep", "keeping 30 net". */
    private static final Pattern KEPT = Pattern.compile("\\b(?:keep|kept|keeping|retain\\w*|hold(?:ing)?\\s+on\\s+to)\\s+(?:only\\s+)?" + N.replace("(\\d", "(?<k>\\d")
            + "|\\b(?:we'?re\\s+|we\\s+are\\s+|our\\s+|on\\s+our\\s+)?net\\s+" + N.replace("(\\d", "(?<k2>\\d") + "(?!\\w*\\s+(?:gain|loss|profit|return|upside|of)\\b)"
            + "|\\bsit\\s+at\\s+" + N.replace("(\\d", "(?<k3>\\d") + "\\s+in\\s+(?:oai|openai)"
            + "|\\bthe\\s+" + N.replace("(\\d", "(?<k4>\\d") + "\\s+we\\s+(?:keep|kept|hold|retain)\\b"
            + "|" + N.replace("(\\d", "(?<k5>\\d") + "\\s+net\\b");
    /** The words that say a sell-down at all (a "keep 30" alone could be anything). */
    private static final Pattern SELL_WORDS = Pattern.compile("\\blay(?:ing)?\\s+off\\b|\\blaid\\s+off\\b|\\bsyndic\\w*|\\bsell[- ]?down\\b|\\bsovereigns?\\b|\\bco-?invest\\w*|\\bsold\\b|\\bsell\\b|\\bnet\\s+\\d{1,3}\\b(?!\\s?(?:cents?\\b|c\\b|%|bps\\b))|\\b\\d{1,3}\\s+net\\b");
    private static final Pattern MARKUP = Pattern.compile("(?<m>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "\\s+(?:mark-?up|premium)\\b|\\bmark-?up\\s+(?:to|of|at)\\s+(?<m2>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "");
    private static final Pattern PROMOTE = Pattern.compile("(?<p>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "\\s+(?:promote|promte|carry|carried\\s+interest)\\b|\\bpromote\\s+(?:to|of|at)\\s+(?<p2>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "");
    private static final Pattern AT_COST = Pattern.compile("\\bat\\s+(?:cost|our\\s+price|par|entry)\\b|\\bno\\s+promote\\b");
    /** How much can be sold for a stake: "how much can we lay off … and still keep 3.5%", "max sell-down that still leaves us on 4.5%". */
    private static final Pattern HOW_MUCH = Pattern.compile("\\bhow\\s+much\\s+can\\s+we\\s+(?:lay\\s+off|sell(?:\\s+down)?|syndicate|offload)\\b|\\bmax(?:imum)?\\s+sell[- ]?down\\b|\\bwhat\\s+do\\s+we\\s+need\\s+to\\s+keep\\b");
    /** The stake to keep: "still keep 3.5%", "still leaves us on 4.5%". */
    private static final Pattern STAKE_KEPT = Pattern.compile("\\b(?:keep|hold|leaves?\\s+us\\s+(?:on|at|with))\\s+(?<p>\\d{1,2}(?:\\.\\d+)?)" + Sums.PCT + "");
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((sold down [^)]*)\\)\\s*$");
    static final Pattern LEAVE = Pattern.compile("\\bno\\s+sell[- ]?down\\b|\\bforget\\s+the\\s+(?:sell[- ]?down|syndicat\\w*)\\b|\\bkeep\\s+(?:the\\s+)?(?:whole|full|all)\\s+(?:50|check|ticket)\\b", Pattern.CASE_INSENSITIVE);
    /** A follow-up that changes the markup or the promote: the thread's sell-down read again with it. */
    static final Pattern AGAIN = Pattern.compile("\\bmark-?up\\b|\\bpromote\\b|\\bpromte\\b", Pattern.CASE_INSENSITIVE);

    private SellDowns() {
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
        BigDecimal check = calculator.model().value(InputId.INVESTMENT.id(), "base");
        StringBuilder rest = new StringBuilder(text);
        Matcher pct = STAKE_KEPT.matcher(text);
        if (HOW_MUCH.matcher(text).find() && kept == null && pct.find()) {
            // the amount that can be sold is the check to keep: the stake asked for, solved for the check, at the figures
            // the rest says
            Sums.blank(rest, pct.start(), pct.end());
String q = Sums.figuresThen(rest.toString(), null, "what check keeps a " + pct.group("p") + "% stake");
            return Optional.of(new Found(q, new Terms(BigDecimal.ZERO, check, null, null), calculator));
        }
        boolean words = SELL_WORDS.matcher(text).find();
        BigDecimal sold = null;
        BigDecimal keep = null;
        if (words || kept != null) {
            Matcher s = SOLD.matcher(rest);
            if (s.find()) {
                sold = new BigDecimal(s.group("s") != null ? s.group("s") : s.group("s2"));
                Sums.blank(rest, s.start(), s.end());
            }
            Matcher k = KEPT.matcher(rest);
            if (k.find()) {
                for (String g : List.of("k", "k2", "k3", "k4", "k5")) {
                    if (k.group(g) != null) {
                        keep = new BigDecimal(k.group(g));
                    }
                }
                // ("$ up on the 37 we keep": what is kept is the check the rest asks about)
                rest.replace(k.start(), k.end(), k.group("k4") != null ? "the check" : " ");
            }
        }
        if (sold == null && keep == null && kept == null) {
            return Optional.empty();
        }
        if (sold == null && keep == null) {
            sold = kept.sold();
            keep = kept.kept();
        } else if (keep == null) {
            keep = check.subtract(sold);
        } else if (sold == null) {
            sold = check.subtract(keep);
        }
        if (keep.signum() <= 0 || sold.signum() < 0 || keep.compareTo(check) > 0) {
            return Optional.empty();
        }
        BigDecimal markup = kept == null ? null : kept.markup();
        BigDecimal promote = kept == null ? null : kept.promote();
        Matcher m = MARKUP.matcher(rest);
        if (m.find()) {
            markup = new BigDecimal(m.group("m") != null ? m.group("m") : m.group("m2")).movePointLeft(2);
            Sums.blank(rest, m.start(), m.end());
        }
        Matcher p = PROMOTE.matcher(rest);
        if (p.find()) {
            promote = new BigDecimal(p.group("p") != null ? p.group("p") : p.group("p2")).movePointLeft(2);
            Sums.blank(rest, p.start(), p.end());
        }
        if (AT_COST.matcher(text).find() && !PROMOTE.matcher(text).find() && kept == null) {
            promote = null;
        }
        String left = rest.toString().replaceAll("\\bto\\s+(?:the\\s+)?(?:sovereigns?|co-?investors?)\\b|\\bat\\s+cost\\b|\\bat\\s+our\\s+price\\b|\\bto\\s+entry\\b"
                + "|\\bon\\s+(?:their|the\\s+(?:sovereigns?|co-?investors?)'?s?)\\s+(?:upside|profit|gain)\\b|\\b(?:promote|markup)\\s+(?:incl\\w*|counted|in)\\b|\\bafter\\s+(?:the\\s+)?(?:sell[- ]?down|syndication)\\b"
                + "|\\b(?:post\\s+)?sell[- ]?down\\b|\\bafter\\s+syndicating\\b|\\bwith\\s+the\\s+promote\\s+in\\b|\\bnow\\s+layer\\s+in\\b|\\bbump\\s+the\\b|\\bmarkup\\s+added\\s+on\\s+top\\s+of\\s+the\\s+exit\\s+proceeds\\b", " ");
        String q = Reframing.orSame(Reframing.tidy(left.replaceAll("^[\\s.,;:-]+", "").replaceAll("\\s+[.,;]\\s+", " ").replaceAll("\\s+[-\u2013\u2014]\\s*(?=[-\u2013\u2014]|$)", " ")));
        // ("on the 16", "irr on the 34": the amounts said again, no figure of their own)
        q = q.replaceAll("\\b(?:on|of|over)\\s+(?:the|our)\\s+(?:net\\s+)?(?:" + Pattern.quote(Sums.plain(keep)) + "|" + Pattern.quote(Sums.plain(sold)) + ")(?:bn|b)?\\b(?!\\s*%)", " ");
        q = Reframing.orSame(Reframing.tidy(q));
        // (a follow-up in the thread's sell-down asks the thread's question again, at the check it already keeps)
        q = q.equals("same question again") ? kept != null ? q : "and if the check is $" + Sums.plain(keep) + "B" : q + "; investment $" + Sums.plain(keep) + "B";
        return Optional.of(new Found(q, new Terms(sold, keep, markup, promote), calculator));
    }

    private static Terms keptTerms(String words) {
        Matcher m = Pattern.compile("^sold down \\$([\\d.]+)B, kept \\$([\\d.]+)B(?:, markup ([\\d.]+)%)?(?:, promote ([\\d.]+)%)?").matcher(words);
        if (!m.find()) {
            return null;
        }
        return new Terms(new BigDecimal(m.group(1)), new BigDecimal(m.group(2)), m.group(3) == null ? null : new BigDecimal(m.group(3)).movePointLeft(2),
                m.group(4) == null ? null : new BigDecimal(m.group(4)).movePointLeft(2));
    }
}
