package org.thesisbot.core.assistant;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sale of OpenAI paid in stages or in kind: part of the price held in escrow or back, an earnout paid later on a target,
 * part clawed back on a claim, or part paid in the buyer's stock that may fall before it can be sold. The model sells the
 * whole stake at one exit, in cash, so such a question is not answered with the all-cash number (which would be a
 * confident wrong one); it is told how to say the structure as sales at times and values, which {@link Flows} blends into
 * one MOIC and IRR.
 */
final class Staged {
    /** The words of a staged or contingent consideration. */
    private static final Pattern STAGED = Pattern.compile("\\b(?:escrow(?:ed)?|hold-?backs?|earn-?outs?|claw(?:ed|s)?[- ]?back|clawbacks?"
            + "|(?:acquirer|acquiror|buyer)(?:'s|s')? (?:stock|shares|paper|equity)|stock consideration|(?:cash|\\d{1,3}%?)\\s?/\\s?(?:stock|escrow|earn-?out)"
            + "|(?:stock|escrow|earn-?out)\\s?/\\s?cash|deferred consideration)\\b");
    /** A figure in the question: a structure with no figure at all is a question about terms, for the sources. */
    private static final Pattern FIGURE = Pattern.compile("\\d");

    /** A question put to the sources ("does the article say anything about an escrow on the $50B?"): theirs to answer. */
    private static final Pattern SOURCES = Pattern.compile("\\b(?:article|piece|sources?|author|report)\\b");

    private Staged() {
    }

    /** The structure word the question uses, when it asks numbers of a staged or in-kind consideration. */
    static Optional<String> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher m = STAGED.matcher(lower);
        if (!m.find() || !FIGURE.matcher(lower).find() || SOURCES.matcher(lower).find()) {
            return Optional.empty();
        }
        return Optional.of(m.group());
    }

    /** Why it is not computed, and how to ask it so that it is. */
    static String reply(String word) {
        return "I can't compute that as asked: the model sells the whole stake at one exit, paid in cash at once, and a staged"
                + " or contingent price (\u201c" + word + "\u201d) is not one exit. Say it as sales of parts of the stake, each at"
                + " a value and a time, and I'll blend them into one MOIC and IRR: for example \u201cwe sell 85% of the stake at $1.6T in year 5"
                + " and 15% at $1.6T in year 7, irr?\u201d. Money held back and released later is a later sale; a part clawed back,"
                + " or an earnout's odds, scales that sale's value (a third clawed back: two thirds of the price); stock that falls"
                + " 20% before it can be sold is a sale at 80% of the price.";
    }
}
