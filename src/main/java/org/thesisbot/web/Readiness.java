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

    /**
     * True when the bot answers but below its configuration, e.g. shared state (Redis) unreachable and answers
     * going on from this replica's memory. {@code /ready} stays 200 (taking the replica out of rotation would
     * not help: every replica shares the same Redis) and says {@code "status": "degraded"}.
     */
    default boolean degraded() {
        return false;
    }
}
