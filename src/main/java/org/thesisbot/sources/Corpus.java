package org.thesisbot.sources;

import java.util.List;
import java.util.Map;
import org.thesisbot.core.grounding.SourceDocument;

/**
 * What a scan of {@code documents/} found: the documents that read cleanly, the problems with the others,
 * and a fingerprint of every file so the next scan re-reads only what changed.
 *
 * @param files by file name: the content fingerprint and what reading it gave
 */
public record Corpus(List<SourceDocument> documents, List<Problem> problems, Map<String, FileResult> files) {
    public Corpus {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        files = Map.copyOf(files);
    }

    /** A file that could not be used, and why ("documents/q4.pdf: not a readable PDF (...)"). */
    public record Problem(String file, String message) {
    }

    /** One file's fingerprint (SHA-256 of its bytes and its sidecar's) and its document or its problem. */
    public record FileResult(String fingerprint, SourceDocument document, Problem problem) {
    }

    public static Corpus empty() {
        return new Corpus(List.of(), List.of(), Map.of());
    }
}
