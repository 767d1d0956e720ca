package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.scenario.Calculator;

/**
 * A rate of return said as a doubling time: "what exit has our money doubling every 3 yrs if we hold for 7?", "longest we
 * can hold and still be doubling every 5 yrs", "a 4-year doubling time", "tripling every 6 years", "doubling every 18
 * months". Doubling every n years is an annual return of 2^(1/n) − 1 whatever the hold, so the phrase is said to the
 * model as that IRR (to the core's 34 digits, as the IRR itself is computed) and the answer says how it was turned.
 */
final class Doublings {
    private static final String N = "(?<n>\\d{1,3}(?:\\.\\d{1,2})?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)";
    private static final String UNIT = "\\s?(?<unit>years?|yrs?|y|months?|mos?)\\b";
    private static final String FACTOR = "(?<f>doubl|tripl|quadrupl)(?:e|es|ed|ing)";
    /** "doubling every 3 yrs", "doubles our money every ~4 years", "triple it once every 6y". */
    private static final Pattern EVERY = Pattern.compile("\\b" + FACTOR
            + "(?: (?:our|the|its|my|your|their) (?:money|stake|check|cheque|investment|capital|position|piece|50|\\$?50 ?(?:b|bn|billion)?)| it| that| them)?"
            + "(?: (?:roughly|about|around|approximately|at least))? (?:every|each|once every|once each|per) (?:~|about |around |roughly )?" + N + UNIT,
            Pattern.CASE_INSENSITIVE);
    /** "a 4-year doubling time", "doubling time of 5 yrs". */
    private static final Pattern TIME = Pattern.compile("\\b(?:an? )?" + N + "[- ]?(?<unit>years?|yrs?|y|months?|mos?)[- ](?<f>doubl|tripl|quadrupl)ing (?:time|period|pace|clock)\\b"
            + "|\\b(?<f2>doubl|tripl|quadrupl)ing (?:time|period) of (?:~|about |around |roughly )?" + N.replace("<n>", "<n2>") + "\\s?(?<unit2>years?|yrs?|y|months?|mos?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Something other than our money as what doubles, said just before it: OpenAI's value ("oai's value doubles every 4
     * yrs"), its revenue, its compute spend, its users ("if openai's revenue keeps doubling every year"); and our money.
     */
    private static final Pattern OPENAI_GROWS = Pattern.compile("\\b(?:oai|openai)(?:'s)? (?:value|valuation|mark|price)\\b"
            + "|\\b(?:oai|openai|valuation|value|mark|marks|price|it|revenues?|sales|spend|spending|compute|users|demand|capex|costs?|burn|profits?|income|aws)"
            + "(?:'s)?(?:\\s+(?:is|are|was|were|keeps?|kept|has been|have been|been|keeps on|starts?|started))?\\s*$");
    private static final Pattern OURS = Pattern.compile("\\b(?:our|we|us|money|stake|check|cheque|investment|position|piece)\\b");

    private Doublings() {
    }

    static Optional<Reframing.Noted> find(String text) {
        if (text.length() > 600 || !text.toLowerCase(Locale.ROOT).matches("(?s).*\\b(?:doubl|tripl|quadrupl).*")) {
            return Optional.empty();
        }
        Matcher m = EVERY.matcher(text);
        String factorWord;
        String n;
        String unit;
        if (m.find()) {
            factorWord = m.group("f");
            n = m.group("n");
            unit = m.group("unit");
        } else {
            m = TIME.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
            boolean first = m.group("f") != null;
            factorWord = first ? m.group("f") : m.group("f2");
            n = first ? m.group("n") : m.group("n2");
            unit = first ? m.group("unit") : m.group("unit2");
        }
        String before = text.substring(Math.max(0, m.start() - 50), m.start()).toLowerCase(Locale.ROOT);
        if (OPENAI_GROWS.matcher(before).find() && !OURS.matcher(before).find()) {
            // "if oai's value doubles every 4 yrs": OpenAI's growth path, read as a path of marks; "if openai's revenue keeps
            // doubling every year": no return on our money at all
            return Optional.empty();
        }
        BigDecimal count = count(n);
        if (count == null || count.signum() <= 0) {
            return Optional.empty();
        }
        boolean months = unit.toLowerCase(Locale.ROOT).startsWith("m");
        BigDecimal years = months ? count.divide(BigDecimal.valueOf(12), MathContext.DECIMAL128) : count;
        int factor = switch (factorWord.toLowerCase(Locale.ROOT)) {
            case "tripl" -> 3;
            case "quadrupl" -> 4;
            default -> 2;
        };
        BigDecimal rate = Calculator.annualReturn(BigDecimal.valueOf(factor), years).round(new MathContext(30, RoundingMode.HALF_EVEN));
        String pct = rate.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        String question = text.substring(0, m.start()) + "at an irr of " + pct + text.substring(m.end());
        String word = factor == 2 ? "Doubling" : factor == 3 ? "Tripling" : "Quadrupling";
        String every = count.stripTrailingZeros().toPlainString() + (months ? " months" : " years");
        String note = word + " every " + every + " is an annual return of " + Format.percent(rate) + " (" + factor + "^(1/"
                + years.round(new MathContext(6)).stripTrailingZeros().toPlainString() + ") − 1), whatever the hold.";
        return Optional.of(new Reframing.Noted(Reframing.tidy(question), note));
    }

    private static BigDecimal count(String n) {
        String s = n.toLowerCase(Locale.ROOT);
        String[] words = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"};
        for (int i = 0; i < words.length; i++) {
            if (words[i].equals(s)) {
                return BigDecimal.valueOf(i + 1);
            }
        }
        return switch (s) {
            case "fifteen" -> BigDecimal.valueOf(15);
            case "twenty" -> BigDecimal.valueOf(20);
            default -> s.matches("\\d+(?:\\.\\d+)?") ? new BigDecimal(s) : null;
        };
    }
}
