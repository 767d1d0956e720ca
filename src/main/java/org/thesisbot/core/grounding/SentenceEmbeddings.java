package org.thesisbot.core.grounding;

import java.util.List;

/**
 * Port: sentence embeddings, for anything in the core that needs to know whether two sentences mean the
 * same thing (the grounding guard today; sentence choice in the extractive writer can use the same port).
 *
 * <p>Implementations are thread-safe, return one unit-length vector per text in the order given, cache by
 * text (so the passages' sentences are embedded once, not once per answer), and bound the work per text
 * (long texts are cut). A text may be any short span: a sentence, a clause, a word.
 */
public interface SentenceEmbeddings {
    /** One unit vector per text, in order: source text, or anything compared with source text as an equal (a claim in an answer). */
    List<float[]> embed(List<String> texts);

    /**
     * One unit vector per question, in order, for comparing with {@link #embed source text}. Models trained
     * for search mark a question differently from the text it looks for; by default the same as {@link #embed}.
     */
    default List<float[]> embedQueries(List<String> questions) {
        return embed(questions);
    }

    /**
     * How close in meaning two texts are ({@link #embed} vectors: a claim and a source sentence), on one scale
     * whatever the model: the cosine, calibrated so that the thresholds the core uses mean the same with every
     * model (by default the plain cosine).
     */
    default double similarity(float[] a, float[] b) {
        return cosine(a, b);
    }

    /**
     * How close a question ({@link #embedQueries} vector) is to a text ({@link #embed} vector), on the same one
     * scale as {@link #similarity} (a model trained for search puts questions and their answers on a scale of
     * their own); by default the plain cosine.
     */
    default double relevance(float[] question, float[] text) {
        return cosine(question, text);
    }

    /** The cosine similarity of two unit vectors (their dot product), in -1..1. */
    static double cosine(float[] a, float[] b) {
        double dot = 0;
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }
}
