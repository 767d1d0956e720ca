package org.thesisbot.core.assistant;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A news wire's headline pasted above a question, as a terminal shows it: "*OPENAI ROUND SAID TO PRICE AT $950B PRE-MONEY:
 * INFORMATION". The star and the service's name after the last colon are the wire's, not the question's (a name the sources
 * never mention would send the question away); the capitals are the wire's style; and the hedges ("said to", "seen",
 * "people say") only say who reported it. Read as a plain sentence ("openai round to price at $950b pre-money."), the
 * headline's figures are read like any premise's.
 */
final class Headlines {
    /** "*HEADLINE: SERVICE" on a line of its own; the service is a short name in capitals. */
    private static final Pattern WIRE = Pattern.compile("(?m)^[ \\t]*\\*(?<h>[^*\\n]{6,240}?)[ \\t]*:[ \\t]*(?<src>[A-Z][A-Za-z&.']{1,14}(?: [A-Z][A-Za-z&.']{1,14})?)[ \\t]*$");
    /** Who reported it, not what happened. */
    private static final Pattern HEDGES = Pattern.compile(
            "\\b(?:said|seen|reported|rumou?red|understood) to (?:be )?|,? (?:people|sources|analysts?|report|reports|cfo|ceo|person) (?:says?|said|warns?|familiar)\\b"
                    + "|\\b(?:said|seen)(?= (?:valued|keeping|lifting|boost))",
            Pattern.CASE_INSENSITIVE);

    private Headlines() {
    }

    /** The message with each wire headline said as a sentence; unchanged when it has none. */
    static String plain(String text) {
        if (text == null || text.indexOf('*') < 0) {
            return text;
        }
        Matcher m = WIRE.matcher(text);
        StringBuilder b = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String h = m.group("h");
            long letters = h.chars().filter(Character::isLetter).count();
            long capitals = h.chars().filter(Character::isUpperCase).count();
            if (letters < 6 || capitals < letters * 0.8) {
                continue; // a line in *bold* that ends with a label ("*note: …") is no headline
            }
            any = true;
            String said = HEDGES.matcher(h.toLowerCase(Locale.ROOT)).replaceAll("").replaceAll(" {2,}", " ").strip();
            m.appendReplacement(b, Matcher.quoteReplacement(said.endsWith(".") ? said : said + "."));
        }
        if (!any) {
            return text;
        }
        m.appendTail(b);
        return b.toString();
    }
}
