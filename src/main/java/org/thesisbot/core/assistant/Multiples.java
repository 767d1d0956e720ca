package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.scenario.NumberWords;

/**
 * A sum said as a multiple or a share of a revenue the asker supplies, as public-markets people price a company: "oai at
 * 20x ntm rev of 70bn", "exits at 22x ntm topline, topline 75bn by then", "compute = 40% of 300bn cumulative topline". Each
 * product is worked out here, exactly, and said as the sum it is ("$1400B"), so the reader gives it a role as it would any
 * sum; the answer shows the working in a note. The model has no revenue of OpenAI's: a multiple is only ever a way to say a
 * valuation, never an input of its own.
 *
 * <p>Asked the other way ("what ntm multiple on 85bn gets us a 2.5x"), the multiple is asked as the valuation it prices
 * (the exit, or the post-money for an entry multiple), and {@link #per} says the answer's valuation as the multiple.
 */
final class Multiples {
    /** The question with each product said as its sum, the notes that show the working, and the multiple asked, if any. */
    record Found(String question, List<String> notes, Per per) {
    }

    /** A valuation asked as a multiple of {@code base}: the answer's {@code input} divided by it. */
    record Per(String input, BigDecimal base) {
        /** "That is 24.41x the $85B of revenue." */
        String said(BigDecimal valuation) {
            BigDecimal x = valuation.divide(base, MathContext.DECIMAL64);
            return "That is " + Format.multiple(x) + " the " + Format.money(base) + " of revenue (" + Format.money(valuation) + " \u00f7 "
                    + Format.money(base) + ").";
        }
    }

    /** Words that qualify a revenue: when it is earned, and how it is counted. */
    private static final String QUAL = "(?:ntm|fwd|forward|next[- ]year'?s?|trailing|ltm|ttm|run[- ]?rate|cum(?:ulative)?|annual|exit|entry|'?\\d\\d[-\u2013]'?\\d\\d|20\\d\\d(?:[-\u2013]\\d\\d)?)";
    private static final String REV = "(?:rev(?:enue)?s?|top[- ]?line|sales|arr)";
    /** Words that make a multiple one of revenue, not of money in ("2x on the 50" is a MOIC). */
    private static final Pattern REVENUE_WORD = Pattern.compile("\\b(?:" + REV + "|ntm|fwd|forward|ltm|ttm|trailing|run[- ]?rate)\\b", Pattern.CASE_INSENSITIVE);
    /** A sum: "~31bn", "$80,000m", "1.2T", "85"; never a multiple, a share or years ("2.5x", "20%", "5y"). */
    private static final String NUM = "~?\\s?(?:usd\\s?)?\\$?\\d[\\d,]*(?:\\.\\d+)?(?![\\d.,]?\\d)(?:\\s?(?:bn|b|billion|tn|t|tril|trillion|mm|mn|m|million)\\b)?"
            + "(?!\\s?(?:x|%|pct|percent|years?|yrs?|y)\\b)(?!x)";
    private static final String PER_YEAR = "(?:\\s?/\\s?(?:yr|year)|\\s(?:a|per) (?:yr|year))";
    /** "20x ntm rev of 70bn", "17x on 100bn fwd", "18x ntm on $80,000m rev", "1.6x ntm rev of 75bn". */
    private static final Pattern PRODUCT = Pattern.compile(
            "(?<![\\w.$])(?<m>\\d{1,3}(?:\\.\\d{1,2})?)\\s?x(?<q1>(?:\\s+(?:" + QUAL + "|" + REV + "))*)\\s+(?:on|of|times|\\*)\\s+(?:(?:a|an|the)\\s+)?(?<q2>(?:(?:"
                    + QUAL + "|" + REV + ")\\s+)*)(?<b>" + NUM + ")(?<year>" + PER_YEAR + ")?(?<q3>(?:\\s+(?:" + QUAL + "|" + REV + "|of (?:rev(?:enue)?|sales|topline)))*)",
            Pattern.CASE_INSENSITIVE);
    /** "30x ntm rev, ntm rev ~31bn", "22x ntm topline, topline 75bn by then": the base said apart, in the same sentence. */
    private static final Pattern PRODUCT_APART = Pattern.compile(
            "(?<![\\w.$])(?<m>\\d{1,3}(?:\\.\\d{1,2})?)\\s?x(?<q1>(?:\\s+(?:" + QUAL + "|" + REV + "))+)(?<gap>[^.;?!\\n\\d]{0,30}?)\\b(?:" + QUAL + "\\s+)*"
                    + REV + "(?:\\s+(?:is|of|at|=|will be|would be|comes to|~))*\\s*:?\\s*(?<b>" + NUM + ")",
            Pattern.CASE_INSENSITIVE);
    /** "40% of 300bn cumulative 25-29 topline", "45% of a 60bn/yr topline", "50% of ~260bn cum rev". */
    private static final Pattern SHARE = Pattern.compile(
            "(?<![\\w.$])(?<p>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s+of\\s+(?:(?:a|an|the|its|their|oai'?s|openai'?s)\\s+)?(?<q2>(?:" + QUAL + "\\s+)*)(?<b>" + NUM + ")(?<year>"
                    + PER_YEAR + ")?(?<q3>(?:\\s+" + QUAL + ")*)\\s+(?:of\\s+)?" + REV + "\\b(?<year2>" + PER_YEAR + ")?",
            Pattern.CASE_INSENSITIVE);
    /** A multiple asked: "what ntm rev multiple on 85bn", "what x on 110bn fwd rev", "the multiple on 45bn ntm". */
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?<lead>what|which|the|a)?\\s?(?<words>(?:(?:" + QUAL + "|" + REV + "|sales|entry|exit|revenue)\\s+)*)(?:multiple|multiplier|x|turns?)\\s+(?:on|of)\\s+(?:the\\s+)?(?<q2>(?:(?:"
                    + QUAL + "|" + REV + ")\\s+)*)(?<b>" + NUM + ")(?<q3>(?:\\s+(?:" + QUAL + "|" + REV + "|of))*)",
            Pattern.CASE_INSENSITIVE);
    /** The product said to be the pre-money right after it: "and thats the pre-money", ", pre money basis". */
    private static final Pattern PRE_AFTER = Pattern.compile(
            "\\s*(?:,|-|\u2014|;)?\\s*(?:(?:and\\s+)?(?:that'?s|thats|that is|it'?s|its|which is)\\s+(?:the\\s+)?pre[- ]?money(?:\\s+valuation)?|(?:on\\s+an?\\s+)?pre[- ]?money\\s+basis|pre[- ]?money)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A multiple asked with no base after it: "what x clears an 18% irr", "what fwd multiple do we need". */
    private static final Pattern ASKED_BARE = Pattern.compile(
            "\\bwhat\\s+(?<words>(?:(?:" + QUAL + "|" + REV + "|entry|exit)\\s+)*)(?:multiple|multiplier|x)\\b(?!\\s+(?:on|of)\\b)", Pattern.CASE_INSENSITIVE);
    /** A revenue said as a figure: "60bn rev at exit", "ntm rev of 80bn", "topline 75bn". */
    private static final Pattern REVENUE_FIGURE = Pattern.compile(
            "(?<![\\w.$])(?<b>" + NUM + ")\\s+(?:(?:" + QUAL + ")\\s+)*(?:of\\s+)?" + REV + "\\b(?:\\s+(?:at|by)\\s+(?:the\\s+)?(?:exit|then))?"
                    + "|\\b(?:(?:" + QUAL + ")\\s+)*" + REV + "\\s+(?:(?:is|of|at|=|will be|~)\\s+)?(?<c>" + NUM + ")", Pattern.CASE_INSENSITIVE);
    /** What a multiple asked on money in is: a MOIC ("what x on the 50", "x on our check"). */
    private static final Pattern MONEY_IN_AFTER = Pattern.compile("^\\s*(?:bn|b|billion)?\\s*(?:check|cheque|investment|stake|ticket|money)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Amazon's own money named before the sum: "on our 60bn". */
    private static final Pattern OURS_BEFORE = Pattern.compile("\\b(?:our|amazon'?s|amzn'?s)\\b", Pattern.CASE_INSENSITIVE);
    /** A multiple said as what a company is priced at: "oai at 18x on 75bn", "exits 19x on 70bn", "marked at 14x on 85bn". */
    private static final Pattern PRICED_BEFORE = Pattern.compile(
            "\\b(?:(?:oai|openai|open ai|it|company)\\s+(?:is\\s+)?at|exits?|exiting|exited|marked|marks?|trades?|trading|priced|prices|valued|values|"
                    + "(?:de|re)-?rates?\\s+to|sells?|sold|goes|went|lands?|ends?(?:\\s+up)?)\\s+(?:out\\s+)?(?:at\\s+|to\\s+)?(?:an?\\s+)?$",
            Pattern.CASE_INSENSITIVE);

    private Multiples() {
    }

    /** {@code invested}: Amazon's investment in force, on which a multiple is a MOIC ("what x on the 50b"). */
    static Optional<Found> find(String text, BigDecimal invested) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        String digits = NumberWords.digits(text); // "20x on sixty bn fwd"
        String q = digits;
        List<String> notes = new ArrayList<>();
        Per per = null;
        Matcher a = ASKED.matcher(q);
        while (a.find()) {
            String words = a.group("words") + " " + a.group("q2") + " " + a.group("q3");
            BigDecimal base = Sums.billions(a.group("b"));
            if (base == null || base.signum() <= 0) {
                continue;
            }
            boolean revenue = REVENUE_WORD.matcher(words).find();
            if (!revenue && (MONEY_IN_AFTER.matcher(q.substring(a.end())).find() || base.compareTo(invested) == 0
                    || OURS_BEFORE.matcher(q.substring(a.start(), a.start("b"))).find())) {
                continue; // "what x on the 50b", "x on our 60bn": the multiple of the money in, a MOIC; "x on the 80bn" is not
            }
            boolean entry = words.toLowerCase(java.util.Locale.ROOT).contains("entry");
            String lead = a.group("lead") == null ? "" : a.group("lead") + " ";
            per = new Per(entry ? "post_money_valuation" : "exit_valuation", base);
            q = q.substring(0, a.start()) + lead + (entry ? "post-money valuation" : "exit valuation") + q.substring(a.end());
            break;
        }
        Matcher bare = per == null ? ASKED_BARE.matcher(q) : null;
        if (bare != null && bare.find()) {
            // "6y hold, 60bn rev at exit - what x clears an 18% irr": the revenue said apart from the multiple asked
            Matcher r = REVENUE_FIGURE.matcher(q);
            BigDecimal base = null;
            while (base == null && r.find()) {
                BigDecimal b = Sums.billions(r.group("b") != null ? r.group("b") : r.group("c"));
                base = b != null && b.signum() > 0 ? b : null;
            }
            if (base != null) {
                boolean entry = bare.group("words").toLowerCase(java.util.Locale.ROOT).contains("entry");
                per = new Per(entry ? "post_money_valuation" : "exit_valuation", base);
                String asked = q.substring(0, bare.start()) + "what " + (entry ? "post-money valuation" : "exit valuation") + q.substring(bare.end());
                int shift = asked.length() - q.length();
                int from = r.start() > bare.start() ? r.start() + shift : r.start();
                int to = r.start() > bare.start() ? r.end() + shift : r.end();
                q = asked.substring(0, from) + asked.substring(to);
                notes.add("Reading the multiple asked as one of " + Format.money(base) + " of revenue (\u201c" + r.group().trim() + "\u201d).");
            }
        }
        boolean revenueMultiples = false;
        for (Pattern p : List.of(PRODUCT, PRODUCT_APART)) {
            Matcher m = p.matcher(q);
            StringBuilder out = new StringBuilder();
            int last = 0;
            while (m.find()) {
                String span = m.group();
                // a multiple on a sum is a valuation when revenue is named, when it prices the company ("oai at 18x on 75bn"),
                // or when the question already priced one so ("entry at 24x ntm rev of 40bn, exit later at 16x on 90bn")
                boolean priced = p == PRODUCT && (revenueMultiples || PRICED_BEFORE.matcher(q.substring(Math.max(0, m.start() - 30), m.start())).find());
                if (!REVENUE_WORD.matcher(span).find() && !priced || MONEY_IN_AFTER.matcher(q.substring(m.end())).find() && p == PRODUCT) {
                    continue;
                }
                revenueMultiples = true;
                BigDecimal base = Sums.billions(m.group("b"));
                if (base == null || base.signum() <= 0) {
                    continue;
                }
                BigDecimal multiple = new BigDecimal(m.group("m"));
                BigDecimal sum = multiple.multiply(base).stripTrailingZeros();
                String yearly = p == PRODUCT && m.group("year") != null ? "/yr" : "";
                // "25x fwd rev on 34bn and thats the pre-money", "27x ntm rev on 30bn, pre money basis": the product is the
                // pre-money, said beside it so the reader reads it so
                Matcher pre = PRE_AFTER.matcher(q.substring(m.end()));
                String role = pre.lookingAt() ? " pre-money" : "";
                out.append(q, last, m.start()).append('$').append(sum.toPlainString()).append('B').append(yearly).append(role);
                last = m.end() + (pre.lookingAt() ? pre.end() : 0);
                notes.add("Reading \u201c" + span.trim() + "\u201d as " + Format.multiple(multiple) + " \u00d7 " + Format.money(base) + " = "
                        + Format.money(sum) + yearly + ".");
            }
            out.append(q.substring(last));
            q = out.toString();
        }
        Matcher s = SHARE.matcher(q);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (s.find()) {
            BigDecimal base = Sums.billions(s.group("b"));
            if (base == null || base.signum() <= 0) {
                continue;
            }
            BigDecimal share = new BigDecimal(s.group("p")).movePointLeft(2);
            BigDecimal sum = share.multiply(base).stripTrailingZeros();
            String yearly = s.group("year") != null || s.group("year2") != null ? "/yr" : "";
            out.append(q, last, s.start()).append('$').append(sum.toPlainString()).append('B').append(yearly);
            last = s.end();
            notes.add("Reading \u201c" + s.group().trim() + "\u201d as " + Format.percent(share) + " \u00d7 " + Format.money(base) + " = "
                    + Format.money(sum) + yearly + ".");
        }
        out.append(q.substring(last));
        q = out.toString();
        if (q.equals(digits)) {
            return Optional.empty(); // nothing read: the question as it was typed, words and all
        }
        return Optional.of(new Found(q, List.copyOf(notes), per));
    }
}
