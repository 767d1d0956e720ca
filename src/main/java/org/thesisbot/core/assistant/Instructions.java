package org.thesisbot.core.assistant;

import java.util.regex.Pattern;

/**
 * How the asker wants the answer laid out ("One %, no decimals:", "x, 2dp", "1-2 lines max"): layout, not figures. The
 * counts and decimal places it names in digits are taken out before the question is read, so that "2dp" is no 2 and
 * "One %" no 1%; a count in words ("in one line", "two numbers") is read as it always was, and the words that say what to
 * show ("%", "$bn", "x") stay, as they say which number is asked.
 */
final class Instructions {
    /** Things an answer is laid out in; a count of them is no figure ("1-2 lines", "3 bullets"). */
    private static final String THINGS = "(?:numbers?|figures?|lines?|sentences?|words?|parts?|paras?|paragraphs?|bullets?|items?|things|metrics|stats|dps?|decimals?|decimal places?|sig ?figs?)";
    private static final Pattern LAYOUT = Pattern.compile(
            // "one %", "a single %": a share asked, not 1%; a digit before "%" is always a figure ("exactly 5 %")
            "\\b(?:one|a single|single|just one)\\s*%"
                    // "1-2 lines max", "3 bullets", "2 sentences"
                    + "|(?<![\\d.,$])\\b\\d(?:\\s?-\\s?\\d)?\\s+" + THINGS + "(?:\\s+(?:max|tops|only|at most))?(?![\\w%])"
                    + "|\\b(?:max|at most|up to)\\s+\\d\\s+" + THINGS + "(?![\\w%])"
                    // "2dp", "1 d.p.", "no decimals"
                    + "|(?<![\\d.,$])\\b\\d\\s?(?:dp|d\\.p\\.)(?![\\w%])|\\bno decimals?\\b"
                    // "to 3 s.f.", "3sf", "3 sig. figs"
                    + "|(?<![\\d.,$])\\b\\d\\s?(?:sf|s\\.f\\.|sig\\.? ?figs?\\.?|significant figures?)(?![\\w%])"
                    // an exam paper's marks: "… hold. [2]", "[1 mark]", "(3 marks)", at a part's end, before the next part or a
                    // new sentence; a bracketed number inside a sentence ("what does [2] say") is no mark
                    + "|\\[\\s?\\d{1,2}\\s?(?:marks?)?\\s?\\](?=\\s*(?:$|\\n|\\(?[a-h]\\)\\s|(?-i:[A-Z])))|\\(\\s?\\d{1,2}\\s?marks?\\s?\\)",
            Pattern.CASE_INSENSITIVE);

    /**
     * A preamble that says in which order to answer, before the question and a colon: "Number first (%, 1dp), then one
     * line from the piece on why it matters: the 50b as a share of capex".
     */
    private static final Pattern ORDER_PREAMBLE = Pattern.compile(
            "^\\s*(?<pre>[^:?\\n]{2,140}?\\b(?:first|then|followed by)\\b[^:?\\n]{0,100}?)\\s*:\\s+(?<rest>\\S[\\s\\S]*)$",
            Pattern.CASE_INSENSITIVE);

    /** A preamble that orders a number among the parts: "Number first", "$bn total first", "figure then a line". */
    private static final Pattern NUMBER_FIRST = Pattern.compile("\\b(?:numbers?|figures?|totals?|x)\\b|\\$|%|\\bbn\\b", Pattern.CASE_INSENSITIVE);

    private Instructions() {
    }

    /**
     * The question with an ordering preamble put after it, after a comma, where a question's own clauses go: the number is
     * read from the question, and a sentence the preamble asks of the sources is read as the question's narrative clause
     * (before, it stood first and only the number was answered). Unchanged when there is no such preamble.
     */
    static String preambleLast(String text) {
        java.util.regex.Matcher m = ORDER_PREAMBLE.matcher(text);
        if (!m.matches() || !NUMBER_FIRST.matcher(m.group("pre")).find()) {
            return text; // "Yes/no then one line:" orders words only: read where it stands
        }
        // after a comma, not in brackets: a bracketed aside is never read as a clause that asks
        return m.group("rest").strip().replaceAll("[.!;,]+$", "") + ", " + m.group("pre").strip();
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
