package org.thesisbot.core.api;

/**
 * What counts as readable question text, whatever the mouth. A question made only of spaces and invisible
 * characters (no-break spaces, control characters, zero-width and direction marks, combining accents with
 * nothing to sit on, U+FFFD, private-use characters) has nothing to answer: it is refused as bad input
 * (HTTP 400, a polite Slack reply) instead of reaching the embedding model, which throws on it.
 */
public final class QuestionText {
    private QuestionText() {
    }

    /** Control characters other than tab and line breaks become spaces (they can only garble matching and logs). */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                if (b == null) {
                    b = new StringBuilder(text);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? text : b.toString();
    }

    /** True when the text has at least one letter, digit, punctuation mark or symbol a reader can see. */
    public static boolean readable(String text) {
        if (text == null) {
            return false;
        }
        return text.codePoints().anyMatch(QuestionText::visible);
    }

    private static boolean visible(int cp) {
        if (cp == 0xFFFD) {
            return false; // the replacement character: something that could not be decoded
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION,
                    Character.DASH_PUNCTUATION, Character.START_PUNCTUATION, Character.END_PUNCTUATION,
                    Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }
}
