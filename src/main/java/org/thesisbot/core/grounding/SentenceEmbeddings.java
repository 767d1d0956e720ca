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
    /** One unit vector per text, in order. */
    List<float[]> embed(List<String> texts);

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
