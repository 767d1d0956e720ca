package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The weight one case needs, the rest on another, for the probability-weighted (expected) value of a metric to reach a
 * bar: "what's the smallest p(bull), rest on bear, that still has the expected value of our stake above 40bn?", "how much
 * weight can bear take, rest on base, before we're expected to be 5bn underwater", "park 30 pct on base. of the remaining
 * 70, how much has to be bull for the expected stake value to reach 60bn?". The weights are taken out of the question and
 * what is left is read as usual, for the metric and its bar (a target) and the question's own figures; the assistant
 * then computes the metric in each case and solves the weight exactly ({@link #weight}). A follow-up in the thread
 * ("same question but at a 1 tril post", "and if my bar is a 5 pct irr instead", "move the rest to bull") is asked in
 * the same weighting ({@link #again}).
 *
 * <p>Read only when a weighted case and the case that takes the rest are both named and differ, so a case named with a
 * figure that is no weight ("bull at a 45% margin") never starts one.
 */
final class Weighings {
    /** The name its frame is kept under in a thread's state. */
    static final String KEPT = "weighing";

    private static final String CASE = "(bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?";
    /** The case whose weight is asked: "p(bull)", "weight on bear", "belief in base", "how much has to be bull". */
    private static final Pattern HEAVY = Pattern.compile(
            "\\bp ?\\( ?(?<a>bull|base|bear)(?: case)? ?\\)"
                    + "|\\b(?:weight|weighting|belief|probability|probabilty|prob|odds|chance|conviction|confidence)\\s(?:do i (?:need|have) to put |can i (?:put|carry|place|give) |i can (?:put|carry|place|give) |i need to put |has to go |needs to go |must go |to put )?(?:on|in|of|for|to)\\s(?:the\\s)?(?<b>bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?"
                    + "|\\bhow much (?:weight |belief |probability |odds |conviction |p )?(?:does|do|can|would|must|should) (?:the )?(?<c>bull|base|bear)(?:[- ](?:case|leg|scenario))? (?:need|take|carry|get|have|hold|absorb|bear)\\b"
                    + "|\\bhow much (?:of (?:the|that|those|what'?s) (?:remaining|rest|left)(?: \\d+(?:\\.\\d+)? ?(?:%|pct|percent)?)? )?(?:has|needs|need|must|would have|should)? ?(?:to )?(?:be|go (?:on|to)|sit (?:on|in)) (?:the )?(?<d>bull|base|bear)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The case that takes the rest: "rest on bear", "the remainder on base", "bear taking the rest", "balance to bull". */
    private static final Pattern OTHER = Pattern.compile(
            "\\b(?:the )?(?:rest|remainder|balance|remaining(?: weight)?)(?: of it)?(?: (?:sitting|sits|going|goes|left|put|parked))?\\s(?:on|to|in|at|into)\\s(?:the\\s)?(?<a>bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?"
                    + "|\\b(?<b>bull|base|bear)(?:[- ](?:case|leg|scenario))?\\s(?:taking|takes|gets|getting|with|soaking up|absorbing|holding) (?:the\\s)?(?:rest|remainder|balance)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A case held at a fixed weight beside the two: "park 30 pct on base", "with 40 pct on base". */
    private static final Pattern FIXED = Pattern.compile(
            "\\b(?:park|parking|put|putting|with|keep|keeping|leave|leaving|pin|pinning|hold|holding|fix|fixing|give|giving)\\s(?<w>\\d{1,2}(?:\\.\\d+)?)\\s?(?:%|pct|percent)\\s(?:on|in|to)\\s(?:the\\s)?(?<c>bull|base|bear)(?:ish)?(?:[- ](?:case|leg|scenario))?",
            Pattern.CASE_INSENSITIVE);
    /** "of the remaining 70": the share the two cases split, said again. */
    private static final Pattern OF_REMAINING = Pattern.compile("\\bof (?:the|that|those|what'?s) (?:remaining|rest|left)(?: \\d+(?:\\.\\d+)? ?(?:%|pct|percent)?)?,?", Pattern.CASE_INSENSITIVE);
    /** Words of a weight asked that say nothing else once the cases are out: "what's the smallest", "how low can … go". */
    private static final Pattern ASK_WORDS = Pattern.compile(
            "\\b(?:what'?s|what is|what) the (?:smallest|lowest|least|minimum|min|most|max|maximum|highest|biggest)\\b|\\b(?:lowest|smallest|minimum|min|most|max|maximum|highest)\\b"
                    + "|\\bhow (?:low|high|thin|much|far)(?: can| could| do| does| would)?(?: it| i| we)?(?: go| get| need| carry| take| stomach| push it)?\\b|\\bi can (?:carry|stomach|take|live with|put)\\b|\\bdo i need\\b",
            Pattern.CASE_INSENSITIVE);
    /** "expected", "probability-weighted": the bar is the blend's, said before its metric. */
    private static final Pattern EXPECTED = Pattern.compile("\\b(?:we'?re |we are |i'?m )?(?:expected|probability[- ]weighted|prob[- ]weighted|weighted|blended)\\s(?:to be\\s)?", Pattern.CASE_INSENSITIVE);
    /** A follow-up that changes only the case taking the rest: "move the rest to bull instead of base". */
    private static final Pattern MOVE_REST = Pattern.compile("\\b(?:move|put|shift|switch|send|give)\\s(?:the )?(?:rest|remainder|balance)\\s(?:to|on|into)\\s(?:the\\s)?" + CASE.replace("(bull|base|bear)", "(?<c>bull|base|bear)"),
            Pattern.CASE_INSENSITIVE);
    /** Words that leave the weighting. */
    static final Pattern LEAVE = Pattern.compile("\\b(?:forget|drop|ignore|no more|without) (?:the )?(?:weights?|weighting|odds|probabilit(?:y|ies)|p\\(\\w+\\))\\b|\\bstart over\\b", Pattern.CASE_INSENSITIVE);
    /** A follow-up that asks in the weighting again: its bar, "same question", "same split", "same bar". */
    private static final Pattern AGAIN = Pattern.compile("\\b(?:same (?:question|q|split|weights?|bar|thing|ask)|my bar|the bar|bar is|expected|instead|in every case|in all (?:three )?cases)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * @param heavy the case whose weight is asked
     * @param other the case that takes the rest
     * @param fixed cases held at a fixed weight, and those weights (together under 1)
     * @param rest  the question with the weights taken out: its metric, bar and figures
     * @param bar   the thread's bar, "moic=1.3" (a metric's id and its value), for a follow-up; null for a question of its own
     */
    record Found(String heavy, String other, Map<String, BigDecimal> fixed, String rest, String bar) {
        Found(String heavy, String other, Map<String, BigDecimal> fixed, String rest) {
            this(heavy, other, fixed, rest, null);
        }

        /** The share of the whole the two cases split. */
        BigDecimal split() {
            return fixed.values().stream().reduce(BigDecimal.ONE, BigDecimal::subtract);
        }

        /** The weighting in words {@link #again} reads back: "bull; bear; base 0.3". */
        String kept() {
            StringBuilder s = new StringBuilder(heavy + ";" + other);
            fixed.forEach((c, w) -> s.append(";").append(c).append(" ").append(w.stripTrailingZeros().toPlainString()));
            return s.toString();
        }
    }

    private Weighings() {
    }

    /** A figure and its unit, taken whole ("1 tril" is never "1"). */
    private static final String FIG = "(?<fig>[-\u2212]?\\$?\\d[\\d,]*(?:\\.\\d+)?+(?:\\s?(?:trillion|tril|tn|t|billion|bn|b|percent|pct|%|times|x)(?![a-z]))?+)";
    /** A bar below zero said as a loss: "5bn underwater", "10bn in the hole". */
    private static final Pattern DOWN_BAR = Pattern.compile(FIG + "\\s(?:underwater|under water|in the hole|in the red|down|below water|under)\\b(?! (?:\\d|the|a|an)\\b)", Pattern.CASE_INSENSITIVE);
    /** A gain said as being up: "the stake being 10bn up". */
    private static final Pattern UP_BAR = Pattern.compile(FIG + "\\s(?:up|ahead|in the black|in profit|to the good)\\b", Pattern.CASE_INSENSITIVE);
    /** A bar said with its comparison: "above 40bn", "of 1.3x", "to 90bn", "drops under 1.2x", "clear 30bn", "is a 5 pct". */
    private static final Pattern CMP_BAR = Pattern.compile(
            "\\b(?:(?<strong>above|over|at least|beyond|north of|clears?|clearing|reach(?:es|ing)?|hits?|hitting|gets? (?:back |up )?to|getting to|up to|under|below|beneath"
                    + "|(?:drops?|falls?|dips?|slips?|goes|sinks?|stays?)\\s(?:under|below|to|beneath|above|over))|to|of|be|is|at)\\s(?:an? )?(?:~|about |around |roughly )?" + FIG
                    + "(?![\\d.]|\\s?(?:years?|yrs?|y\\b|months?|mos?\\b|pts?\\b|points|bps|post|pre|exit|hold|margin|capture|of (?:the |oai|openai|compute)))",
            Pattern.CASE_INSENSITIVE);
    /** A bar named as one: "same 15bn bar", "a 2x hurdle". */
    private static final Pattern NAMED_BAR = Pattern.compile(FIG + "\\s(?:bar|hurdle|threshold|floor|line in the sand)\\b", Pattern.CASE_INSENSITIVE);
    /** A bar of nothing: "goes underwater", "slips below zero", "back to zero", "breakeven". */
    private static final Pattern ZERO_BAR = Pattern.compile(
            "\\b(?:(?:goes|go|going|gets?|getting|turns?|is|be|being|slips?|dips?|drops?|falls?|comes?)\\s)?(?:negative|underwater|under water|(?:below|under|back to|to|at) zero|in the red|break ?even|break-even|whole)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The bar the blend must reach, as typed, and where it is in the text; its value is read once the metric is known
     * ({@link #value}). A strong one is said with a word only a bar takes ("above", "dips under", "underwater"); a weak
     * one ("is 40bn", "at 38 pct") may be an input's figure instead. A gain or loss is said as such ("10bn up", "5bn
     * underwater"): on the stake, that is the gain.
     */
    record Bar(String figure, boolean negative, int start, int end, boolean strong, boolean gainOrLoss) {
        /** The bar in the metric's unit; null when the figure does not fit it ("40bn" for an IRR). */
        BigDecimal value(org.thesisbot.core.api.Unit unit) {
            if (figure == null) {
                return BigDecimal.ZERO;
            }
            String f = figure.toLowerCase(Locale.ROOT).replace("\u2212", "-").replaceAll("\\s+", "").replace("percent", "%").replace("pct", "%")
                    .replace("times", "x").replaceAll("(?:trillion|tril|tn)$", "t").replaceAll("(?:billion|bn)$", "b");
            try {
                BigDecimal v = org.thesisbot.core.scenario.Amounts.parseValue(f, unit, "the bar");
                return negative ? v.negate() : v;
            } catch (RuntimeException e) {
                return null;
            }
        }
    }

    /** The bar in the text left once the weights are out: the last one said, a loss or gain said as such before a comparison. */
    static Optional<Bar> bar(String rest) {
        Bar best = null;
        for (Pattern p : List.of(DOWN_BAR, UP_BAR, NAMED_BAR, CMP_BAR, ZERO_BAR)) {
            Matcher m = p.matcher(rest);
            while (m.find()) {
                if (best == null || m.start() > best.start() && !(m.start() < best.end())) {
                    best = new Bar(p == ZERO_BAR ? null : m.group("fig"), p == DOWN_BAR, m.start(), m.end(), p != CMP_BAR || m.group("strong") != null,
                            p == DOWN_BAR || p == UP_BAR);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** A cheap look before the patterns: does the text name a weight and a rest at all? */
    static boolean mayAsk(String lower) {
        return (lower.contains("rest") || lower.contains("remainder") || lower.contains("balance") || lower.contains("remaining") || lower.contains("left"))
                && (lower.contains("bull") || lower.contains("bear") || lower.contains("base"));
    }

    static Optional<Found> find(String text) {
        if (text.length() > 600 || !mayAsk(text.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Matcher h = HEAVY.matcher(text);
        if (!h.find()) {
            return Optional.empty();
        }
        String heavy = group(h, "a", "b", "c", "d").toLowerCase(Locale.ROOT);
        Map<String, BigDecimal> fixed = new LinkedHashMap<>();
        Matcher f = FIXED.matcher(text);
        if (f.find() && !(f.start() < h.end() && h.start() < f.end())) {
            String c = f.group("c").toLowerCase(Locale.ROOT);
            BigDecimal w = new BigDecimal(f.group("w")).movePointLeft(2);
            if (c.equals(heavy) || w.signum() <= 0 || w.compareTo(BigDecimal.ONE) >= 0) {
                return Optional.empty();
            }
            fixed.put(c, w);
        } else {
            f = null;
        }
        Matcher o = OTHER.matcher(text);
        String other;
        String rest;
        if (o.find() && !(o.start() < h.end() && h.start() < o.end())) {
            other = group(o, "a", "b").toLowerCase(Locale.ROOT);
            rest = cut(text, h, o);
        } else if (!fixed.isEmpty()) {
            // "park 30 pct on base. of the remaining 70, how much has to be bull": the third case takes what is left
            other = java.util.stream.Stream.of("bull", "base", "bear").filter(c -> !c.equals(heavy) && !fixed.containsKey(c)).findFirst().orElseThrow();
            rest = text.substring(0, h.start()) + " " + text.substring(h.end());
        } else {
            return Optional.empty();
        }
        if (heavy.equals(other) || fixed.containsKey(other)) {
            return Optional.empty();
        }
        if (f != null) {
            Matcher again = FIXED.matcher(rest);
            if (again.find()) {
                rest = rest.substring(0, again.start()) + " " + rest.substring(again.end());
            }
        }
        return Optional.of(new Found(heavy, other, fixed, tidy(rest)));
    }

    /**
     * A follow-up asked in the thread's weighting: one that names its own weighting is read by {@link #find}; one that moves
     * the rest ("move the rest to bull instead of base") or asks again (its bar, "same question", "in every case", or no
     * metric at all) keeps the thread's cases.
     */
    static Optional<Found> again(String text, String kept, boolean namesMetric) {
        if (text.length() > 600 || LEAVE.matcher(text).find()) {
            return Optional.empty();
        }
        int bar = kept.indexOf('|');
        String keptBar = bar < 0 ? null : kept.substring(bar + 1);
        String[] parts = (bar < 0 ? kept : kept.substring(0, bar)).split(";");
        if (parts.length < 2) {
            return Optional.empty();
        }
        String heavy = parts[0];
        String other = parts[1];
        Map<String, BigDecimal> fixed = new LinkedHashMap<>();
        for (int i = 2; i < parts.length; i++) {
            String[] cw = parts[i].split(" ");
            fixed.put(cw[0], new BigDecimal(cw[1]));
        }
        String rest = text;
        Matcher move = MOVE_REST.matcher(text);
        if (move.find()) {
            String to = move.group("c").toLowerCase(Locale.ROOT);
            if (to.equals(heavy)) {
                return Optional.empty();
            }
            if (fixed.containsKey(to)) {
                fixed.put(other, fixed.remove(to));
            }
            other = to;
            rest = text.substring(0, move.start()) + " " + text.substring(move.end());
            rest = rest.replaceAll("(?i)\\binstead of (?:the )?(?:bull|base|bear)\\b", " ");
        } else if (namesMetric && !AGAIN.matcher(text).find() || !AGAIN.matcher(text).find() && !text.matches("(?s).*\\d.*")) {
            // a question of its own ("what's our stake at 1T?", "what's the bull leg assuming for capture?"): out of the weighting
            return Optional.empty();
        }
        return Optional.of(new Found(heavy, other, fixed, tidy(rest), keptBar));
    }

    /**
     * The weight on the heavy case at which the blend equals the bar: with the fixed cases' part F of the blend and the
     * two cases at h and o splitting the share s, F + s·(w·h + (1 − w)·o) = bar at w = ((bar − F) / s − o) / (h − o).
     * Null when the two cases are equal (no weight moves the blend).
     */
    static BigDecimal weight(BigDecimal h, BigDecimal o, BigDecimal fixedPart, BigDecimal split, BigDecimal bar) {
        BigDecimal gap = h.subtract(o);
        if (gap.signum() == 0) {
            return null;
        }
        MathContext mc = MathContext.DECIMAL128;
        return bar.subtract(fixedPart).divide(split, mc).subtract(o).divide(gap, mc);
    }

    /** The case a match names, from whichever of its alternatives matched (groups "a", "b", … in order). */
    private static String group(Matcher m, String... names) {
        for (String g : names) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        throw new IllegalStateException("no case in " + m.group());
    }

    private static String cut(String text, Matcher a, Matcher b) {
        Matcher first = a.start() < b.start() ? a : b;
        Matcher second = first == a ? b : a;
        return text.substring(0, first.start()) + " " + text.substring(first.end(), second.start()) + " " + text.substring(second.end());
    }

    private static String tidy(String rest) {
        String s = OF_REMAINING.matcher(rest).replaceAll(" ");
        s = ASK_WORDS.matcher(s).replaceAll(" ");
        s = EXPECTED.matcher(s).replaceAll(" ");
        return Reframing.tidy(s.replaceAll("(?:\\s*[,;]\\s*){2,}", ", ").replaceAll("^[\\s,;:.\\-]+", ""));
    }
}
