package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.state.ThreadState;

/**
 * Two or more bars an input must clear at once (the words say so, "both", "which one binds", or two figures are said as
 * floors or ceilings, "at least 4% and 70bn or more"), and the input's extreme asked: "min oai exit that passes both 2.5x and a
 * 20% irr over 5y", "ceiling on the post-money if we want ≥3.5% of oai and the stake worth 110bn+ on a 1.6T exit", "lowest
 * capture share so compute profit ≥25bn and aws compute rev ≥12bn a yr - which one bites first?". Each bar is asked on
 * its own, as the question with the other bars' words taken out ({@link #withoutEach}); the assistant keeps the readings
 * that solve the same input for different goals, and the binding bar is the one that asks most of the input: the highest
 * of the lowest values when the lowest is asked, the lowest of the highest when the highest is. That holds because every
 * metric of the model moves one way with each input it solves for (a higher exit never lowers the MOIC).
 *
 * <p>Which figures are bars is left to the reader: a figure whose removal leaves the same goal (a condition, "on a 1.6T
 * exit") adds no reading, so it is never a bar.
 */
final class Constraints {
    /** The extreme asked, lowest first: "min", "lowest", "smallest", "floor", "shortest". */
    private static final Pattern LOWEST = Pattern.compile("\\b(?:min|minimum|lowest|smallest|least|floor|shortest|cheapest)\\b");
    private static final Pattern HIGHEST = Pattern.compile("\\b(?:max|maximum|highest|largest|biggest|ceiling|cap|longest|most|richest)\\b");
    /** Words that say there is more than one bar: "both", "which one binds", "two hurdles", "the binding constraint". */
    private static final Pattern SEVERAL = Pattern.compile(
            "\\bboth\\b|\\bbind(?:s|ing)?\\b|\\bbites?\\b|\\bconstrai?n(?:t|ts|s)\\b|\\bconstriant\\b|\\b(?:hurdles|bars|thresholds|tests|conditions)\\b"
                    + "|\\bwhich (?:one|bar|hurdle|test|limit)\\b|\\b(?:caps|limits|sets) (?:it|the)\\b");
    /** A figure said as a floor or a ceiling: "at least 4%", "70bn or more", "≥25bn", "5%+". Two of them are two bars. */
    private static final Pattern MARKED = Pattern.compile(
            "\\bat (?:least|most)\\b|>=|<=|\u2265|\u2264|\\bor (?:more|higher|better|above|less|lower|below)\\b|\\d\\s?(?:%|x|bn|b|t|tn)?\\+|\\bno (?:less|more) than\\b");
    /** Where a bar's words start, reading back from its figure. */
    private static final Pattern LEFT_STOP = Pattern.compile(
            "(?:[,.;:?!()\\n\u2013\u2014]|\\s-\\s|\\b(?:and|or|so|where|with|if|that|both|but|while|when|we|us|i|want|wants|for|need|needs|needed|to|are|is|hurdles|bars)\\b|&|\\s\\+\\s)");
    /** Where a bar's words end, reading on from its figure. */
    private static final Pattern RIGHT_STOP = Pattern.compile(
            "^(?:[,.;:?!()\\n\u2013\u2014]|\\s-\\s|\\b(?:and|or|on|at|over|in|with|for|if|given|by|so|which|whcih|what|but|while|when|where|both|then|vs|after|before)\\b|&|\\s\\+\\s)");
    private static final int MAX_WORDS = 5;
    /** The most figures a question under bars is read with: each is one more reading of the question (bounded work). */
    private static final int MAX_FIGURES = 8;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LAST_WORD = Pattern.compile("(\\S+)\\s*$");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*(\\S*?)(?=[,.;:?!()\u2013\u2014]|\\s|$)");

    /** The question, and whether the lowest value of the input is asked (else the highest). */
    record Found(String question, boolean lowest) {
    }

    private Constraints() {
    }

    /** Whether the text may ask under bars or name the thread's again: a cheap look before the text is normalised and read. */
    static boolean mayAsk(String lower, boolean threadHasBars) {
        if (DIGITS.matcher(lower).results().limit(2L * MAX_FIGURES + 1).count() > 2L * MAX_FIGURES) {
            return false; // far more figures than bars are read with: not worth normalising to find out
        }
        return (SEVERAL.matcher(lower).find() || MARKED.matcher(lower).results().count() >= 2)
                && (LOWEST.matcher(lower).find() || HIGHEST.matcher(lower).find()) || threadHasBars && AGAIN.matcher(lower).find();
    }

    /** A question that asks an input's extreme and says it has several bars; empty otherwise. */
    static Optional<Found> find(String normalised) {
        if (!SEVERAL.matcher(normalised).find() && MARKED.matcher(normalised).results().count() < 2) {
            return Optional.empty();
        }
        Matcher low = LOWEST.matcher(normalised);
        Matcher high = HIGHEST.matcher(normalised);
        boolean l = low.find();
        boolean h = high.find();
        if (!l && !h) {
            return Optional.empty();
        }
        long bars = Amounts.find(normalised).stream().filter(Constraints::barLike).count();
        if (bars < 2 || bars > MAX_FIGURES) {
            return Optional.empty();
        }
        return Optional.of(new Found(normalised, l && (!h || low.start() < high.start())));
    }

    /** The question once for each figure that may be a bar, with that figure's words (and the "and" joining them) taken out. */
    static List<String> withoutEach(String normalised) {
        List<String> out = new ArrayList<>();
        for (Amount a : Amounts.find(normalised)) {
            if (barLike(a)) {
                out.add(without(normalised, a));
            }
        }
        return out;
    }

    /** The thread's bars asked again: each bar's question, the goal it is written for, and the extreme asked. */
    record Again(List<String> legs, List<ThreadState.Target> goals, boolean lowest) {
    }

    /** The bars named again: "same 2 hurdles", "same two bars", "which one binds", "the multiple bar to 2.5x". */
    private static final Pattern AGAIN = Pattern.compile(
            "\\bsame (?:two |2 |both )?(?:hurdles|bars|constraints|tests|conditions|thresholds)\\b"
                    // (which bar binds, not whether something is binding: "is the term sheet binding?" asks the sources)
                    + "|\\bbinding (?:one|bar|hurdle|constraint|test)\\b|\\bwhich (?:one |bar |hurdle |constraint )?(?:binds|is binding|'s binding)\\b"
                    + "|\\b(?:bar|hurdle|threshold)s? (?:up |down |back )?(?:to|at)\\b|\\b(?:both|the two|the 2) (?:hurdles|bars)\\b");
    private static final Pattern SAME_BARS = Pattern.compile(
            ",?\\s*\\b(?:(?:with |keep |keeping )?(?:the )?same (?:two |2 |both )?(?:hurdles|bars|constraints|tests|conditions|thresholds)(?: as before)?)\\b,?");
    /** A bar moved: "bump the multiple bar to 2.5x", "lower the value bar to 60bn", "irr hurdle at 15%". */
    private static final Pattern MOVED = Pattern.compile("\\b(?<words>(?:[\\w%-]+ ){0,2}?)(?:bar|hurdle|threshold)s? (?:up |down |back )?(?:to|at|of|=|:)\\s*~?\\$?$");
    private static final Pattern CLAUSE_END = Pattern.compile("[,.;:?!\\n\u2013\u2014]|\\s-\\s");

    /**
     * A follow-up to a question asked under bars: the same bars asked again in the thread's new state (the follow-up's own
     * changes said after each bar's goal: "what exit valuation gets the MOIC to 2x, but 3 yr hold"), with a bar it moves
     * set to its new figure. Empty when the follow-up does not name the bars, or moves a bar that cannot be told apart by
     * its unit or the words before it.
     */
    static Optional<Again> again(String normalised, ThreadState.Bound bound) {
        if (!AGAIN.matcher(normalised).find() || find(normalised).isPresent()) {
            return Optional.empty();
        }
        List<ThreadState.Target> goals = new ArrayList<>(bound.legs());
        String rest = normalised;
        for (Amount a : Amounts.find(normalised)) {
            Matcher moved = MOVED.matcher(normalised.substring(Math.max(0, a.start() - 40), a.start()));
            if (!barLike(a) || !moved.find()) {
                continue;
            }
            org.thesisbot.core.api.Unit unit = a.kind() == Amount.Kind.MULTIPLE ? org.thesisbot.core.api.Unit.MULTIPLE
                    : a.kind() == Amount.Kind.RATIO ? org.thesisbot.core.api.Unit.RATIO : org.thesisbot.core.api.Unit.USD_BILLIONS;
            List<Integer> fits = new ArrayList<>();
            for (int i = 0; i < goals.size(); i++) {
                if (goals.get(i).metric().unit() == unit) {
                    fits.add(i);
                }
            }
            if (fits.size() > 1) {
                fits.removeIf(i -> !named(moved.group("words"), goals.get(i)));
            }
            if (fits.size() != 1) {
                return Optional.empty();
            }
            ThreadState.Target g = goals.get(fits.get(0));
            goals.set(fits.get(0), new ThreadState.Target(g.metric(), a.value(), g.solveFor()));
            // the clause that moved the bar says nothing else of the scenario: taken out
            int from = 0;
            Matcher end = CLAUSE_END.matcher(rest);
            int at = rest.indexOf(a.text().toLowerCase(java.util.Locale.ROOT));
            int to = rest.length();
            while (end.find()) {
                if (end.end() <= at) {
                    from = end.end();
                } else if (end.start() >= at + a.text().length()) {
                    to = end.start();
                    break;
                }
            }
            if (at >= 0) {
                rest = (rest.substring(0, from) + " " + rest.substring(to)).strip();
            }
        }
        rest = SAME_BARS.matcher(rest).replaceAll(" ").replaceAll("^[\\s,;:\\-]+", "").strip();
        List<String> legs = new ArrayList<>();
        for (ThreadState.Target g : goals) {
            legs.add(Canonical.target(g) + (rest.isBlank() ? "" : ", " + rest));
        }
        return Optional.of(new Again(legs, goals, bound.lowest()));
    }

    /** True when the words before "bar" name the goal's metric: "multiple", "moic", "irr", "value", "ownership", "profit". */
    private static boolean named(String words, ThreadState.Target g) {
        String w = words.strip();
        return switch (g.metric()) {
            case MOIC -> w.matches(".*\\b(?:multiple|moic|x|money)\\b.*");
            case IRR -> w.matches(".*\\b(?:irr|return|rate)\\b.*");
            case STAKE -> w.matches(".*(?:%|\\b(?:ownership|stake|own|percent|pct)\\b).*");
            case STAKE_VALUE -> w.matches(".*\\b(?:value|worth|stake)\\b.*");
            case AWS_COMPUTE_PROFIT -> w.matches(".*\\b(?:profit|earnings|income)\\b.*");
            case AWS_COMPUTE_REVENUE, AWS_COMPUTE_REVENUE_PER_YEAR -> w.matches(".*\\b(?:revenue|rev|sales)\\b.*");
            case GAIN -> w.matches(".*\\b(?:gain|profit)\\b.*");
            case COMBINED_PAYOFF -> w.matches(".*\\b(?:payoff|combined|all-in)\\b.*");
            default -> false;
        };
    }

    private static boolean barLike(Amount a) {
        return a.kind() == Amount.Kind.MONEY || a.kind() == Amount.Kind.RATIO || a.kind() == Amount.Kind.MULTIPLE;
    }

    static String without(String s, Amount a) {
        int start = a.start();
        String before = s.substring(0, start);
        int words = 0;
        while (words < MAX_WORDS) {
            int from = Math.max(0, start - 80);
            Matcher w = LAST_WORD.matcher(before.substring(from, start));
            if (!w.find() || LEFT_STOP.matcher(w.group(1)).matches() || w.group(1).matches(".*[,.;:?!()\u2013\u2014]$")) {
                break;
            }
            start = from + w.start(1);
            words++;
        }
        int end = a.end();
        words = 0;
        while (words < MAX_WORDS) {
            String rest = s.substring(end);
            if (rest.isBlank() || RIGHT_STOP.matcher(rest.stripLeading()).lookingAt() || !rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))
                    && !Character.isLetterOrDigit(rest.charAt(0)) && rest.charAt(0) != '+') {
                break;
            }
            Matcher w = NEXT_WORD.matcher(rest);
            if (!w.find() || w.group(1).isEmpty()) {
                break;
            }
            end += w.end();
            words++;
        }
        String left = s.substring(0, start).stripTrailing();
        String right = s.substring(end).stripLeading();
        // the "and" that joined this bar to the next one goes with it
        if (left.matches("(?s).*\\b(?:and|&|\\+)$")) {
            left = left.replaceAll("\\s*(?:and|&|\\+)$", "");
        } else if (right.matches("(?s)^(?:and|&|\\+)\\b.*")) {
            right = right.replaceFirst("^(?:and|&|\\+)\\s*", "");
        }
        return (left + " " + right).strip();
    }
}
