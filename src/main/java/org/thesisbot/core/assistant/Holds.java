package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.MetricResult;

/**
 * A metric held where it is while something else changes, the offset an analyst solves for: "post comes in at 1.2 tril -
 * how big does our check need to get to hold our % where it is today?", "what margin keeps aws compute profit flat?", "what
 * hold keeps bull's irr intact?", "for aws compute revenue not to move". The level to hold is the metric's value before
 * the question's change: in the case the words name ("bull's irr", "where base has it"), else the question's or the
 * thread's, with the thread's figures. {@link #asTarget} says the question with that level as its goal, which the reader
 * solves as any goal ("… to get our % to 6.0240963855421687%").
 */
final class Holds {
    private static final String VERB = "(?:keep|keeps|keeping|kept|hold|holds|holding|leave|leaves|leaving|maintain|maintains|preserve|preserves|get|gets|bring|brings|put|puts)"
            + "(?! (?:period|periods|time|horizon)\\b)"; // "a holding period of zero years" holds nothing
    /** Where the level words end: the clause ends ("keeps the payoff whole?"), not a noun after them ("the whole window"). */
    private static final String END = "(?=\\s*(?:[^\\w\\s]|$|(?:and|but|if|so|then|in|for|at|with|please|pls|today|now)\\b))";
    private static final String CASE_OWNED = "(?:(?:bull|base|bear)(?:'s| case'?s?)?|today'?s|the base|its current|the current|its base|the base case'?s?|the same|its|the)";
    private static final String LEVEL = "(?:(?:flat |level |unchanged )?(?:vs\\.?|versus|relative to|against|compared (?:to|with)) (?:the )?(?:bull|base|bear)(?: case)?"
            + "|flat|unchanged|steady|constant|intact|whole|stable|level|the same|untouched|as is|as it is"
            + "|(?:exactly |right |back )?(?:to )?where (?:it|that) (?:is|was|'s|sits|stands|leaves it|was before|sits today|is today|is now|ended up)(?: today| now| in base| before(?: (?:the|that|this) [a-z]+)?)?"
            + "|(?:exactly |right |back )?(?:to )?where (?:bull|base|bear|the base case) (?:has|had|puts|leaves) it"
            + "|at " + CASE_OWNED + " (?:level|number|value|%|percent|figure|mark|amount|print|reading))";
    /** The words of what is held: no figure, no dash, no clause of its own, not a verb or a pronoun ("gets us the same"). */
    private static final String WHAT = "(?!(?:us|it|that|this|them|to)\\b)(?!" + VERB + "\\b)(?:(?!\\b(?:and|but|if|when|while|so)\\b)(?! - )[^,.;:?!\\n\\d\u2013\u2014]){2,50}?";
    private static final Pattern HELD = Pattern.compile(
            "\\b" + VERB + "(?: us)? (?:[^,.;:?!\\n]{0,30}? )?at the same (?<what2>[\\w%' ]{2,30}?)(?= ?[,.;:?!\\n]|$)"
                    + "|\\b" + VERB + "(?: us)? the same (?<what3>[\\w%' ]{2,30}?) (?<who>bull|base|bear)(?: case)? (?:shows|has|gives|had|gets)(?: today| now)?"
                    + "|\\b" + VERB + "(?: us)? (?<what>" + WHAT + ")(?<!\\bto|\\bat|\\bback) " + LEVEL + END
                    + "|\\bfor (?<what4>[^,.;:?!\\n]{2,50}?) not to (?:move|change|budge|drop|fall|shift|slip)\\b"
                    + "|\\b(?:so that |so |for |and |with )(?<what5>[^,.;:?!\\n]{2,50}?) (?:stays?|remains?|staying|remaining) " + LEVEL + END
                    // "what margin holds base's combined payoff": held at that case's level
                    + "|\\b" + VERB + "(?: us)? (?<who2>bull|base|bear)'s (?<what6>(?:(?!\\b(?:and|but|if|when|while|so)\\b)[^,.;:?!\\n\\d]){2,40}?)(?=\\s*(?:[,.;:?!\\n]|$|and\\b|but\\b))"
                    // a trade: something given, the metric brought back to where a case has it ("what capture gets us back to base
                    // combined payoff", "how high can the post go before we're back at base combined payoff", "still sit at bear's
                    // combined payoff"), kept whole on it ("what capture keeps us whole on combined payoff"), another level kept
                    // flat beside the change ("how much can the anthropic check go up with total ai commit flat"), or held as the
                    // need ("how many pts of margin do we need to hold aws op profit?")
                    + "|\\b(?:gets?|getting|brings?|bringing|puts?|putting|takes?|taking)(?: us)? back (?:to|at) (?:bull|base|bear)(?:'s| case'?s?)? (?<what7>" + WHAT + ")" + END
                    + "|\\b(?:we'?re|we are|we'?d be|be|stay|stays|staying|sit|sits|sitting|land|lands|remain|remains)(?: still)? (?:back )?at (?:bull|base|bear)(?:'s| case'?s?)? (?<what8>" + WHAT + ")" + END
                    + "|\\b(?:keeps?|keeping|stay|stays|staying|be|remain|remains)(?: us)? whole on (?<what9>" + WHAT + ")" + END
                    + "|\\bwith (?<what10>" + WHAT + ") (?:flat|unchanged|intact|whole|constant|the same|where it is)" + END
                    + "|\\b(?:(?:need|needs|needed) to hold|(?<=\\b(?:what|which|how much|how many) [\\w'% ]{1,25}?)holds) (?<what11>" + WHAT + ")(?=\\s*(?:[?.!;]|$))"
                    + "|\\bbuys? (?:that|it|this) back on (?<what12>" + WHAT + ")" + END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CASE_NAMED = Pattern.compile("\\b(bull|base|bear)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * @param what      the words that name the metric held ("our %", "bull's irr")
     * @param reference the case whose level is held, when the words name one; else null
     * @param start     where the words that hold it start in the question
     * @param end       where they end
     */
    record Found(String question, String what, String reference, int start, int end) {
        /** The question with the level held said as a goal: "… to get {what} to {level}". */
        String asTarget(MetricResult level) {
            return question.substring(0, start) + "to get " + what + " to " + written(level) + question.substring(end);
        }
    }

    private Holds() {
    }

    static Optional<Found> find(String question) {
        Matcher m = HELD.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String what = null;
        for (String g : new String[] {"what", "what2", "what3", "what4", "what5", "what6", "what7", "what8", "what9", "what10", "what11", "what12"}) {
            if (m.group(g) != null) {
                what = m.group(g).strip();
                break;
            }
        }
        if (what == null || what.isEmpty()) {
            return Optional.empty();
        }
        String reference = m.group("who") != null ? m.group("who") : m.group("who2");
        if (reference == null) {
            Matcher c = CASE_NAMED.matcher(m.group());
            if (c.find()) {
                reference = c.group(1);
            }
        }
        String named = what.replaceAll("(?i)\\b(?:bull|base|bear)(?:'s| case'?s?)\\s*", "").strip();
        return Optional.of(new Found(question, named.isEmpty() ? what : named,
                reference == null ? null : reference.toLowerCase(Locale.ROOT), m.start(), m.end()));
    }

    /** A level as the reader reads a goal, exact to sixteen significant digits. */
    static String written(MetricResult level) {
        BigDecimal v = level.value().round(new MathContext(16));
        return switch (level.unit()) {
            case RATIO -> plain(v.movePointRight(2)) + "%";
            case MULTIPLE -> plain(v) + "x";
            case YEARS -> plain(v) + " years";
            case USD_BILLIONS -> money(v);
        };
    }

    /** Billions with never exactly three decimals (which a thousands separator would be: "20.125 bn" is not 20,125). */
    private static String money(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() == 3) {
            s = s.setScale(4);
        }
        String sign = s.signum() < 0 ? "minus " : "";
        return sign + s.abs().toPlainString() + " billion";
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
