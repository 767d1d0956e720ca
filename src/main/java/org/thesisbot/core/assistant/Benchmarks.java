package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A return the money could have earned instead, said as a rate and netted out: "stake value net of t-bills at 4%
 * compounded over 5y", "excess irr over a 4% treasury", "gain after what buybacks at 6% a yr would've returned", "bull irr
 * spread over that?" after "the 50 goes to buybacks instead, call it 6%/yr". The question is answered without the
 * benchmark's words, and each number that has a counterpart ({@link org.thesisbot.core.scenario.Benchmark}) is set against
 * it. The years are the benchmark's own when said ("over 5y", "6 yrs of rolled t-bills"), else the hold in force.
 */
final class Benchmarks {
    /** The rate, its years (null: the hold in force), how it was said, and the question without it. */
    record Found(BigDecimal rate, BigDecimal years, String said, String rest) {
    }

    private static final String NAME = "(?:t-?bills?(?: ladder| leg| counterfactual| rate| yield)?|treasur(?:y|ies)(?: rate| yield| bills?| notes?)?"
            + "|risk[- ]free(?: rate)?|buy-?backs?|money[- ]market(?: funds?)?|bonds?|deposits?|(?:a )?savings account|gilts?|bunds?"
            + "|(?:in|into|vs\\.?|versus|than|against|over|to) cash|cash (?:yield|rate))";
    private static final String RATE = "(?<rate>\\d{1,2}(?:\\.\\d{1,3})?)\\s?(?:%|pct|percent)(?:\\s?(?:/\\s?yr|/\\s?year|a yr|a year|per yr|per year|per annum|annual(?:ly)?|yearly))?";
    /** "4% treasury", "a 4.25% t-bill counterfactual". */
    private static final Pattern RATE_FIRST = Pattern.compile(RATE + "\\s+(?:\\w+\\s+){0,1}?" + NAME + "\\b", Pattern.CASE_INSENSITIVE);
    /** "t-bills @ 4%", "buybacks at 6%/yr", "buybacks instead, call it 6%/yr". */
    private static final Pattern NAME_FIRST = Pattern.compile("\\b" + NAME + "\\b[^.;?!\\d\\n]{0,28}?" + RATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE_ALONE = Pattern.compile(RATE, Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_ALONE = Pattern.compile("\\b" + NAME + "\\b", Pattern.CASE_INSENSITIVE);
    /** Words that net a return out, or set it beside the deal. */
    private static final Pattern NETTING = Pattern.compile(
            "\\b(?:net of|netting|netted|less|minus|over|above|excess|spread|incremental|counterfactual|but-?for|instead|vs\\.?|versus"
                    + "|against|ahead of|beats?|beating|compared|relative|outperform\\w*|on top of|rather than)\\b",
            Pattern.CASE_INSENSITIVE);
    /** The benchmark's own years, right after it: "compounded over 5y", "over the 5 yr hold", "for 6 years". */
    private static final Pattern YEARS_AFTER = Pattern.compile(
            "^[^.;?!\\n]{0,30}?\\b(?:over|for|across)\\s+(?:the\\s+)?(?<y>\\d{1,2}(?:\\.\\d{1,2})?)\\s?-?(?:y|yr|yrs|years?)\\b", Pattern.CASE_INSENSITIVE);
    /** …or right before it: "6 yrs of rolled t-bills", "5y of 4% compounded t-bills". */
    private static final Pattern YEARS_BEFORE = Pattern.compile(
            "\\b(?<y>\\d{1,2}(?:\\.\\d{1,2})?)\\s?-?(?:y|yr|yrs|years?) of (?:\\w+\\s+){0,3}$", Pattern.CASE_INSENSITIVE);
    /** The words that go with the benchmark when it is taken out: "compounded", "a yr". */
    private static final Pattern TAIL = Pattern.compile("^(?:\\s*,?\\s*(?:compound(?:ed|ing)?(?: annually| yearly| each year)?|a yr|a year|per year|/yr|yield))*",
            Pattern.CASE_INSENSITIVE);

    private Benchmarks() {
    }

    /** A full stop, semicolon, "!" or "?" or a line break at {@code i}; not a decimal point ("1.5T"). */
    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '.' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
            return false;
        }
        return ".;!?\n".indexOf(c) >= 0;
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000 || !NETTING.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher m = RATE_FIRST.matcher(text);
        if (!m.find()) {
            m = NAME_FIRST.matcher(text);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        BigDecimal rate = new BigDecimal(m.group("rate")).movePointLeft(2);
        Matcher tail = TAIL.matcher(text.substring(m.end()));
        int end = m.end() + (tail.lookingAt() ? tail.end() : 0);
        BigDecimal years = null;
        Matcher after = YEARS_AFTER.matcher(text.substring(end));
        Matcher before = YEARS_BEFORE.matcher(text.substring(0, m.start()));
        if (after.find()) {
            years = new BigDecimal(after.group("y"));
        } else if (before.find()) {
            years = new BigDecimal(before.group("y"));
        }
        // said as its name at its rate ("buybacks at 6%/yr"), whichever came first
        Matcher name = NAME_ALONE.matcher(m.group());
        Matcher r = RATE_ALONE.matcher(m.group());
        String rateSaid = r.find() ? r.group().strip() : m.group("rate") + "%";
        String said = name.find() ? name.group().replaceFirst("(?i)^(?:in|into|vs\\.?|versus|than|against|over|to) ", "") + " at " + rateSaid
                : rateSaid;
        // a sentence that only sets the benchmark up ("the 50 goes to buybacks instead, call it 6%/yr.") goes whole; inside
        // the question, only its words
        int from = m.start();
        while (from > 0 && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !endsSentence(text, to)) {
            to++;
        }
        boolean asks = to < text.length() && text.charAt(to) == '?';
        String others = (text.substring(0, from) + text.substring(Math.min(text.length(), to + 1))).strip();
        String rest = !asks && others.chars().anyMatch(Character::isLetter) ? others
                : (text.substring(0, m.start()) + text.substring(end)).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Found(rate, years, said, rest));
    }
}
