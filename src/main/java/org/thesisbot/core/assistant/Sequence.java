package org.thesisbot.core.assistant;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two asks put in order without numbers: "% owned first, then what that % is worth in $", "first the whole-window total,
 * then the per-year piece". Each is answered as a part of a numbered message is, the second a follow-up of the first
 * ("that %" points back at it); when a part is no number the message is answered whole, so "then" in other senses ("then
 * what's the irr") never splits a question.
 */
final class Sequence {
    /** "A first, then B" (the context before A stays with it). */
    private static final Pattern A_FIRST = Pattern.compile(
            "^(?<a>.{3,}?)\\s(?:first|1st)\\b[,;:]?\\s*(?:and\\s)?(?:then|after that|next)\\b[,;:]?\\s*(?<b>.{3,})$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** "first A, then B" (an ask put first is a clause, at most 300 characters: the match stays linear in the message). */
    private static final Pattern FIRST_A = Pattern.compile(
            "^(?<pre>.*?)\\b(?:first|1st)\\b[,:]?\\s(?<a>.{3,300}?)[,;]?\\s(?:and\\s)?(?:then|after that|next)\\b[,;:]?\\s*(?<b>.{3,})$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private Sequence() {
    }

    /** The two parts, in order; empty unless the message puts two asks in order. */
    static List<String> parts(String text) {
        Matcher m = A_FIRST.matcher(text.strip());
        if (m.matches()) {
            return List.of(m.group("a").strip(), m.group("b").strip());
        }
        m = FIRST_A.matcher(text.strip());
        if (m.matches()) {
            return List.of((m.group("pre") + m.group("a")).strip(), m.group("b").strip());
        }
        return List.of();
    }
}
