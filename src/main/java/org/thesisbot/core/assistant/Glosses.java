package org.thesisbot.core.assistant;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.lexicon.Lexicon;
import org.thesisbot.core.scenario.Shorthand;

/**
 * Another language mixed into English ("oai 2 lakh crore $ pe exit kare toh amzn ke paise kitne guna hue"), glossed in
 * English before anything reads the question ("oai $2T at exit then amzn's money how many times"): the words are data
 * ({@code glosses} in config/lexicon.yaml); a gloss applies only to a message with enough of its marker words, so its short
 * words ("pe", "ka") are never read in an English message. Sizes such as "lakh crore" are the CLDR table's, read later.
 */
final class Glosses {
    private record Compiled(String language, Set<String> markers, int min, Shorthand rewrites) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}']+");

    private final List<Compiled> glosses;

    Glosses(List<Lexicon.Gloss> glosses) {
        // (a gloss's rewrites are applied as the shorthand's are: in order, case-insensitive, replacements checked at start)
        this.glosses = glosses.stream().map(g -> new Compiled(g.language(), g.markers(), g.minMarkers(), new Shorthand(g.rewrites()))).toList();
    }

    /**
     * The message glossed by the named gloss, whatever its marker words: the message's shape already said which it is (a
     * clause under its number is in a legal document's words, even when the line asked names one defined term only:
     * "what % goes in AWS Allocation"). As {@link #english} when no gloss has that name.
     */
    String as(String language, String text) {
        for (Compiled g : glosses) {
            if (g.language().equals(language)) {
                return g.rewrites().expand(text).replaceAll(" {2,}", " ").strip();
            }
        }
        return english(text);
    }

    /**
     * The message glossed in English by the language it uses most marker words of (of those it uses enough of; the first
     * listed on a tie: "kama" alone is Hebrew's "how much" before Swahili's "if", "kama … ngapi" Swahili); unchanged when it
     * uses none.
     */
    String english(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Compiled best = null;
        long most = 0;
        for (Compiled g : glosses) {
            long found = g.markers().stream().filter(words::contains).count();
            if (found >= g.min() && found > most) {
                best = g;
                most = found;
            }
        }
        return best == null ? text : best.rewrites().expand(text).replaceAll(" {2,}", " ").strip();
    }
}
