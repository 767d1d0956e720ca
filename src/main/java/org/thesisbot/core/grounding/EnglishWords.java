package org.thesisbot.core.grounding;

import java.util.Locale;

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

    /** True when WordNet knows {@code word} in some base form. */
    public static boolean known(String word) {
        return word != null && WordNet.shared().info(word.toLowerCase(Locale.ROOT)).known();
    }
}
