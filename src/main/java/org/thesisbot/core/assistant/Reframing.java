package org.thesisbot.core.assistant;

import org.thesisbot.core.api.Answer;

/**
 * A question said to the model in other words before anything reads it, and its answer then told what was done: a
 * yardstick of the asker's own ({@link Yardsticks}), an exit given through another investor's result
 * ({@link OtherInvestors}), the stake sold at a discount to its mark ({@link Haircuts}), a number taken to one Amazon share
 * ({@link PerShare}). Each is found on the text the one before it left, and tells the answer in the same order.
 */
interface Reframing {
    /** The question as the rest of the pipeline reads it. */
    String question();

    /**
     * The frame in words its own finder reads again, kept in the thread so that a follow-up is asked in it too
     * ({@link Frames}); empty for a reframing that lasts one question (the default).
     */
    default java.util.Optional<String> kept() {
        return java.util.Optional.empty();
    }

    /**
     * What this reframing measures the stake's numbers by, for a reframing that computes them again its own way ("the cash
     * basis", "warrants", "notes", "real terms", "the all-in flows"); null for one that only says the question in other
     * words. Two such in one question are not combined: each would compute the same numbers its own way.
     */
    default String measures() {
        return null;
    }

    /** The answer with what this reframing did said; an answer with no numbers is returned as it is. */
    Answer told(Answer answer);

    /**
     * A reframing that only says the question in other words, told with one note under an answer that has numbers
     * ({@link Doublings}, {@link OtherInvestors}, {@link Allotments}).
     */
    record Noted(String question, String note) implements Reframing {
        @Override
        public Answer told(Answer a) {
            return a.results().isEmpty() ? a : RoutingAssistant.withNote(a, note);
        }
    }

    /**
     * The same, knowing the inputs in force for the answer (the question's and the thread's figures: a hold set two turns
     * up, which a multiple's own inputs do not list); by default they are not needed.
     */
    default Answer told(Answer answer, java.util.Map<org.thesisbot.core.scenario.InputId, java.math.BigDecimal> inForce) {
        return told(answer);
    }

    /**
     * A question left by taking words out, tidied: no space before a stop, no comma left before one ("a post-money of
     * $1000B,." reads "… $1000B."), single spaces.
     */
    static String tidy(String question) {
        return question.replaceAll("\\s+([,.?!])", "$1").replaceAll(",\\s*([.?!])", "$1").replaceAll("\\s{2,}", " ").trim();
    }

    /** What is left of "and on a cash basis?", "now layer in the package (…)": no question of its own. */
    java.util.regex.Pattern NOTHING_ELSE = java.util.regex.Pattern.compile(
            "(?i)[\\s\\p{Punct}]*(?:(?:and|what|about|how|now|ok|okay|so|then|pls|please|same|again|that|this|it|is|on|a|the|q|layer|add|put|in|with|"
                    + "count|counting|them|those|too|also|let's|lets|fine|make|instead|say|package|but|just|if|was|were|at|to)\\b[\\s\\p{Punct}]*)*");

    /**
     * The question a reframing left, or "same question again" when it left no question of its own: a follow-up that only
     * said the frame ("and on a cash basis?") asks the thread's question in it.
     */
    static String orSame(String left) {
        return NOTHING_ELSE.matcher(left).matches() ? "same question again" : left;
    }

    /**
     * Character spans [start, end) sorted and merged where they overlap, or lie at most {@code gap} characters apart: the
     * parts of a question a reframing takes out, so that each stretch is cut once. The spans given are not changed.
     */
    static java.util.List<int[]> merged(java.util.List<int[]> spans, int gap) {
        java.util.List<int[]> sorted = new java.util.ArrayList<>(spans);
        sorted.sort(java.util.Comparator.comparingInt(s -> s[0]));
        java.util.List<int[]> out = new java.util.ArrayList<>();
        for (int[] s : sorted) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s[0] <= last[1] + gap) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    /** The text with each of these spans (merged where they overlap) said as one space: the words a reframing read, taken out. */
    static String cut(String text, java.util.List<int[]> spans) {
        java.util.List<int[]> merged = merged(spans, 0);
        StringBuilder out = new StringBuilder(text);
        for (int i = merged.size() - 1; i >= 0; i--) {
            out.replace(merged.get(i)[0], merged.get(i)[1], " ");
        }
        return out.toString();
    }

    /** The answer refused: "I can't compute that: " and why, with no numbers, notes or choices. */
    static Answer refused(Answer a, String why) {
        return new Answer(a.id(), a.route(), "I can't compute that: " + why, a.narrative(), java.util.List.of(), a.citations(), a.answerer(),
                java.util.List.of(), a.decision(), java.util.List.of(), java.util.List.of());
    }

    /** The answer with each of these notes under it, in order. */
    static Answer noted(Answer a, java.util.List<String> notes) {
        for (String n : notes) {
            a = RoutingAssistant.withNote(a, n);
        }
        return a;
    }
}
