package org.thesisbot.core.assistant;

import java.util.regex.Pattern;

/**
 * How the asker wants the answer laid out ("One %, no decimals:", "x, 2dp", "1-2 lines max", "Two numbers, x then %"):
 * layout, not figures. The counts and decimal places it names are taken out before the question is read, so that "One
 * %" is no 1% and "2dp" no 2; the words that say what to show ("%", "$bn", "x") stay, as they say which number is asked.
 */
final class Instructions {
    private static final String COUNT = "(?:one|two|three|a single|single|just one|\\d(?:\\s?-\\s?\\d)?)";
    private static final String THINGS = "(?:%|numbers?|figures?|lines?|sentences?|words?|parts?|paras?|paragraphs?|bullets?|items?|rows?|cols?|columns?|decimals?|decimal places?|dps?|sig ?figs?)";
    private static final Pattern LAYOUT = Pattern.compile(
            // "one %", "two numbers", "1-2 lines max", "max 5 items"
            "\\b" + COUNT + "\\s+" + THINGS + "(?:\\s+(?:max|tops|only|at most))?(?![\\w%])"
                    + "|\\b(?:max|at most|up to)\\s+\\d\\s+" + THINGS + "(?![\\w%])"
                    // "2dp", "1 dp", "no decimals"
                    + "|\\b\\d\\s?(?:dp|d\\.p\\.|decimals?|decimal places?|sig ?figs?)(?![\\w%])|\\bno decimals?\\b",
            Pattern.CASE_INSENSITIVE);

    private Instructions() {
    }

    /** The question without the counts of its layout instructions; unchanged when it gives none. */
    static String withoutCounts(String text) {
        String out = LAYOUT.matcher(text).replaceAll(m -> {
            String said = m.group();
            // "one %" keeps the "%": it says the answer is a share
            return said.endsWith("%") ? "%" : " ";
        });
        return out.equals(text) ? text : out.replaceAll("[ \\t]{2,}", " ").strip();
    }
}
