package org.thesisbot.core.api;


/**
 * Where an input's value comes from: a document and the exact quote, or an assumption with its
 * rationale. {@code paragraph} and {@code documentTitle} are filled in once the quote has been found in
 * the source library at start-up (see {@code ScenarioModel.withLocatedSources}).
 */
public record Provenance(String document, String quote, String note, boolean assumption, String rationale,
                         String documentTitle, int paragraph) {

    public static Provenance source(String document, String quote, String note) {
        return new Provenance(document, quote, note, false, null, null, 0);
    }

    public static Provenance assumption(String rationale) {
        return new Provenance(null, null, null, true, rationale, null, 0);
    }

    public Provenance located(String title, int paragraphNumber) {
        return new Provenance(document, quote, note, assumption, rationale, title, paragraphNumber);
    }

    public boolean isSourced() {
        return !assumption;
    }
}
