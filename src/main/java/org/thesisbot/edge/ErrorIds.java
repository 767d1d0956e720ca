package org.thesisbot.edge;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one error-id format: {@code e-} and 10 hex digits ({@code e-3c7af4f4fb}). The id a caller or a Slack
 * user sees is the id in the log line with the details, and nothing else about the failure is shown.
 */
public final class ErrorIds {
    private ErrorIds() {
    }

    public static String next() {
        return "e-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()).substring(6);
    }
}
