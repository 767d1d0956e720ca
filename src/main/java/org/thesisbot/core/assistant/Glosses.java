package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * Another language mixed into English ("oai 2 lakh crore $ pe exit kare toh amzn ke paise kitne guna hue"), glossed in
 * English before anything reads the question ("oai $2T at exit then amzn's money how many times"): the words are data
 * ({@code glosses} in config/lexicon.yaml); a gloss applies only to a message with enough of its marker words, so its short
 * words ("pe", "ka") are never read in an English message. Sizes such as "lakh crore" are the CLDR table's, read later.
 */
final class Glosses {
    private record Compiled(Set<String> markers, int min, List<Pattern> patterns, List<String> replacements) {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private final List<Compiled> glosses;

    Glosses(List<Lexicon.Gloss> glosses) {
        List<Compiled> out = new ArrayList<>();
        for (Lexicon.Gloss g : glosses) {
            List<Pattern> ps = new ArrayList<>();
            List<String> rs = new ArrayList<>();
            for (Lexicon.Rewrite r : g.rewrites()) {
                ps.add(Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                rs.add(r.replacement());
            }
            out.add(new Compiled(g.markers(), g.minMarkers(), ps, rs));
        }
        this.glosses = List.copyOf(out);
    }

    /** The message glossed in English by the first language it uses enough of; unchanged when it uses none. */
    String english(String text) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        for (Compiled g : glosses) {
            long found = g.markers().stream().filter(words::contains).count();
            if (found >= g.min()) {
                String s = text;
                for (int i = 0; i < g.patterns().size(); i++) {
                    s = g.patterns().get(i).matcher(s).replaceAll(g.replacements().get(i));
                }
                return s.replaceAll(" {2,}", " ").strip();
            }
        }
        return text;
    }
}
