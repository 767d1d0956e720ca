package org.thesisbot.core.grounding;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a word is an English word at all, by WordNet 3.1 (loaded once per JVM on first use, about a second). For
 * telling a common word typed in capitals for emphasis ("a CLEAN 10%", "profit ALONE") from a name or an acronym.
 */
public final class EnglishWords {
    private EnglishWords() {
    }

    /** True when {@code word} (lower case) is a function word WordNet leaves out: "the", "of", "for", "we". */
    public static boolean function(String word) {
        return Terms.STOP_WORDS.contains(word);
    }

    /** A word that may have dropped its final g: "fixin", "burnin'", "countin". */
    private static final Pattern DROPPED_G = Pattern.compile("\\b([A-Za-z]{2,}in)'?(?![\\w'])");

    /**
     * The text with each word that dropped its final g as speech does ("what's oai burnin through", "countin the campus",
     * "fixin to") spelled out: only a word English lacks whose form with the g it has ("margin", "begin" stay).
     */
    public static String restoreDroppedG(String text) {
        Matcher m = DROPPED_G.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group(1);
            String lower = word.toLowerCase(Locale.ROOT);
            boolean dropped = !known(lower) && !function(lower) && known(lower + "g");
            m.appendReplacement(out, Matcher.quoteReplacement(dropped ? word + "g" : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** True when WordNet knows {@code word} in some base form. */
    public static boolean known(String word) {
        return word != null && WordNet.shared().info(word.toLowerCase(Locale.ROOT)).known();
    }
}
