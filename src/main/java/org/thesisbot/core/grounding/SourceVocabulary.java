package org.thesisbot.core.grounding;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words the sources use, matched the way retrieval matches them: a word is known when the sources
 * have it as typed, or when every index term it gives is in the sources, so plurals, case, hyphenation
 * and British spellings count ("Data Centres" for "data centers", "Red Flags" for "red flag",
 * "non negotiable" for "non-negotiable"). Immutable; thread-safe.
 */
public final class SourceVocabulary {
    private final Set<String> words = new HashSet<>();
    private final Set<String> terms = new HashSet<>();

    private SourceVocabulary(List<Passage> passages) {
        for (Passage p : passages) {
            terms.addAll(Terms.of(p.text()));
            terms.addAll(Terms.of(p.title()));
            for (String w : p.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$%.'-]+")) {
                String t = w.replaceAll("^[^\\p{L}\\p{N}$]+|[^\\p{L}\\p{N}%]+$", "").replaceAll("'s$", "");
                if (!t.isEmpty()) {
                    words.add(t);
                }
            }
            words.add(p.title().toLowerCase(Locale.ROOT));
        }
    }

    public static SourceVocabulary of(List<Passage> passages) {
        return new SourceVocabulary(passages);
    }

    /** True when the sources use {@code word} (any case), or a variant of it. */
    public boolean knows(String word) {
        if (word == null || word.isBlank()) {
            return false;
        }
        String w = word.toLowerCase(Locale.ROOT).strip();
        if (words.contains(w)) {
            return true;
        }
        List<String> t = Terms.of(w);
        return !t.isEmpty() && terms.containsAll(t);
    }

    /** True when {@code term} (an index term, as {@link Terms} makes it) occurs in the sources. */
    boolean hasTerm(String term) {
        return terms.contains(term);
    }
}
