package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two asks joined in one sentence without numbers: "what's the stake worth at a 1T exit, and what exit gets us to 3x?",
 * "bull moic, and how long until irr drops under 15%?", "stake in bear? also what post does a 500bn pre imply". Read whole,
 * such a message leaves a figure out (the second ask solves for the input the first one gives), so the assistant answers it
 * as two parts, in order, only when read whole it leaves a figure out and read in parts it leaves none: "what's the stake
 * worth at 1T, and what's the irr?" is one question and stays one.
 *
 * <p>This class only finds where a second ask starts: after ", and", "; ", "?", "? also", "? and", "? plus" or ". also"; a
 * word that starts an ask must follow ("what", "how", "where", "when", "which", "at what", "the").
 */
final class Joined {
    /** The most splits tried in one message (each is read twice). */
    private static final int MOST = 3;
    /** A join, then the first word of an ask. Bounded: each side at least three characters. */
    private static final Pattern JOIN = Pattern.compile(
            "(?:,\\s*(?:and|plus|also|then)\\s+|;\\s*(?:and\\s+|also\\s+|plus\\s+)?|\\?\\s*(?:(?:and|also|plus|then)\\b[,:]?\\s*)?"
                    + "|\\.\\s+(?:and|also|plus|then)\\b[,:]?\\s*)"
                    + "(?=(?:what|what's|whats|how|where|when|which|at\\s+what|is|does|do|would|will|can|could|and\\s+the|the)\\b)",
            Pattern.CASE_INSENSITIVE);

    private Joined() {
    }

    /** Each way to cut the message in two at a join, first join first; empty when it has none. */
    static List<List<String>> splits(String text) {
        String t = text.strip();
        List<List<String>> out = new ArrayList<>();
        Matcher m = JOIN.matcher(t);
        while (m.find() && out.size() < MOST) {
            String a = t.substring(0, m.start()).strip();
            String b = t.substring(m.end()).strip();
            if (a.length() >= 3 && b.length() >= 3) {
                out.add(List.of(a + (m.group().startsWith("?") ? "?" : ""), b));
            }
        }
        return out;
    }
}
