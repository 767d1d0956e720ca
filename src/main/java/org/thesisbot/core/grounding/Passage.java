package org.thesisbot.core.grounding;

import java.time.LocalDate;

/**
 * A retrievable piece of a source document. Passages never cross a paragraph boundary.
 *
 * @param id        stable id: document id + "#p" + paragraph + "." + ordinal
 * @param document  document id (from its file name)
 * @param title     document title
 * @param paragraph 1-based paragraph number in the cleaned document
 * @param ordinal   1-based position of this passage inside its paragraph
 * @param publisher the document's publisher (null only in tests that build passages by hand)
 * @param published the document's publication date (null only in tests that build passages by hand)
 * @param url       the document's url (null only in tests that build passages by hand)
 */
public record Passage(String id, String document, String title, int paragraph, int ordinal, String text,
                      String publisher, LocalDate published, String url) {

    /** A passage without publisher and date (tests of retrieval and the guard). */
    public Passage(String id, String document, String title, int paragraph, int ordinal, String text) {
        this(id, document, title, paragraph, ordinal, text, null, null, null);
    }
}
