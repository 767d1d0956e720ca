package org.thesisbot.llm;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.thesisbot.core.grounding.LexicalRetriever;
import org.thesisbot.core.grounding.Passage;
import org.thesisbot.core.grounding.Retriever;
import org.thesisbot.core.grounding.ScoredPassage;
import org.thesisbot.core.grounding.SentenceEmbeddings;
import org.thesisbot.core.grounding.Sentences;
import org.thesisbot.core.grounding.SourceLibrary;

/**
 * Semantic retrieval (an {@link EmbeddingModelChoice}, quantized, run in-process from its jar: no network) fused with
 * the {@link LexicalRetriever}, because names and figures matter and embeddings alone blur them. A
 * passage is as close to the question as the closer of the passage as a whole and its closest sentence,
 * so one sentence that answers is not diluted by the two around it.
 *
 * <p>The embeddings of every passage and of every sentence of every passage are built once and cached in
 * {@code cacheDir}, in a file keyed by the library's content hash and the model (each sentence by the hash
 * of its text): a restart with unchanged documents reads the file instead of re-embedding. A cache file
 * that is unreadable or does not match is ignored and rebuilt. The sentence embeddings are offered to the
 * core as {@link #sentenceEmbeddings()}, with the questions' embeddings cached, so choosing an answer's
 * sentences embeds nothing that retrieval has not already embedded.
 */
public final class HybridRetriever implements Retriever {
    private static final int MAGIC = 0x54424532; // "TBE2": passages by id, then sentences by text hash
    private static final String FILE_PREFIX = "embeddings-";
    private static final int KEY_BYTES = 16;

    private final List<Passage> passages;
    private final LexicalRetriever lexical;
    private final float[][] vectors;
    /** For each passage, the vectors of its sentences. */
    private final float[][][] sentenceVectors;
    private final CachedSentenceEmbeddings embeddings;
    private final EmbeddingModelChoice choice;
    private final IndexStats stats;

    /**
     * @param passages  passages indexed
     * @param sentences distinct sentences indexed
     * @param embedded  texts this build embedded (0 when the cache was used)
     */
    public record IndexStats(int passages, int sentences, int embedded, boolean fromCache, Duration buildTime, Path cacheFile) {
    }

    /** Unit vectors: one per passage, and one per distinct sentence in the order they were listed. */
    private record Index(float[][] passages, float[][] sentences) {
    }

    /**
     * Builds (or loads from the cache) the embedding index of {@code library}'s passages and sentences.
     *
     * @param log receives one line about the cache (hit, miss, problems); never secrets
     */
    public HybridRetriever(SourceLibrary library, EmbeddingModel model, Path cacheDir, Consumer<String> log) {
        this(library, model, EmbeddingModelChoice.MINILM, cacheDir, log);
    }

    /**
     * Builds (or loads from the cache) the embedding index of {@code library}'s passages and sentences.
     *
     * @param choice which model {@code model} is: its prefixes, calibration and cache file name
     * @param log    receives one line about the cache (hit, miss, problems); never secrets
     */
    public HybridRetriever(SourceLibrary library, EmbeddingModel model, EmbeddingModelChoice choice, Path cacheDir,
                           Consumer<String> log) {
        long start = System.nanoTime();
        this.choice = choice;
        this.passages = library.passages();
        this.lexical = new LexicalRetriever(passages);
        List<List<String>> sentencesOf = passages.stream().map(p -> Sentences.split(p.text())).toList();
        List<String> sentences = new ArrayList<>(new LinkedHashSet<>(sentencesOf.stream().flatMap(List::stream)
                .map(CachedSentenceEmbeddings::key).toList()));
        Path file = cacheDir.resolve(FILE_PREFIX + choice.id() + "-" + library.contentHash().substring(0, 16) + ".bin");
        Optional<Index> cached = read(file, library.contentHash(), sentences, log);
        Index index;
        int embedded = 0;
        if (cached.isPresent()) {
            index = cached.get();
            log.accept("embedding index: loaded " + passages.size() + " passages and " + sentences.size()
                    + " sentences from " + file);
        } else {
            index = new Index(
                    CachedSentenceEmbeddings.embedNow(model, choice, false, passages.stream().map(Passage::text).toList())
                            .toArray(float[][]::new),
                    CachedSentenceEmbeddings.embedNow(model, choice, false, sentences).toArray(float[][]::new));
            embedded = passages.size() + sentences.size();
            write(file, cacheDir, library.contentHash(), index, sentences, log);
            log.accept("embedding index: embedded " + passages.size() + " passages and " + sentences.size()
                    + " sentences, cached in " + file);
        }
        this.vectors = index.passages();
        Map<String, float[]> bySentence = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            bySentence.put(sentences.get(i), index.sentences()[i]);
        }
        Map<String, float[]> pinned = new HashMap<>(bySentence);
        for (int i = 0; i < passages.size(); i++) {
            pinned.putIfAbsent(CachedSentenceEmbeddings.key(passages.get(i).text()), index.passages()[i]);
        }
        this.sentenceVectors = new float[passages.size()][][];
        for (int i = 0; i < passages.size(); i++) {
            sentenceVectors[i] = sentencesOf.get(i).stream().map(t -> bySentence.get(CachedSentenceEmbeddings.key(t)))
                    .toArray(float[][]::new);
        }
        this.embeddings = new CachedSentenceEmbeddings(model, choice, CachedSentenceEmbeddings.DEFAULT_MAX_BYTES, pinned);
        this.stats = new IndexStats(passages.size(), sentences.size(), embedded, cached.isPresent(),
                Duration.ofNanos(System.nanoTime() - start), file);
    }

    /**
     * The retriever for {@code grounding.embeddings}: hybrid when true, lexical when false, and lexical with
     * a log line when the embedding model cannot be loaded (e.g. its native runtime is missing), so the bot
     * still starts.
     */
    public static Retriever forSettings(SourceLibrary library, boolean embeddings, Path cacheDir, Consumer<String> log,
                                        java.util.function.Supplier<EmbeddingModel> model) {
        return forSettings(library, embeddings, EmbeddingModelChoice.MINILM, cacheDir, log, model);
    }

    /** As {@link #forSettings(SourceLibrary, boolean, Path, Consumer, java.util.function.Supplier)}, {@code model} being {@code choice}. */
    public static Retriever forSettings(SourceLibrary library, boolean embeddings, EmbeddingModelChoice choice, Path cacheDir,
                                        Consumer<String> log, java.util.function.Supplier<EmbeddingModel> model) {
        if (!embeddings) {
            log.accept("retrieval: lexical only (grounding.embeddings is false)");
            return new LexicalRetriever(library.passages());
        }
        try {
            return new HybridRetriever(library, model.get(), choice, cacheDir, log);
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
        ScoredPassage[] best = new ScoredPassage[passages.size()];
        for (int k = 0; k < parts.size(); k++) {
            String part = parts.get(k);
            List<ScoredPassage> lex = lexical.scoreAll(part);
            double factor = lexical.topicFactor(part);
            float[] q = questions.get(k);
            for (int i = 0; i < passages.size(); i++) {
                double cosine = closeness(q, i);
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

    /** The relevance to the question of passage {@code i} as a whole or of its closest sentence, whichever is higher. */
    private double closeness(float[] q, int i) {
        double c = embeddings.relevance(q, vectors[i]);
        for (float[] s : sentenceVectors[i]) {
            c = Math.max(c, embeddings.relevance(q, s));
        }
        return c;
    }

    private Optional<Index> read(Path file, String hash, List<String> sentences, Consumer<String> log) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(modelKey()) || !in.readUTF().equals(hash)) {
                log.accept("embedding index: cache file " + file + " is for other documents, another model or an older format; rebuilding");
                return Optional.empty();
            }
            int n = in.readInt();
            int dim = in.readInt();
            if (n != passages.size() || dim <= 0 || dim > 8192) {
                log.accept("embedding index: cache file " + file + " does not match the passages; rebuilding");
                return Optional.empty();
            }
            float[][] v = new float[n][];
            for (int i = 0; i < n; i++) {
                if (!in.readUTF().equals(passages.get(i).id())) {
                    log.accept("embedding index: cache file " + file + " does not match the passages; rebuilding");
                    return Optional.empty();
                }
                v[i] = readVector(in, dim);
            }
            int m = in.readInt();
            if (m != sentences.size()) {
                log.accept("embedding index: cache file " + file + " does not match the sentences; rebuilding");
                return Optional.empty();
            }
            float[][] s = new float[m][];
            byte[] key = new byte[KEY_BYTES];
            for (int i = 0; i < m; i++) {
                in.readFully(key);
                if (!Arrays.equals(key, sentenceKey(sentences.get(i)))) {
                    log.accept("embedding index: cache file " + file + " does not match the sentences; rebuilding");
                    return Optional.empty();
                }
                s[i] = readVector(in, dim);
            }
            return Optional.of(new Index(v, s));
        } catch (IOException | RuntimeException e) {
            log.accept("embedding index: cache file " + file + " is unreadable (" + e.getClass().getSimpleName() + "); rebuilding");
            return Optional.empty();
        }
    }

    private void write(Path file, Path dir, String hash, Index index, List<String> sentences, Consumer<String> log) {
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, FILE_PREFIX, ".tmp");
            int dim = index.passages().length > 0 ? index.passages()[0].length
                    : index.sentences().length > 0 ? index.sentences()[0].length : 1;
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeUTF(modelKey());
                out.writeUTF(hash);
                out.writeInt(index.passages().length);
                out.writeInt(dim);
                for (int i = 0; i < index.passages().length; i++) {
                    out.writeUTF(passages.get(i).id());
                    writeVector(out, index.passages()[i]);
                }
                out.writeInt(sentences.size());
                for (int i = 0; i < sentences.size(); i++) {
                    out.write(sentenceKey(sentences.get(i)));
                    writeVector(out, index.sentences()[i]);
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

    private static float[] readVector(DataInputStream in, int dim) throws IOException {
        float[] v = new float[dim];
        for (int j = 0; j < dim; j++) {
            v[j] = in.readFloat();
        }
        return v;
    }

    private static void writeVector(DataOutputStream out, float[] v) throws IOException {
        for (float f : v) {
            out.writeFloat(f);
        }
    }

    /** The model and the prefix its source text was embedded with: a cache file for another is rebuilt. */
    private String modelKey() {
        return choice.passagePrefix().isEmpty() ? choice.id() : choice.id() + "|" + choice.passagePrefix();
    }

    /** A sentence's key in the cache file: the first 16 bytes of the SHA-256 of its text. */
    private static byte[] sentenceKey(String sentence) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(sentence.getBytes(StandardCharsets.UTF_8)), KEY_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Deletes index files of earlier corpora, so the cache directory does not grow with every edit. */
    private void removeStale(Path dir, Path keep) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith(FILE_PREFIX + choice.id() + "-") && n.endsWith(".bin") && !f.equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
