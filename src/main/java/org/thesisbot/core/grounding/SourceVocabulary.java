package org.thesisbot.core.grounding;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** How many passages each index term occurs in. */
    private final Map<String, Integer> passageCounts = new HashMap<>();
    private final int passageTotal;

    private SourceVocabulary(List<Passage> passages) {
        this.passageTotal = passages.size();
        for (Passage p : passages) {
            new HashSet<>(Terms.of(p.text())).forEach(t -> passageCounts.merge(t, 1, Integer::sum));
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

    /** The sources' words of letters only, lower case: the vocabulary a typo may be mended to. */
    public Set<String> letterWords() {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            if (w.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                out.add(w);
            }
        }
        return out;
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

    /**
     * How rare {@code term} (an index term) is in the sources, 0..1: its inverse passage frequency over the largest
     * possible (a term in one passage scores near 1, one in every passage near 0; one the sources never use scores 1).
     */
    double rarity(String term) {
        if (passageTotal == 0) {
            return 1;
        }
        return Math.log(1 + passageTotal / (passageCounts.getOrDefault(term, 0) + 0.5)) / Math.log(1 + passageTotal / 0.5);
    }

    /** True when {@code term} (an index term, as {@link Terms} makes it) occurs in the sources. */
    boolean hasTerm(String term) {
        return terms.contains(term);
    }
}
