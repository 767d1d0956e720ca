package org.thesisbot.core.scenario;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Port: finds an exact quote in a source document, and tells whether a newer document states a different
 * value for the figure the quote gives (implemented by the source library).
 */
public interface QuoteLocator {
    Optional<Location> locate(String documentId, String quote);

    /**
     * When a document newer than {@code documentId} states a different value for the figure in {@code quote}:
     * "As of 2026-03-02 (Northbridge Wire): $40B; earlier (AInvest, 2026-02-10): $50B". Empty otherwise.
     */
    default Optional<String> newerValue(String documentId, String quote) {
        return Optional.empty();
    }

    record Location(String title, int paragraph, String publisher, LocalDate published) {
    }
}
