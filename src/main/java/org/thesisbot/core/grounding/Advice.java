package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Advice and recommendations in a sentence ("investors should sell…", "Buy Amazon before…", "we recommend…",
 * "Amazon is a strong buy"). The guard keeps advice only when its source gives the same advice: a
 * recommendation needs a recommendation in the source, and a directive ("should X", "X!") needs the
 * source to speak of X.
 */
final class Advice {
    /** A modal of obligation, then (after at most two filler words) the advised action. */
    private static final Pattern MODAL = Pattern.compile(
            "(?i)\\b(?:should|shouldn['\u2019]t|ought to|must|mustn['\u2019]t|needs? to|ha(?:ve|s) to|had better|would do well to)"
                    + "\\s+(?:(?:not|now|also|still|really|probably|definitely|immediately|seriously|be|consider|start|stop)\\s+){0,2}"
                    + "(\\p{L}[\\p{L}'-]*)");
    /** An imperative at the start of a sentence (or after "so", "now,", "please"). */
    private static final Pattern IMPERATIVE = Pattern.compile(
            "(?i)^(?:(?:so|now|then|please|therefore),?\\s+)?(?:do not |don['\u2019]t )?"
                    + "(buy|sell|short|hold|avoid|consider|trim|reduce|increase|add|wait|watch|monitor|keep|stay|get|take|"
                    + "invest|exit|hedge|act|move|dump|accumulate|load|grab|pick|switch|rotate|favou?r|back|bet|put|"
                    + "track|check|look|remember|note|ignore|trust|verify|log|click|reply|send|contact|visit)\\b");
    /** Recommendations and ratings, which only a source that recommends can support. */
    private static final Pattern RECOMMENDATION = Pattern.compile(
            "(?i)\\b(?:recommend\\w*|advis\\w*|advice|urge[sd]?|(?:a|an)\\s+(?:strong\\s+|clear\\s+)?(?:buy|sell|hold)\\b|"
                    + "good (?:time|moment|idea|entry)|best (?:strategy|move|course|option|bet)|over-?weight|under-?weight|"
                    + "go (?:long|short)|take profits?|price target|upgrade[sd]?|downgrade[sd]?|outperform|underperform)");

    private Advice() {
    }

    /**
     * What {@code sentence} advises, or an empty list if it gives no advice.
     *
     * @return the advised actions as words ("sell", "walk"); the single word "recommend" for a
     * recommendation or rating
     */
    static List<String> actions(String sentence) {
        List<String> out = new ArrayList<>();
        if (RECOMMENDATION.matcher(sentence).find()) {
            out.add("recommend");
        }
        Matcher i = IMPERATIVE.matcher(sentence.strip());
        if (i.find()) {
            out.add(i.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher m = MODAL.matcher(sentence);
        while (m.find()) {
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** True if {@code text} holds a recommendation or a rating. */
    static boolean recommends(String text) {
        return RECOMMENDATION.matcher(text).find();
    }
}
