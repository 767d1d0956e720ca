package org.thesisbot.core.api;

/** Why an input has the value a result used. */
public enum InputOrigin {
    /** the model's value, quoted from a source document */
    SOURCE,
    /** the model's value, an assumption that is not in the sources */
    ASSUMPTION,
    /** set by the named scenario (bull / bear) */
    SCENARIO,
    /** set by the question itself ("if OpenAI is valued at $1T") */
    QUESTION
}
