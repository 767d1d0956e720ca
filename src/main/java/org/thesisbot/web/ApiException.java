package org.thesisbot.web;

/** A request the API refuses, with the HTTP status and a message safe to show the caller. */
final class ApiException extends RuntimeException {
    private final int status;
    private final int retryAfterSeconds;

    ApiException(int status, String message) {
        this(status, message, 0);
    }

    /** @param retryAfterSeconds sent as {@code Retry-After} when positive (503s) */
    ApiException(int status, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int status() {
        return status;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
