package org.thesisbot.core.api;

/** The user's input cannot be answered as given (empty, too long, invalid value). Maps to HTTP 400. */
public class BadQuestionException extends ThesisbotException {
    public BadQuestionException(String message) {
        super(message);
    }
}
