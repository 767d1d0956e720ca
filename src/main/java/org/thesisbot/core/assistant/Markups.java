package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;

/**
 * A price said as a markup on cost, as a merchant says it: "a 60% markup on cost", "priced at keystone" (double the cost,
 * a 100% markup). The model's input is the operating margin, the profit's share of the price: a markup m on cost is a
 * margin of m / (1 + m) (a 60% markup is 37.5%, keystone is 50%). Each markup is said to the reader as the margin it is,
 * and a note shows the working.
 */
final class Markups {
    /** The question with each markup said as its margin, and the notes that show the working. */
    record Found(String question, List<String> notes) implements Reframing {
        @Override
        public Answer told(Answer a) {
            return a.results().isEmpty() ? a : Reframing.noted(a, notes);
        }
    }

    /** "a 60% markup on cost", "40% mark-up", "a markup of 25%", "keystone". */
    private static final Pattern MARKUP = Pattern.compile(
            "\\b(?:an?\\s+)?(?<p>\\d{1,4}(?:\\.\\d{1,4})?)\\s?(?:%|pct|percent)\\s+mark-?up(?:\\s+on\\s+(?:its\\s+|the\\s+|their\\s+)?cost)?"
                    + "|\\b(?:an?\\s+)?mark-?up\\s+(?:on\\s+cost\\s+)?of\\s+(?<q>\\d{1,4}(?:\\.\\d{1,4})?)\\s?(?:%|pct|percent)"
                    // keystone as a price only: "at keystone", "to keystone", "keystone pricing" ("the keystone of the deal" is no price)
                    + "|(?<=\\b(?:at|to)\\s)(?<k>keystone)\\b(?:\\s+(?:pricing|markup|mark-up))?|\\b(?<k2>keystone)\\s+(?:pricing|markup|mark-up|margin)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The word for the price's rule without a figure: "take the markup up to keystone" is the margin taken to 50%. */
    private static final Pattern MARKUP_WORD = Pattern.compile("\\bmark-?up\\b", Pattern.CASE_INSENSITIVE);

    private Markups() {
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        List<String> notes = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            boolean keystone = m.group("k") != null || m.group("k2") != null;
            BigDecimal markup = keystone ? BigDecimal.ONE
                    : new BigDecimal(m.group("p") != null ? m.group("p") : m.group("q")).movePointLeft(2);
            if (markup.signum() <= 0) {
                continue;
            }
            BigDecimal margin = markup.divide(BigDecimal.ONE.add(markup), new MathContext(20, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            String pct = margin.movePointRight(2).stripTrailingZeros().toPlainString();
            // ("take the markup up to keystone": the margin taken to 50%; "priced at keystone": at a 50% margin)
            boolean to = text.substring(Math.max(0, m.start() - 3), m.start()).matches("(?i)to\\s");
            out.append(text, last, m.start()).append(keystone && to ? pct + "%" : "a " + pct + "% margin");
            last = m.end();
            String said = m.group().strip();
            notes.add("Reading \u201c" + said + "\u201d as a margin of " + shown(margin) + ": a markup m on cost is a margin of m / (1 + m) = "
                    + shown(markup) + " / " + shown(BigDecimal.ONE.add(markup)) + ".");
        }
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        out.append(text.substring(last));
        String question = MARKUP_WORD.matcher(out.toString()).replaceAll("margin");
        return Optional.of(new Found(question.replaceAll("\\s{2,}", " ").trim(), notes));
    }

    private static String shown(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }
}
