package org.thesisbot.logging;

/**
 * Log values cannot forge log lines: line breaks and other control characters in a logged value (a
 * Slack user id, a button's value, a question, an exception message) are written as escapes ({@code \n},
 * {@code \r}, {@code \u001b}), so one event is always one line plus its stack trace, and a terminal or log
 * viewer never interprets them. Tabs stay (they break nothing).
 */
public final class LogText {
    private LogText() {
    }

    public static String escape(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = escapeOf(c);
            if (e != null && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (b != null) {
                if (e != null) {
                    b.append(e);
                } else {
                    b.append(c);
                }
            }
        }
        return b == null ? s : b.toString();
    }

    private static String escapeOf(char c) {
        if (c == '\n') {
            return "\\n";
        }
        if (c == '\r') {
            return "\\r";
        }
        if (c == '\t') {
            return null;
        }
        // C0 and C1 controls (ESC starts terminal sequences), and the Unicode line and paragraph separators
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
