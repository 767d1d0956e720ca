package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two readings named by the asker, joined by "or" ("$1.4T on the draft - post or pre?", "is that revenue or op profit",
 * "per year or across the whole window"), in a question that asks for the answer under each ({@link BothReadings}): the
 * question once with the first name alone, once with the second, each said right after the figure before the pair (the
 * pair taken out: "oai at 1T pre - , …"), each answered as asked. Only names the reader knows count
 * as readings (an input or a metric, checked by the caller's predicate); the longest such words either side of "or" are
 * taken, so "the margin or the share of oai's spend" offers the margin and the share.
 */
final class NamedAlternatives {
    /** One reading: the question with the pair replaced by one side, and that side as its label. */
    record Variant(String question, String label) {
    }

    private static final Pattern OR = Pattern.compile("\\s(?:or|vs\\.?|versus)\\s");
    private static final Pattern LEFT_STOP = Pattern.compile("[,.;:?!()\\n\u2013\u2014\"'‘’“”]|\\s-\\s|\\b(?:whether|if|is|was|thats|that's|it's|its|as)\\b");
    private static final Pattern RIGHT_STOP = Pattern.compile("[,.;:?!()\\n\u2013\u2014\"'‘’“”]|\\s-\\s|\\b(?:not sure|unclear|nobody|i)\\b");
    private static final int MAX_WORDS = 7;
    /** The words that ask which reading, right before the pair: "- is that", "unclear whether thats", "if it's". */
    private static final Pattern FRAME = Pattern.compile(
            "(?:\\s[-\u2013\u2014]\\s*|[,;:]\\s*)?(?:(?:(?:it'?s |its )?(?:unclear|not sure|dunno|no idea|not clear)|(?:i )?(?:don'?t|dont|do not) know) (?:whether|if) |whether |is |was )?"
                    + "(?:(?:that|this|it)(?:'?s| is| was)?|thats|its) ?(?:meant as |supposed to be )?(?:the |an? )?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION_MARK = Pattern.compile("\\s*\\?+");
    /** A figure with its unit: "$1,400bn", "1T", "~20bn", "830", "40 cents". */
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.,])\\$?\\d[\\d.,]*(?:\\s?(?:%|x|bn|b|bil|billion|billions|tn|t|tril|trill|trillion|k|cents?(?: on the dollar)?)\\b)?", Pattern.CASE_INSENSITIVE);

    private NamedAlternatives() {
    }

    /** The two readings, or empty when no "or" joins two names {@code named} accepts. */
    static List<Variant> find(String text, Predicate<String> named) {
        if (text.length() > 1_000) {
            return List.of();
        }
        Matcher or = OR.matcher(text);
        while (or.find()) {
            String before = text.substring(0, or.start());
            String after = text.substring(or.end());
            String left = tail(before);
            String right = head(after);
            String l = longestNamed(left, named, true);
            String r = longestNamed(right, named, false);
            if (l == null || r == null || l.equalsIgnoreCase(r)) {
                continue;
            }
            int start = or.start() - l.length();
            int end = or.end() + r.length();
            if (start < 0 || end > text.length() || !text.substring(start, or.start()).equals(l) || !text.substring(or.end(), end).equals(r)) {
                continue; // (words set apart by more than one space: not said back exactly)
            }
            List<Variant> out = new ArrayList<>();
            // the words that ask which ("- is that …?", "unclear whether thats …") go with the pair
            Matcher frame = FRAME.matcher(text.substring(0, start));
            int cut = frame.find() ? frame.start() : start;
            Matcher mark = QUESTION_MARK.matcher(text.substring(end));
            int past = mark.lookingAt() ? end + mark.end() : end;
            // a figure earlier in the same sentence is what the two readings are of; with none, the two are two things asked
            int sentence = cut;
            while (sentence > 0 && ".?!\n".indexOf(text.charAt(sentence - 1)) < 0) {
                sentence--;
            }
            Matcher f = FIGURE.matcher(text.substring(0, cut));
            int figureEnd = -1;
            while (f.find()) {
                figureEnd = f.start() >= sentence ? f.end() : figureEnd;
            }
            for (String side : List.of(l, r)) {
                // the reading said right after the figure it is a reading of ("oai at 1T pre - , …"), the pair taken out;
                // with no figure before it, the pair is replaced by the one side
                String q = figureEnd < 0 ? text.substring(0, start) + side + text.substring(end)
                        : text.substring(0, figureEnd) + " " + side + text.substring(figureEnd, cut) + (cut < start || past > end ? ". " : "")
                        + text.substring(past).strip();
                out.add(new Variant(q, side.strip()));
            }
            return out;
        }
        return List.of();
    }

    /** The words before "or", back to a stop, at most {@link #MAX_WORDS}. */
    private static String tail(String before) {
        Matcher stop = LEFT_STOP.matcher(before);
        int from = 0;
        while (stop.find()) {
            from = stop.end();
        }
        String[] words = before.substring(from).strip().split("\\s+");
        int k = Math.min(words.length, MAX_WORDS);
        return String.join(" ", java.util.Arrays.copyOfRange(words, words.length - k, words.length));
    }

    /** The words after "or", up to a stop, at most {@link #MAX_WORDS}. */
    private static String head(String after) {
        Matcher stop = RIGHT_STOP.matcher(after);
        String span = stop.find() ? after.substring(0, stop.start()) : after;
        String[] words = span.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, MAX_WORDS)));
    }

    /** The longest run of words next to "or" (a suffix of the left side, a prefix of the right) that names a reading. */
    private static String longestNamed(String side, Predicate<String> named, boolean suffix) {
        String[] words = side.isBlank() ? new String[0] : side.split("\\s+");
        for (int n = words.length; n >= 1; n--) {
            String[] part = suffix ? java.util.Arrays.copyOfRange(words, words.length - n, words.length)
                    : java.util.Arrays.copyOfRange(words, 0, n);
            String s = String.join(" ", part);
            if (named.test(s)) {
                return s;
            }
        }
        return null;
    }
}
