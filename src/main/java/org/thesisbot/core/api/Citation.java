package org.thesisbot.core.api;

import java.time.LocalDate;

/**
 * A numbered source a reader can check: [n] document title, its publisher and date, paragraph number,
 * a short quote. Every citation names the document, its publisher and its date.
 *
 * @param publisher who published the document (null only for citations built without a library, in tests)
 * @param published when (null likewise)
 * @param url       where the original lives (null likewise)
 */
public record Citation(int n, String document, String title, int paragraph, String quote, String publisher,
                       LocalDate published, String url) {

    /** A citation without publisher, date and url (tests that build answers by hand). */
    public Citation(int n, String document, String title, int paragraph, String quote) {
        this(n, document, title, paragraph, quote, null, null, null);
    }

    /** "AInvest, 2026-02-10", or "" when unknown. */
    public String byline() {
        if (publisher == null && published == null) {
            return "";
        }
        return (publisher == null ? "" : publisher) + (publisher != null && published != null ? ", " : "")
                + (published == null ? "" : published.toString());
    }

    /** "Title (AInvest, 2026-02-10), paragraph 3": how every mouth names the source. */
    public String source() {
        String by = byline();
        return title + (by.isEmpty() ? "" : " (" + by + ")") + ", paragraph " + paragraph;
    }
}
