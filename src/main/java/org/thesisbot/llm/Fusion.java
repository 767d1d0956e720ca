package org.thesisbot.llm;

/** How a lexical score (0..1) and a cosine similarity combine into one relevance score (0..1). */
final class Fusion {
    static final double LEXICAL_WEIGHT = 0.5;
    static final double COSINE_FLOOR = 0.15;
    static final double COSINE_CEILING = 0.65;

    private Fusion() {
    }

    static double semantic(double cosine) {
        return Math.max(0, Math.min(1, (cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR)));
    }

    static double fuse(double lexical, double cosine) {
        return LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * semantic(cosine);
    }
}
