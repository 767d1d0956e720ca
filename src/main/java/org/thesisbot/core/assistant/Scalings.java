package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;

/**
 * An input multiplied by a factor: "hold x2", "capture x1.2 with margin x0.8", "round size x1.5", "capture x2.5 vs base",
 * "margin multiplied by 0.9". Each is said to the reader as the change it already reads against the value in force ("hold
 * 100% higher", "margin 20% lower"), so the case and the thread's own figures are what is multiplied, and the reader's
 * note says the value it reached.
 */
final class Scalings {
    /** An input's name, then the factor: "x2", "×1.5", "* 0.8", "times 2", "multiplied by 1.2". */
    private static final Pattern SCALED = Pattern.compile(
            "\\b(?<noun>hold(?:ing period)?|capture(?: share)?|(?:aws'?s? )?(?:op(?:erating)? )?margin|round(?: size)?|raise|exit(?: valuation)?"
                    + "|post(?:-money)?|pre(?:-money)?|check|cheque|investment|(?:(?:oai|openai)'?s? )?compute spend|spend)"
                    + "\\s?(?:x|\u00d7|\\*|times|multiplied by)\\s?(?<k>\\d{1,3}(?:\\.\\d{1,4})?)(?!\\d|\\.\\d|\\s?(?:%|bn|b\\b|t\\b|tn|years?|yrs?|x\\b))"
                    + "(?: (?:vs\\.?|versus|relative to|over) (?:the )?base(?: case)?)?",
            Pattern.CASE_INSENSITIVE);

    record Found(String question) implements Reframing {
        @Override
        public Answer told(Answer a) {
            return a; // (the reader's note says the value each input reached)
        }
    }

    private Scalings() {
    }

    static Optional<Found> find(String text) {
        if (text.length() > 600) {
            return Optional.empty();
        }
        Matcher m = SCALED.matcher(text);
        StringBuilder out = new StringBuilder();
        int at = 0;
        boolean any = false;
        while (m.find()) {
            BigDecimal k = new BigDecimal(m.group("k"));
            if (k.signum() <= 0) {
                continue; // ("x0": no factor; read as typed)
            }
            BigDecimal pct = k.subtract(BigDecimal.ONE).movePointRight(2).abs().stripTrailingZeros();
            String said = k.compareTo(BigDecimal.ONE) == 0 ? m.group("noun") + " unchanged"
                    : m.group("noun") + " " + pct.toPlainString() + "% " + (k.compareTo(BigDecimal.ONE) > 0 ? "higher" : "lower");
            out.append(text, at, m.start()).append(said);
            at = m.end();
            any = true;
        }
        if (!any) {
            return Optional.empty();
        }
        out.append(text.substring(at));
        return Optional.of(new Found(out.toString()));
    }
}
