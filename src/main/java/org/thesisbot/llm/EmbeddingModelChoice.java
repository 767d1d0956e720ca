package org.thesisbot.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The in-process sentence-embedding models the bot can use ({@code grounding.embedding_model}), each run from
 * its jar (quantized ONNX, no network), with the text conventions it was trained on:
 * <ul>
 * <li>{@code minilm}: all-MiniLM-L6-v2, 6 layers, 384 dimensions; no prefixes;</li>
 * <li>{@code bge-small}: BAAI bge-small-en-v1.5, 12 layers, 384 dimensions; a query for passages is prefixed
 * with the model's retrieval instruction, passages are not;</li>
 * <li>{@code e5-small}: intfloat e5-small-v2, 12 layers, 384 dimensions; {@code "query: "} before a question,
 * {@code "passage: "} before source text (and before anything compared with source text, so sentence-to-sentence
 * comparisons, as in the guard, are symmetric).</li>
 * </ul>
 * Each model's cosines sit on their own scale (e5's rarely fall below 0.7), so each carries an affine
 * {@link Calibration} onto all-MiniLM-L6-v2's scale, on which every threshold in the bot was chosen: one for two
 * texts ({@link #similarity}), one for a question and a text ({@link #relevance}).
 */
public enum EmbeddingModelChoice {
    MINILM("minilm", "all-minilm-l6-v2-q", "", "", Calibration.NONE, Calibration.NONE,
            AllMiniLmL6V2QuantizedEmbeddingModel.class.getName()),
    BGE_SMALL("bge-small", "bge-small-en-v1.5-q", "Represent this sentence for searching relevant passages: ", "",
            new Calibration(0.33, 1.50), new Calibration(0.3500, 1.9327),
            "dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel"),
    E5_SMALL("e5-small", "e5-small-v2-q", "query: ", "passage: ",
            new Calibration(0.63, 2.75), new Calibration(0.7293, 4.4218),
            "dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel");

    /**
     * An affine map of a model's cosine onto all-MiniLM-L6-v2's scale: {@code (cosine - offset) * scale}, within
     * -1..1. A relevance calibration makes the model's cosines of the dev set's narrative questions with the
     * article's sentences have MiniLM's mean and spread on the same pairs; a similarity calibration is the one
     * that gives the guard's constants (chosen with MiniLM) their best worse-of-two rate on the tune half of the
     * guard fixtures (a grid search: {@code GuardCalibrationProbe}). Re-measure both for another model.
     */
    public record Calibration(double offset, double scale) {
        static final Calibration NONE = new Calibration(0, 1);

        double apply(double cosine) {
            return Math.max(-1, Math.min(1, (cosine - offset) * scale));
        }
    }

    private final String settingName;
    private final String id;
    private final String queryPrefix;
    private final String passagePrefix;
    private final Calibration similarity;
    private final Calibration relevance;
    private final String modelClass;

    EmbeddingModelChoice(String settingName, String id, String queryPrefix, String passagePrefix, Calibration similarity,
                         Calibration relevance, String modelClass) {
        this.settingName = settingName;
        this.id = id;
        this.queryPrefix = queryPrefix;
        this.passagePrefix = passagePrefix;
        this.similarity = similarity;
        this.relevance = relevance;
        this.modelClass = modelClass;
    }

    /** The model named by {@code grounding.embedding_model} ({@code minilm}, {@code bge-small}, {@code e5-small}). */
    public static EmbeddingModelChoice of(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (EmbeddingModelChoice c : values()) {
            if (c.settingName.equals(n)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown embedding model '" + name + "' (known: " + names() + ")");
    }

    /** "minilm, bge-small, e5-small". */
    public static String names() {
        return Arrays.stream(values()).map(EmbeddingModelChoice::settingName).collect(Collectors.joining(", "));
    }

    /** The name used in {@code grounding.embedding_model}. */
    public String settingName() {
        return settingName;
    }

    /** The model's id in cache file names and logs. */
    public String id() {
        return id;
    }

    /** Put before a question (what is searched for). */
    public String queryPrefix() {
        return queryPrefix;
    }

    /** Put before source text and anything compared with it. */
    public String passagePrefix() {
        return passagePrefix;
    }

    /** A cosine between two texts embedded as source text, on all-MiniLM-L6-v2's scale. */
    public double similarity(double cosine) {
        return similarity.apply(cosine);
    }

    /** A cosine between a question (embedded as a query) and a text, on all-MiniLM-L6-v2's scale. */
    public double relevance(double cosine) {
        return relevance.apply(cosine);
    }

    /**
     * Whether this build has the model: the jar always bundles minilm; bge-small and e5-small (24 MB each) only
     * when built with {@code -Pembedding-models}.
     */
    public boolean bundled() {
        try {
            Class.forName(modelClass, false, EmbeddingModelChoice.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Loads the model from its jar (about half a second for minilm, about twice that for the 12-layer models).
     * By class name, so that a build without the model still starts with another one.
     *
     * @throws IllegalStateException the model is not in this build ({@link #bundled()}) or cannot start
     */
    public EmbeddingModel load() {
        if (!bundled()) {
            throw new IllegalStateException("grounding.embedding_model is " + settingName + ", but this build does not bundle it:"
                    + " build the jar with mvn -q -DskipTests -Pembedding-models package, or use minilm");
        }
        try {
            return (EmbeddingModel) Class.forName(modelClass).getDeclaredConstructor().newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err; // e.g. the ONNX runtime's native library is missing: the caller falls back to words
            }
            throw new IllegalStateException("the embedding model " + settingName + " cannot start: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the embedding model " + settingName + " cannot be loaded: " + e, e);
        }
    }
}
