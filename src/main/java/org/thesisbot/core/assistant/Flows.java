package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money that goes in and comes out at more than one time: staged draws ("draws 20 at close / 15 yr1 / 15 yr2") and
 * partial exits ("half out at 1.2T in yr 3, other half at 2T yr 6", "sell 40% of the stake at 1.1T in yr 3, rest in yr
 * 5"). The stake is the draws' sum over the post-money they price at; each sale is its share of the stake times
 * OpenAI's valuation then. The blended MOIC is what the sales bring over what the draws put in; the IRR is the rate at
 * which the flows' present value is zero. A sale whose valuation is asked ("where does the back half need to clear for a
 * 2x blended", "last third goes yr 6: at what valuation for 2.5x") is solved exactly: the blend is linear in it, for a
 * multiple and, at a given rate, for an IRR.
 *
 * <p>Read from the prepared question: times are "at close" / "day 1" (year 0), "year N", "after N years", "in N years";
 * shares of the stake are "whole", "half", "a third", "40% of the stake", "the rest". Bounded: at most
 * {@value #MAX_FLOWS} flows, each at most {@value #MAX_YEAR} years out.
 */
final class Flows {
    static final int MAX_FLOWS = 8;
    static final int MAX_YEAR = 50;
    private static final MathContext MC = MathContext.DECIMAL128;
    /** A fraction's sum may miss one by this much ("a third" three times). */
    private static final BigDecimal SLACK = new BigDecimal("1e-9");

    /** Money put in at a year from the close (0: at close). */
    record Draw(BigDecimal amount, int year) {
    }

    /**
     * A sale of part of the stake.
     *
     * @param fraction  the share of the stake sold; null: the rest, whatever the other sales leave
     * @param valuation OpenAI's valuation at the sale, in billions; null: the one asked for, or the thread's exit
     * @param year      years from the close; -1 when not said (a multiple does not need it)
     */
    record Sale(BigDecimal fraction, BigDecimal valuation, int year) {
    }

    /** The blend asked to reach: a multiple, or an IRR (a fraction). */
    record Goal(boolean irr, BigDecimal value) {
    }

    /**
     * @param price the post-money (or, {@code pre}, the pre-money) the draws price at, when said; else null
     * @param loose a valuation said on its own ("same 1.5T"), for a sale left unpriced; else null
     */
    record Found(List<Draw> draws, List<Sale> sales, BigDecimal price, boolean pre, Goal goal, boolean moic, boolean irr,
                 boolean drawsNamed, BigDecimal loose, boolean salesNamed) {
        /** Whether the money moves at more than one time: two draws, or two sales. */
        boolean staged() {
            return draws.size() >= 2 || sales.size() >= 2;
        }
    }

    private Flows() {
    }

    private static final Pattern SPLIT = Pattern.compile("\\s*(?:(?<!\\d)/|/(?!\\d)|;|,|\\.(?!\\d)|\\s[-\u2013\u2014]\\s|\\bthen\\b|\\band\\b|:|\\?|\\+)\\s*");
    private static final Pattern AT_ZERO = Pattern.compile(
            "\\b(?:at|on|after|upon) clos(?:e|ing)\\b|\\bat signing\\b|\\bday (?:0|1|one|zero)\\b|\\bup ?front\\b|\\byear 0\\b|\\bon day\\b");
    private static final Pattern YEAR = Pattern.compile(
            "\\b(?:after|in|by|end of|at end of|at the end of) (\\d{1,2}) years?\\b|\\byear (\\d{1,2})\\b|\\b(\\d{1,2})(?:st|nd|rd|th) year\\b");
    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\w.%])\\$?(\\d+(?:\\.\\d+)?) ?(t|tn|trillion|tril|b|bn|billion)?\\b(?! ?(?:%|percent|x\\b|years?\\b(?! ?\\d)|st\\b|nd\\b|rd\\b|th\\b|post|pre))");
    private static final Pattern VALUATION = Pattern.compile(
            "(?:\\bat|\\bfor|@|\\bmark(?:ed)? at|\\bvalued at)(?: an?| the)? \\$?(\\d+(?:\\.\\d+)?) ?(t|tn|trillion|tril|b|bn|billion)?\\b(?! ?(?:%|percent|x\\b|years?\\b(?! ?\\d)|post|pre))");
    private static final Pattern PRICE = Pattern.compile(
            "\\$?(\\d+(?:\\.\\d+)?) ?(t|tn|trillion|tril|b|bn|billion)? ?(post|pre)(?:[- ]?money)?\\b");
    private static final Pattern DRAW_WORDS = Pattern.compile(
            "\\b(?:draws?|drawn|drawdowns?|tranches?|staged|stages|instal?lments?|capital calls?|calls|wired?|fund(?:ed|ing)? in)\\b");
    private static final Pattern SALE_WORDS = Pattern.compile(
            "\\b(?:out|sell|sells|sold|selling|exit|exits|exited|goes|go|gone|dump|dumped|flip|flipped|sale|sales|cash(?:ed)? out|offload|unload|trim|ipo)\\b");
    private static final Pattern WHOLE = Pattern.compile(
            "\\b(?:whole|entire|full|all of the|all the|all our|all of our) (?:stake|position|thing|piece|holding|lot)\\b|\\beverything\\b|\\ball of it\\b|\\bsingle exit\\b|\\bone (?:clean )?exit\\b");
    private static final Pattern REST = Pattern.compile(
            "\\b(?:the )?(?:rest|remainder|remaining(?: stake| shares| piece)?|balance|what'?s left)\\b");
    private static final Pattern PART = Pattern.compile(
            "\\b(?:(other|back|second|2nd|last|first|1st|final) )?(half|third|quarter)\\b|\\b(two|2) thirds\\b|\\b(three|3) quarters\\b"
                    + "|\\b(?:a |one )?(half|third|quarter)\\b"
                    + "|(?<![\\w.])(\\d+(?:\\.\\d+)?) ?(?:%|percent)(?! ?irr)(?: of (?:the |our |it|that)?(?:stake|position|holding|shares|piece)?)?"
                    + "|(?<![\\w.])(0\\.\\d+)(?= (?:of|at)\\b)"
                    + "|(?<![\\w./])(\\d{1,2})/(\\d{1,2})(?![\\d/])");
    /** A share of the stake said as one, not a bare percent (which beside a goal is the goal's: "the irr on those flows to 15%"). */
    private static final Pattern SHARE_WORD = Pattern.compile(
            "\\b(?:half|halves|third|thirds|quarter|quarters)\\b|\\d/\\d|% of (?:the |our )?(?:stake|position|holding|shares|piece)|\\b(?:last|remaining) \\d+ ?%");
    private static final Pattern MOIC_GOAL = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?) ?x\\b");
    private static final Pattern IRR_GOAL = Pattern.compile(
            "(?<![\\w.])(\\d+(?:\\.\\d+)?) ?(?:%|percent) ?irr\\b|\\birr\\b[^%?]{0,40}?\\b(?:to|of|at|hit|hits|reach|clear|above|over|>=?)(?: an?)? (\\d+(?:\\.\\d+)?) ?(?:%|percent)");
    private static final Pattern ASKS_MOIC = Pattern.compile("\\b(?:moic|multiple|blended|blend|x on|times (?:our|the) money|money multiple)\\b");
    private static final Pattern ASKS_IRR = Pattern.compile("\\b(?:irr|annuali[sz]ed|annual return|yearly return|xirr)\\b");
    private static final Pattern SCENARIO = Pattern.compile("\\b(?:bull|bear)\\b");

    private static final Pattern MAY = Pattern.compile(
            "\\b(?:draws?|drawdowns?|tranches?|staged|halves|half|thirds?|quarters?|rest|remainder|blend|blended|partial|piece)\\b|% of (?:the |our )?(?:stake|position)");

    /** Whether the text may state flows, or point at the thread's: a cheap look before it is prepared and read. */
    static boolean mayAsk(String lower, boolean threadHasFlows) {
        return lower.length() <= 2_000 && (MAY.matcher(lower).find() || threadHasFlows && lower.contains("same"));
    }

    /** The flows a prepared question states; empty when it states none at more than one time. */
    static Optional<Found> find(String prepared) {
        String t = prepared.toLowerCase(Locale.ROOT);
        if (t.length() > 2_000) {
            return Optional.empty();
        }
        boolean drawContext = DRAW_WORDS.matcher(t).find();
        boolean saleContext = SALE_WORDS.matcher(t).find();
        List<Draw> draws = new ArrayList<>();
        List<Sale> sales = new ArrayList<>();
        Goal goal = goal(t);
        BigDecimal loose = null;
        for (String seg : SPLIT.split(t)) {
            if (seg.isBlank() || draws.size() + sales.size() >= MAX_FLOWS) {
                continue;
            }
            int year = year(seg);
            BigDecimal part = part(seg);
            BigDecimal valuation = valuation(seg);
            boolean saleWords = SALE_WORDS.matcher(seg).find();
            boolean rest = REST.matcher(seg).find();
            boolean whole = WHOLE.matcher(seg).find();
            boolean sale = (part != null || rest || whole || saleWords) && (year >= 0 || valuation != null)
                    && (saleWords || saleContext && (part != null || rest) || valuation != null && (part != null || rest || whole));
            if (sale && (valuation == null || valuation.compareTo(BigDecimal.valueOf(100)) >= 0)) {
                BigDecimal f = rest ? null : part != null ? part : BigDecimal.ONE;
                sales.add(new Sale(f, valuation, year));
                continue;
            }
            boolean goalsOwn = part != null && !rest && !SHARE_WORD.matcher(seg).find()
                    && (IRR_GOAL.matcher(seg).find() || MOIC_GOAL.matcher(seg).find());
            boolean named = sales.stream().anyMatch(x -> x.valuation() == null);
            if ((part != null || rest) && !goalsOwn && !named && goal != null && (saleWords || seg.contains("clear") || seg.contains("need") || seg.contains("what"))) {
                // "where does the back half need to clear for a 2x": the sale asked for (a multiple needs no year; an IRR
                // without one is said to need it)
                sales.add(new Sale(rest ? null : part, null, -1));
                continue;
            }
            if (valuation == null && year < 0 && part == null && !rest) {
                // a valuation said on its own ("same 1.5T"): for a sale the question leaves unpriced
                BigDecimal v = amount(seg);
                if (v != null && v.compareTo(BigDecimal.valueOf(100)) >= 0 && !PRICE.matcher(seg).find()) {
                    loose = v;
                }
            }
            if (drawContext && year >= 0) {
                BigDecimal amount = amount(seg);
                if (amount != null && amount.signum() > 0 && amount.compareTo(BigDecimal.valueOf(1000)) < 0) {
                    draws.add(new Draw(amount, year));
                }
            }
        }
        BigDecimal price = null;
        boolean pre = false;
        Matcher p = PRICE.matcher(t);
        if (p.find()) {
            price = billions(p.group(1), p.group(2));
            pre = p.group(3).equals("pre");
        }
        boolean moic = ASKS_MOIC.matcher(t).find() || goal != null && !goal.irr();
        boolean irr = ASKS_IRR.matcher(t).find() || goal != null && goal.irr();
        boolean drawsNamed = drawContext || t.contains("same draws") || t.contains("timed");
        return Optional.of(new Found(List.copyOf(draws), List.copyOf(sales), price, pre, goal, moic, irr, drawsNamed, loose,
                sales.size() >= 2 || PART.matcher(t).find() && (t.contains("blend") || t.contains("half") || t.contains("third"))));
    }

    /** The flows in the thread's short form, one per entry: "draw 20 0", "sale 0.5 1200 3", "sale rest ? 6". */
    static List<String> kept(List<Draw> draws, List<Sale> sales) {
        List<String> out = new ArrayList<>();
        for (Draw d : draws) {
            out.add("draw " + d.amount().toPlainString() + " " + d.year());
        }
        for (Sale s : sales) {
            out.add("sale " + (s.fraction() == null ? "rest" : s.fraction().round(new MathContext(20)).toPlainString()) + " "
                    + (s.valuation() == null ? "?" : s.valuation().toPlainString()) + " " + s.year());
        }
        return out.size() > MAX_FLOWS ? List.of() : out;
    }

    /** The draws kept in a thread's short form. */
    static List<Draw> keptDraws(List<String> kept) {
        List<Draw> out = new ArrayList<>();
        for (String k : kept) {
            String[] w = k.split(" ");
            if (w.length == 3 && w[0].equals("draw") && w[1].matches("\\d{1,6}(?:\\.\\d{1,20})?") && w[2].matches("\\d{1,2}")
                    && Integer.parseInt(w[2]) <= MAX_YEAR) {
                out.add(new Draw(new BigDecimal(w[1]), Integer.parseInt(w[2])));
            }
        }
        return out;
    }

    /** The sales kept in a thread's short form. */
    static List<Sale> keptSales(List<String> kept) {
        List<Sale> out = new ArrayList<>();
        for (String k : kept) {
            String[] w = k.split(" ");
            // (what a thread kept is checked as a question's figures are: a state written by hand or by an older build is no input)
            if (w.length == 4 && w[0].equals("sale") && w[1].matches("rest|0?\\.\\d{1,20}|1(?:\\.0+)?")
                    && w[2].matches("\\?|\\d{1,6}(?:\\.\\d{1,20})?") && w[3].matches("-1|\\d{1,2}") && Integer.parseInt(w[3]) <= MAX_YEAR) {
                out.add(new Sale(w[1].equals("rest") ? null : new BigDecimal(w[1]), w[2].equals("?") ? null : new BigDecimal(w[2]),
                        Integer.parseInt(w[3])));
            }
        }
        return out;
    }

    /** Which of a thread's sales a follow-up asks about: "the first half" the first, "the 2nd half", "the rest" the last. */
    static int pointedSale(String prepared, int count) {
        return Pattern.compile("\\b(?:first|1st) (?:half|third|quarter|sale|piece|tranche)\\b").matcher(prepared.toLowerCase(Locale.ROOT)).find()
                ? 0 : count - 1;
    }

    /** Whether the question names a case, which the flows do not model (their valuations are said). */
    static boolean namesCase(String prepared) {
        return SCENARIO.matcher(prepared.toLowerCase(Locale.ROOT)).find();
    }

    private static Goal goal(String t) {
        Matcher irr = IRR_GOAL.matcher(t);
        if (irr.find()) {
            String v = irr.group(1) != null ? irr.group(1) : irr.group(2);
            return new Goal(true, new BigDecimal(v).movePointLeft(2));
        }
        Matcher m = MOIC_GOAL.matcher(t);
        return m.find() ? new Goal(false, new BigDecimal(m.group(1))) : null;
    }

    private static int year(String seg) {
        if (AT_ZERO.matcher(seg).find()) {
            return 0;
        }
        Matcher y = YEAR.matcher(seg);
        if (!y.find()) {
            return -1;
        }
        String v = y.group(1) != null ? y.group(1) : y.group(2) != null ? y.group(2) : y.group(3);
        int n = Integer.parseInt(v);
        return n <= MAX_YEAR ? n : -1;
    }

    private static BigDecimal part(String seg) {
        Matcher m = PART.matcher(seg);
        if (!m.find()) {
            return null;
        }
        if (m.group(3) != null) {
            return BigDecimal.valueOf(2).divide(BigDecimal.valueOf(3), MC);
        }
        if (m.group(4) != null) {
            return new BigDecimal("0.75");
        }
        String word = m.group(2) != null ? m.group(2) : m.group(5);
        if (word != null) {
            return switch (word) {
                case "half" -> new BigDecimal("0.5");
                case "third" -> BigDecimal.ONE.divide(BigDecimal.valueOf(3), MC);
                default -> new BigDecimal("0.25");
            };
        }
        if (m.group(8) != null) {
            int num = Integer.parseInt(m.group(8));
            int den = Integer.parseInt(m.group(9));
            return num > 0 && num <= den ? BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MC) : null;
        }
        BigDecimal v = m.group(6) != null ? new BigDecimal(m.group(6)).movePointLeft(2) : new BigDecimal(m.group(7));
        return v.signum() > 0 && v.compareTo(BigDecimal.ONE) <= 0 ? v : null;
    }

    private static BigDecimal valuation(String seg) {
        Matcher v = VALUATION.matcher(seg);
        while (v.find()) {
            BigDecimal b = billions(v.group(1), v.group(2));
            if (b.compareTo(BigDecimal.valueOf(100)) >= 0) {
                return b;
            }
        }
        return null;
    }

    private static BigDecimal amount(String segment) {
        // (the figures of a time are no amounts: "day 1", "year 2")
        // (nor is the price the draws go in at: "25 in yr 1 at the 830 post")
        String seg = PRICE.matcher(YEAR.matcher(AT_ZERO.matcher(segment).replaceAll(" ")).replaceAll(" ")).replaceAll(" ");
        Matcher m = MONEY.matcher(seg);
        while (m.find()) {
            String after = seg.substring(m.end());
            if (after.matches("^ ?(?:years?|yrs?)\\b(?! ?\\d).*")) {
                continue;
            }
            return billions(m.group(1), m.group(2));
        }
        return null;
    }

    private static BigDecimal billions(String digits, String unit) {
        BigDecimal v = new BigDecimal(digits);
        return unit != null && unit.startsWith("t") ? v.multiply(BigDecimal.valueOf(1000)) : v;
    }

    // ---- the arithmetic ----

    /** The flows with every share and valuation known, and what they come to. */
    record Worked(List<Draw> draws, List<Sale> sales, BigDecimal post, BigDecimal stake, BigDecimal invested,
                  List<BigDecimal> proceeds, BigDecimal moic, BigDecimal irr) {
    }

    /** Each sale's share with "the rest" said; empty when the shares do not come to the whole stake. */
    static Optional<List<Sale>> shared(List<Sale> sales) {
        BigDecimal said = BigDecimal.ZERO;
        int rests = 0;
        for (Sale s : sales) {
            if (s.fraction() == null) {
                rests++;
            } else {
                said = said.add(s.fraction());
            }
        }
        BigDecimal left = BigDecimal.ONE.subtract(said);
        if (rests > 1 || rests == 1 && left.compareTo(SLACK) <= 0 || rests == 0 && left.abs().compareTo(SLACK) > 0) {
            return Optional.empty();
        }
        List<Sale> out = new ArrayList<>();
        for (Sale s : sales) {
            out.add(s.fraction() == null ? new Sale(left, s.valuation(), s.year()) : s);
        }
        return Optional.of(out);
    }

    /** The blend of known flows: proceeds, MOIC and, when every flow has its year, the IRR (null when there is none). */
    static Worked work(List<Draw> draws, List<Sale> sales, BigDecimal post) {
        BigDecimal invested = draws.stream().map(Draw::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stake = invested.divide(post, MC);
        List<BigDecimal> proceeds = new ArrayList<>();
        for (Sale s : sales) {
            proceeds.add(s.fraction().multiply(stake, MC).multiply(s.valuation(), MC));
        }
        BigDecimal back = proceeds.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal moic = back.divide(invested, MC);
        boolean timed = sales.stream().allMatch(s -> s.year() >= 0);
        BigDecimal irr = timed ? irr(draws, sales, proceeds) : null;
        return new Worked(draws, sales, post, stake, invested, proceeds, moic, irr);
    }

    /** The present value at rate r of the draws (out) and the sales (in). */
    private static BigDecimal npv(List<Draw> draws, List<Sale> sales, List<BigDecimal> proceeds, BigDecimal r) {
        BigDecimal onePlus = BigDecimal.ONE.add(r);
        BigDecimal v = BigDecimal.ZERO;
        for (Draw d : draws) {
            v = v.subtract(d.amount().divide(onePlus.pow(d.year(), MC), MC));
        }
        for (int i = 0; i < sales.size(); i++) {
            v = v.add(proceeds.get(i).divide(onePlus.pow(sales.get(i).year(), MC), MC));
        }
        return v;
    }

    /**
     * The rate at which the flows are worth nothing today, by bisection between -99% and 10,000% a year (the present
     * value falls as the rate rises while money comes in after it goes out); null when no rate in that range does it, or
     * every flow is at the close. 200 halvings: far below the 15 significant digits kept.
     */
    static BigDecimal irr(List<Draw> draws, List<Sale> sales, List<BigDecimal> proceeds) {
        boolean later = draws.stream().anyMatch(d -> d.year() > 0) || sales.stream().anyMatch(s -> s.year() > 0);
        if (!later) {
            return null;
        }
        BigDecimal lo = new BigDecimal("-0.99");
        BigDecimal hi = new BigDecimal("100");
        BigDecimal atLo = npv(draws, sales, proceeds, lo);
        BigDecimal atHi = npv(draws, sales, proceeds, hi);
        if (atLo.signum() == atHi.signum() || atLo.signum() == 0 || atHi.signum() == 0) {
            return atLo.signum() == 0 ? lo : atHi.signum() == 0 ? hi : null;
        }
        BigDecimal two = BigDecimal.valueOf(2);
        for (int i = 0; i < 200; i++) {
            BigDecimal mid = lo.add(hi).divide(two, MC);
            BigDecimal at = npv(draws, sales, proceeds, mid);
            if (at.signum() == 0) {
                return mid.round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            }
            if (at.signum() == atLo.signum()) {
                lo = mid;
            } else {
                hi = mid;
            }
            if (hi.subtract(lo).compareTo(new BigDecimal("1e-25")) < 0) {
                break;
            }
        }
        return lo.add(hi).divide(two, MC).round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /**
     * The valuation the asked sale (index {@code k}, its valuation unknown) needs for the blend to reach {@code goal}: for a
     * multiple, goal × invested less the other sales, over the sale's share of the stake; for an IRR r, the draws' present
     * value at r less the other sales', carried to the sale's year, over the same. Null when the other sales reach it
     * already (the valuation would be zero or less), or an IRR goal meets a sale without its year.
     */
    static BigDecimal solve(List<Draw> draws, List<Sale> sales, int k, BigDecimal post, Goal goal) {
        BigDecimal invested = draws.stream().map(Draw::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal stake = invested.divide(post, MC);
        BigDecimal need;
        if (!goal.irr()) {
            need = goal.value().multiply(invested, MC);
            for (int i = 0; i < sales.size(); i++) {
                if (i != k) {
                    need = need.subtract(sales.get(i).fraction().multiply(stake, MC).multiply(sales.get(i).valuation(), MC));
                }
            }
        } else {
            if (sales.stream().anyMatch(s -> s.year() < 0)) {
                return null;
            }
            BigDecimal onePlus = BigDecimal.ONE.add(goal.value());
            BigDecimal pv = BigDecimal.ZERO;
            for (Draw d : draws) {
                pv = pv.add(d.amount().divide(onePlus.pow(d.year(), MC), MC));
            }
            for (int i = 0; i < sales.size(); i++) {
                if (i != k) {
                    Sale s = sales.get(i);
                    pv = pv.subtract(s.fraction().multiply(stake, MC).multiply(s.valuation(), MC).divide(onePlus.pow(s.year(), MC), MC));
                }
            }
            need = pv.multiply(onePlus.pow(sales.get(k).year(), MC), MC);
        }
        if (need.signum() <= 0) {
            return null;
        }
        return need.divide(sales.get(k).fraction().multiply(stake, MC), MC).round(new MathContext(15, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
