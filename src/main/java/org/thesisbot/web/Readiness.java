package org.thesisbot.web;

/**
 * Whether the bot can answer yet: {@code GET /ready} answers 200 only when {@link #ready()} is true
 * (the source index is built and the configuration is valid), else 503 with {@link #detail()}.
 * Implementations are thread-safe and cheap to call; the detail must never contain a secret.
 */
public interface Readiness {
    boolean ready();

    /** One short line for operators: what is ready, or what is still missing. */
    String detail();
}
