package org.thesisbot.slack.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small assertion helpers with readable failure messages. */
public final class Expect {
    private Expect() {
    }

    public static void contains(String haystack, String... needles) {
        for (String n : needles) {
            assertTrue(haystack != null && haystack.contains(n), () -> "expected to find \"" + n + "\" in:\n" + haystack);
        }
    }

    public static void lacks(String haystack, String... needles) {
        for (String n : needles) {
            assertTrue(haystack == null || !haystack.contains(n), () -> "did not expect \"" + n + "\" in:\n" + haystack);
        }
    }
}
