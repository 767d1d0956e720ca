package org.thesisbot.core.api;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Each match of a pattern replaced by what a function makes of it, taken literally. Java 17's
 * {@code Matcher.replaceAll(Function)} hands the function a {@code MatchResult}, which has no named groups until Java 20,
 * and reads its result as a replacement template ("$1"); this hands the {@link Matcher} itself and quotes the result.
 */
public final class Replacements {
    private Replacements() {
    }

    public static String each(Pattern p, String text, Function<Matcher, String> with) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
