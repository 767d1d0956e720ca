package org.thesisbot.slack;

/** The apology a Slack user sees when answering failed; the id ties it to the log line with the details. */
final class ErrorIds {
    private ErrorIds() {
    }

    /** A fresh id in the one format of every edge ({@link org.thesisbot.edge.ErrorIds}). */
    static String next() {
        return org.thesisbot.edge.ErrorIds.next();
    }

    static String apology(String errorId) {
        return "Sorry, something went wrong on my side and I couldn't answer that. "
                + "If it keeps happening, give the team this error id: `" + errorId + "`.";
    }
}
