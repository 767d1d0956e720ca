package org.thesisbot.llm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.Passage;
import org.thesisbot.core.grounding.Retriever;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SourceLibrary;

/**
 * Semantic retrieval (all-MiniLM-L6-v2, quantized, run in-process from the jar: no network) fused with
 * the {@link LexicalRetriever}, because names and figures matter and embeddings alone blur them.
 *
 * <p>The passage embeddings are built once and cached in {@code cacheDir} in a file keyed by the
 * library's content hash and the model: a restart with unchanged documents reads the file instead of
 * re-embedding. A cache file that is unreadable or does not match is ignored and rebuilt.
 */
public final class HybridRetriever implements Retriever {
    public static final String MODEL_ID = "all-minilm-l6-v2-q";
    private static final int MAGIC = 0x54424531; // "TBE1"
    private static final String FILE_PREFIX = "embeddings-";

    private final List<Passage> passages;
    private final LexicalRetriever lexical;
    private final EmbeddingModel model;
    private final float[][] vectors;
    private final IndexStats stats;

    /**
     * @param passages   embedded count, whether the cache was used, build time and cache file, for logs and tests
     */
    public record IndexStats(int passages, int embedded, boolean fromCache, Duration buildTime, Path cacheFile) {
    }

    /**
     * Builds (or loads from the cache) the embedding index of {@code library}'s passages.
     *
     * @param log receives one line about the cache (hit, miss, problems); never secrets
     */
    public HybridRetriever(SourceLibrary library, EmbeddingModel model, Path cacheDir, Consumer<String> log) {
        long start = System.nanoTime();
        this.passages = library.passages();
        this.lexical = new LexicalRetriever(passages);
        this.model = model;
        Path file = cacheDir.resolve(FILE_PREFIX + MODEL_ID + "-" + library.contentHash().substring(0, 16) + ".bin");
        Optional<float[][]> cached = read(file, library.contentHash(), log);
        int embedded = 0;
        if (cached.isPresent()) {
            this.vectors = cached.get();
            log.accept("embedding index: loaded " + passages.size() + " passages from " + file);
        } else {
            this.vectors = embedAll(passages);
            embedded = passages.size();
            write(file, cacheDir, library.contentHash(), log);
            log.accept("embedding index: embedded " + embedded + " passages, cached in " + file);
        }
        this.stats = new IndexStats(passages.size(), embedded, cached.isPresent(), Duration.ofNanos(System.nanoTime() - start), file);
    }

    /**
     * The retriever for {@code grounding.embeddings}: hybrid when true, lexical when false, and lexical with
     * a log line when the embedding model cannot be loaded (e.g. its native runtime is missing), so the bot
     * still starts.
     */
    public static Retriever forSettings(SourceLibrary library, boolean embeddings, Path cacheDir, Consumer<String> log,
                                        java.util.function.Supplier<EmbeddingModel> model) {
        if (!embeddings) {
            log.accept("retrieval: lexical only (grounding.embeddings is false)");
            return new LexicalRetriever(library.passages());
        }
        try {
            return new HybridRetriever(library, model.get(), cacheDir, log);
        } catch (RuntimeException | LinkageError e) {
            log.accept("retrieval: the embedding model could not be loaded (" + e.getClass().getSimpleName()
                    + "); using lexical retrieval only");
            return new LexicalRetriever(library.passages());
        }
    }

    /** {@link #forSettings(SourceLibrary, boolean, Path, Consumer, java.util.function.Supplier)} with the bundled model. */
    public static Retriever forSettings(SourceLibrary library, boolean embeddings, Path cacheDir, Consumer<String> log) {
        return forSettings(library, embeddings, cacheDir, log, HybridRetriever::defaultModel);
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
        ScoredPassage[] best = new ScoredPassage[passages.size()];
        for (String part : parts) {
            List<ScoredPassage> lex = lexical.scoreAll(part);
            double factor = lexical.topicFactor(part);
            float[] q = embedOrNull(part);
            for (int i = 0; i < passages.size(); i++) {
                double cosine = q == null ? 0 : cosine(q, vectors[i]);
                double l = lex.get(i).lexical();
                double score = factor * Fusion.fuse(l, cosine);
                if (best[i] == null || score > best[i].score()) {
                    best[i] = new ScoredPassage(passages.get(i), score, l, cosine);
                }
            }
        }
        List<ScoredPassage> out = new ArrayList<>(List.of(best));
        out.sort(Comparator.comparingDouble(ScoredPassage::score).reversed());
        return out.subList(0, Math.min(Math.max(0, limit), out.size()));
    }

    /**
     * The query part's embedding, or null when the model finds nothing to embed in it (a part made of
     * invisible characters or combining marks): that part is then scored lexically only.
     */
    private float[] embedOrNull(String part) {
        try {
            return model.embed(part).content().vector();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private float[][] embedAll(List<Passage> ps) {
        if (ps.isEmpty()) {
            return new float[0][];
        }
        List<TextSegment> segments = ps.stream().map(p -> TextSegment.from(p.text())).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        float[][] out = new float[ps.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = embeddings.get(i).vector();
        }
        return out;
    }

    private Optional<float[][]> read(Path file, String hash, Consumer<String> log) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(MODEL_ID) || !in.readUTF().equals(hash)) {
                log.accept("embedding index: cache file " + file + " is for other documents or another model; rebuilding");
                return Optional.empty();
            }
            int n = in.readInt();
            int dim = in.readInt();
            if (n != passages.size() || dim <= 0 || dim > 8192) {
                log.accept("embedding index: cache file " + file + " does not match the passages; rebuilding");
                return Optional.empty();
            }
            float[][] v = new float[n][dim];
            for (int i = 0; i < n; i++) {
                if (!in.readUTF().equals(passages.get(i).id())) {
                    log.accept("embedding index: cache file " + file + " does not match the passages; rebuilding");
                    return Optional.empty();
                }
                for (int j = 0; j < dim; j++) {
                    v[i][j] = in.readFloat();
                }
            }
            return Optional.of(v);
        } catch (IOException | RuntimeException e) {
            log.accept("embedding index: cache file " + file + " is unreadable (" + e.getClass().getSimpleName() + "); rebuilding");
            return Optional.empty();
        }
    }

    private void write(Path file, Path dir, String hash, Consumer<String> log) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, FILE_PREFIX, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeUTF(MODEL_ID);
                out.writeUTF(hash);
                out.writeInt(vectors.length);
                out.writeInt(vectors.length == 0 ? 1 : vectors[0].length);
                for (int i = 0; i < vectors.length; i++) {
                    out.writeUTF(passages.get(i).id());
                    for (float f : vectors[i]) {
                        out.writeFloat(f);
                    }
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            removeStale(dir, file);
        } catch (IOException e) {
            log.accept("embedding index: cannot write cache " + file + " (" + e.getMessage() + "); the index will be rebuilt at next start");
        }
    }

    /** Deletes index files of earlier corpora, so the cache directory does not grow with every edit. */
    private static void removeStale(Path dir, Path keep) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith(FILE_PREFIX + MODEL_ID) && n.endsWith(".bin") && !f.equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
