package org.thesisbot.core.grounding;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thesisbot.core.scenario.QuoteLocator;

/**
 * The source corpus: documents read and checked by {@code sources.CorpusLoader} (Markdown, text, HTML, PDF),
 * cleaned (page chrome and ticker artefacts removed), paragraphs numbered and split into passages that never
 * cross a paragraph boundary. Immutable: a reload builds a new library beside this one.
 */
public final class SourceLibrary implements QuoteLocator {
    /** Bump when cleaning or splitting changes, so cached indexes keyed by {@link #contentHash()} are rebuilt. */
    private static final String INGEST_VERSION = "ingest-2";
    private static final int PASSAGE_MAX_SENTENCES = 3;
    private static final int PASSAGE_TARGET_WORDS = 75;
    private static final int COVERAGE_NAMED = 5;

    private final List<SourceDocument> documents;
    private final List<Passage> passages;
    private final Map<String, SourceDocument> byId;
    private final String contentHash;
    private final Claims claims;
    private final Anticipations anticipations;

    private SourceLibrary(List<SourceDocument> documents) {
        this.documents = List.copyOf(documents);
        this.byId = new LinkedHashMap<>();
        List<Passage> all = new ArrayList<>();
        for (SourceDocument d : this.documents) {
            byId.put(d.id(), d);
            for (int p = 0; p < d.paragraphs().size(); p++) {
                List<String> chunks = split(d.paragraphs().get(p));
                for (int o = 0; o < chunks.size(); o++) {
                    all.add(new Passage(d.id() + "#p" + (p + 1) + "." + (o + 1), d.id(), d.title(), p + 1, o + 1,
                            chunks.get(o), d.publisher(), d.published(), d.url()));
                }
            }
        }
        this.passages = List.copyOf(all);
        this.contentHash = hash(this.documents, this.passages);
        this.claims = new Claims(this.passages);
        this.anticipations = Anticipations.of(this.documents, this.passages);
    }

    /** A library of documents already read and checked (by {@code sources.CorpusLoader}, or by tests). */
    public static SourceLibrary of(List<SourceDocument> documents) {
        return new SourceLibrary(documents);
    }

    public List<SourceDocument> documents() {
        return documents;
    }

    public List<Passage> passages() {
        return passages;
    }

    /** The questions the documents' sentences answer, from their {@code .questions.yaml} files (see {@link Anticipations}). */
    public Anticipations anticipations() {
        return anticipations;
    }

    public Optional<SourceDocument> document(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** SHA-256 (hex) of the cleaned corpus and the splitting rules: equal hashes mean equal passages. */
    public String contentHash() {
        return contentHash;
    }

    /**
     * One sentence naming what the sources are, newest first, for "the sources don't cover that" replies:
     * "The sources are: "Title" (AInvest, 2026-02-10)." With many documents, the five newest and a count.
     */
    public String coverage() {
        if (documents.isEmpty()) {
            return "No source documents are loaded.";
        }
        List<SourceDocument> newest = newestFirst();
        List<String> parts = newest.stream().limit(COVERAGE_NAMED)
                .map(d -> "\"" + d.title() + "\" (" + d.byline() + ")").toList();
        String more = newest.size() > COVERAGE_NAMED ? " and " + (newest.size() - COVERAGE_NAMED) + " older documents" : "";
        return (documents.size() == 1 ? "The source is " : "The sources are ") + String.join("; ", parts) + more + ".";
    }

    /** The documents by publication date, newest first (ties: by id). */
    public List<SourceDocument> newestFirst() {
        return documents.stream().sorted(java.util.Comparator.comparing(SourceDocument::published).reversed()
                .thenComparing(SourceDocument::id)).toList();
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
                return Optional.of(new Location(d.title(), i + 1, d.publisher(), d.published()));
            }
        }
        return Optional.empty();
    }

    /**
     * A document newer than {@code documentId} stating a different value for the figure in {@code quote}, as
     * "As of 2026-03-02 (Northbridge Wire): $40B; earlier (AInvest, 2026-02-10): $50B"; empty if none.
     */
    @Override
    public Optional<String> newerValue(String documentId, String quote) {
        SourceDocument d = byId.get(documentId);
        Optional<Location> where = locate(documentId, quote);
        if (d == null || where.isEmpty()) {
            return Optional.empty();
        }
        Passage at = passages.stream().filter(p -> p.document().equals(documentId) && p.paragraph() == where.get().paragraph())
                .findFirst().orElseThrow();
        String paragraph = d.paragraphs().get(where.get().paragraph() - 1);
        String sentence = Sentences.split(paragraph).stream().filter(s -> normalise(s).contains(normalise(quote)))
                .findFirst().orElse(quote);
        for (Claims.Claim c : Claims.of(at, sentence)) {
            if (!normalise(quote).contains(normalise(c.figure()))) {
                continue; // a figure of the sentence that the quote does not give
            }
            Claims.Disagreement dis = claims.disagreementWith(c);
            if (dis != null && dis.statements().get(0).published().isAfter(d.published())) {
                return Optional.of(dis.describe(x -> ""));
            }
        }
        return Optional.empty();
    }

    /** The figures the documents state, for "the sources disagree" and "what changed". */
    public Claims claims() {
        return claims;
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
                md.update(("\u0000doc\u0000" + d.id() + "\u0000" + d.title() + "\u0000" + d.publisher() + "\u0000"
                        + d.published() + "\u0000" + d.url()).getBytes(StandardCharsets.UTF_8));
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
