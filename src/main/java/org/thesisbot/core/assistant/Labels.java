package org.thesisbot.core.assistant;

import java.util.regex.Pattern;

/**
 * A figure given under its name at a line's start, as in a form or a pasted document: "pre-money: 1.15T", "Exit Value:
 * US$1.75T", "AWS Operating Margin: 42%". The name before the colon is what the figure is, not a metric asked: said as
 * "pre-money of 1.15T", the way the reader ties a name to its figure. Only a name that ends in a word for an amount, a
 * price or a share is read so ("us: 790 post" is a side's offer, "bear: 500bn" a case, "q1: …" a numbered part). A
 * bound or a hedge said with it ("Offering Amount: up to US$120bn") is the clause's own figure, and goes with the colon. A
 * goal said so ("Target stake value: $70bn") is a goal, read as it stands.
 */
final class Labels {
    private static final Pattern LABEL = Pattern.compile(
            "(?m)^(?!\\s*(?:target|goal|aim|want|wanted|need|needed|required|min|max|minimum|maximum|hurdle)\\b)(\\s*(?:[A-Za-z][\\w'&/]*[\\s-]){0,4}"
                    + "(?:valuation|val|value|money|pre|post|price|exit|check|cheque|investment|round|raise|margin|capture|share"
                    + "|allocation|spend|spending|capex|expenditure|stake|interest|hold|horizon|commitment|amount|size|irr|moic"
                    + "|return|multiple|campus|equity|plan|hurdle))\\s?:[ \\t]*(?:up to |approximately |approx\\.? |about |~)?(?=(?:US|USD ?)?\\$?\\d)",
            Pattern.CASE_INSENSITIVE);

    private Labels() {
    }

    /** The text with each such name tied to its figure by "of"; unchanged when there is none. */
    static String tied(String text) {
        return text == null || text.indexOf(':') < 0 ? text : LABEL.matcher(text).replaceAll("$1 of ");
    }
}
