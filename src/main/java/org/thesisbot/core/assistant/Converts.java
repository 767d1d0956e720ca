package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;

/**
 * The check put in as a convertible note (or a SAFE) that converts at the next priced round: at the valuation cap, or at
 * the round's price less a discount, whichever is lower ("850bn post-money cap, 15% disc, next round at $1,150bn post",
 * "no cap, converts at 80 cents on the dollar of the next round"). A cap or a round said as a pre-money is that plus the
 * round's size. The price it converts at is the post-money the check buys into, so the question is said to the reader
 * with that post-money, and every number of the stake follows, with a note that shows which term binds. With the round
 * asked for ("what next-round post gets our 50 to 5%"), the post-money is solved as usual and said as the round it takes:
 * the post-money ÷ (1 − the discount). The terms last in a thread ({@link Frames}): "and if the round comes in at 1.05T
 * post?" converts again at the new round.
 */
final class Converts {
    /**
     * The question with the price the note converts at said as the post-money, or (the round asked for) the words of the
     * round said as the post-money.
     */
    record Found(String question, Terms terms, BigDecimal post, String note, boolean roundAsked, boolean roundPre, BigDecimal roundSize,
                 boolean crossover, BigDecimal straight, boolean compare, Calculator calculator) implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of(terms.said() + (straight == null ? "" : ", vs straight $" + Sums.plain(straight) + "B post"));
        }

        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            if (crossover) {
                return crossover(a);
            }
            if (roundAsked) {
                Answer r = round(a);
                if (r != null) {
                    return r;
                }
            }
            Answer out = note == null ? a : RoutingAssistant.withNote(a, note);
            return compare && straight != null ? againstStraight(out) : out;
        }

        /**
         * Each of the stake's numbers again as if the check bought in straight at {@code straight} post-money, after the note's
         * ("what do we hold post conversion vs just buying at the 830 post today?"), with a line that says both.
         */
        private Answer againstStraight(Answer a) {
            List<MetricResult> results = new ArrayList<>(a.results());
            StringBuilder head = new StringBuilder();
            for (MetricResult r : a.results()) {
                java.util.Optional<org.thesisbot.core.scenario.Metric> m = org.thesisbot.core.scenario.Metric.byId(r.metric());
                if (r.kind() != MetricResult.Kind.METRIC || r.value() == null || m.isEmpty() || !STAKE_METRICS.contains(m.get())) {
                    continue;
                }
                java.util.Map<String, BigDecimal> at = new java.util.HashMap<>(StakeInputs.listed(a, r));
                at.put(InputId.POST_MONEY_VALUATION.id(), straight);
                BigDecimal v = calculator.value(m.get(), r.scenario(), at);
                results.add(new MetricResult(r.metric(), r.label() + " bought straight at " + Format.money(straight) + " post-money", v, r.unit(), r.scenario(),
                        r.inputs(), "", "The same check bought in at " + Format.money(straight) + " post-money instead of converting.", MetricResult.Kind.METRIC));
                head.append("*").append(r.label()).append(": ").append(Format.value(r.value(), r.unit())).append(" through the note, ")
                        .append(Format.value(v, r.unit())).append(" bought straight at ").append(Format.money(straight)).append(" post-money* (")
                        .append(r.scenario()).append(" case)\n");
            }
            if (head.isEmpty()) {
                return a;
            }
            return new Answer(a.id(), a.route(), head + a.text(), a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(),
                    a.clarify(), a.charts());
        }

        /** The round above which the cap binds: the cap ÷ (1 − the discount), ahead of the stake at the cap. */
        private Answer crossover(Answer a) {
            BigDecimal keep = BigDecimal.ONE.subtract(terms.discount());
            BigDecimal roundPost = Sums.plainScale(terms.cap().divide(keep, MathContext.DECIMAL128));
            String how = Format.money(terms.cap()) + " \u00f7 (1 \u2212 " + Format.percent(terms.discount()) + ") = " + Format.money(roundPost);
            List<MetricResult> results = new ArrayList<>();
            org.thesisbot.core.api.Unit money = org.thesisbot.core.api.Unit.USD_BILLIONS;
            String scenario = a.results().get(0).scenario();
            results.add(new MetricResult(InputId.POST_MONEY_VALUATION.id(), "the next round's post-money valuation where the cap takes over", roundPost, money,
                    scenario, List.of(), how, "the round whose price less the discount is the cap", MetricResult.Kind.SOLVED));
            BigDecimal pre = roundPost.subtract(roundSize);
            if (roundPre) {
                results.add(new MetricResult(org.thesisbot.core.scenario.Metric.PRE_MONEY_VALUATION.id(), "the next round's pre-money valuation where the cap takes over",
                        pre, money, scenario, List.of(), Format.money(roundPost) + " \u2212 " + Format.money(roundSize) + " = " + Format.money(pre),
                        "the round's post-money less the round", MetricResult.Kind.SOLVED));
            }
            results.addAll(a.results());
            String head = "*The cap takes over above a next round of " + Format.money(roundPost) + " post-money" + (roundPre ? " (" + Format.money(pre) + " pre-money)" : "")
                    + "* (" + how + "): below it the " + Format.percent(terms.discount()) + " discount gives the lower price. At or above it the note converts at the cap:\n";
            return new Answer(a.id(), a.route(), head + a.text(), a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(),
                    a.clarify(), a.charts());
        }

        /** The post-money solved, said as the round's valuation that converts at it; null when none was solved. */
        private Answer round(Answer a) {
            Optional<MetricResult> solved = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null
                    && r.metric().equals(InputId.POST_MONEY_VALUATION.id())).findFirst();
            if (solved.isEmpty()) {
                return null;
            }
            MetricResult e = solved.get();
            BigDecimal keep = BigDecimal.ONE.subtract(terms.discount());
            BigDecimal roundPost = Sums.plainScale(e.value().divide(keep, MathContext.DECIMAL128));
            String factor = keep.stripTrailingZeros().toPlainString();
            String how = Format.money(e.value()) + " \u00f7 (1 \u2212 " + Format.percent(terms.discount()) + ") = " + Format.money(roundPost);
            List<MetricResult> results = new ArrayList<>();
            for (MetricResult r : a.results()) {
                if (r != e) {
                    results.add(r);
                    continue;
                }
                results.add(new MetricResult(e.metric(), "the next round's post-money valuation", roundPost, e.unit(), e.scenario(), e.inputs(), how,
                        "the post-money the note must convert at, " + Format.money(e.value()) + ", \u00f7 " + factor + " for the " + Format.percent(terms.discount())
                                + " discount", MetricResult.Kind.SOLVED));
                if (roundPre) {
                    BigDecimal pre = roundPost.subtract(roundSize);
                    results.add(new MetricResult(org.thesisbot.core.scenario.Metric.PRE_MONEY_VALUATION.id(), "the next round's pre-money valuation", pre, e.unit(), e.scenario(), e.inputs(),
                            Format.money(roundPost) + " \u2212 " + Format.money(roundSize) + " = " + Format.money(pre), "the round's post-money less the round",
                            MetricResult.Kind.SOLVED));
                }
            }
            String head = "*The next round must price at " + Format.money(roundPost) + " post-money" + (roundPre ? " (" + Format.money(roundPost.subtract(roundSize)) + " pre-money)" : "")
                    + "* (the note converts at " + Format.percent(terms.discount()) + " off it: " + how + "; the working below is at the price it converts at)\n";
            return new Answer(a.id(), a.route(), head + a.text(), a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(),
                    a.clarify(), a.charts());
        }
    }

    /**
     * A note's terms, each as a post-money (null: not said).
     *
     * @param cap      the valuation cap
     * @param noCap    whether the note is said to have none
     * @param discount the discount to the round's price, a fraction (zero when none is said)
     * @param round    the next round's post-money valuation
     */
    record Terms(BigDecimal cap, boolean noCap, BigDecimal discount, BigDecimal round) {
        /** The terms in the words {@link #find} reads again: "(convert: cap $900B post, 20% discount, next round $1200B post)". */
        String said() {
            List<String> parts = new ArrayList<>();
            parts.add(cap != null ? "cap $" + Sums.plain(cap) + "B post" : "no cap");
            parts.add(Sums.plain(discount.movePointRight(2)) + "% discount");
            if (round != null) {
                parts.add("next round $" + Sums.plain(round) + "B post");
            }
            return "convert: " + String.join(", ", parts);
        }

        Terms with(Terms newer) {
            return new Terms(newer.cap != null ? newer.cap : newer.noCap ? null : cap, newer.noCap || noCap && newer.cap == null,
                    newer.discountSaid() ? newer.discount : discount, newer.round != null ? newer.round : round);
        }

        private boolean discountSaid() {
            return discount != null && discount.signum() != 0;
        }
    }

    private static final String M = Sums.SUM_SAID;
    /** "900 post cap", "a 1.1 trillion post cap", "the 900 cap", "an 880 post-money cap". */
    private static final Pattern CAP_AFTER = Pattern.compile("(?<m>" + M + ")\\s*(?:(?<b>post|pre)(?:[- ]money)?\\s+)?(?:valuation\\s+)?cap\\b(?!\\s+(?:table|rate|ex))");
    /** "cap 950 post", "capped at 780 post", "post-money cap 900bn", "cap set at oai's old 500bn mark", "cap of 1t". */
    private static final Pattern CAP_BEFORE = Pattern.compile("(?:\\b(?<b1>post|pre)(?:[- ]money)?\\s+)?(?<!\\bmkt\\s)(?<!\\bmarket\\s)\\bcap(?:ped)?\\s+(?:of\\s+|at\\s+|is\\s+|set\\s+at\\s+|=\\s*)?"
            + "(?:(?:oai|openai|the)(?:'s)?\\s+(?:old\\s+|last\\s+|current\\s+|prior\\s+)?)?(?<m>" + M + ")(?:\\s*(?<b2>post|pre)(?:[- ]money)?)?(?:\\s+(?:mark|valuation))?");
    private static final Pattern NO_CAP = Pattern.compile("\\bno\\s+(?:valuation\\s+)?cap\\b|\\buncapped\\b|\\bwithout\\s+a\\s+cap\\b");
    /** "20% disc", "25% discount", "25% off the next round", "at 80 cents on the dollar of the next round" (normalised to "80%"). */
    private static final Pattern DISCOUNT = Pattern.compile("(?<d>\\d{1,3}(?:\\.\\d+)?)\\s?(?:%|pct|percent)\\s+(?:disc\\w*|off)\\b"
            + "|\\b(?<c>\\d{1,2})\\s?(?:c|cents|%)\\s+on\\s+the\\s+(?:dollar|\\$)");
    private static final Pattern NO_DISCOUNT = Pattern.compile("\\bno\\s+discount\\b");
    /** "next round at 1.2t post", "series prices at 1.2t pre", "round comes in soft, say 1.05t post", "a 1t post round". */
    private static final Pattern ROUND = Pattern.compile("\\b(?:round|series(?:\\s+[a-h])?)\\b(?<gap>[^.?;:]{0,40}?)\\s(?<m>" + M + ")\\s*(?<b>post|pre)\\b(?:[- ]money)?"
            + "|(?<m2>" + M + ")\\s*(?<b2>post|pre)(?:[- ]money)?\\s+(?:priced\\s+)?round\\b");
    /**
     * Words of a note that converts: the note named, or a cap said as a post- or pre-money (a market cap, a cap table or a
     * cap rate is none).
     */
    private static final Pattern CONVERT = Pattern.compile("\\bconver\\w*|\\bnotes?\\b|\\bsafes?\\b|\\b(?:post|pre)(?:[- ]money)?\\s+cap\\b|\\bvaluation\\s+cap\\b"
            + "|(?<!\\bmkt\\s)(?<!\\bmarket\\s)\\bcap(?:ped)?\\s+(?:at\\s+|of\\s+)?\\$?\\d[\\d.,]*\\s?(?:bn|b|billion|trillion|tril|tn|t)?\\s*(?:post|pre)\\b");
    /** A cap said with no basis and no note ("a 12bn cap" on AWS's profit) is a note's only beside a discount or a next round. */
    private static final Pattern CAP_WITH_TERMS = Pattern.compile("(?<!\\bmkt\\s)(?<!\\bmarket\\s)\\bcap(?:ped)?\\b(?!\\s+(?:table|rate|ex))"
            + "(?=[\\s\\S]*(?:\\bdisc\\w*|\\bnext[- ]round\\b|\\bseries\\b|\\bround\\b))|(?:\\bdisc\\w*|\\bnext[- ]round\\b)[\\s\\S]*\\bcap(?:ped)?\\b");
    /** The round asked for: "what next-round post valuation", "what next round post", "at what next-round pre". */
    private static final Pattern ROUND_ASKED = Pattern.compile("\\bwhat\\s+(?:the\\s+)?next[- ]round\\s+(?<b>post|pre)(?:[- ]money)?(?:\\s+valuation)?"
            + "|\\bwhat\\s+(?:the\\s+)?next[- ]round\\s+valuation");
    /** Words that leave the note's terms in a thread: the check said as plain equity again. */
    static final Pattern LEAVE = Pattern.compile("\\b(?:straight|plain)\\s+equity\\b|\\bno\\s+(?:convert|note)\\b|\\bforget\\s+the\\s+(?:convert|note)\\b|\\bequity\\s+(?:instead|only)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A follow-up that changes a term without naming the note ("what if the cap is 1T"): the thread's other terms kept. */
    static final Pattern AGAIN = Pattern.compile("^(?![\\s\\S]*\\b(?:conver\\w*|notes?|safes?)\\b)[\\s\\S]*\\b(?:cap|capped|disc\\w*|round)\\b", Pattern.CASE_INSENSITIVE);
    /** The note against buying in straight: "vs just buying at the 830 post today", "compared with going in at 830 post". */
    private static final Pattern STRAIGHT = Pattern.compile("\\b(?:vs\\.?|versus|compared\\s+(?:to|with)|against|or)\\s+(?:just\\s+)?(?:buying|going|investing|coming)(?:\\s+(?:in|straight))?"
            + "\\s+at\\s+(?:the\\s+|a\\s+)?(?<m>" + M + ")\\s*(?:post(?:[- ]money)?)?(?:\\s+today)?");
    /** An entry price said outright: "at an 830 post", "post-money of 1T". */
    private static final Pattern OWN_ENTRY = Pattern.compile("\\d[\\d.,]*\\s?(?:bn|b|billion|trillion|tril|tn|t)?\\s*(?:post|pre)(?:[- ]money)?\\b|\\b(?:post|pre)[- ]money\\s+(?:of\\s+|at\\s+|is\\s+)?\\$?\\d");
    /** Both asked again in a thread that compared them: "irr both ways", "each way". */
    private static final Pattern BOTH = Pattern.compile("\\bboth\\s+ways\\b|\\beach\\s+way\\b|\\bvs\\.?\\s+straight\\b|\\bboth\\s+structures\\b");
    private static final java.util.Set<org.thesisbot.core.scenario.Metric> STAKE_METRICS = java.util.EnumSet.of(org.thesisbot.core.scenario.Metric.STAKE,
            org.thesisbot.core.scenario.Metric.STAKE_VALUE, org.thesisbot.core.scenario.Metric.MOIC, org.thesisbot.core.scenario.Metric.IRR,
            org.thesisbot.core.scenario.Metric.GAIN, org.thesisbot.core.scenario.Metric.COMBINED_PAYOFF);
    private static final Pattern KEPT_STRAIGHT = Pattern.compile(",\\s*vs straight (?<m>\\$[\\d.]+b) post", Pattern.CASE_INSENSITIVE);
    /** The terms a thread keeps, after a follow-up. */
    private static final Pattern CARRIED = Pattern.compile("\\s*\\((convert: [^)]*)\\)\\s*$");

    private Converts() {
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        String text = Amounts.normalise(question);
        Terms kept = null;
        BigDecimal straight = null;
        Matcher c = CARRIED.matcher(text);
        if (c.find()) {
            String k = c.group(1);
            Matcher ks = KEPT_STRAIGHT.matcher(k);
            if (ks.find()) {
                straight = Sums.valuation(ks.group("m"));
                k = k.substring(0, ks.start());
            }
            kept = terms(k, null, calculator).terms();
            text = text.substring(0, c.start());
        }
        boolean compare = false;
        Matcher st = STRAIGHT.matcher(text);
        if (st.find() && Sums.valuation(st.group("m")) != null) {
            straight = Sums.valuation(st.group("m"));
            compare = true;
            text = text.substring(0, st.start()) + " ".repeat(st.end() - st.start()) + text.substring(st.end());
        } else if (straight != null && BOTH.matcher(text).find()) {
            compare = true;
            text = BOTH.matcher(text).replaceAll(" ");
        }
        if (kept == null && !CONVERT.matcher(text).find() && !CAP_WITH_TERMS.matcher(text).find()) {
            return Optional.empty();
        }
        Read read = terms(text, kept, calculator);
        Terms t = kept == null ? read.terms() : kept.with(read.terms());
        boolean roundAsked = ROUND_ASKED.matcher(read.rest()).find();
        boolean said = t.cap() != null || t.discountSaid() && (t.round() != null || roundAsked);
        if (!said) {
            return Optional.empty();
        }
        BigDecimal size = calculator.model().value(InputId.ROUND_SIZE.id(), "base");
        String rest = read.rest();
        if (roundAsked && t.cap() == null && t.round() == null) {
            Matcher a = ROUND_ASKED.matcher(rest);
            a.find();
            boolean pre = "pre".equals(a.group("b"));
            String q = rest.substring(0, a.start()) + "what post-money valuation" + rest.substring(a.end());
            return Optional.of(new Found(tidy(q), t, null, null, true, pre, size, false, straight, false, calculator));
        }
        if (roundAsked && t.cap() != null && t.discountSaid() && t.round() == null && t.discount().compareTo(BigDecimal.ONE) < 0 && t.cap().signum() > 0) {
            // where the cap takes over from the discount: the round whose discounted price is the cap, cap ÷ (1 − discount);
            // the stake at the cap is the working shown under it
            Matcher a = ROUND_ASKED.matcher(rest);
            a.find();
            return Optional.of(new Found("what's our stake; post-money valuation $" + Sums.plain(t.cap()) + "B", t, t.cap(), null, true, "pre".equals(a.group("b")), size,
                    true, straight, false, calculator));
        }
        if (roundAsked) {
            return Optional.empty();
        }
        BigDecimal byDiscount = t.round() == null ? null : t.round().multiply(BigDecimal.ONE.subtract(t.discount()));
        BigDecimal post = t.cap() == null ? byDiscount : byDiscount == null ? t.cap() : t.cap().min(byDiscount);
        if (post == null) {
            return Optional.empty();
        }
        post = Sums.plainScale(post);
        boolean changed = read.terms().cap() != null || read.terms().noCap() || read.terms().discountSaid() || read.terms().round() != null;
        if (kept != null && !changed && OWN_ENTRY.matcher(rest).find()) {
            return Optional.empty(); // (a follow-up at an entry price of its own, "stake at an 830 post?", is not the note's)
        }
        // (a follow-up that changes no term is asked at the post-money the thread already holds; said again, it would be one
        // more post-money beside any valuation the follow-up names, "irr if oai's at 1.5T")
        String q = Reframing.orSame(tidy(rest)) + (kept != null && !changed ? ""
                : "; post-money valuation " + (post.signum() < 0 ? "-$" + Sums.plain(post.negate()) : "$" + Sums.plain(post)) + "B");
        String note;
        if (t.cap() != null && byDiscount != null) {
            boolean capBinds = t.cap().compareTo(byDiscount) <= 0;
            String other = t.discountSaid() ? Format.percent(t.discount()) + " off the " + Format.money(t.round()) + " round is " + Format.money(byDiscount)
                    : "the round is " + Format.money(t.round());
            note = "The note converts at " + Format.money(post) + " post-money: the " + (capBinds ? "cap" : t.discountSaid() ? "discount" : "round's price")
                    + " binds (the cap is " + Format.money(t.cap()) + "; " + other + ").";
        } else if (t.cap() != null) {
            note = "The note converts at its cap, " + Format.money(post) + " post-money" + (t.discountSaid() ? " (no round was given for the discount)" : "") + ".";
        } else {
            note = "The note converts at " + Format.percent(t.discount()) + " off the " + Format.money(t.round()) + " round: " + Format.money(post) + " post-money.";
        }
        return Optional.of(new Found(q, t, post, note, false, false, size, false, straight, compare, calculator));
    }

    private record Read(Terms terms, String rest) {
    }

    /** The terms said in {@code text} (a cap or a round said as a pre-money has the round's size added), and the text left. */
    private static Read terms(String text, Terms before, Calculator calculator) {
        BigDecimal size = calculator.model().value(InputId.ROUND_SIZE.id(), "base");
        StringBuilder rest = new StringBuilder(text);
        BigDecimal cap = null;
        Matcher m = CAP_AFTER.matcher(rest);
        String basis = null;
        if (m.find()) {
            basis = m.group("b");
        } else if ((m = CAP_BEFORE.matcher(rest)).find()) {
            basis = m.group("b1") != null ? m.group("b1") : m.group("b2");
        } else {
            m = null;
        }
        if (m != null) {
            cap = Sums.valuation(m.group("m"));
            if (cap != null && "pre".equals(basis)) {
                cap = cap.add(size);
            }
            Sums.blank(rest, m.start(), m.end());
        }
        boolean noCap = false;
        Matcher n = NO_CAP.matcher(rest);
        if (n.find()) {
            noCap = true;
            Sums.blank(rest, n.start(), n.end());
        }
        BigDecimal discount = BigDecimal.ZERO;
        Matcher d = DISCOUNT.matcher(rest);
        if (d.find()) {
            discount = d.group("d") != null ? new BigDecimal(d.group("d")).movePointLeft(2) : BigDecimal.ONE.subtract(new BigDecimal(d.group("c")).movePointLeft(2));
            Sums.blank(rest, d.start(), d.end());
        } else if ((d = NO_DISCOUNT.matcher(rest)).find()) {
            Sums.blank(rest, d.start(), d.end());
        }
        BigDecimal round = null;
        Matcher r = ROUND.matcher(rest);
        if (r.find()) {
            boolean first = r.group("m") != null;
            round = Sums.valuation(r.group(first ? "m" : "m2"));
            if (round != null && "pre".equals(r.group(first ? "b" : "b2"))) {
                round = round.add(size);
            }
            Sums.blank(rest, first ? r.start("m") : r.start(), r.end());
        }
        return new Read(new Terms(cap, noCap, discount, round), rest.toString());
    }


    private static String tidy(String q) {
        return Reframing.tidy(q.replaceAll("(?<=\\s)[,+&](?=\\s)", " ").replaceAll("^[\\s.,;:-]+", "").replaceAll("[\\s,;:-]+([.?!])", "$1"));
    }

}
