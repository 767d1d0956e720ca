package org.thesisbot.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thesisbot.core.grounding.SentenceEmbeddings;

/**
 * {@link SentenceEmbeddings} from a LangChain4j embedding model (one of {@link EmbeddingModelChoice}, quantized,
 * in-process), with the model's text conventions: a question is embedded with the model's query prefix,
 * source text (and anything compared with it as an equal) with its passage prefix, and similarities are on
 * the bot's one scale ({@link EmbeddingModelChoice#similarity}, {@link EmbeddingModelChoice#relevance}). Texts embedded at index time (the sources'
 * sentences) are pinned: they are looked up, never evicted and never embedded again. Anything else (questions)
 * goes through a Caffeine cache bounded by bytes, so a question embedded for retrieval is not embedded again
 * to choose its answer's sentences. Misses of one call are embedded in one batch. Texts are cut at
 * {@value #MAX_CHARS} characters before embedding (the models read at most 512 word pieces anyway), so one
 * text costs at most a few milliseconds whatever it holds.
 */
public final class CachedSentenceEmbeddings implements SentenceEmbeddings {
    static final int MAX_CHARS = 1_000;
    /** The default cache: 16 MiB, about 10,000 sentences of a 384-dimension model. */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;
    /** Marks a question's entry in the cache, so a question and a sentence with the same text do not share a vector when the model tells them apart. */
    private static final String QUERY_KEY = "\u0000q\u0000";

    private final EmbeddingModel model;
    private final EmbeddingModelChoice choice;
    private final Map<String, float[]> pinned;
    private final Cache<String, float[]> cache;

    /** all-MiniLM-L6-v2's conventions (no prefixes, plain cosine) for {@code model}. */
    public CachedSentenceEmbeddings(EmbeddingModel model) {
        this(model, EmbeddingModelChoice.MINILM, DEFAULT_MAX_BYTES, Map.of());
    }

    public CachedSentenceEmbeddings(EmbeddingModel model, EmbeddingModelChoice choice) {
        this(model, choice, DEFAULT_MAX_BYTES, Map.of());
    }

    public CachedSentenceEmbeddings(EmbeddingModel model, long maxBytes) {
        this(model, EmbeddingModelChoice.MINILM, maxBytes, Map.of());
    }

    /**
     * @param choice whose prefixes and calibration apply to {@code model}
     * @param pinned unit vectors of source text by text (as {@link #key} cuts it, without prefix), and of
     *               questions known beforehand by {@link #pinnedKey}, embedded beforehand and kept for good
     */
    public CachedSentenceEmbeddings(EmbeddingModel model, EmbeddingModelChoice choice, long maxBytes, Map<String, float[]> pinned) {
        this.model = Objects.requireNonNull(model, "model");
        this.choice = Objects.requireNonNull(choice, "choice");
        this.pinned = Map.copyOf(pinned);
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String k, float[] v) -> 64 + 2 * k.length() + 4 * v.length)
                .build();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        return embed(texts, false);
    }

    @Override
    public List<float[]> embedQueries(List<String> questions) {
        return embed(questions, !choice.queryPrefix().equals(choice.passagePrefix()));
    }

    @Override
    public double similarity(float[] a, float[] b) {
        return choice.similarity(SentenceEmbeddings.cosine(a, b));
    }

    @Override
    public double relevance(float[] question, float[] text) {
        return choice.relevance(SentenceEmbeddings.cosine(question, text));
    }

    private List<float[]> embed(List<String> texts, boolean query) {
        Map<String, float[]> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            String key = key(t);
            if (found.containsKey(key)) {
                continue;
            }
            float[] v = pinned.get(query ? QUERY_KEY + key : key);
            if (v == null) {
                v = cache.getIfPresent(query ? QUERY_KEY + key : key);
            }
            found.put(key, v);
            if (v == null) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded = embedNow(model, choice, query, missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(query ? QUERY_KEY + missing.get(i) : missing.get(i), embedded.get(i));
                found.put(missing.get(i), embedded.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(found.get(key(t)));
        }
        return out;
    }

    /**
     * Unit vectors for {@code texts} from the model, in one batch, uncached: as questions when {@code query}, as
     * source text otherwise (with {@code choice}'s prefixes).
     */
    static List<float[]> embedNow(EmbeddingModel model, EmbeddingModelChoice choice, boolean query, List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        String prefix = query ? choice.queryPrefix() : choice.passagePrefix();
        List<Embedding> embedded = model.embedAll(texts.stream().map(t -> segment(prefix, key(t))).toList()).content();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : embedded) {
            out.add(unit(e.vector()));
        }
        return out;
    }

    /** Texts with no letter or digit (blank, punctuation, control characters), which the model cannot read, are embedded as one neutral word. */
    private static TextSegment segment(String prefix, String key) {
        return TextSegment.from(prefix + (key.codePoints().noneMatch(Character::isLetterOrDigit) ? "empty" : key));
    }

    /**
     * The key under which a vector embedded beforehand is pinned: {@link #key} for source text and for questions
     * when the model reads both alike; marked as a question's when the model tells them apart ({@code choice}'s prefixes).
     */
    public static String pinnedKey(String text, boolean question, EmbeddingModelChoice choice) {
        return question && !choice.queryPrefix().equals(choice.passagePrefix()) ? QUERY_KEY + key(text) : key(text);
    }

    /** The text as it is embedded and looked up: stripped, cut at {@value #MAX_CHARS} characters. */
    static String key(String text) {
        String t = text == null ? "" : text.strip();
        return t.length() <= MAX_CHARS ? t : t.substring(0, MAX_CHARS);
    }

    static float[] unit(float[] v) {
        double norm = 0;
        for (float f : v) {
            norm += f * f;
        }
        if (norm == 0) {
            return v.clone();
        }
        float[] out = new float[v.length];
        double inv = 1 / Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] * inv);
        }
        return out;
    }
}
