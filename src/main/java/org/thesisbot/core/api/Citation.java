package org.thesisbot.core.api;

/**
 * A numbered source a reader can check: [n] document title, paragraph number, a short quote.
 */
public record Citation(int n, String document, String title, int paragraph, String quote) {
}
