package org.thesisbot.slack;

/** A Slack Web API call failed for good (after honouring rate limits and retrying what is safe to retry). */
final class SlackCallException extends RuntimeException {
    private final String method;
    private final String error;

    SlackCallException(String method, String error, Throwable cause) {
        super(method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
    }

    String method() {
        return method;
    }

    /** Slack's error code ("not_in_channel", "invalid_auth"), or a short transport description. */
    String error() {
        return error;
    }
}
