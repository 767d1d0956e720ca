package org.thesisbot.slack;

import java.util.concurrent.ThreadLocalRandom;

/** Short ids that tie an apology a user sees to the log line with the stack trace. */
final class ErrorIds {
    private ErrorIds() {
    }

    static String next() {
        return String.format("e-%08x", ThreadLocalRandom.current().nextInt());
    }

    static String apology(String errorId) {
        return "Sorry, something went wrong on my side and I couldn't answer that. "
                + "If it keeps happening, give the team this error id: `" + errorId + "`.";
    }
}
