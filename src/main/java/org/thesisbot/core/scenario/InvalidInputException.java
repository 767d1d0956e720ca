package org.thesisbot.core.scenario;

import org.thesisbot.core.api.BadQuestionException;

/** An override or model value that cannot be computed with (zero valuation, share above 1, ...). */
public class InvalidInputException extends BadQuestionException {
    public InvalidInputException(String message) {
        super(message);
    }
}
