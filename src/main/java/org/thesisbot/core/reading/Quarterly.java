package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * Money said per quarter or per month is four or twelve times as much a year, and the model works in years: "book $4bn of
 * compute revenue per quarter" is $16B a year, and "revenue per quarter" asks for the yearly figure, whose quarter the
 * note gives as a fourth of it. The text is rewritten before it is read, and each rewrite is a note.
 */
final class Quarterly {
    private Quarterly() {
    }

    /** The question as read, and a note for each figure or period rewritten. */
    record Rewritten(String text, List<String> notes) {
    }

    /**
     * "per quarter", "a quarter", "/qtr", "quarterly" (and the same for months); not a fraction ("by a quarter", "a quarter
     * of", "a quarter point").
     */
    private static final Pattern PER_PERIOD = Pattern.compile(
            "\\b(?<!\\bby )(?<!\\bthan )(?:per|a|an|each|every|in a|in one) (?<q>quarter|qtr|month)\\b(?! (?:of|point|points|pt|pts|pp|less|more)\\b)"
                    + "|/ ?(?<q2>quarter|qtr|q|month|mo)\\b|\\b(?<q3>quarterly|monthly)\\b");
    private static final Pattern BOUNDARY = Pattern.compile("[,;?!]|\\. | and | but | or ");

    static Rewritten rewrite(String s) {
        Matcher m = PER_PERIOD.matcher(s);
        if (!m.find()) {
            return new Rewritten(s, List.of());
        }
        List<String> notes = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int at = 0;
        m.reset();
        while (m.find()) {
            String unit = m.group("q") != null ? m.group("q") : m.group("q2") != null ? m.group("q2") : m.group("q3");
            boolean monthly = unit.startsWith("mo");
            int times = monthly ? 12 : 4;
            String per = monthly ? "a month" : "a quarter";
            // the money said just before, in the same clause ("$4bn of openai compute revenue per quarter")
            int from = Math.max(at, m.start() - 60);
            String before = s.substring(from, m.start());
            Matcher b = BOUNDARY.matcher(before);
            int clause = 0;
            while (b.find()) {
                clause = b.end();
            }
            Amount money = null;
            for (Amount a : Amounts.find(before.substring(clause))) {
                if (a.kind() == Amount.Kind.MONEY) {
                    money = a;
                }
            }
            if (money != null) {
                int start = from + clause + money.start();
                int end = from + clause + money.end();
                BigDecimal yearly = money.value().multiply(BigDecimal.valueOf(times));
                out.append(s, at, start).append(yearly.stripTrailingZeros().toPlainString()).append(" billion")
                        .append(s, end, m.start());
                // ("$3B/qtr": the period glued to the figure is spaced off it, or "12 billiona year" reads as a bare 12)
                out.append(Character.isWhitespace(out.charAt(out.length() - 1)) ? "" : " ").append("a year");
                notes.add("Reading " + Format.money(money.value()) + " " + per + " as " + Format.money(yearly) + " a year ("
                        + times + " × " + Format.money(money.value()) + "): the model works in years.");
            } else if (!monthly && m.group("q3") == null) {
                out.append(s, at, m.start());
                out.append(out.length() == 0 || Character.isWhitespace(out.charAt(out.length() - 1)) ? "" : " ").append("a year");
                notes.add("The model works in years, so this is the yearly figure; a quarter of it is one fourth.");
            } else {
                out.append(s, at, m.end());
            }
            at = m.end();
        }
        out.append(s.substring(at));
        return new Rewritten(out.toString(), notes);
    }
}
