package org.thesisbot.core.grounding;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One cleaned source document: its checked metadata and its numbered paragraphs (paragraph n is
 * {@code paragraphs.get(n - 1)}). Page chrome and ticker artefacts are already gone.
 *
 * @param id        from the file name ("amazon-openai-50b-bet.md" -> "amazon-openai-50b-bet")
 * @param title     as the metadata gives it
 * @param publisher who published it ("AInvest", "Reuters", "Internal research")
 * @param published the publication date: every citation shows it, and the newer of two sources that disagree is named first
 * @param url       where the original lives (http or https)
 * @param format    "md", "txt", "html" or "pdf"
 * @param anticipated the questions each sentence answers, by sentence as the file writes it (from the optional
 *                    {@code <file>.questions.yaml} beside the document; empty without one): evidence for choosing
 *                    the sentence that answers a question worded unlike the text (see {@link Anticipations})
 */
public record SourceDocument(String id, String title, String publisher, LocalDate published, String url, String format,
                             List<String> paragraphs, Map<String, List<String>> anticipated) {
    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
        Map<String, List<String>> a = new LinkedHashMap<>();
        anticipated.forEach((k, v) -> a.put(k, List.copyOf(v)));
        anticipated = Collections.unmodifiableMap(a);
    }

    /** A document without anticipated questions. */
    public SourceDocument(String id, String title, String publisher, LocalDate published, String url, String format,
                          List<String> paragraphs) {
        this(id, title, publisher, published, url, format, paragraphs, Map.of());
    }

    /** This document with {@code anticipated} as its anticipated questions. */
    public SourceDocument withAnticipated(Map<String, List<String>> anticipated) {
        return new SourceDocument(id, title, publisher, published, url, format, paragraphs, anticipated);
    }

    /** "AInvest, 2026-02-10": how citations name the source's publisher and date. */
    public String byline() {
        return publisher + ", " + published;
    }
}
