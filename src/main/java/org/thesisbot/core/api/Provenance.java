package org.thesisbot.core.api;

import java.time.LocalDate;

/**
 * Where an input's value comes from: a document and the exact quote, or an assumption with its
 * rationale. {@code documentTitle}, {@code publisher}, {@code published} and {@code paragraph} are filled
 * in once the quote has been found in the source library (see {@code ScenarioModel.withCheckedSources}).
 *
 * @param flag null, or what a reader must know before trusting the value: its quote is no longer in the
 *             document, or a newer document states a different value ("As of 2026-03-02 (Northbridge Wire):
 *             $40B; earlier (AInvest, 2026-02-10): $50B"). A flagged input still serves.
 */
public record Provenance(String document, String quote, String note, boolean assumption, String rationale,
                         String documentTitle, int paragraph, String publisher, LocalDate published, String flag) {

    public static Provenance source(String document, String quote, String note) {
        return new Provenance(document, quote, note, false, null, null, 0, null, null, null);
    }

    public static Provenance assumption(String rationale) {
        return new Provenance(null, null, null, true, rationale, null, 0, null, null, null);
    }

    /** The quote was found: in this document (title, publisher, date), at this paragraph. */
    public Provenance located(String title, String publisherName, LocalDate date, int paragraphNumber) {
        return new Provenance(document, quote, note, assumption, rationale, title, paragraphNumber, publisherName, date, flag);
    }

    /** {@link #located(String, String, LocalDate, int)} without publisher and date (answers built by hand in tests). */
    public Provenance located(String title, int paragraphNumber) {
        return located(title, null, null, paragraphNumber);
    }

    public Provenance flagged(String why) {
        return new Provenance(document, quote, note, assumption, rationale, documentTitle, paragraph, publisher, published, why);
    }

    public boolean isSourced() {
        return !assumption;
    }

    public boolean isFlagged() {
        return flag != null;
    }

    /** "AInvest, 2026-02-10", or "" before the quote is located. */
    public String byline() {
        if (publisher == null || published == null) {
            return "";
        }
        return publisher + ", " + published;
    }
}
