package org.thesisbot.core.reading;

import org.thesisbot.core.scenario.Amount;

/** Positions of a figure and what became of it. */
final class Mention {
    final Amount amount;
    /** The word after a figure written without a unit that the reader does not know as one ({@link SizeWords}), or null. */
    final String unknownUnit;
    boolean consumed;

    Mention(Amount a, String s) {
        this.amount = a;
        // (zero has no size: "post is zero lol")
        this.unknownUnit = a.kind() == Amount.Kind.PLAIN && a.value().signum() != 0 ? SizeWords.unknownAfter(s, a.end()) : null;
    }

    int start() {
        return amount.start();
    }

    int end() {
        return amount.end();
    }
}
