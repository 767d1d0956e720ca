package org.thesisbot.core.reading;

import org.thesisbot.core.scenario.Amount;

/** Positions of a figure and what became of it. */
final class Mention {
    final Amount amount;
    boolean consumed;

    Mention(Amount a) {
        this.amount = a;
    }

    int start() {
        return amount.start();
    }

    int end() {
        return amount.end();
    }
}
