package org.thesisbot.core.assistant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sensitivity asked per step: "per +$100bn of exit value, how much does the x on the check move?", "per 10 pts of
 * capture, how many $bn of aws op profit?", "each extra 6 months of hold costs how many irr pts?". The question is asked at
 * the values in force and again with the input moved by the step ("with capture up 10 pts"), and the answer is the move.
 */
final class Steps {
    /** The question without the step, the question with the input moved by it, and the step as said ("+$100bn of exit value"). */
    record Step(String base, String moved, String label) {
    }

    private static final String FIGURE = "\\+?\\$?\\d[\\d.,]*\\s?(?:bn|b|billion|t|tn|trillion|%|pts?|points?|percentage points?|ppts?|bps|months?|mos|years?|yrs?|y)\\b|\\+?\\$\\d[\\d.,]*";
    private static final Pattern STEP = Pattern.compile(
            "\\b(?:per|for (?:each|every)|with (?:each|every)|each|every)\\s+(?:extra |additional |more |further |incremental )?(?<fig>" + FIGURE + ")"
                    + "(?: (?:extra|more|additional|increment|incremnt|step|bump|move|rise))?"
                    + " (?:of|on|in|to|added to) (?:extra |additional )?(?:the |our |its |amazon'?s )?(?<what>[a-z' -]{3,40}?)"
                    + "(?=\\s*(?:[,?;:.]|$|\\bhow\\b|\\bwhat\\b|\\bdoes\\b|\\bdo\\b|\\bcosts?\\b|\\bmoves?\\b|\\badds?\\b|\\bat\\b|\\bin (?:the )?(?:bull|bear|base)\\b))",
            Pattern.CASE_INSENSITIVE);
    /** The question asks how much something moves, not its level. */
    private static final Pattern ASKS_MOVE = Pattern.compile(
            "\\b(?:move|moves|moving|change|changes|shift|shifts|go up|goes up|rise|rises|add|adds|pick up|gain|gains|cost|costs|lose|loses"
                    + "|how many|how much|sensitivity|slope|delta|swing|swings|impact)\\b",
            Pattern.CASE_INSENSITIVE);

    private Steps() {
    }

    static Optional<Step> find(String text) {
        Matcher m = STEP.matcher(text);
        if (!m.find() || !ASKS_MOVE.matcher(text.substring(0, m.start()) + " " + text.substring(m.end())).find()) {
            return Optional.empty();
        }
        String fig = m.group("fig").replaceFirst("^\\+", "");
        String what = m.group("what").strip();
        String base = (text.substring(0, m.start()) + " " + text.substring(m.end())).replaceAll("\\s{2,}", " ").strip();
        String moved = (text.substring(0, m.start()) + " with " + what + " up " + fig + " " + text.substring(m.end()))
                .replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Step(base, moved, "+" + fig + " of " + what));
    }
}
