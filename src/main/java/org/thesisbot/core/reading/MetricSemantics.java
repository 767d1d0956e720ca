package org.thesisbot.core.reading;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thesisbot.core.grounding.SentenceEmbeddings;
import org.thesisbot.core.scenario.Metric;

/**
 * Evidence by meaning: a question that no phrase of the vocabulary names is compared with each metric's
 * example phrasings (config/understanding.yaml) through the sentence-embedding model the sources already
 * use. The examples are embedded once, at start. A metric is suggested only when it is both close enough
 * and clearly closer than the next one; otherwise the question stays without a metric (and is asked about
 * or answered from the sources), never guessed.
 */
public final class MetricSemantics {
    /** Cosine at or above which the closest metric is a candidate at all. */
    static final double MIN = 0.55;
    /** How much closer than the second the closest must be. */
    static final double MARGIN = 0.06;

    private static final java.util.regex.Pattern FIGURES = java.util.regex.Pattern.compile(
            "[-$]?\\d[\\d,.]*\\s?(?:trillion|billion|million|bn|tn|t|b|m|%|percent|x|years?)?\\b");

    private final SentenceEmbeddings embeddings;
    private final Map<Metric, List<float[]>> vectors = new EnumMap<>(Metric.class);

    public MetricSemantics(SentenceEmbeddings embeddings, Map<Metric, List<String>> examples) {
        this.embeddings = embeddings;
        examples.forEach((m, texts) -> {
            List<String> all = new ArrayList<>(texts);
            all.add(m.label());
            all.add(m.definition());
            vectors.put(m, embeddings.embed(all));
        });
    }

    /** The closest metric and the two best scores, for explanations. */
    public record Match(Metric metric, double score, Metric second, double secondScore) {
        public boolean clear() {
            return score >= MIN && score - secondScore >= MARGIN;
        }
    }

    /** @param question the normalised question; its figures are left out (a "$1T" pulls towards valuations whatever is asked) */
    public Optional<Match> closest(String question) {
        String words = FIGURES.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").trim();
        if (vectors.isEmpty() || words.isEmpty()) {
            return Optional.empty();
        }
        float[] q = embeddings.embed(List.of(words)).get(0);
        Metric best = null;
        Metric second = null;
        double bestScore = -2;
        double secondScore = -2;
        for (Map.Entry<Metric, List<float[]>> e : vectors.entrySet()) {
            double s = -2;
            for (float[] v : e.getValue()) {
                s = Math.max(s, embeddings.similarity(q, v)); // on one scale whatever the model
            }
            if (s > bestScore) {
                second = best;
                secondScore = bestScore;
                best = e.getKey();
                bestScore = s;
            } else if (s > secondScore) {
                second = e.getKey();
                secondScore = s;
            }
        }
        return Optional.of(new Match(best, bestScore, second, secondScore));
    }
}
