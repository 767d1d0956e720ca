package org.thesisbot.core.assistant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question someone else asked, quoted and then asked again with a change: "dana asked what exit gets amzn to 2x, same
 * but for 2.5x", "tom ran the exit needed for a 15% irr over 5 yrs. pls do it but 20% over 6", "mike asked for our % in
 * bull but i need it in $". The quoted question is the starting point and the change is a follow-up to it, as if both
 * had been asked in a thread.
 */
final class Redo {
    /** The quoted question and the change asked of it. */
    record Split(String quoted, String change) {
    }

    /** Words that start a question of one's own, never a name: "if we ran …", "what they asked …". */
    private static final String NOT_A_NAME = "(?:if|we|i|you|u|they|it|he|she|what|whats|when|why|how|so|and|but|then|that|this|there|suppose|say|assume|as)\\b";
    /** Who asked, and how: "dana asked", "tom ran", "leo wanted", "my boss asked me for", "earlier you gave". */
    private static final Pattern ASKED = Pattern.compile(
            "^(?:(?:so|ok|hey|hi),? )?(?:(?!" + NOT_A_NAME + ")[a-z][\\w.'-]*(?: (?!" + NOT_A_NAME + ")[a-z][\\w.'-]*)?"
                    + "|my (?:boss|manager|md|pm|vp|colleague|team(?:mate)?|analyst)|someone|somebody|the (?:team|desk|committee|ic))"
                    + " (?:asked|wanted|ran|requested|computed|calculated|pulled|looked at|checked|was asking|wanted to know)"
                    + "(?: (?:you|the bot|thesisbot|me|us))?(?: (?:for|about))?\\s+",
            Pattern.CASE_INSENSITIVE);
    /** Where the change starts: "same but for", "i want", "pls do it but", "redo for", "but i need". */
    private static final Pattern CHANGE = Pattern.compile(
            "(?:\\s*[-\u2013\u2014,.;:]+\\s*|\\s+)(?=(?:(?:pls|please|can you|could you|now|so|ok),? )?"
                    + "(?:same(?: q| question| thing| calc)? but|same for|i want|i need|i'd like|do it but|do it for|do it with|do the same|redo|rerun|re-run"
                    + "|but (?:for|at|with|over|in|i need|i want|i'd like|make it)|but with)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final int MIN_QUOTED_CHARS = 6;

    private Redo() {
    }

    static Optional<Split> split(String text) {
        String t = text.strip();
        Matcher asked = ASKED.matcher(t);
        if (!asked.lookingAt()) {
            return Optional.empty();
        }
        Matcher change = CHANGE.matcher(t);
        if (!change.find(asked.end())) {
            return Optional.empty();
        }
        String quoted = t.substring(asked.end(), change.start()).strip();
        String rest = t.substring(change.end()).strip();
        if (quoted.length() < MIN_QUOTED_CHARS || rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Split(quoted, rest));
    }
}
