package org.thesisbot.core.grounding;

import java.util.List;

/**
 * One cleaned source document: its front matter and its numbered paragraphs (paragraph n is
 * {@code paragraphs.get(n - 1)}). Page chrome and ticker artefacts are already gone.
 *
 * @param covers     what the document is about, in a phrase (front matter {@code covers}); the title if absent
 * @param provenance where the file came from (front matter {@code provenance}); may be empty
 * @param url        the document's own address (front matter {@code url}); empty if it has none. Links in
 *                   answers may point only at these documents' hosts.
 */
public record SourceDocument(String id, String title, String publisher, String kind, List<String> paragraphs,
                             String covers, String provenance, String url) {
    public SourceDocument {
        paragraphs = List.copyOf(paragraphs);
    }
}
