package org.thesisbot.core.api;

/** Base of the meaningful, unchecked exceptions the core throws. Messages are safe to show users. */
public class ThesisbotException extends RuntimeException {
    public ThesisbotException(String message) {
        super(message);
    }

    public ThesisbotException(String message, Throwable cause) {
        super(message, cause);
    }
}
