package org.thesisbot.web;

/** A request the API refuses, with the HTTP status and a message safe to show the caller. */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
