package org.thesisbot.core.assistant;

import java.util.regex.Pattern;

/**
 * A question that asks for its answer under each reading of a figure it is unsure of: "$1.2T, exit or post? moic both ways",
 * "our % under both readings", "capture share that implies, each way?", "side by side pls". When the reader has two or more
 * readings to offer ("if it's the exit, …; if it's the post, …" asks each too), each is answered instead of asked about, and the answers are set side by side under their labels; a
 * question that asks for one answer still gets the choice.
 */
final class BothReadings {
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?:both|each|either|all) (?:ways?|readings?|interpretations?|cases|versions|figures|numbers|options|ways round)\\b"
                    + "|\\b(?:under|on|for|in) (?:both|each|either)(?: (?:readings?|ways?|interpretations?|one|case|version|of them))?\\b"
                    + "|\\bgive (?:me |us )?(?:both|each|the two)\\b|\\bside by side\\b|\\bboth of them\\b|\\bboth (?:pls|please|plz|thx|thanks)\\b"
                    // (not the object of a verb or a preposition: "the risk in holding both", "the tension between both")
                    + "|(?<!\\b(?:holding|owning|backing|funding|hold|own|back|fund|between|of|with|to|across|from) )\\b(?:both|each)\\s*[?.!]*\\s*$"
                    + "|\\bwhichever it is\\b|\\bone for each\\b"
                    // "moic if it's the exit, and moic if it's really the post": one answer per reading, each asked
                    + "|\\bif (?:it'?s|its|that'?s|thats|it is|that is)\\b[^?]{1,200}\\bif (?:it'?s|its|that'?s|thats|it is|that is)\\b",
            Pattern.CASE_INSENSITIVE);

    private BothReadings() {
    }

    /** The phrase that asks for each reading; said to a reader that answers one reading at a time, it only gets in the way. */
    private static final Pattern PHRASE = Pattern.compile(
            "[\\s,;-]*(?:\\b(?:both|each|either|all) (?:ways?|readings?|interpretations?|cases|versions|figures|numbers|options|ways round)\\b"
                    + "|\\b(?:under|on|for|in) (?:both|each|either)(?: (?:readings?|ways?|interpretations?|one|case|version|of them))?\\b"
                    + "|\\bgive (?:me |us )?(?:both|each|the two)\\b|\\bside by side(?: pls| please)?\\b|\\bboth of them\\b"
                    + "|\\bboth (?:pls|please|plz|thx|thanks)\\b|\\b(?:both|each)(?=\\s*[?.!]*\\s*$)|\\bwhichever it is\\b|\\bone for each\\b)",
            Pattern.CASE_INSENSITIVE);

    /** The text without the words that ask for each reading ("capture share on each reading?" is "capture share?"). */
    static String without(String text) {
        return PHRASE.matcher(text).replaceAll("").strip();
    }

    /** Whether the text asks for an answer under each reading. */
    static boolean asked(String text) {
        return text != null && text.length() <= 2_000 && ASKED.matcher(text).find();
    }
}
