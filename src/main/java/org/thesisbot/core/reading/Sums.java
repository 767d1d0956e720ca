package org.thesisbot.core.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Metrics defined by adding and taking away amounts, found when a question spells the formula out instead of naming the
 * metric: "stake value plus what aws makes on compute, minus the check" is the combined payoff, "value minus what we put
 * in" the gain, "openai plus everything in anthropic including the campus" the total commitment. The amounts come from
 * {@code config/understanding.yaml} ({@code sums}); this class knows only the ways of adding and subtracting. Every amount
 * of a metric must be named in one clause, each joined to the one before by a word that adds (before an amount added) or
 * takes away (before an amount taken away). The metric with the most amounts wins, so a sum that takes in a smaller one
 * ("value plus aws profit minus the check" holds "value minus the check") is read as the larger.
 */
final class Sums {
    /** The span an amount covers, said before it: "plus 5 years of aws profit", "+ the whole window's aws profit". */
    private static final String SPAN = "(?:(?:\\d+ ?(?:years?|yrs?)|five years|the (?:whole |full )?(?:window|period)'?s?) (?:of )?)?";
    /** Where the amount before comes from, said after it: "aws compute profit off oai", "the stake in openai". */
    private static final String FROM = "(?:\\s*(?:off|from|on|in) (?:openai|oai|the deal|it|that))?";
    /** Between two amounts, the second added: "plus", "+", "including", "on top of". */
    private static final Pattern ADDS = Pattern.compile(
            "^" + FROM + "\\s*,?\\s*(?:\\+|plus|including|incl\\.?|inc\\.?|on top of|together with|along with|added to|adding(?: in)?"
                    + "|add(?: in)?|as well as|combined with|counting)\\s*(?:also |then |all )?" + SPAN + "$");
    /**
     * "and", "&", "with": they add only in a formula that also takes something away ("stake value and aws profit, minus the
     * check"); elsewhere they list two things ("the risk of backing both openai and anthropic").
     */
    private static final Pattern ADDS_IN_A_FORMULA = Pattern.compile("^\\s*,?\\s*(?:and|&|with)\\s*(?:also |then |all )?$");
    /** Between two amounts, the second taken away: "minus", "less", "net of", "after backing out". */
    private static final Pattern TAKES_AWAY = Pattern.compile(
            "^" + FROM + "\\s*,?\\s*(?:-|\u2212|minus|less|net of|after|after (?:you |we )?(?:back(?:ing)? out|tak(?:e|ing) (?:out|away|off)|subtract(?:ing)?"
                    + "|deduct(?:ing)?|knock(?:ing)? off|netting (?:off|out))|back(?:ing)? out|excluding|subtract(?:ing)?|take away|taking away"
                    + "|deduct(?:ing)?|then (?:minus|less|subtract)"
                    // "stake value as a gap to the 50 we put in", "the difference vs the check": the first over the second
                    + "|(?:as (?:a|the) )?(?:gap|difference|delta|spread) (?:to|vs\\.?|versus|against|over|from|between it and))\\s*$");
    /** Amounts further apart than this are not one sum. */
    private static final int MAX_GAP = 40;
    private static final int MAX_SPANS = 8;

    private final List<Vocabulary.Sum> sums;

    Sums(Vocabulary vocab) {
        this.sums = vocab.sums().stream().sorted(Comparator.comparingInt(Vocabulary.Sum::amounts).reversed()).toList();
    }

    /** A sum a clause spells out: a strong hit on the metric, spanning from the first amount to the last. */
    record Found(Hit hit) {
    }

    List<Found> hits(String s) {
        List<Found> out = new ArrayList<>();
        if (sums.isEmpty()) {
            return out;
        }
        for (int[] c : Ratios.clauses(s)) {
            Found f = clause(s, c[0], c[1]);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    private Found clause(String s, int from, int to) {
        String c = s.substring(from, to);
        for (Vocabulary.Sum sum : sums) {
            List<List<int[]>> options = new ArrayList<>();
            List<Boolean> minus = new ArrayList<>();
            for (Pattern p : sum.plus()) {
                options.add(spans(p, c));
                minus.add(false);
            }
            for (Pattern p : sum.minus()) {
                options.add(spans(p, c));
                minus.add(true);
            }
            if (options.stream().anyMatch(List::isEmpty)) {
                continue;
            }
            int[] found = search(c, options, minus, 0, new int[options.size()][]);
            if (found != null) {
                return new Found(new Hit(sum.metric(), from + found[0], from + found[1], true, c.substring(found[0], found[1])));
            }
        }
        return null;
    }

    /** Chooses one span per amount, depth first; returns the sum's span when the chosen spans read as the formula. */
    private static int[] search(String c, List<List<int[]>> options, List<Boolean> minus, int at, int[][] chosen) {
        if (at == options.size()) {
            return formula(c, chosen, minus);
        }
        for (int[] span : options.get(at)) {
            chosen[at] = span;
            int[] f = search(c, options, minus, at + 1, chosen);
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The chosen spans, in the order said: disjoint, close, the first added, and each joined by the right word. */
    private static int[] formula(String c, int[][] chosen, List<Boolean> minus) {
        Integer[] order = new Integer[chosen.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, Comparator.comparingInt(i -> chosen[i][0]));
        if (minus.get(order[0])) {
            return null;
        }
        for (int k = 1; k < order.length; k++) {
            int[] prev = chosen[order[k - 1]];
            int[] next = chosen[order[k]];
            if (next[0] < prev[1] || next[0] - prev[1] > MAX_GAP) {
                return null;
            }
            String between = c.substring(prev[1], next[0]);
            boolean joined = minus.get(order[k]) ? TAKES_AWAY.matcher(between).matches()
                    : ADDS.matcher(between).matches() || minus.contains(true) && ADDS_IN_A_FORMULA.matcher(between).matches();
            if (!joined) {
                return null;
            }
        }
        return new int[] {chosen[order[0]][0], chosen[order[order.length - 1]][1]};
    }

    /** At most {@link #MAX_SPANS} places per amount: the search tries every combination of them. */
    private static List<int[]> spans(Pattern p, String c) {
        List<int[]> all = Ratios.spans(p, c);
        return all.size() <= MAX_SPANS ? all : all.subList(0, MAX_SPANS);
    }
}
