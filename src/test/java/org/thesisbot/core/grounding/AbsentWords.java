package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * Test scope, for measuring a "not covered" rule: the words of a question's foreground that no source uses (in any
 * variant or thesaurus alternative), each with the cosine of its embedding to the closest word the sources use.
 */
public final class AbsentWords {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*");
    private final SourceVocabulary vocabulary;
    private final Thesaurus thesaurus;
    private final SentenceEmbeddings embeddings;
    private final List<float[]> sourceVectors;

    public AbsentWords(List<Passage> passages, Lexicon lexicon, SentenceEmbeddings embeddings) {
        this.vocabulary = SourceVocabulary.of(passages);
        this.thesaurus = new Thesaurus(lexicon.retrieval());
        this.embeddings = embeddings;
        Set<String> words = new LinkedHashSet<>();
        for (Passage p : passages) {
            Matcher m = WORD.matcher(p.text());
            while (m.find()) {
                if (!Terms.of(m.group()).isEmpty()) {
                    words.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }
        this.sourceVectors = embeddings.embed(List.copyOf(words));
    }

    /** "word 0.43" for each absent word of the question's foreground, less its form words. */
    public List<String> of(String question) {
        String asked = QuestionForm.withoutFormWords(QuestionForm.foreground(question));
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(asked);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            List<String> terms = Terms.of(w);
            if (w.length() < 3 || terms.isEmpty() || terms.stream().allMatch(t -> vocabulary.hasTerm(t)
                    || thesaurus.alternatives(t).stream().anyMatch(vocabulary::hasTerm))) {
                continue;
            }
            float[] v = embeddings.embed(List.of(w)).get(0);
            double best = 0;
            for (float[] s : sourceVectors) {
                best = Math.max(best, embeddings.similarity(v, s));
            }
            out.add(String.format(Locale.ROOT, "%s %.2f", w, best));
        }
        return out;
    }
}
