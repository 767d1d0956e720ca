package org.thesisbot.core.scenario;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.lexicon.Lexicon;
import org.thesisbot.core.text.Screen;

/**
 * Spells out the shorthand analysts type in Slack ("oai", "amzn", "yr", "DCs", "u"), so routing, the
 * interpreter and retrieval all see the words the sources use. Applied once, where a question enters.
 * The rules are the lexicon's {@code shorthand} list ({@code config/lexicon.yaml}), applied in order.
 * Immutable and thread-safe.
 */
public final class Shorthand {
    private final List<Pattern> patterns;
    private final List<String> replacements;
    /** Rules out the rules whose words a question does not hold (nearly all, for nearly every question). */
    private final Screen screen;

    public Shorthand(List<Lexicon.Rewrite> rules) {
        this.patterns = rules.stream().map(r -> Pattern.compile(r.pattern(), Pattern.CASE_INSENSITIVE)).toList();
        this.replacements = rules.stream().map(Lexicon.Rewrite::replacement).toList();
        for (int i = 0; i < patterns.size(); i++) {
            checkReplacement(i, patterns.get(i), replacements.get(i));
        }
        this.screen = new Screen(patterns);
    }

    /**
     * A replacement is checked at start, not when a question first matches its rule: "$" alone or "$3" in a rule with two
     * groups would otherwise fail a user's question. It is tried on a pattern with as many (empty) groups as the rule's.
     */
    private static void checkReplacement(int index, Pattern rule, String replacement) {
        int groups = rule.matcher("").groupCount();
        try {
            Pattern.compile("()".repeat(groups)).matcher("").replaceAll(replacement);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("lexicon shorthand rule " + (index + 1) + " ('" + rule.pattern() + "'): replacement '"
                    + replacement + "' is not valid (" + e.getMessage() + "); write \\$ for a dollar sign", e);
        }
    }

    public String expand(String text) {
        String s = text;
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            if (!screen.mayFind(p, s)) {
                continue;
            }
            Matcher m = p.matcher(s);
            if (m.find()) {
                s = m.replaceAll(replacements.get(i));
            }
        }
        return s;
    }
}
