package org.thesisbot.core.assistant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number asked, then the way back to it, as a modeller ties out a model: "bear aws op profit, then the margin that gets
 * bear profit back there - sb 30%", "irr at a 1.8T exit on the 5y hold, then what exit gets that irr back - shd be 1.8T",
 * "how much of oai does the 50 get us at a 1.25T post, then the post that lands exactly that %". The first part is
 * answered as a question; the second names the input to solve for and points back at the first part's number ("that",
 * "back", "again", "exactly"), which is its goal, exact to the last digit (never the rounded number shown). The value the
 * asker expects ("sb 30%", "expecting 12", "(70 expected)", "(15 on the nose)") is theirs to compare, and is taken out:
 * it is no input and no goal. A second part that asks a number of its own ("then irr over that hold", "then moic off
 * that number") is answered as a follow-up of the first, as is a number asked of an input looked up ("how many yrs do you
 * hold the stake for in the model, and the base irr on that hold").
 */
final class RoundTrips {
    /**
     * {@code reverse}: the second part solves back to the first's number; {@code lookup}: split at "and", only for an input
     * looked up first; {@code expected}: the asker said the value they expect, as one does who ties a model out.
     */
    record Found(String forward, String back, boolean reverse, boolean lookup, boolean expected) {
    }

    /** Where the second part starts: "…, then", "-> then", ". then", ".. then", "+ the", "and then". */
    private static final Pattern THEN = Pattern.compile(
            "^(?<a>.{6,300}?)\\s*(?:[,;:]|\\.{1,3}|->|\u2192|\\s-)?\\s*(?:and\\s+|&\\s+)?then\\b[,:]?\\s+(?<b>\\S.{3,300})$"
                    + "|^(?<a2>.{6,300}?)\\s+(?:\\+|&|and)\\s+(?<b2>(?:the|what)\\s+[\\w' -]{2,40}?\\s+(?:that|which)\\s.{3,200})$"
                    // an input looked up, then a number asked of it: "how many yrs do you hold…, and the base irr on that hold"
                    + "|^(?<a3>.{6,200}?)[,;?]\\s*(?:and|\\+|&)\\s+(?<b3>(?:the |its |what(?:'s| is)? )?[^,;?]{3,120}\\b(?:that|it|this|those)\\b[^,;?]{0,60})$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** The second part points back at the first's number. */
    private static final Pattern BACK = Pattern.compile(
            "\\b(?:back|again|exactly|the same|same|that (?:same )?(?:x|%|multiple|number|figure|irr|slice|chunk|gain|breakeven|total|run-?rate|hold|per yr|\\$ figure|annualised|annualized|stake|value)"
                    + "|flip(?:ped)? it|reverse|back-?solve|tie[- ]?out|round[- ]?trip|(?:gives?|gets?|lands?|hands?(?: us)?|makes?) (?:us )?(?:exactly )?that|for (?:exactly )?that)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A goal said in words: "gets it to exactly zero". */
    private static final Pattern ZERO = Pattern.compile("\\b(?:zero|nil)\\b", Pattern.CASE_INSENSITIVE);
    /** What the asker expects: "sb 30%", "shd land back on 1.4T", "expecting 12", "(70 expected)", "(15 on the nose)", "(35)". */
    private static final String FIG = "~?\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:%|bn|b|t|tn|tril|trillion|x|yrs?|years?)?";
    private static final Pattern EXPECTED = Pattern.compile("(?:"
            + "\\s*[,;?.]*\\s*[-\u2013\u2014]?\\s*\\(?\\s*(?:sb|s/b|shd(?: be)?|should (?:be|come back to|land (?:back )?on|round-?trip to|tie (?:out )?to|give|get)"
            + "|expect(?:ing|ed)?|i(?:'d)? expect)\\b[^()?\\d]{0,30}" + FIG + "(?:\\s+(?:expected|on the nose))?\\s*\\)?"
            + "|\\s*[-\u2013\u2014,]?\\s*\\(\\s*(?:shd come back to |should come back to |expect(?:ing)? )?" + FIG
            + "(?:\\s+(?:expected|on the nose|exactly|sb|s/b|shd be|should be))?\\s*\\)"
            + "|\\s*[-\u2013\u2014,?]?\\s*" + FIG + "\\s+expected\\b"
            + ")[\\s?.!]*$", Pattern.CASE_INSENSITIVE);

    private RoundTrips() {
    }

    /** The two parts; empty unless the message asks a number and then a second thing after "then" (or "+ the … that"). */
    static Optional<Found> find(String text) {
        Matcher m = THEN.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        boolean lookup = m.group("a3") != null;
        String a = m.group("a") != null ? m.group("a") : m.group("a2") != null ? m.group("a2") : m.group("a3");
        String b = m.group("b") != null ? m.group("b") : m.group("b2") != null ? m.group("b2") : m.group("b3");
        String back = withoutExpected(b);
        if (back.isBlank()) {
            return Optional.empty();
        }
        boolean expected = !withoutExpected(text).equals(text.strip().replaceAll("\\s{2,}", " ").replaceAll("[\\s,;:-]+$", ""));
        boolean figures = org.thesisbot.core.scenario.Amounts.find(back).stream()
                .anyMatch(x -> x.kind() != org.thesisbot.core.scenario.Amount.Kind.CALENDAR_YEAR) || ZERO.matcher(back).find();
        // (a second part with a figure of its own asks its own goal: "then the capex that makes the 50 exactly a third")
        return Optional.of(new Found(withoutExpected(a), back, !lookup && !figures && BACK.matcher(back).find(), lookup, expected));
    }

    /** The part without the value its asker expects. */
    static String withoutExpected(String part) {
        return EXPECTED.matcher(part).replaceAll("").replaceAll("\\s{2,}", " ").replaceAll("[\\s,;:-]+$", "").strip();
    }
}
