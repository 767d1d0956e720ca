package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Figures written as fractions, as people who think in fractions write them: "1 1/5 trillion", "3/5 of oai's compute", "a
 * 2/5 op margin", "1/8 a year", "grow 5/2-fold", "3/2 of the round price", "5/4 of a trillion". Each is said as the decimal
 * figure the reader knows: a size with its magnitude word ("1.2 trillion"), a part of one as a percentage ("60% of"), more
 * than one as a multiple ("1.5x the round price"). Only small fractions (a denominator of 2 to 20, a numerator at most three
 * times it) are read so: "50/830" divides two figures and "24/7" is no number. A fraction whose decimal does not end
 * ("1/12") is said to ten places, and the answer says so.
 */
final class Fractions {
    private Fractions() {
    }

    /** The question with its fractions said as decimals, and what each was read as. */
    record Read(String question, List<String> notes) {
    }

    private static final int PLACES = 10;
    /** "1 1/5", "3/5", "2/1": a whole number and a fraction, or a fraction alone. */
    private static final Pattern FRACTION = Pattern.compile(
            "(?<![\\w./$,\\-])(?:(?<whole>\\d{1,3}) )?(?<num>\\d{1,2})/(?<den>\\d{1,2})(?![\\d/]|\\.\\d)");
    private static final Pattern MAGNITUDE_AFTER = Pattern.compile(
            "^\\s?(?:of an? )?(?<word>trillion|tril|tn|t|billion|bil|bn|b)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE_AFTER = Pattern.compile(
            "\\s?(?:-?\\s?(?:fold|x|times)\\b|(?:of an? )?(?:trillion|tril|tn|t|billion|bil|bn|b)\\b|of\\b|(?:a|per|each)\\s(?:yr|year)\\b|\\s?/\\s?(?:yr|year)\\b"
                    + "|annually\\b|compounded\\b|(?:op(?:erating)? |profit |ebit )?margin\\b|on the nose\\b|share\\b|stake\\b|cut\\b|slice\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE_BEFORE = Pattern.compile(
            "\\b(?:at|to|make it|it'?s|exactly|clean|margin(?: at| of| to| is)?|share(?: at| of| to| is)?|captures?|captured|wins?|gets?|owns?|keeps?"
                    + "|moic(?: of| is)?|irr(?: of| is)?|multiple(?: of| is)?)\\s(?:an?\\s)?$",
            Pattern.CASE_INSENSITIVE);
    /** A word after the fraction that is no unit: "4/2 review", "the 2/18 offsite". */
    private static final Pattern WORD_AFTER = Pattern.compile("\\s(?!of\\b|a\\b|per\\b)[a-z]", Pattern.CASE_INSENSITIVE);
    /** "captures 6/5 of oai's spend": a share, whatever its size (more than all of it is for the core to refuse). */
    private static final Pattern SHARE_BEFORE = Pattern.compile(
            "\\b(?:captures?|captured|capturing|gets?|wins?|takes?|grabs?|owns?|keeps?|share (?:of|at|is)|at)\\s+(?:a |an |the )?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern FOLD_AFTER = Pattern.compile("^\\s?-?\\s?(?:fold|x|times)\\b", Pattern.CASE_INSENSITIVE);

    static Read read(String text) {
        Matcher m = FRACTION.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> notes = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            int num = Integer.parseInt(m.group("num"));
            int den = Integer.parseInt(m.group("den"));
            if (den < 2 || den > 20 || num > 3 * den || num == 0) {
                continue;
            }
            // a date ("the 3/14 board review", "due 6/1", "steerco is 4/2"), a count ("RFI (1/2)") or a score is no figure: a
            // fraction is read only beside a figure's words, after it ("of", "a year", "trillion", "-fold", "margin") or before it
            // ("at", "make it", "exactly")
            String after = text.substring(m.end());
            if (!FIGURE_AFTER.matcher(after).lookingAt()
                    && !(FIGURE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 24), m.start())).find() && !WORD_AFTER.matcher(after).lookingAt())) {
                continue;
            }
            BigDecimal whole = m.group("whole") == null ? BigDecimal.ZERO : new BigDecimal(m.group("whole"));
            BigDecimal exact = BigDecimal.valueOf(num).divide(BigDecimal.valueOf(den), MathContext.DECIMAL128);
            boolean ends = terminates(den / java.math.BigInteger.valueOf(num).gcd(java.math.BigInteger.valueOf(den)).intValue());
            BigDecimal value = whole.add(exact).setScale(PLACES, RoundingMode.HALF_EVEN).stripTrailingZeros();
            String rest = text.substring(m.end());
            Matcher magnitude = MAGNITUDE_AFTER.matcher(rest);
            String said;
            int end = m.end();
            int quotedEnd = -1;
            if (magnitude.find()) {
                // "1 1/5 trillion", "5/4 of a trillion": a size
                said = value.toPlainString() + " " + magnitude.group("word");
                end += magnitude.end();
            } else if (FOLD_AFTER.matcher(rest).find() || value.compareTo(BigDecimal.ONE) > 0
                    && !SHARE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 20), m.start())).find()) {
                // "5/2-fold", "3/2 of the round price", "moic 2/1": a multiple ("of" after it is what it multiplies)
                said = value.toPlainString() + "x";
                Matcher fold = FOLD_AFTER.matcher(rest);
                if (fold.find()) {
                    end += fold.end();
                } else if (rest.startsWith(" of ")) {
                    end += 3;
                    quotedEnd = m.end();
                }
            } else {
                // "3/5 of oai's compute", "a 2/5 op margin", "1/8 a year": a part, as a percentage
                said = value.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            out.append(text, at, m.start()).append(said);
            at = end;
            notes.add("Reading " + text.substring(m.start(), quotedEnd < 0 ? end : quotedEnd).trim() + " as " + said.trim()
                    + (ends ? "." : " (to " + PLACES + " places: it has no exact decimal)."));
        }
        if (notes.isEmpty()) {
            return new Read(text, List.of());
        }
        return new Read(out.append(text.substring(at)).toString(), List.copyOf(notes));
    }

    /** A fraction ends in decimal when its denominator has no prime factor but 2 and 5. */
    private static boolean terminates(int den) {
        int d = den;
        while (d % 2 == 0) {
            d /= 2;
        }
        while (d % 5 == 0) {
            d /= 5;
        }
        return d == 1;
    }
}
