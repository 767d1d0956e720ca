package org.thesisbot.core.api;

import java.util.Objects;

/**
 * One question as the brain sees it, whatever the mouth (Slack, API, CLI, playground).
 *
 * @param text     what the user typed (mentions already stripped by the adapter)
 * @param thread   conversation id for follow-ups; null means a fresh, stateless question
 * @param user     who asked (for rate limits and logs); may be null
 * @param origin   short name of the mouth: "slack", "api", "cli", "playground", "command"
 */
public record Question(String text, String thread, String user, String origin) {
    public Question {
        Objects.requireNonNull(text, "text");
        origin = origin == null ? "unknown" : origin;
    }

    public static Question of(String text) {
        return new Question(text, null, null, "test");
    }
}
