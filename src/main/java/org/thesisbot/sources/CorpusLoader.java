package org.thesisbot.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.thesisbot.core.grounding.SourceDocument;

/**
 * Scans a documents directory (not recursive, hidden files skipped): every {@code .md}, {@code .txt},
 * {@code .html} and {@code .pdf} file with its metadata, each {@code .meta.yaml} sidecar paired with its
 * document. A file that cannot be used becomes a {@link Corpus.Problem} naming it; the others load. Given
 * the previous scan, a file whose bytes (and sidecar) are unchanged is not parsed again.
 */
public final class CorpusLoader {
    private final DocumentReader reader;

    public CorpusLoader(DocumentReader reader) {
        this.reader = reader;
    }

    public Corpus load(Path dir) {
        return load(dir, Corpus.empty());
    }

    public Corpus load(Path dir, Corpus previous) {
        List<Corpus.Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Corpus.Problem(dir.toString(), "the documents directory does not exist"));
            return new Corpus(List.of(), problems, Map.of());
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new Corpus.Problem(dir.toString(), "cannot list the documents directory (" + e.getMessage() + ")"));
            return new Corpus(List.of(), problems, Map.of());
        }
        Map<String, Path> byName = new LinkedHashMap<>();
        files.forEach(f -> byName.put(f.getFileName().toString(), f));
        Map<String, Corpus.FileResult> results = new LinkedHashMap<>();
        List<SourceDocument> documents = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, Path> e : byName.entrySet()) {
            String name = e.getKey();
            String rel = dir.getFileName() + "/" + name;
            if (name.endsWith(DocumentFormat.SIDECAR_SUFFIX)) {
                String doc = name.substring(0, name.length() - DocumentFormat.SIDECAR_SUFFIX.length());
                if (!byName.containsKey(doc)) {
                    problems.add(new Corpus.Problem(rel, "a metadata sidecar for " + doc + ", which is not in the directory"));
                }
                continue;
            }
            if (name.endsWith(DocumentFormat.QUESTIONS_SUFFIX)) {
                String doc = name.substring(0, name.length() - DocumentFormat.QUESTIONS_SUFFIX.length());
                if (!byName.containsKey(doc)) {
                    problems.add(new Corpus.Problem(rel, "anticipated questions for " + doc + ", which is not in the directory"));
                }
                continue;
            }
            Corpus.FileResult r = readOne(rel, e.getValue(), byName.get(name + DocumentFormat.SIDECAR_SUFFIX),
                    byName.get(name + DocumentFormat.QUESTIONS_SUFFIX), previous.files().get(name));
            if (r.document() != null && ids.containsKey(r.document().id())) {
                r = new Corpus.FileResult(r.fingerprint(), null, new Corpus.Problem(rel, "its id '" + r.document().id()
                        + "' is already used by " + ids.get(r.document().id()) + "; rename one of them"));
            }
            results.put(name, r);
            if (r.document() != null) {
                ids.put(r.document().id(), rel);
                documents.add(r.document());
            } else {
                problems.add(r.problem());
            }
        }
        return new Corpus(documents, problems, results);
    }

    private Corpus.FileResult readOne(String rel, Path file, Path sidecar, Path questionsFile, Corpus.FileResult before) {
        byte[] content;
        byte[] meta = null;
        byte[] questions = null;
        try {
            long size = Files.size(file);
            if (size > reader.maxBytes()) {
                return new Corpus.FileResult("size:" + size, null, new Corpus.Problem(rel, DocumentReader.size(size)
                        + " is over the " + DocumentReader.size(reader.maxBytes()) + " limit (sources.max_file_bytes)"));
            }
            content = Files.readAllBytes(file);
            if (sidecar != null) {
                meta = Files.readAllBytes(sidecar);
            }
            if (questionsFile != null) {
                long qsize = Files.size(questionsFile);
                if (qsize > reader.maxBytes()) {
                    return new Corpus.FileResult("size:" + qsize, null, new Corpus.Problem(rel + DocumentFormat.QUESTIONS_SUFFIX,
                            DocumentReader.size(qsize) + " is over the " + DocumentReader.size(reader.maxBytes())
                                    + " limit (sources.max_file_bytes)"));
                }
                questions = Files.readAllBytes(questionsFile);
            }
        } catch (IOException e) {
            return new Corpus.FileResult("unreadable", null, new Corpus.Problem(rel, "cannot be read ("
                    + e.getClass().getSimpleName() + ")"));
        }
        String fingerprint = fingerprint(content, meta) + (questions == null ? "" : "+" + fingerprint(questions, null));
        if (before != null && before.fingerprint().equals(fingerprint)) {
            return before;
        }
        try {
            SourceDocument d = reader.read(rel, content, meta == null ? null : new String(meta, StandardCharsets.UTF_8));
            if (questions != null) {
                d = d.withAnticipated(AnticipatedQuestionsFile.parse(new String(questions, StandardCharsets.UTF_8),
                        rel + DocumentFormat.QUESTIONS_SUFFIX));
            }
            return new Corpus.FileResult(fingerprint, d, null);
        } catch (DocumentProblem p) {
            String m = p.getMessage();
            return new Corpus.FileResult(fingerprint, null, new Corpus.Problem(rel, m.startsWith(rel + ": ")
                    ? m.substring(rel.length() + 2) : m));
        }
    }

    static String fingerprint(byte[] content, byte[] sidecar) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(content);
            md.update((byte) 0);
            if (sidecar != null) {
                md.update(sidecar);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
