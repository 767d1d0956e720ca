package org.thesisbot.core.assistant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.MetricResult;

/**
 * A goal that is another setting's level, not a figure: "what hold lines a 1.25T exit's irr up with bull's over the
 * standard 5 yrs", "what exit makes the 830-post stake worth exactly what a stake bought at a 1.2 tril post would be worth
 * with oai marked at 1.5T", "which exit in bear gives the same stake $ value base would get off a 950 pre". The reference
 * (the words after "with", "what", "as") is asked as a question of its own, from the model alone: its case, its figures,
 * and the asked metric when it names none ("bull's" is bull's IRR when the IRR is matched). Its number then stands in the
 * question as the goal ("… lines a 1.25T exit's irr up with 14.03%"), which the reader solves as any goal, and the answer
 * says which level it matched. The question's own conditions ("if we're out in 18 months, …") stay with the goal and never
 * reach the reference.
 */
final class Matches {
    /** The words that set one level against another; "mid" holds words of the goal inside them ("lines X up with"). */
    private static final Pattern LINK = Pattern.compile(
            "\\b(?:equals?|equal to|equalling|equaling|matche?s?|matching|ties?(?: out)?(?: with| to)?|tying(?: with| to)?"
                    + "|(?:draws? |drawn |is |be |come |comes )?level (?:with|w/?)|on par with|in line with|keeps? pace with"
                    + "|(?:lines?|lined|lining) (?<mid>(?:[^,.;?!\\n]|\\.(?=\\d)){1,40}?) up with|lines? up with|catch(?:es)? up (?:with|to)"
                    + "|(?:comes?|come|drops?|falls?|slips?|gets?|goes?) (?:down |back )?to(?= what\\b)"
                    + "|(?:as much|as big|as high|as large|as good)(?<mid2> (?:[^,.;?!\\n]|\\.(?=\\d)){1,30}?)? as"
                    + "|(?<=\\bworth )(?:exactly |just |precisely )?(?=what\\b)"
                    + "|the same (?<mid3>(?:[^,.;?!\\n]|\\.(?=\\d)){1,30}?) (?:as )?(?=(?:bull|base|bear|the article|the piece|what)\\b))",
            Pattern.CASE_INSENSITIVE);
    /** A reference names a setting: a case, the article's numbers, or a "what … gives" clause. */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b(?:bull|base|bear)\\b|\\bthe (?:article|piece)'?s?\\b|^what\\b", Pattern.CASE_INSENSITIVE);
    /** Where the reference ends: the question's end, a dash, a semicolon, a bracket. */
    private static final Pattern END = Pattern.compile("\\?|\\s[-\u2013\u2014]\\s|;|\\(|\\n|\\.(?=\\s|$)");
    private static final int MAX_REFERENCE = 160;

    /**
     * @param reference the other setting as written ("bull's over the standard 5 yrs")
     * @param start     where the reference starts in the question
     * @param end       where it ends
     * @param as        whether the goal needs "as" before it ("the same stake value base would get" → "… value as 40 billion")
     * @param linkStart where the words that set the levels against each other start
     * @param mid       words of the goal inside those words ("at a 1.4T exit" in "as much at a 1.4T exit as"), or null
     */
    record Found(String question, String reference, int start, int end, boolean as, int linkStart, String mid) {
        /** The question with the reference's level as its goal; {@code words} name its metric when only the reference did. */
        String asGoal(MetricResult level, String words) {
            return question.substring(0, start) + (as ? "as " : "") + (words == null ? "" : words + " of ") + Holds.written(level)
                    + question.substring(end);
        }

        /**
         * The question with the goal said the one way every reader knows ("… to get the irr to 2.7%"): for when the words
         * that set the levels against each other do not read as a goal once the reference is a figure.
         */
        String asPlainGoal(MetricResult level, String words) {
            return question.substring(0, linkStart).stripTrailing() + (mid == null ? "" : " " + mid.strip()) + " to get the " + words
                    + " to " + Holds.written(level) + question.substring(end);
        }

        /** The question up to the words that set the levels against each other: where the goal's metric is named. */
        String asked() {
            return question.substring(0, start);
        }
    }

    private Matches() {
    }

    static Optional<Found> find(String question) {
        if (question.length() > 2_000) {
            return Optional.empty();
        }
        Matcher m = LINK.matcher(question);
        while (m.find()) {
            int start = m.end();
            while (start < question.length() && question.charAt(start) == ' ') {
                start++;
            }
            Matcher e = END.matcher(question);
            int end = e.find(start) ? e.start() : question.length();
            String ref = question.substring(start, end).strip();
            // (a reference says a setting in words of its own: "worth what?" asks, it names nothing to match)
            String said = ref.replaceFirst("(?i)^(?:what|as)\\b\\s*", "");
            boolean says = said.split("\\s+").length >= 2 || said.matches("(?i)(?:bull|base|bear)(?:'s| case'?s?)?");
            if (said.isBlank() || !says || ref.length() > MAX_REFERENCE || !REFERENCE.matcher(ref).find()) {
                continue;
            }
            boolean as = m.group("mid3") != null && !m.group().toLowerCase(Locale.ROOT).endsWith(" as");
            String mid = m.group("mid") != null ? m.group("mid") : m.group("mid2");
            return Optional.of(new Found(question, ref, start, start + question.substring(start, end).stripTrailing().length(), as,
                    m.start(), mid));
        }
        return Optional.empty();
    }

    /** The reference as a question of its own: "what" and "as" dropped, and the asked metric's words when it names none. */
    static String referenceQuestion(String reference, String metricWords) {
        String r = reference.replaceFirst("(?i)^(?:what|as|the one|that of)\\s+", "");
        return metricWords == null ? r : r + " - what's the " + metricWords + "?";
    }
}
