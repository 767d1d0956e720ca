package org.thesisbot.core.assistant;

import java.util.regex.Pattern;

/**
 * Places in the article named by number, as people who read it closely cite it: "¶5 s3 has capex at 125", "from ¶2 s4's
 * numbers", "(¶8 s1)", "para 3, sentence 2". The numbers are a place, not figures: a place that only says where a premise
 * or a figure comes from is left out, and one the question asks about is read as "the article", so that "¶5" sets no
 * input and "how does ¶10 s3 put the downside?" is a question for the sources.
 */
final class Paragraphs {
    private static final Pattern PLACE = Pattern.compile(
            "(?:\u00b6\\s?|\\b(?:para(?:graph)?|par\\.|pgph)\\s?#?)\\d{1,3}\\b(?![.,]\\d)(?!\\s?(?:%|percent|pct|x\\b|b\\b|bn|bil|billion|t\\b|tn|tril|trillion|mld|mlrd|yrs?\\b|years?))(?:\\s*[,.]?\\s*(?:s|sent(?:ence)?\\.?|l|line)\\s?\\d{1,2}\\b)?"
                    // a sentence on its own after a paragraph was named: "¶3, s4" is taken above; "s4" alone is left
                    + "|\\b(?:sentence|line)\\s\\d{1,2}\\s(?:of|in)\\s(?:para(?:graph)?|\u00b6)\\s?\\d{1,3}\\b",
            Pattern.CASE_INSENSITIVE);
    /** A word that may name a place; without one (or a pilcrow) nothing is looked for. */
    private static final Pattern MAY_NAME = Pattern.compile("\\b(?:para|paragraph|par\\.|pgph|sentence|line)\\b", Pattern.CASE_INSENSITIVE);
    /** "¶2 s4's 830": the place of a figure. */
    private static final Pattern WHOSE = Pattern.compile("(?:" + PLACE.pattern() + ")'s\\s*", Pattern.CASE_INSENSITIVE);
    /** "(¶8 s1)": a place given in passing. */
    private static final Pattern IN_BRACKETS = Pattern.compile("\\(\\s*(?:" + PLACE.pattern() + ")\\s*\\)", Pattern.CASE_INSENSITIVE);
    /** "¶6 s3 calls it high-margin; …": a place that opens a premise, at the start of a sentence or a clause. */
    private static final Pattern OPENING = Pattern.compile("(^|[.;:!?]\\s+|\\s[-\u2013\u2014]\\s+)(?:" + PLACE.pattern() + ")[,:]?\\s*",
            Pattern.CASE_INSENSITIVE);

    private Paragraphs() {
    }

    /**
     * {@code text} with each numbered place in the article left out where it only says where a premise or a figure comes
     * from ("¶6 s3 calls it high-margin; …", "run ¶2 s4's 830 as the pre-money", "(¶8 s1)"), and said as "the article"
     * where the question asks it ("how does ¶10 s3 put the downside?").
     */
    static String asTheArticle(String text) {
        if (text == null || text.indexOf('\u00b6') < 0 && !MAY_NAME.matcher(text).find()) {
            return text;
        }
        String s = WHOSE.matcher(text).replaceAll("");
        s = IN_BRACKETS.matcher(s).replaceAll("");
        s = OPENING.matcher(s).replaceAll("$1");
        s = PLACE.matcher(s).replaceAll("the article");
        return s.replaceAll("\\bthe the article\\b", "the article").replaceAll(" {2,}", " ").replaceAll(" ([,.?;])", "$1").strip();
    }
}
