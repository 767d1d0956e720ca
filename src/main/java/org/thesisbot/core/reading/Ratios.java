package org.thesisbot.core.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Metrics that divide one amount by another, found however the division is said: "aws rev / check", "revenue as a
 * multiple of the investment", "how many times the anthropic cheque is the openai one", "ratio of revenue to the
 * check". The two amounts come from {@code config/understanding.yaml} ({@code ratios}); this class knows only the ways of
 * dividing. Both amounts must be named in one clause, with a division between them ("/", "over", "divided by") or a
 * word anywhere in the clause that asks for a ratio ("how many times", "ratio", "as a multiple of"). The pair decides
 * the metric, in either order: each pair of amounts is the ratio of at most one metric.
 */
final class Ratios {
    /** A division said between the two amounts. */
    private static final Pattern BETWEEN = Pattern.compile("^\\s*(?:/|\u00f7|:|over|divided by|relative to|vs\\.?|versus|against|compared (?:to|with))"
            + "(?:\\s+(?:the|its|our|their|amazon'?s?))?\\s*$"); // "the oai check over the anthropic check"
    /** A word that asks for a ratio, anywhere in the clause. */
    private static final Pattern ASKS_RATIO = Pattern.compile(
            "\\bratio\\b|\\bhow many (?:times|x)\\b|\\btimes (?:over|larger|bigger|more|greater|smaller|as (?:big|large|much))\\b|\\bmultiple of\\b"
                    + "|\\bas an? (?:multiple|ratio|fraction|proportion|%|percent(?:age)?|pct|share) of\\b|\\bas an? (?:multiple|ratio)\\s*(?:$|[,\u2013\u2014]|-\\s)|\\bdivided by\\b|\\bdivid(?:e|es|ing) (?:it|that|this|them) by\\b|\\?\\s*x\\b|\\bx\\s*\\?|\\bin x\\b|\\bwhat multiple\\b"
                    // "aws rev vs our 50 check, expressed as x": the ratio, asked in the letter a multiple is written with
                    + "|\\b(?:expressed|shown|given|quoted|put) as (?:an? )?(?:x|multiple|ratio)\\b(?![\\w.])");
    /** A multiple right before the second amount: "… is over 5x the anthropic one", "6.25x amazon's". */
    private static final Pattern TIMES_THE_SECOND = Pattern.compile(
            // a value stated ("is over 5x"), not a goal ("for compute revenue to be 2x the 50bn" asks for an input)
            "^\\s*(?:is|are|was|were|'s|would be|will be)\\s+(?:[a-z]+ ){0,3}?\\d+(?:\\.\\d+)?x (?:(?:the|amazon'?s?|its|their|our|that|this) )*$");
    /** A sum asked for: "= ?", "=?x"; or set to a value, a target: "aws rev / check = 2x". */
    private static final Pattern SUM_ASKED = Pattern.compile(
            "=>?\\s*\\?|=>\\s*x\\b|\\?\\s*x\\b|\\bx\\s*\\?|=\\s*\\$?\\d+(?:\\.\\d+)?\\s*(?:x|%)?(?![\\w.])");
    /**
     * Right after the clause, what asks for it: "?", "; x?" ("aws rev ÷ check, bear -> x?"), or a clause asking only its
     * value ("aws rev from oai / our check\nwhat's that come to").
     */
    private static final Pattern ASKED_AFTER = Pattern.compile("\\?|[;:]\\s*(?:what\\s+)?x\\s*(?:\\?|$)"
            + "|[;:,]\\s*(?:(?:so|and|ok|then)\\s+)?(?:what(?:'s|s| is| does| do)?|how much(?: is| does)?)\\s+(?:that|it|this)"
            + "(?:\\s+(?:come to|comes to|give|gives|give us|get us|work out(?: to| at)?|equal|equals|look like|be))?\\s*\\??\\s*$");
    /**
     * After the second amount, only the case it is asked in: "aws rev over our check at a 60% capture", "… in bull?". A
     * short division followed by its conditions asks the division as much as one standing alone.
     */
    private static final Pattern CONDITIONS_AFTER = Pattern.compile(
            "^\\s*,?\\s*(?:at|in|if|with|assuming|under|on|for the)\\b[^?]{0,60}\\??\\s*$");
    /** Where one clause ends. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;?!]+(?:\\s|$)");

    private final List<Vocabulary.Ratio> ratios;

    Ratios(Vocabulary vocab) {
        this.ratios = vocab.ratios();
    }

    /**
     * A ratio a clause asks: a strong hit on its numerator's words ({@code hit}), and the span from the first amount to
     * the second ({@code start}, {@code end}), inside which the amounts' own metric phrases are no questions of their own.
     * The hit covers the numerator only, so that words between the amounts still say what a figure there is ("anthropic
     * at 9bn - how many x is the openai check").
     */
    record Found(Hit hit, int start, int end) {
    }

    List<Found> hits(String s) {
        List<Found> out = new ArrayList<>();
        if (ratios.isEmpty()) {
            return out;
        }
        for (int[] c : clauses(s)) {
            clause(s, c[0], c[1], out);
        }
        return out;
    }

    /** Each clause's start and end: the text between sentence or clause ends ("." ";" "?" "!"). Shared with {@link Sums}. */
    static List<int[]> clauses(String s) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        Matcher end = CLAUSE_END.matcher(s);
        while (start < s.length()) {
            int stop = end.find(start) ? end.start() : s.length();
            out.add(new int[] {start, stop});
            start = stop == s.length() ? stop : end.end();
        }
        return out;
    }

    private void clause(String s, int from, int to, List<Found> out) {
        String c = s.substring(from, to);
        boolean asks = ASKS_RATIO.matcher(c).find();
        // "aws rev / check = ?", "50/capex?": a division asked as a short sum; "the openai / anthropic fight" is no sum
        boolean sum = SUM_ASKED.matcher(c).find() || (c.strip().split("\\s+").length <= 8 && (ASKED_AFTER.matcher(s.substring(to)).lookingAt()
                // "amzn check / total raise": a short message that is only the division asks it
                || to == s.length() && from == 0));
        for (Vocabulary.Ratio r : ratios) {
            for (int[] over : spans(r.over(), c)) {
                for (int[] under : spans(r.under(), c)) {
                    if (over[0] < under[1] && under[0] < over[1]) {
                        continue;
                    }
                    int[] first = over[0] < under[0] ? over : under;
                    int[] second = first == over ? under : over;
                    String between = c.substring(first[1], second[0]);
                    boolean conditioned = from == 0 && to == s.length() && c.substring(0, second[1]).strip().split("\\s+").length <= 8
                            && CONDITIONS_AFTER.matcher(c.substring(second[1])).matches();
                    boolean divided = first == over && BETWEEN.matcher(between).matches() && (sum || conditioned);
                    // "is the openai bet over 5x amazon's $8bn anthropic position": a multiple said of the second amount
                    boolean times = first == over && TIMES_THE_SECOND.matcher(between).matches();
                    if ((divided || asks || times) && between.length() <= 80) {
                        out.add(new Found(new Hit(r.metric(), from + over[0], from + over[1], true, c.substring(over[0], over[1])),
                                from + first[0], from + second[1]));
                        return;
                    }
                }
            }
        }
    }

    /** Every non-empty match of {@code p} in {@code c}, as [start, end]. Shared with {@link Sums}. */
    static List<int[]> spans(Pattern p, String c) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(c);
        while (m.find()) {
            if (m.end() > m.start()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }
}
