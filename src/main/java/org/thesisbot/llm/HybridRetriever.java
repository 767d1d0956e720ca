package org.thesisbot.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.Passage;
import org.thesisbot.core.grounding.Retriever;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SentenceEmbeddings;
import org.thesisbot.core.grounding.Sentences;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * Semantic retrieval (an {@link EmbeddingModelChoice}, all-MiniLM-L6-v2 by default, quantized, run in-process
 * from its jar: no network) fused with
 * the {@link LexicalRetriever}, because names and figures matter and embeddings alone blur them. A
 * passage is as close to the question as the closer of the passage as a whole and its closest sentence,
 * so one sentence that answers is not diluted by the two around it.
 *
 * <p>The embeddings of every passage and of every sentence of every passage are cached by content
 * ({@link EmbeddingCache}, keyed by each text): a restart with unchanged documents reads the cache file
 * instead of re-embedding, and a reload embeds only new or changed passages and sentences. A cache file
 * that is unreadable or for another model is ignored and rebuilt. The sentence embeddings are offered to the
 * core as {@link #sentenceEmbeddings()}, with the questions' embeddings cached, so choosing an answer's
 * sentences embeds nothing that retrieval has not already embedded.
 */
public final class HybridRetriever implements Retriever {
    /** The default model's id (its cache file's name). */
    public static final String MODEL_ID = EmbeddingModelChoice.MINILM.id();

    private final List<Passage> passages;
    private final LexicalRetriever lexical;
    private final float[][] vectors;
    /** For each passage, the vectors of its sentences. */
    private final float[][][] sentenceVectors;
    /** Per passage, the vectors of the questions its sentences answer ({@link org.thesisbot.core.grounding.Anticipations}). */
    private final float[][][] anticipatedVectors;
    private final CachedSentenceEmbeddings embeddings;
    private final IndexStats stats;

    /**
     * @param passages  passages indexed
     * @param sentences distinct sentences indexed
     * @param embedded  texts this build embedded (0 when the cache was used)
     */
    public record IndexStats(int passages, int sentences, int embedded, boolean fromCache, Duration buildTime, Path cacheFile) {
    }


    /**
     * Builds the embedding index of {@code library}'s passages and sentences, taking the vectors of unchanged
     * texts from a cache in {@code cacheDir} (see {@link EmbeddingCache}).
     *
     * @param log receives one line about the cache (hit, miss, problems); never secrets
     */
    public HybridRetriever(SourceLibrary library, Lexicon lexicon, EmbeddingModel model, Path cacheDir, Consumer<String> log) {
        this(library, lexicon, model, EmbeddingModelChoice.MINILM, cacheDir, log);
    }

    /** As above, {@code model} being {@code choice} (its prefixes, calibration and cache file). */
    public HybridRetriever(SourceLibrary library, Lexicon lexicon, EmbeddingModel model, EmbeddingModelChoice choice,
                           Path cacheDir, Consumer<String> log) {
        this(library, lexicon, model, choice, new EmbeddingCache(cacheDir, choice.id(), log), log);
    }

    /** As above, with all-MiniLM-L6-v2 and a cache shared across reloads. */
    public HybridRetriever(SourceLibrary library, Lexicon lexicon, EmbeddingModel model, EmbeddingCache cache,
                           Consumer<String> log) {
        this(library, lexicon, model, EmbeddingModelChoice.MINILM, cache, log);
    }

    /**
     * As above, with a cache shared across reloads (only new or changed passages and sentences are embedded),
     * which must be {@code choice}'s ({@link EmbeddingModelChoice#id()}).
     */
    public HybridRetriever(SourceLibrary library, Lexicon lexicon, EmbeddingModel model, EmbeddingModelChoice choice,
                           EmbeddingCache cache, Consumer<String> log) {
        long start = System.nanoTime();
        this.passages = library.passages();
        this.lexical = new LexicalRetriever(passages, lexicon);
        List<List<String>> sentencesOf = passages.stream().map(p -> Sentences.split(p.text())).toList();
        List<String> sentences = new ArrayList<>(new LinkedHashSet<>(sentencesOf.stream().flatMap(List::stream)
                .map(CachedSentenceEmbeddings::key).toList()));
        List<String> texts = new ArrayList<>(passages.size() + sentences.size());
        // source text as the model was trained to read it (e5's "passage: "); the cache keys it that way too
        passages.forEach(p -> texts.add(choice.passagePrefix() + readable(CachedSentenceEmbeddings.key(p.text()))));
        sentences.forEach(t -> texts.add(choice.passagePrefix() + readable(t)));
        // the questions the sentences answer (anticipated questions), read as questions are
        List<String> anticipated = library.anticipations().all().stream().map(CachedSentenceEmbeddings::key).distinct().toList();
        anticipated.forEach(q -> texts.add(choice.queryPrefix() + readable(q)));
        EmbeddingCache.Result r = cache.vectors(texts, model);
        float[][] all = r.vectors();
        this.vectors = new float[passages.size()][];
        for (int i = 0; i < passages.size(); i++) {
            vectors[i] = CachedSentenceEmbeddings.unit(all[i]);
        }
        Map<String, float[]> bySentence = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.put(sentences.get(i), CachedSentenceEmbeddings.unit(all[passages.size() + i]));
        }
        Map<String, float[]> pinned = new HashMap<>(bySentence);
        int base = passages.size() + sentences.size();
        for (int i = 0; i < anticipated.size(); i++) {
            pinned.put(CachedSentenceEmbeddings.pinnedKey(anticipated.get(i), true, choice), CachedSentenceEmbeddings.unit(all[base + i]));
        }
        for (int i = 0; i < passages.size(); i++) {
            pinned.putIfAbsent(CachedSentenceEmbeddings.key(passages.get(i).text()), vectors[i]);
        }
        this.sentenceVectors = new float[passages.size()][][];
        for (int i = 0; i < passages.size(); i++) {
            sentenceVectors[i] = sentencesOf.get(i).stream().map(t -> bySentence.get(CachedSentenceEmbeddings.key(t)))
                    .toArray(float[][]::new);
        }
        Map<String, float[]> byQuestion = new HashMap<>();
        for (int i = 0; i < anticipated.size(); i++) {
            byQuestion.put(anticipated.get(i), CachedSentenceEmbeddings.unit(all[base + i]));
        }
        this.anticipatedVectors = new float[passages.size()][][];
        for (int i = 0; i < passages.size(); i++) {
            anticipatedVectors[i] = sentencesOf.get(i).stream().flatMap(t -> library.anticipations().questions(t).stream())
                    .map(q -> byQuestion.get(CachedSentenceEmbeddings.key(q))).filter(java.util.Objects::nonNull).toArray(float[][]::new);
        }
        this.embeddings = new CachedSentenceEmbeddings(model, choice, CachedSentenceEmbeddings.DEFAULT_MAX_BYTES, pinned);
        log.accept("embedding index: " + passages.size() + " passages, " + sentences.size() + " sentences and "
                + anticipated.size() + " anticipated questions, "
                + r.embedded() + " embedded, the rest from the cache (" + cache.file() + ")");
        this.stats = new IndexStats(passages.size(), sentences.size(), r.embedded(), r.embedded() == 0,
                Duration.ofNanos(System.nanoTime() - start), cache.file());
    }

    /** Texts with no letter or digit are embedded as one neutral word, as {@link CachedSentenceEmbeddings} does. */
    private static String readable(String key) {
        return key.codePoints().noneMatch(Character::isLetterOrDigit) ? "empty" : key;
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

    /** The embeddings of the sources' passages and sentences (computed at index time) and of questions (cached), for the core. */
    public SentenceEmbeddings sentenceEmbeddings() {
        return embeddings;
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
        List<float[]> questions = embeddings.embedQueries(parts);
        int n = passages.size();
        double[] bestScore = new double[n];
        double[] bestLexical = new double[n];
        double[] bestCosine = new double[n];
        java.util.Arrays.fill(bestScore, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            double[] lex = lexical.scores(part);
            double factor = lexical.topicFactor(part);
            float[] q = questions.get(k);
            for (int i = 0; i < n; i++) {
                double cosine = closeness(q, i, lex[i] > 0);
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

    /** How much less two questions' closeness counts than a question's closeness to a passage (chosen on the dev set: 0.05). */
    static final double ANTICIPATED_OFFSET = 0.05;
    private static final float[][] NONE = new float[0][];
    /** Two questions less alike than this (calibrated similarity) are not taken as asking the same thing at all. */
    static final double ANTICIPATED_MIN = 0.40;

    /**
     * The relevance to the question of passage {@code i} as a whole, of its closest sentence, or of the closest
     * question its sentences are known to answer, whichever is higher.
     */
    private double closeness(float[] q, int i, boolean sharesWords) {
        double c = embeddings.relevance(q, vectors[i]);
        for (float[] s : sentenceVectors[i]) {
            c = Math.max(c, embeddings.relevance(q, s));
        }
        // a question the passage is known to answer, worded like the reader's: two questions' closeness is on a
        // higher scale than a question's and its answer's, so it counts {@value #ANTICIPATED_OFFSET} less, and only
        // when they are alike at all ({@value #ANTICIPATED_MIN}) and the question shares a word with the passage (an
        // off-topic question can be worded like an anticipated one: "what's the weather like" and "what's the bull case like")
        for (float[] a : sharesWords ? anticipatedVectors[i] : NONE) {
            double same = embeddings.similarity(q, a);
            if (same >= ANTICIPATED_MIN) {
                c = Math.max(c, same - ANTICIPATED_OFFSET);
            }
        }
        return c;
    }
}
