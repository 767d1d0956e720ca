package org.thesisbot.core.assistant;

import java.util.regex.Pattern;

/**
 * Places in the article named by number, as people who read it closely cite it: "¶5 s3 has capex at 125", "from ¶2 s4's
 * numbers", "(¶8 s1)", "para 3, sentence 2". The numbers are a place, not figures: the place is read as "the article",
 * so that "¶5" sets no input and "¶13 s2 names one anthropic backer" is a question for the sources.
 */
final class Paragraphs {
    private static final Pattern PLACE = Pattern.compile(
            "(?:\u00b6\\s?|\\b(?:para(?:graph)?|par\\.|pgph)\\s?#?)\\d{1,3}\\b(?![.,]\\d)(?!\\s?(?:%|percent|pct|x\\b|b\\b|bn|bil|billion|t\\b|tn|tril|trillion|mld|mlrd|yrs?\\b|years?))(?:\\s*[,.]?\\s*(?:s|sent(?:ence)?\\.?|l|line)\\s?\\d{1,2}\\b)?"
                    // a sentence on its own after a paragraph was named: "¶3, s4" is taken above; "s4" alone is left
                    + "|\\b(?:sentence|line)\\s\\d{1,2}\\s(?:of|in)\\s(?:para(?:graph)?|\u00b6)\\s?\\d{1,3}\\b",
            Pattern.CASE_INSENSITIVE);

    private Paragraphs() {
    }

    /** {@code text} with each numbered place in the article said as "the article". */
    static String asTheArticle(String text) {
        if (text == null || text.indexOf('\u00b6') < 0 && !text.matches("(?is).*\\b(?:para|paragraph|par\\.|pgph|sentence|line)\\b.*")) {
            return text;
        }
        // "(the article)" after a question adds nothing; "the article's numbers" reads as it should
        String s = PLACE.matcher(text).replaceAll("the article");
        return s.replaceAll("\\(\\s*the article\\s*\\)", "").replaceAll("\\bthe the article\\b", "the article").replaceAll(" {2,}", " ").strip();
    }
}
