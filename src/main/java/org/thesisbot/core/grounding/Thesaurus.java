package org.thesisbot.core.grounding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * The lexicon's retrieval words, ready to use: a small thesaurus so the lexical score does not punish
 * plain paraphrases ("rival" for "competitor"), idioms whose words mislead a bag of words, and the purpose
 * words that count for why-questions. Only the question is expanded; entries are stemmed like index terms.
 * The words come from {@code config/lexicon.yaml}; only English question grammar ("why ...") is here.
 * Immutable and thread-safe.
 */
public final class Thesaurus {
    private static final Pattern WHY = Pattern.compile(
            "(?i)^\\W*why\\b|\\bwhy (is|does|would|did|do|are|has|should)\\b|\\b(reason|reasons|purpose|motive|motivation|rationale)\\b");

    private final Map<String, List<String>> alternatives;
    private final List<Pattern> idioms;
    private final List<String> meanings;
    private final List<String> purpose;

    public Thesaurus(Lexicon.Retrieval words) {
        Map<String, List<String>> m = new HashMap<>();
        words.thesaurus().forEach((word, alts) -> m.put(Terms.stem(word), alts.stream().map(Terms::stem).toList()));
        this.alternatives = Map.copyOf(m);
        this.idioms = words.idioms().stream().map(r -> Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE)).toList();
        this.meanings = words.idioms().stream().map(Lexicon.Rewrite::replacement).toList();
        this.purpose = words.purposeWords().stream().map(Terms::stem).toList();
    }

    /** A thesaurus that knows no words (tests of behaviour that must not depend on the lexicon). */
    public static Thesaurus none() {
        return new Thesaurus(new Lexicon.Retrieval(Map.of(), List.of(), List.of(), java.util.Set.of()));
    }

    /** The question with its idioms replaced by what they mean ("paying off" is not about paying). */
    String idioms(String question) {
        String q = question;
        for (int i = 0; i < idioms.size(); i++) {
            q = idioms.get(i).matcher(q).replaceAll(meanings.get(i));
        }
        return q;
    }

    /** Words that tend to state a purpose, for why-questions; empty for other questions. */
    List<String> intent(String question) {
        return WHY.matcher(question).find() ? purpose : List.of();
    }

    List<String> alternatives(String stemmedTerm) {
        return alternatives.getOrDefault(stemmedTerm, List.of());
    }
}
