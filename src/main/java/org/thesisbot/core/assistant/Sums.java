package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * Sums and clauses as the readers of a question's shapes ({@link Multiples}, {@link Points}, {@link OtherInvestors},
 * {@link Haircuts}, {@link Growth}, {@link Baselines}) take them from a phrase they matched: a figure read as the reader
 * reads it ({@link Amounts}), and the clause around a place in the text, bounded by a pattern of each reader's own.
 */
final class Sums {
    private static final BigDecimal TRILLIONS_BELOW = BigDecimal.valueOf(20);
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private Sums() {
    }

    /** The first sum in {@code words}, in billions: "$300bn", "~31bn", "1.2T", a bare number as billions ("on 85"); or null. */
    static BigDecimal billions(String words) {
        for (Amount a : Amounts.find(Amounts.normalise(words.replace("~", "").trim()))) {
            if (a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.PLAIN) {
                return a.value();
            }
        }
        return null;
    }

    /**
     * A sum as the reframings' questions say it, in the text {@code Amounts.normalise} leaves: "$1,150bn", "1.2t", "900",
     * "-300 billion" (signed, so that a negative is refused, not dropped); never a percent or a multiple.
     */
    static final String SUM_SAID = "(?:\\$\\s?)?-?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|billion|trillion|tril|tn|t)?(?![\\d.%x])";

    /** A percent sign as people type it after a figure: "%", "pct", "percent", "per cent" (with or without a space). */
    static final String PCT = "\\s?(?:%|pct\\b|percent\\b|per\\s?cent\\b)";

    /** A valuation in billions: money, or a bare number, under 20 in trillions ("off 1.2", "a 1.8 mark"); or null. */
    static BigDecimal valuation(String words) {
        for (Amount a : Amounts.find(Amounts.normalise(words))) {
            if (a.kind() == Amount.Kind.MONEY) {
                return a.value();
            }
            if (a.kind() == Amount.Kind.PLAIN) {
                return a.value().compareTo(TRILLIONS_BELOW) < 0 ? a.value().multiply(THOUSAND) : a.value();
            }
        }
        return null;
    }

    /** Where the clause holding {@code at} starts: right after the last boundary ({@code end}) before it, else 0. */
    static int clauseStart(Pattern end, String text, int at) {
        int start = 0;
        Matcher m = end.matcher(text);
        while (m.find() && m.end() <= at) {
            start = m.end();
        }
        return start;
    }

    /** Where the clause holding {@code at} stops: at its next boundary, or past it with {@code through}; else the text's end. */
    static int clauseEnd(Pattern end, String text, int at, boolean through) {
        Matcher m = end.matcher(text);
        return m.find(at) ? through ? m.end() : m.start() : text.length();
    }

    private static final Pattern FIGURE = Pattern.compile("\\d|\\b(?:half|thirds?|quarters?|fifths?|tenths?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|trillion|billion)\\b");

    /** Whether a clause says a figure, in digits or in words ("three fifths of oai's compute", "half a trillion"). */
    static boolean hasFigure(String clause) {
        return FIGURE.matcher(clause).find();
    }

    private static final Pattern CLAUSES = Pattern.compile("(?<=[.?!;:])(?=\\s|$)|\\s[-\u2013\u2014]\\s|,\\s");

    /**
     * A question for the rest of the pipeline made of the clauses of {@code text} that say a figure (each without the words
     * {@code drop} matches, when given), then {@code asked}: what a frame's reader leaves once it has taken its own words out
     * ("round done at a 1T post; what check keeps a 3.5% stake").
     */
    static String figuresThen(String text, String drop, String asked) {
        StringBuilder figures = new StringBuilder();
        for (String clause : CLAUSES.split(text)) {
            if (hasFigure(clause)) {
                figures.append(drop == null ? clause : clause.replaceAll(drop, " ")).append("; ");
            }
        }
        String fig = Reframing.tidy(figures.toString().replaceAll("\\s+[-\u2013\u2014:;,/.?+()]+(?=\\s|$)", " ").replaceAll("^[\\s;,.:()-]+", ""));
        return (hasFigure(fig) ? fig + "; " : "") + asked;
    }

    /** Blanks {@code [start, end)} of a text being read, keeping every other position where it was. */
    static void blank(StringBuilder s, int start, int end) {
        s.replace(start, end, " ".repeat(end - start));
    }

    /** A number as plain digits without trailing zeros, never in exponent form ("1250", not "1.25E+3"). */
    static String plain(BigDecimal v) {
        return plainScale(v).toPlainString();
    }

    /** The same number without trailing zeros, at a scale that never prints in exponent form ($1250B, not 1.25E+3). */
    static BigDecimal plainScale(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
