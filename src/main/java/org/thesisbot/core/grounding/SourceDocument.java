package org.thesisbot.core.grounding;

import java.time.LocalDate;
import java.util.List;

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
 */
public record SourceDocument(String id, String title, String publisher, LocalDate published, String url, String format,
                             List<String> paragraphs) {
    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
    }

    /** "AInvest, 2026-02-10": how citations name the source's publisher and date. */
    public String byline() {
        return publisher + ", " + published;
    }
}
