package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * A question that gives a figure as a band ("a post-money anywhere 900bn–1T", "capture 40–60%", "a hold of 5–7ish years",
 * "between $1T and $1.2T"): asked once at each end, or at each corner when it gives two bands, and answered side by side.
 * The low end takes the high end's unit when it has none ("30–40 cents", "10–12bn", "1.1–1.3T"). A band is written low to
 * high, both ends of one kind (two sums of money, two percentages, two periods) and within a factor of {@value #MAX_RATIO}
 * of each other, so that a change ("exit 1T - 20%"), a date ("2025-2029") or a pair of plain numbers ("4-5") is no band.
 * "from A to B" moves a figure; it is no band either.
 */
final class Bands {
    /** At most this many bands in one question (four corners); more is answered whole, with a note. */
    static final int MAX_BANDS = 2;
    private static final int MAX_RATIO = 20;

    private static final String NUMBER = "\\$?\\d[\\d,]*(?:\\.\\d+)?";
    private static final String UNIT = "(?:\\s?(?:%|x|bn|b|tn|t|trillions?|billions?|tril|bil|cents?|pts?|ppts?|yrs?|years?|y|pct|percent))";
    private static final Pattern BAND = Pattern.compile(
            "(?<![\\w.$,+])(between\\s+)?\\+?(" + NUMBER + ")(" + UNIT + ")?(?:\\s?ish)?\\s*([-\u2013\u2014]|\\bto\\b|\\band\\b)\\s*\\+?("
                    + NUMBER + ")(?:\\s?ish)?(" + UNIT + ")(?:\\s?ish)?(?![\\w%])",
            Pattern.CASE_INSENSITIVE);
    /** "from 830 to 1T", "raise the exit from 1T to 1.2T": a figure moved, not a band. */
    private static final Pattern FROM_BEFORE = Pattern.compile("\\bfrom\\s*$", Pattern.CASE_INSENSITIVE);

    private Bands() {
    }

    /**
     * The corners of a question with one or two bands, low ends first, the last band changing fastest ("1T, 4 yrs", "1T, 6
     * yrs", "1.2T, 4 yrs", "1.2T, 6 yrs"); empty when it has none, or more than two. Each band is a list of its two ends.
     */
    static Optional<List<Series.Cell>> corners(String text) {
        List<Band> bands = find(text);
        if (bands.isEmpty() || bands.size() > MAX_BANDS) {
            return Optional.empty();
        }
        return Optional.of(Series.cellsOf(text, bands.stream().map(b -> new Series.ValueList(b.start, b.end, List.of(b.low, b.high))).toList()));
    }

    /**
     * One line per metric asked: its lowest and highest value across the corners, and at which ("*Annualised return
     * (IRR): 1.16% to 7.65%* (base case) across the band: at 900bn, 7 years gives the low, at 1.2T, 5 years the high"), so
     * that the band's answer is read at a glance.
     */
    static String summary(List<org.thesisbot.core.api.Answer> answers, List<String> labels, String across) {
        StringBuilder out = new StringBuilder();
        List<org.thesisbot.core.api.MetricResult> first = answers.get(0).results();
        for (int k = 0; k < first.size(); k++) {
            int lo = 0;
            int hi = 0;
            for (int i = 1; i < answers.size(); i++) {
                BigDecimal v = answers.get(i).results().get(k).value();
                if (v.compareTo(answers.get(lo).results().get(k).value()) < 0) {
                    lo = i;
                }
                if (v.compareTo(answers.get(hi).results().get(k).value()) > 0) {
                    hi = i;
                }
            }
            org.thesisbot.core.api.MetricResult low = answers.get(lo).results().get(k);
            org.thesisbot.core.api.MetricResult high = answers.get(hi).results().get(k);
            out.append(out.length() == 0 ? "" : "\n").append("*").append(low.label()).append(": ").append(low.display())
                    .append(low.value().compareTo(high.value()) == 0 ? "" : " to " + high.display()).append("* (")
                    .append(low.scenario()).append(" case) ").append(across);
            if (low.value().compareTo(high.value()) != 0) {
                out.append(": ").append(org.thesisbot.core.api.Format.inSentence(labels.get(lo))).append(" gives the low, ").append(org.thesisbot.core.api.Format.inSentence(labels.get(hi)))
                        .append(" the high");
            }
        }
        return out.toString();
    }


    /** A band in the text: where it is written and its two ends, each written with its unit. */
    record Band(int start, int end, String low, String high) {
    }

    static List<Band> find(String text) {
        List<Band> out = new ArrayList<>();
        Matcher m = BAND.matcher(text);
        while (m.find()) {
            String unitLow = m.group(3) == null ? "" : m.group(3);
            String unitHigh = m.group(6);
            if (m.group(4).equalsIgnoreCase("and") && m.group(1) == null) {
                continue; // "1T and 5 years": two figures, not a band (only "between A and B" is one)
            }
            if (m.group(4).equalsIgnoreCase("to") && FROM_BEFORE.matcher(text.substring(Math.max(0, m.start() - 12), m.start())).find()) {
                continue;
            }
            String low = money(m.group(2), m.group(5)) + (unitLow.isEmpty() ? unitHigh.strip() : unitLow.strip());
            String high = money(m.group(5), m.group(2)) + unitHigh.strip();
            low = spaced(low);
            high = spaced(high);
            // (each end read with the words after the band: "30 cents of every dollar" is a share)
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 24));
            if (!sameKindLowToHigh(low + after, high + after)) {
                continue;
            }
            out.add(new Band(m.start(), m.end(), low, high));
        }
        return out;
    }

    /** "capture-share corridor for", "exit floor and ceiling for", "the post-money range that delivers it": an input asked over a band. */
    private static final Pattern CORRIDOR = Pattern.compile(
            "(?<what>\\b(?:what|which)\\s)?(?:\\b(?:the|a|an|our)\\s)?(?<in>[a-z$'\u2019]+(?:[- ][a-z'\u2019]+){0,2}?)[- ](?:corridor|band|range|guardrails?|span|floor (?:and|&) ceiling|floor ?/ ?ceiling)\\b"
                    + "(?<link>\\s(?:that|which)\\b)?",
            Pattern.CASE_INSENSITIVE);

    /**
     * The question with an input asked over a band said as the input solved for ("capture-share corridor for a base profit
     * of 12–18bn" is "what capture share for a base profit of 12–18bn"), so that each end is solved for it; unchanged when
     * the words before "corridor" name no input, or the question gives no band.
     */
    static String solvedFor(String text, java.util.function.Function<String, Optional<org.thesisbot.core.scenario.InputId>> inputIn) {
        if (find(text).isEmpty()) {
            return text;
        }
        Matcher m = CORRIDOR.matcher(text);
        while (m.find()) {
            String in = m.group("in").replace('-', ' ');
            if (inputIn.apply(in).isPresent()) {
                return text.substring(0, m.start()) + "what " + in.toLowerCase(java.util.Locale.ROOT) + text.substring(m.end());
            }
        }
        return text;
    }

    /** A dollar sign on one end only ("$900bn–1T"): both ends are sums of money. */
    private static String money(String number, String other) {
        return !number.startsWith("$") && other.startsWith("$") ? "$" + number : number;
    }

    /** "30cents" and "5years" as "30 cents" and "5 years", as a reader expects them. */
    private static String spaced(String figure) {
        return figure.replaceAll("(?i)(\\d)(cents?|years?|yrs?|pts?|ppts?|percent|pct)$", "$1 $2");
    }

    private static boolean sameKindLowToHigh(String low, String high) {
        List<Amount> a = Amounts.find(Amounts.normalise(low));
        List<Amount> b = Amounts.find(Amounts.normalise(high));
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Amount l = a.get(0);
        Amount h = b.get(0);
        if (l.kind() != h.kind() || l.kind() == Amount.Kind.PLAIN || l.kind() == Amount.Kind.CALENDAR_YEAR) {
            return false;
        }
        BigDecimal lv = l.value();
        BigDecimal hv = h.value();
        return lv.signum() > 0 && lv.compareTo(hv) < 0 && hv.compareTo(lv.multiply(BigDecimal.valueOf(MAX_RATIO))) <= 0;
    }
}
