package org.thesisbot.core.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.lexicon.Lexicon;

/**
 * Spells out the shorthand analysts type in Slack ("oai", "amzn", "yr", "DCs", "u"), so routing, the
 * interpreter and retrieval all see the words the sources use. Applied once, where a question enters.
 * The rules are the lexicon's {@code shorthand} list ({@code config/lexicon.yaml}), applied in order.
 * Immutable and thread-safe.
 */
public final class Shorthand {
    private final List<Pattern> patterns;
    private final List<String> replacements;

    public Shorthand(List<Lexicon.Rewrite> rules) {
        this.patterns = rules.stream().map(r -> Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE)).toList();
        this.replacements = rules.stream().map(Lexicon.Rewrite::replacement).toList();
    }

    public String expand(String text) {
        String s = text;
        for (int i = 0; i < patterns.size(); i++) {
            Matcher m = patterns.get(i).matcher(s);
            if (m.find()) {
                s = m.replaceAll(replacements.get(i));
            }
        }
        return s;
    }
}
