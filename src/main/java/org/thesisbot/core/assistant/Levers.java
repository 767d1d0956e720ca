package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amounts;

/**
 * Levers pulled one at a time and ranked: "base combined payoff: capture +10pts vs margin +5pts, which is bigger", "bull
 * irr: exit +250bn vs hold shortened to 4 yrs, which helps more", "post at 1T or exit at 1T - which moves it more in $bn".
 * Each lever is a change of its own, never added to the other: the question is asked once per lever (the other levers'
 * words taken out, and the ranking clause with them), and the assistant says which moves the metric more, against the
 * question without any lever.
 */
final class Levers {
    /** Between two levers: "vs", "versus", "or", "compared to". */
    private static final Pattern BETWEEN = Pattern.compile("\\s(?:vs\\.?|versus|or|compared (?:to|with)|against)\\s");
    /** The ranking asked: "which is bigger", "which helps more", "rank them", "one at a time", "which one adds more gain". */
    private static final Pattern RANKING = Pattern.compile(
            "\\bwhich\\b(?: one| lever| of (?:the|them|those|these)(?: two| 2| three| 3)?)?(?:'s| is| would| does| will)?"
                    + "(?: (?:the|a))? (?:[\\w-]+ )?(?:more|less|most|least|bigger|biggest|larger|greater|better|worse|stronger|lower|higher|further)\\b"
                    + "|\\bwhich\\b(?: one| lever| shock| change| move)?(?: actually| really| would| does)? (?:moves?|helps?|hurts?|adds?|costs?|matters?|drags?|lifts?|push(?:es)?|shaves?|is worth|gives?|wins|bites?|dents?)\\b"
                    + "|\\brank(?:ed|ing)? (?:them|em|'em|all|both|these|those|the (?:two|three|levers|options|shocks))\\b|\\bone at a time\\b|\\bseparately\\b|\\bbigger lever\\b");
    /** Where the levers' span starts and ends: a clause's edge. */
    private static final Pattern EDGE = Pattern.compile("[:;?!()\\n\u2013\u2014]|[.,](?!\\d)|\\s-\\s");
    /** A lever moves something: a figure, or a word of change. */
    private static final Pattern CHANGE = Pattern.compile(
            "\\d|\\b(?:higher|lower|cut|cuts|shortened|lengthened|doubled?|halved?|up|down|trimmed?|raised?|lowered?|upsized?|downsized?|flat|back)\\b");
    private static final int MAX_LEVERS = 3;

    /**
     * @param legs    the question once per lever, without the other levers and without the ranking clause
     * @param levers  each lever as written ("capture +10pts")
     * @param neither the question without any lever: the point each lever is measured from
     */
    record Found(List<String> legs, List<String> levers, String neither) {
    }

    private Levers() {
    }

    /** Whether the text may hold levers or name the thread's again: a cheap look before the text is normalised and read. */
    static boolean mayAsk(String lower, boolean threadHasLevers) {
        return RANKING.matcher(lower).find() || threadHasLevers && AGAIN.matcher(lower).find();
    }

    static Optional<Found> find(String normalised) {
        Matcher rank = RANKING.matcher(normalised);
        if (!rank.find()) {
            return Optional.empty();
        }
        Optional<Found> labelled = labelled(normalised);
        if (labelled.isPresent()) {
            return labelled;
        }
        String s = normalised;
        Matcher between = BETWEEN.matcher(s);
        List<int[]> gaps = new ArrayList<>();
        while (between.find()) {
            gaps.add(new int[] {between.start(), between.end()});
        }
        for (int[] first : gaps) {
            int start = edgeBefore(s, first[0]);
            List<int[]> spans = new ArrayList<>();
            int from = start;
            int[] gap = first;
            while (gap != null && spans.size() < MAX_LEVERS) {
                spans.add(new int[] {from, gap[0]});
                from = gap[1];
                int end = edgeAfter(s, from);
                int[] next = null;
                for (int[] g : gaps) {
                    if (g[0] >= from && g[1] <= end) {
                        next = g;
                        break;
                    }
                }
                if (next == null) {
                    spans.add(new int[] {from, end});
                }
                gap = next;
            }
            if (spans.size() < 2 || spans.size() > MAX_LEVERS) {
                continue;
            }
            List<String> levers = new ArrayList<>(spans.stream().map(p -> s.substring(p[0], p[1]).strip().replaceAll("[,;]$", "").strip()).toList());
            // "round done at a 1.1T post vs at a 1.1T pre": a lever that starts with its preposition takes the first one's head
            Matcher head = HEAD.matcher(levers.get(0));
            for (int k = 1; k < levers.size() && head.lookingAt(); k++) {
                if (PREPOSITION_FIRST.matcher(levers.get(k)).lookingAt()) {
                    levers.set(k, head.group(1) + " " + levers.get(k));
                }
            }
            if (levers.stream().anyMatch(l -> l.isEmpty() || !CHANGE.matcher(l).find() || Amounts.find(l).isEmpty() && !l.matches(".*\\b(?:cut|shortened|doubled?|halved?|higher|lower)\\b.*"))) {
                continue;
            }
            int spanStart = spans.get(0)[0];
            int spanEnd = spans.get(spans.size() - 1)[1];
            List<String> legs = new ArrayList<>();
            for (String lever : levers) {
                legs.add(withoutRanking(s.substring(0, spanStart) + lever + s.substring(spanEnd)));
            }
            // (each lever's own words replace the span of all of them; see labelled() for "lever 1: … lever 2: …")
            String neither = withoutRanking(s.substring(0, spanStart) + s.substring(spanEnd));
            return Optional.of(new Found(legs, levers, neither));
        }
        return Optional.empty();
    }

    /** The levers named again: "same two deltas", "same levers", "same q", "same but bull", "now as the multiple", "rank all three". */
    private static final Pattern AGAIN = Pattern.compile(
            "\\bsame (?:two |2 |three |3 |both )?(?:deltas|levers|shocks|changes|moves|bumps|tweaks|swings|q|question|thing|exercise|comparison)\\b"
                    + "|^(?:ok |so |and |now )?same but\\b|\\bnow as (?:the |a )?\\w+|\\brank (?:all|both|them|the)\\b|\\b(?:add|adding) (?:a |another |one more )?(?:3rd|third|4th|fourth|new|extra|another)? ?lever\\b");
    private static final Pattern SAME = Pattern.compile(
            ",?\\s*\\b(?:with |keep |keeping |run |do )?(?:the )?same (?:two |2 |three |3 |both )?(?:deltas|levers|shocks|changes|moves|bumps|tweaks|swings|q|question|thing|exercise|comparison)\\b(?: as before)?,?");
    /** A lever added: "add a 3rd lever, oai exit back up to the 830". */
    private static final Pattern ADDED = Pattern.compile(
            "\\b(?:add|adding) (?:a |another |one more )?(?:3rd|third|4th|fourth|new|extra|another)? ?lever\\s*[:,-]?\\s*(?<lever>[^,;.?!\\n\u2013\u2014]+?)(?=\\s*(?:[,;.?!\\n\u2013\u2014]|\\s-\\s|$))");

    /**
     * A follow-up that pulls the thread's levers again, in its own state ("now in bear, same two deltas", "same q but
     * base", "now as the multiple"), with a lever it adds: each lever's question is the follow-up with that lever after it.
     */
    static Optional<Found> again(String normalised, List<String> kept) {
        if (kept.isEmpty() || !AGAIN.matcher(normalised).find() || find(normalised).isPresent()) {
            return Optional.empty();
        }
        List<String> levers = new ArrayList<>(kept);
        String rest = normalised;
        Matcher added = ADDED.matcher(rest);
        if (added.find()) {
            if (levers.size() >= MAX_LEVERS + 1) {
                return Optional.empty();
            }
            levers.add(added.group("lever").strip());
            rest = (rest.substring(0, added.start()) + rest.substring(added.end())).strip();
        }
        rest = RANKING.matcher(SAME.matcher(rest).replaceAll(" ")).replaceAll(" ").replaceAll("\\b(?:rank )?(?:all|both|them all) (?:three|3|four|4|of them)?\\b", " ")
                .replaceAll("^[\\s,;:\\-]+|[\\s,;:\\-]+$", "").replaceAll("\\s+", " ").strip();
        List<String> legs = new ArrayList<>();
        for (String lever : levers) {
            legs.add(rest.isEmpty() ? lever : rest + ", " + lever);
        }
        return Optional.of(new Found(legs, levers, rest.isEmpty() ? "same again" : rest));
    }

    /** "lever 1: oai exits at 1.4T. lever 2: a check of 60bn instead.": levers by number or letter, each to its sentence's end. */
    private static final Pattern LABEL = Pattern.compile("\\b(?:lever|option|shock|scenario|move|change) ?(?:[1-4]|one|two|three|four|[a-d])\\s*[:)\\-]\\s*");

    private static Optional<Found> labelled(String s) {
        Matcher m = LABEL.matcher(s);
        List<int[]> labels = new ArrayList<>();
        while (m.find()) {
            labels.add(new int[] {m.start(), m.end()});
        }
        if (labels.size() < 2 || labels.size() > MAX_LEVERS) {
            return Optional.empty();
        }
        List<String> levers = new ArrayList<>();
        int spanEnd = 0;
        for (int i = 0; i < labels.size(); i++) {
            int from = labels.get(i)[1];
            int to = i + 1 < labels.size() ? labels.get(i + 1)[0] : edgeAfter(s, from);
            String lever = s.substring(from, to).replaceAll("[\\s.;,]+$", "").strip();
            if (lever.isEmpty() || !CHANGE.matcher(lever).find()) {
                return Optional.empty();
            }
            levers.add(lever);
            spanEnd = to;
        }
        int spanStart = labels.get(0)[0];
        List<String> legs = new ArrayList<>();
        for (String lever : levers) {
            legs.add(withoutRanking(s.substring(0, spanStart) + lever + ". " + s.substring(spanEnd)));
        }
        return Optional.of(new Found(legs, levers, withoutRanking(s.substring(0, spanStart) + s.substring(spanEnd))));
    }

    /** A lever's head, the words before its first preposition ("round done" of "round done at a 1.1T post"). */
    private static final Pattern HEAD = Pattern.compile("^([a-z][\\w' -]*?)\\s+(?=(?:at|to|of|by|with|on|in|from)\\b)");
    private static final Pattern PREPOSITION_FIRST = Pattern.compile("^(?:at|to|of|by|with|on|in|from)\\b");

    /** Where the clause that ends at {@code at} starts: after the last edge before it that leaves words ("bull's, or" is one clause). */
    private static int edgeBefore(String s, int at) {
        int start = 0;
        Matcher e = EDGE.matcher(s);
        while (e.find() && e.end() <= at) {
            if (!s.substring(e.end(), at).isBlank()) {
                start = e.end();
            }
        }
        return start;
    }

    /** Where the clause holding {@code at} starts: after the last edge before it. */
    private static int clauseStart(String s, int at) {
        int start = 0;
        Matcher e = EDGE.matcher(s);
        while (e.find() && e.end() <= at) {
            start = e.end();
        }
        return start;
    }

    private static int edgeAfter(String s, int from) {
        Matcher e = EDGE.matcher(s);
        return e.find(from) ? e.start() : s.length();
    }

    /** The text without the clause that asks for the ranking ("which is bigger", "- rank them"). */
    static String withoutRanking(String text) {
        for (int i = 0; i < MAX_LEVERS; i++) {
            Matcher rank = RANKING.matcher(text);
            if (!rank.find()) {
                break;
            }
            int start = clauseStart(text, rank.start());
            int end = edgeAfter(text, rank.end());
            text = text.substring(0, start).replaceAll("[\\s,;:\u2013\u2014-]+$", "") + " " + text.substring(end).replaceAll("^[\\s,;:.\u2013\u2014-]+", "");
        }
        return text.strip();
    }
}
