package org.thesisbot.core.text;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cheap test run before a regular expression: {@link #mayFind} is false only when the text holds none of the
 * pattern's {@link RequiredLiterals}, so that {@code find()} would find nothing. The question reader matches a
 * hundred-odd vocabulary patterns against every question and most cannot match it; a few {@code indexOf} calls
 * rule those out for a fraction of a regex scan. Patterns the screen does not know, or whose literals cannot be
 * named, always pass. Immutable once built; shared by threads.
 */
public final class Screen {
    private final Map<Pattern, String[]> literals = new IdentityHashMap<>();
    /** Patterns compiled with {@link Pattern#CASE_INSENSITIVE}: lower-case literals, looked for in the lower-cased text. */
    private final Map<Pattern, String[]> folded = new IdentityHashMap<>();

    /** A screen for these patterns (each one by identity: the instances the caller later asks about). */
    public Screen(Collection<Pattern> patterns) {
        for (Pattern p : patterns) {
            RequiredLiterals.of(p).ifPresent(set -> literals.put(p, sorted(set)));
            RequiredLiterals.ignoringCase(p).ifPresent(set -> folded.put(p, sorted(set)));
        }
    }

    /** False only when {@code p} cannot match anywhere in {@code text}. */
    public boolean mayFind(Pattern p, String text) {
        String[] any = literals.get(p);
        String in = text;
        if (any == null) {
            any = folded.get(p);
            if (any == null) {
                return true;
            }
            in = text.toLowerCase(Locale.ROOT);
        }
        for (String literal : any) {
            if (in.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the patterns have literals to screen by (for tests and benchmarks). */
    public int screened() {
        return literals.size() + folded.size();
    }

    /** Shortest first: the likelier to occur, so a text that holds one passes sooner. */
    private static String[] sorted(Set<String> set) {
        return set.stream().sorted((a, b) -> Integer.compare(a.length(), b.length())).toArray(String[]::new);
    }
}
