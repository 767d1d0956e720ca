package org.thesisbot.core.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word patterns (and a text helper) that more than one part of the reader uses. */
final class Words {
    private Words() {
    }

    /** A passage in double quotes of eight words or more: pasted text, whose figures and metric words are the source's. */
    // a question in quotes ("my CEO: \"what does our irr look like if …?\"") is the asker's, forwarded: not the source's
    static final Pattern QUOTED_PASSAGE = Pattern.compile("\"(?:[^\"\\s]++\\s++){7,}+[^\"]*+(?<!\\?)\"");

    static final Pattern NEGATION = Pattern.compile(
            "(?:\\bnot|n't|\\binstead of|\\brather than|\\bexcluding|\\bexcept|\\bwithout|\\bother than|\\bignore|\\bforget) (?:the |just |only |about |about the |what |how much )?$");

    static final Pattern PER_YEAR = Pattern.compile(
            "per year|a year|each year|every year|per annum|annual(?:ly)?|yearly|/ ?y(?:ea)?r|\\bp\\.?a\\.?\\b|\\bper-year"
                    + "|in (?:a|an|one|1) (?:single |given |typical |normal |average |ordinary )?year\\b"
                    // "per one year, not the whole window", "for a single year", "one year only": a year of it, not a hold
                    + "|per (?:one|1) year\\b|\\b(?:a|one|1) single year\\b|\\b(?:one|1) year (?:only|alone)\\b|\\b(?:a|one|1) year'?s worth\\b"
                    // "and the run-rate?": a yearly pace
                    + "|\\brun[- ]?rate\\b");

    static final Pattern INTERROGATIVE = Pattern.compile(
            "\\b(?:what|which|how (?:much|big|high|low|large|many|long|far)|at what)\\b");

    /** The question asks for a number of years. */
    // ("how many qtrs is that", "how many months": a period, which the model holds in years)
    static final Pattern ASKS_FOR_YEARS = Pattern.compile("\\bhow many (?:years?|yrs?|quarters?|qtrs?|months?|mos|mths?)\\b|\\bhow long\\b"
            // "max yrs we can carry the position and still clear 12%": the most (or fewest) years, asked
            + "|\\b(?:max|maximum|min|minimum|most|fewest|longest|shortest) (?:(?:number|no\\.?|#) of )?(?:years?|yrs?)\\b(?! (?:hold|of hold))");

    /** A valuation word on its own: "valued at", "a $1T valuation"; not the second word of "exit valuation" or "post-money valuation". */
    static final Pattern VALUATION = Pattern.compile(
            "(?<!exit |post-money |post money |postmoney |post |pre-money |pre money |pre |entry |round |exit-)(?:valuations?|valued|valuing|\\bvalue\\b|market cap|\\bmark\\b)");

    static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");

    /** Words that put a figure in place of another: "10bn instead of 8", "12bn rather than 8", "150b, up from 100". */
    static final String REPLACING = "instead of|rather than|as opposed to|in place of|not|up from|down from";

    static final Pattern SPACES = Pattern.compile("\\s+");

    /** Text with its parenthetical remarks blanked out, same length: "(stake + aws profit)" does not break a phrase. */
    static String unbracket(String s) {
        Matcher m = PARENTHESES.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, " ".repeat(m.group().length()));
        }
        m.appendTail(sb);
        return SPACES.matcher(sb).replaceAll(" ");
    }

    /** Where the sentence that holds {@code from} ends: its full stop, question or exclamation mark, semicolon, or the end. */
    static int sentenceEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '?' || c == '!' || c == ';' || c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                return i;
            }
        }
        return s.length();
    }
}
