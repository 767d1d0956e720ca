package org.thesisbot.core.scenario;

import java.util.Optional;

/** Port: finds an exact quote in a source document (implemented by the source library). */
public interface QuoteLocator {
    Optional<Location> locate(String documentId, String quote);

    record Location(String title, int paragraph) {
    }
}
