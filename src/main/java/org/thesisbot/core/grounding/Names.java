package org.thesisbot.core.grounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * Finds names in a question ("Microsoft", "Paris", "iPhone", "AGI") so a question about something the
 * sources never mention can be told apart from a paraphrase. A name is a capitalised word that does not
 * start a sentence, a word with inner capitals or all capitals, or one of a few well-known company names
 * typed in lower case (the lexicon's {@code names} section).
 */
final class Names {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['\u2019-][\\p{L}\\p{N}]+)*");
    /** Companies typed in lower case that are still names (the lexicon's {@code names.well_known}). */
    private final Set<String> wellKnown;
    /** Capitalised words about the bot or its medium, not topics a question could be about. */
    private final Set<String> notTopics;

    Names(Lexicon.Names names) {
        this.wellKnown = names.wellKnown();
        this.notTopics = names.notTopics();
    }

    /** The names in {@code question} that have an index term {@code known} rejects, in order. */
    List<String> unknown(String question, Predicate<String> known) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(question);
        while (m.find()) {
            String w = m.group();
            if (!isName(w, question, m.start())) {
                continue;
            }
            List<String> terms = Terms.of(w);
            if (!terms.isEmpty() && !terms.stream().allMatch(known)) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The names in {@code text}, in order; a hyphenated word is judged part by part ("OpenAI-built" gives
     * "OpenAI", "AI-related" gives "AI").
     */
    List<String> in(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int at = m.start();
            for (String part : m.group().split("-")) {
                if (!part.isEmpty() && isName(part, text, at)) {
                    out.add(part);
                }
                at += part.length() + 1;
            }
        }
        return out;
    }

    private boolean isName(String w, String text, int start) {
        if (w.length() < 2 || notTopics.contains(w.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (wellKnown.contains(w.toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", ""))) {
            return true;
        }
        boolean innerUpper = w.substring(1).chars().anyMatch(Character::isUpperCase);
        if (innerUpper) {
            return w.length() >= 3 || w.chars().allMatch(Character::isUpperCase);
        }
        return Character.isUpperCase(w.charAt(0)) && w.length() >= 3 && !startsSentence(text, start);
    }

    private static boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'\u201C\u2018(*_".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < 0 || ".?!\u00BF\u00A1:;\n".indexOf(text.charAt(i)) >= 0;
    }
}
