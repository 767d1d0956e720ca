package org.thesisbot.core.reading;

import org.thesisbot.core.scenario.InputId;

/** Where the question names an input. */
record Named(InputId id, int start, int end) {
}
