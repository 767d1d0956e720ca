package org.thesisbot.core.route;

import java.util.List;
import java.util.regex.Pattern;
import org.thesisbot.core.grounding.SentenceEmbeddings;

/**
 * "hey what can this bot do", "new here, how does this thing work": asking the bot what it does, in words
 * no help phrase names. The question is compared by meaning (the sentence-embedding model the sources use)
 * with example phrasings kept as data ({@code routing.help_examples} in config/lexicon.yaml), embedded once
 * at start. The router asks only for questions that name nothing of the thesis and that retrieval does not
 * place near the sources, so a question about the deal is never answered with the help text.
 */
public final class HelpMeaning {
    /** The cosine at or above which a question is as close to an example as help questions are (blind sets: help questions 0.40-0.75, 14 of 17 at or above 0.50; every other question at most 0.47). */
    static final double MIN = 0.50;
    private static final Pattern FIGURES = Pattern.compile("[-$]?\\d[\\d,.]*\\s?[a-z%]*");

    private final SentenceEmbeddings embeddings;
    private final List<float[]> examples;

    public HelpMeaning(SentenceEmbeddings embeddings, List<String> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no help examples");
        }
        this.embeddings = embeddings;
        this.examples = embeddings.embed(examples);
    }

    /** The closest example's cosine, on the model's one scale. */
    public double closeness(String question) {
        String words = FIGURES.matcher(question).replaceAll(" ").replaceAll("\\s+", " ").trim();
        if (words.isEmpty()) {
            return 0;
        }
        float[] q = embeddings.embed(List.of(words)).get(0);
        double best = -1;
        for (float[] e : examples) {
            best = Math.max(best, embeddings.similarity(q, e));
        }
        return best;
    }

    /** True when the question is as close to an example as questions asking for help are. */
    public boolean asksForHelp(String question) {
        return closeness(question) >= MIN;
    }
}
