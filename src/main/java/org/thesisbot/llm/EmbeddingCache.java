package org.thesisbot.llm;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Passage embeddings by content: the SHA-256 of a passage's text is its key, so a reload re-embeds only the
 * passages that are new or changed, and a restart with unchanged documents embeds nothing. Kept in memory
 * for the process and in one file, {@code embeddings-<model>.bin} in the cache directory (written to a
 * temporary file and moved into place, so a crash never leaves half a file). The file holds the vectors of
 * the latest corpus only, so it does not grow with every edit. Thread-safe.
 *
 * <p>Hand-written rather than LangChain4j's {@code InMemoryEmbeddingStore} serialisation (JSON): a binary
 * file of a few thousand 384-float vectors reads in milliseconds, and keys by content are what make a
 * reload incremental.
 */
public final class EmbeddingCache {
    private static final int MAGIC = 0x54424532; // "TBE2"
    private static final String PREFIX = "embeddings-";

    private final Path dir;
    private final String modelId;
    private final Consumer<String> log;
    private final Map<String, float[]> vectors = new HashMap<>();
    private boolean loaded;

    public EmbeddingCache(Path dir, String modelId, Consumer<String> log) {
        this.dir = dir;
        this.modelId = modelId;
        this.log = log;
    }

    public Path file() {
        return dir.resolve(PREFIX + modelId + ".bin");
    }

    /** What {@link #vectors} did: how many texts it embedded, and the file. */
    public record Result(float[][] vectors, int embedded) {
    }

    /** The vector of every text, in order: from memory or the file where known, embedded in one batch otherwise. */
    public synchronized Result vectors(List<String> texts, EmbeddingModel model) {
        if (!loaded) {
            read();
            loaded = true;
        }
        List<String> keys = texts.stream().map(EmbeddingCache::key).toList();
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!vectors.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.values().stream().map(TextSegment::from).toList();
            List<Embedding> embedded = model.embedAll(segments).content();
            int j = 0;
            for (String k : missing.keySet()) {
                vectors.put(k, embedded.get(j++).vector());
            }
        }
        float[][] out = new float[texts.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = vectors.get(keys.get(i));
        }
        if (!missing.isEmpty()) {
            // keep only this corpus' vectors, in memory and on disk
            vectors.keySet().retainAll(new java.util.HashSet<>(keys));
            write();
        }
        return new Result(out, missing.size());
    }

    private void read() {
        Path file = file();
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            if (in.readInt() != MAGIC || !in.readUTF().equals(modelId)) {
                log.accept("embedding index: cache file " + file + " is for another model or format; rebuilding");
                return;
            }
            int n = in.readInt();
            int dim = in.readInt();
            if (n < 0 || n > 10_000_000 || dim <= 0 || dim > 8192) {
                log.accept("embedding index: cache file " + file + " is unreadable (bad header); rebuilding");
                return;
            }
            Map<String, float[]> read = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String k = in.readUTF();
                float[] v = new float[dim];
                for (int j = 0; j < dim; j++) {
                    v[j] = in.readFloat();
                }
                read.put(k, v);
            }
            vectors.putAll(read);
            log.accept("embedding index: " + n + " cached passage vectors in " + file);
        } catch (IOException | RuntimeException e) {
            log.accept("embedding index: cache file " + file + " is unreadable (" + e.getClass().getSimpleName() + "); rebuilding");
        }
    }

    private void write() {
        Path file = file();
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, PREFIX, ".tmp");
            int dim = vectors.values().stream().findFirst().map(v -> v.length).orElse(1);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeUTF(modelId);
                out.writeInt(vectors.size());
                out.writeInt(dim);
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    out.writeUTF(e.getKey());
                    for (float f : e.getValue()) {
                        out.writeFloat(f);
                    }
                }
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            removeStale(file);
        } catch (IOException e) {
            log.accept("embedding index: cannot write cache " + file + " (" + e.getMessage() + "); passages will be embedded again at next start");
        }
    }

    /** Index files of the earlier format (one per corpus) and stray temporary files. */
    private void removeStale(Path keep) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.startsWith(PREFIX) && (n.endsWith(".bin") || n.endsWith(".tmp")) && !f.equals(keep)) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    static String key(String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static List<String> texts(List<org.thesisbot.core.grounding.Passage> passages) {
        List<String> out = new ArrayList<>(passages.size());
        passages.forEach(p -> out.add(p.text()));
        return out;
    }
}
