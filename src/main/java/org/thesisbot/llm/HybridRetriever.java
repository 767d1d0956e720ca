package org.thesisbot.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.Passage;
import org.thesisbot.core.grounding.Retriever;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * Semantic retrieval (all-MiniLM-L6-v2, quantized, run in-process from the jar: no network) fused with
 * the {@link LexicalRetriever}, because names and figures matter and embeddings alone blur them.
 *
 * <p>Passage embeddings are cached by content ({@link EmbeddingCache}): a restart with unchanged documents
 * reads the cache file instead of re-embedding, and a reload embeds only new or changed passages. A cache
 * file that is unreadable or for another model is ignored and rebuilt.
 */
public final class HybridRetriever implements Retriever {
    public static final String MODEL_ID = "all-minilm-l6-v2-q";

    private final List<Passage> passages;
    private final LexicalRetriever lexical;
    private final EmbeddingModel model;
    private final float[][] vectors;
    /** Each passage vector's length, computed once: a query costs one dot product per passage. */
    private final double[] norms;
    private final IndexStats stats;

    /**
     * @param passages   embedded count, whether the cache was used, build time and cache file, for logs and tests
     */
    public record IndexStats(int passages, int embedded, boolean fromCache, Duration buildTime, Path cacheFile) {
    }

    /**
     * Builds the embedding index of {@code library}'s passages, taking the vectors of unchanged passages from
     * a cache in {@code cacheDir} (see {@link EmbeddingCache}).
     *
     * @param log receives one line about the cache (hit, miss, problems); never secrets
     */
    public HybridRetriever(SourceLibrary library, Lexicon lexicon, EmbeddingModel model, Path cacheDir, Consumer<String> log) {
        this(library, lexicon, model, new EmbeddingCache(cacheDir, MODEL_ID, log), log);
    }

    /** As above, with a cache shared across reloads: only new or changed passages are embedded. */
    public HybridRetriever(SourceLibrary library, Lexicon lexicon, EmbeddingModel model, EmbeddingCache cache,
                           Consumer<String> log) {
        long start = System.nanoTime();
        this.passages = library.passages();
        this.lexical = new LexicalRetriever(passages, lexicon);
        this.model = model;
        EmbeddingCache.Result r = cache.vectors(EmbeddingCache.texts(passages), model);
        this.vectors = r.vectors();
        this.norms = new double[vectors.length];
        for (int i = 0; i < vectors.length; i++) {
            norms[i] = norm(vectors[i]);
        }
        log.accept("embedding index: " + passages.size() + " passages, " + r.embedded() + " embedded, "
                + (passages.size() - r.embedded()) + " from the cache (" + cache.file() + ")");
        this.stats = new IndexStats(passages.size(), r.embedded(), r.embedded() == 0,
                Duration.ofNanos(System.nanoTime() - start), cache.file());
    }

    /**
     * The retriever for {@code grounding.embeddings}: hybrid when true, lexical when false, and lexical with
     * a log line when the embedding model cannot be loaded (e.g. its native runtime is missing), so the bot
     * still starts.
     */
    public static Retriever forSettings(SourceLibrary library, Lexicon lexicon, boolean embeddings, Path cacheDir,
                                        Consumer<String> log, java.util.function.Supplier<EmbeddingModel> model) {
        if (!embeddings) {
            log.accept("retrieval: lexical only (grounding.embeddings is false)");
            return new LexicalRetriever(library.passages(), lexicon);
        }
        try {
            return new HybridRetriever(library, lexicon, model.get(), cacheDir, log);
        } catch (RuntimeException | LinkageError e) {
            log.accept("retrieval: the embedding model could not be loaded (" + e.getClass().getSimpleName()
                    + "); using lexical retrieval only");
            return new LexicalRetriever(library.passages(), lexicon);
        }
    }

    /** {@link #forSettings(SourceLibrary, Lexicon, boolean, Path, Consumer, java.util.function.Supplier)} with the bundled model. */
    public static Retriever forSettings(SourceLibrary library, Lexicon lexicon, boolean embeddings, Path cacheDir,
                                        Consumer<String> log) {
        return forSettings(library, lexicon, embeddings, cacheDir, log, HybridRetriever::defaultModel);
    }

    /** The bundled all-MiniLM-L6-v2 (quantized) model. Loading it takes about half a second. */
    public static EmbeddingModel defaultModel() {
        return new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    public IndexStats stats() {
        return stats;
    }

    /**
     * Fused scores, best first. Each part of the question (see {@link LexicalRetriever#queryParts}) is
     * scored on its own and a passage keeps its best part's score.
     */
    @Override
    public List<ScoredPassage> retrieve(String query, int limit) {
        List<String> parts = lexical.queryParts(query);
        if (parts.isEmpty() || passages.isEmpty()) {
            return List.of();
        }
        int n = passages.size();
        double[] bestScore = new double[n];
        double[] bestLexical = new double[n];
        double[] bestCosine = new double[n];
        java.util.Arrays.fill(bestScore, Double.NEGATIVE_INFINITY);
        for (String part : parts) {
            double[] lex = lexical.scores(part);
            double factor = lexical.topicFactor(part);
            float[] q = model.embed(part).content().vector();
            double qNorm = norm(q);
            for (int i = 0; i < n; i++) {
                double cosine = qNorm == 0 || norms[i] == 0 ? 0 : dot(q, vectors[i]) / (qNorm * norms[i]);
                double score = factor * Fusion.fuse(lex[i], cosine);
                if (score > bestScore[i]) {
                    bestScore[i] = score;
                    bestLexical[i] = lex[i];
                    bestCosine[i] = cosine;
                }
            }
        }
        // the top `limit` by score, ties in corpus order (as a stable sort would give)
        int k = Math.min(Math.max(0, limit), n);
        int[] top = new int[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            if (size < k) {
                top[size++] = i;
            } else if (bestScore[i] > bestScore[top[k - 1]]) {
                top[k - 1] = i;
            } else {
                continue;
            }
            for (int j = size - 1; j > 0 && bestScore[top[j]] > bestScore[top[j - 1]]; j--) {
                int t = top[j];
                top[j] = top[j - 1];
                top[j - 1] = t;
            }
        }
        List<ScoredPassage> out = new ArrayList<>(k);
        for (int j = 0; j < size; j++) {
            int i = top[j];
            out.add(new ScoredPassage(passages.get(i), bestScore[i], bestLexical[i], bestCosine[i]));
        }
        return out;
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static double norm(float[] a) {
        double n = 0;
        for (float f : a) {
            n += f * f;
        }
        return Math.sqrt(n);
    }


}
