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
    /** Recommendations and ratings, which only a source that recommends can support ({@code recommendations.txt}). */
    private static final Pattern RECOMMENDATION = recommendations();

    /** Obligations that can be predicted rather than advised ("will have to", "may need to"). */
    private static final Pattern NECESSITY = Pattern.compile("(?i)(?:ha(?:ve|s)|needs?) to\\b");
    /** A modal or future just before a necessity: what someone may face, not what they are told to do. */
    private static final Pattern PREDICTED = Pattern.compile("(?i)\\b(?:may|might|could|would|will|eventually|likely)"
            + "(?:\\s+\\p{L}+)?\\s+$");
    /** A recommendation the sentence attributes to its source, and the action recommended: "the article advises watching". */
    private static final Pattern ATTRIBUTED = Pattern.compile("(?i)\\b(?:article|author|writer|piece|report|source)s?\\s+"
            + "(?:also\\s+)?(?:advises|recommends|urges|suggests)\\s+(?:(?:that|to)\\s+)?(?:investors\\s+|readers\\s+)?"
            + "(?:should\\s+)?(\\p{L}+)");

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
        Matcher attributed = ATTRIBUTED.matcher(sentence);
        if (attributed.find()) {
            out.add(attributed.group(1).toLowerCase(Locale.ROOT)); // "the article advises watching…": the source's advice, if it gives it
        } else if (RECOMMENDATION.matcher(sentence).find()) {
            out.add("recommend");
        }
        Matcher i = IMPERATIVE.matcher(sentence.strip());
        if (i.find()) {
            out.add(i.group(1).toLowerCase(Locale.ROOT));
        }
        Matcher m = MODAL.matcher(sentence);
        while (m.find()) {
            String before = sentence.substring(Math.max(0, m.start() - 40), m.start());
            if (NECESSITY.matcher(m.group()).lookingAt() && PREDICTED.matcher(before).find()) {
                continue; // "Amazon may eventually have to pick one": a prediction of what it will face, not advice
            }
            out.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The phrases of {@code recommendations.txt} as one pattern; fails at start on a line that does not compile. */
    private static Pattern recommendations() {
        List<String> phrases = new ArrayList<>();
        try (java.io.InputStream in = Advice.class.getResourceAsStream("recommendations.txt")) {
            if (in == null) {
                throw new IllegalStateException("recommendations.txt is missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                try {
                    Pattern.compile(l);
                } catch (java.util.regex.PatternSyntaxException e) {
                    throw new IllegalStateException("recommendations.txt: not a regular expression: " + l, e);
                }
                phrases.add("(?:" + l + ")");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (phrases.isEmpty()) {
            throw new IllegalStateException("recommendations.txt has no phrases");
        }
        return Pattern.compile("(?i)\\b(?:" + String.join("|", phrases) + ")");
    }

    /** True if {@code text} holds a recommendation or a rating. */
    static boolean recommends(String text) {
        return RECOMMENDATION.matcher(text).find();
    }
}
