package org.thesisbot.core.grounding;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.thesisbot.core.scenario.QuoteLocator;

/**
 * The source corpus: every {@code .md} and {@code .txt} file of a directory, cleaned (front matter read,
 * page chrome and ticker artefacts removed), paragraphs numbered and split into passages that never
 * cross a paragraph boundary. Immutable once loaded.
 */
public final class SourceLibrary implements QuoteLocator {
    /** Bump when cleaning or splitting changes, so cached indexes keyed by {@link #contentHash()} are rebuilt. */
    private static final String INGEST_VERSION = "ingest-1";
    private static final int PASSAGE_MAX_SENTENCES = 3;
    private static final int PASSAGE_TARGET_WORDS = 75;

    private final List<SourceDocument> documents;
    private final List<Passage> passages;
    private final Map<String, SourceDocument> byId;
    private final String contentHash;

    private SourceLibrary(List<SourceDocument> documents) {
        this.documents = List.copyOf(documents);
        this.byId = new LinkedHashMap<>();
        List<Passage> all = new ArrayList<>();
        for (SourceDocument d : this.documents) {
            byId.put(d.id(), d);
            for (int p = 0; p < d.paragraphs().size(); p++) {
                List<String> chunks = split(d.paragraphs().get(p));
                for (int o = 0; o < chunks.size(); o++) {
                    all.add(new Passage(d.id() + "#p" + (p + 1) + "." + (o + 1), d.id(), d.title(), p + 1, o + 1, chunks.get(o)));
                }
            }
        }
        this.passages = List.copyOf(all);
        this.contentHash = hash(this.documents, this.passages);
    }

    /**
     * Loads every {@code .md} and {@code .txt} file in {@code dir} (not recursive), in file-name order. A file
     * that is empty, unreadable, not UTF-8 or holds no text gets a warning naming it; the others load. A
     * missing directory gives a warning and an empty library.
     */
    public static SourceLibrary load(Path dir, Consumer<String> warnings) {
        List<SourceDocument> docs = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            warnings.accept("documents directory " + dir + " does not exist; no source documents loaded");
            return new SourceLibrary(docs);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(f -> {
                String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return (n.endsWith(".md") || n.endsWith(".txt")) && !n.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            warnings.accept("cannot list documents directory " + dir + ": " + e.getMessage());
            return new SourceLibrary(docs);
        }
        Map<String, Path> seen = new LinkedHashMap<>();
        for (Path f : files) {
            String raw;
            try {
                raw = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(f))).toString();
            } catch (CharacterCodingException e) {
                warnings.accept("skipped document " + f + ": it is not valid UTF-8 text");
                continue;
            } catch (IOException e) {
                warnings.accept("skipped document " + f + ": it cannot be read (" + e.getClass().getSimpleName() + ")");
                continue;
            }
            SourceDocument doc;
            try {
                doc = DocumentParser.parse(f.getFileName().toString(), raw);
            } catch (DocumentParser.Unusable e) {
                warnings.accept("skipped document " + f + ": " + e.getMessage());
                continue;
            }
            if (seen.containsKey(doc.id())) {
                warnings.accept("skipped document " + f + ": its id '" + doc.id() + "' is already used by " + seen.get(doc.id()));
                continue;
            }
            seen.put(doc.id(), f);
            docs.add(doc);
        }
        return new SourceLibrary(docs);
    }

    /** A library built from documents already in memory (tests, tools). */
    public static SourceLibrary of(List<SourceDocument> documents) {
        return new SourceLibrary(documents);
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    public List<Passage> passages() {
        return passages;
    }

    public Optional<SourceDocument> document(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** SHA-256 (hex) of the cleaned corpus and the splitting rules: equal hashes mean equal passages. */
    public String contentHash() {
        return contentHash;
    }

    /** One sentence naming what the sources cover, for "the sources don't cover that" replies. */
    public String coverage() {
        if (documents.isEmpty()) {
            return "No source documents are loaded.";
        }
        List<String> parts = documents.stream()
                .map(d -> d.covers() + " (" + d.publisher() + ", " + d.kind() + ")").toList();
        return "The sources cover " + String.join("; ", parts) + ".";
    }

    /**
     * Finds {@code quote} in the cleaned text of document {@code documentId}: exact words, but any run of
     * whitespace matches any other and curly quote marks match straight ones. Never matches page chrome,
     * and a quote never spans two paragraphs.
     */
    @Override
    public Optional<Location> locate(String documentId, String quote) {
        SourceDocument d = byId.get(documentId);
        if (d == null || quote == null || quote.isBlank()) {
            return Optional.empty();
        }
        String q = normalise(quote);
        for (int i = 0; i < d.paragraphs().size(); i++) {
            if (normalise(d.paragraphs().get(i)).contains(q)) {
                return Optional.of(new Location(d.title(), i + 1));
            }
        }
        return Optional.empty();
    }

    static String normalise(String s) {
        return s.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A paragraph as passages of a few whole sentences, of similar length. */
    static List<String> split(String paragraph) {
        List<String> sentences = Sentences.split(paragraph);
        int words = paragraph.split("\\s+").length;
        int groups = Math.max((sentences.size() + PASSAGE_MAX_SENTENCES - 1) / PASSAGE_MAX_SENTENCES,
                (int) Math.ceil(words / (double) (PASSAGE_TARGET_WORDS + 15)));
        groups = Math.max(1, Math.min(groups, sentences.size()));
        if (groups == 1) {
            return List.of(paragraph);
        }
        List<String> out = new ArrayList<>();
        double target = words / (double) groups;
        StringBuilder current = new StringBuilder();
        int currentWords = 0;
        int currentSentences = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            int w = s.split("\\s+").length;
            int remainingSentences = sentences.size() - i;
            int remainingGroups = groups - out.size();
            boolean full = currentSentences >= PASSAGE_MAX_SENTENCES
                    || currentSentences > 0 && currentWords + w / 2.0 > target && remainingGroups > 1;
            if (full && remainingSentences >= remainingGroups - 1) {
                out.add(current.toString());
                current.setLength(0);
                currentWords = 0;
                currentSentences = 0;
            }
            if (current.length() > 0) {
                current.append(' ');
            }
            current.append(s);
            currentWords += w;
            currentSentences++;
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static String hash(List<SourceDocument> documents, List<Passage> passages) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(INGEST_VERSION.getBytes(StandardCharsets.UTF_8));
            for (SourceDocument d : documents) {
                md.update(("\u0000doc\u0000" + d.id() + "\u0000" + d.title()).getBytes(StandardCharsets.UTF_8));
            }
            for (Passage p : passages) {
                md.update(("\u0000" + p.id() + "\u0000" + p.text()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
