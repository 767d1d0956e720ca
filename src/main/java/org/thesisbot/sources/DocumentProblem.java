package org.thesisbot.sources;

/**
 * Why a file cannot be a source document, in words for the person who put it there: the message names
 * what is wrong and, where it helps, how to fix it. Never a parser's stack trace.
 */
public final class DocumentProblem extends RuntimeException {
    public DocumentProblem(String message) {
        super(message);
    }

    public DocumentProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
