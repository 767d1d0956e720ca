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
 * {@link SentenceEmbeddings} from a LangChain4j embedding model (the bundled all-MiniLM-L6-v2, quantized,
 * in-process). Texts embedded at index time (the sources' sentences) are pinned: they are looked up, never
 * evicted and never embedded again. Anything else (questions) goes through a Caffeine cache bounded by
 * bytes, so a question embedded for retrieval is not embedded again to choose its answer's sentences.
 * Misses of one call are embedded in one batch. Texts are cut at {@value #MAX_CHARS} characters before
 * embedding (the model reads at most 256 word pieces anyway), so one text costs at most a few
 * milliseconds whatever it holds.
 */
public final class CachedSentenceEmbeddings implements SentenceEmbeddings {
    static final int MAX_CHARS = 1_000;
    /** The default cache: 16 MiB, about 10,000 sentences of all-MiniLM-L6-v2 (384 floats each). */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    private final EmbeddingModel model;
    private final Map<String, float[]> pinned;
    private final Cache<String, float[]> cache;

    public CachedSentenceEmbeddings(EmbeddingModel model) {
        this(model, DEFAULT_MAX_BYTES, Map.of());
    }

    public CachedSentenceEmbeddings(EmbeddingModel model, long maxBytes) {
        this(model, maxBytes, Map.of());
    }

    /** @param pinned unit vectors by text (as {@link #key} cuts it), embedded beforehand and kept for good */
    public CachedSentenceEmbeddings(EmbeddingModel model, long maxBytes, Map<String, float[]> pinned) {
        this.model = Objects.requireNonNull(model, "model");
        this.pinned = Map.copyOf(pinned);
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String k, float[] v) -> 64 + 2 * k.length() + 4 * v.length)
                .build();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        Map<String, float[]> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            String key = key(t);
            if (found.containsKey(key)) {
                continue;
            }
            float[] v = pinned.get(key);
            if (v == null) {
                v = cache.getIfPresent(key);
            }
            found.put(key, v);
            if (v == null) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> embedded = embedNow(model, missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), embedded.get(i));
                found.put(missing.get(i), embedded.get(i));
            }
        }
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(found.get(key(t)));
        }
        return out;
    }

    /** Unit vectors for {@code texts} from the model, in one batch, uncached. */
    static List<float[]> embedNow(EmbeddingModel model, List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<Embedding> embedded = model.embedAll(texts.stream().map(t -> segment(key(t))).toList()).content();
        List<float[]> out = new ArrayList<>(texts.size());
        for (Embedding e : embedded) {
            out.add(unit(e.vector()));
        }
        return out;
    }

    /** Texts with no letter or digit (blank, punctuation, control characters), which the model cannot read, are embedded as one neutral word. */
    private static TextSegment segment(String key) {
        return TextSegment.from(key.codePoints().noneMatch(Character::isLetterOrDigit) ? "empty" : key);
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
