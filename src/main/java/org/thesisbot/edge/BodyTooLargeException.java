package org.thesisbot.edge;

/** A request body over the limit: answered with 413 and this message. */
public final class BodyTooLargeException extends RuntimeException {
    private final int limit;

    BodyTooLargeException(int limit) {
        super("the request body is larger than " + limit + " bytes", null, false, false);
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
