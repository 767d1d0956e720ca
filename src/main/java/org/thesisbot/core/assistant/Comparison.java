package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.Amounts;

/**
 * A question that asks the same thing at two values, one after "vs" ("stake at a $1.1T post vs the 830 post", "irr held
 * 7y vs held 4y", "exit for a 3x vs a 2x", "underwater 10b vs 10b up"): split into the question as asked and the same
 * question at the other value, each answered as a question of its own and shown side by side. The other value replaces
 * the last figure of its kind before "vs"; when what follows "vs" starts with its figure, it replaces that figure and the
 * words after it ("10b underwater on the stake vs 10b up" asks "… is 10b up"). The other side may also be the model's own
 * values ("… if the check were 10bn vs as is": the question without the condition that sets the figure) or a value the
 * thread set ("our % at that post vs the 830"). Two amounts compared with each other ("aws revenue vs the 50 check") have
 * no figure before "vs" and point at none, and are left whole, as are scenarios ("bear vs base").
 */
final class Comparison {
    /**
     * The question at the first value, the question at the second, and how each names its value.
     *
     * @param levers whether the sides are two levers (headed by their own words), not one value and another
     * @param lever the other reading, when the second value names an input the first side's words do not ("aws revenue if
     *              capture is 40% vs margin at 30%"): each side one change of its own, not the second value put in the
     *              first's place; null when the second value has no name of its own
     */
    record Sides(String first, String second, String firstLabel, String secondLabel, Lever lever, boolean levers) {
        Sides(String first, String second, String firstLabel, String secondLabel) {
            this(first, second, firstLabel, secondLabel, null, false);
        }

        Sides(String first, String second, String firstLabel, String secondLabel, Lever lever) {
            this(first, second, firstLabel, secondLabel, lever, false);
        }

        /** The same sides, the second being the other change instead of the first's value replaced. */
        Sides asLevers() {
            return new Sides(first, lever.second(), lever.left(), lever.right(), null, true);
        }

        /** How a side is headed: "At 1.2t" for a value, "Capture at 50%" for a lever, which names its input. */
        String heading(String label) {
            return levers ? Character.toUpperCase(label.charAt(0)) + label.substring(1) : "At " + label;
        }
    }

    /**
     * Two changes set against each other, each its own lever: the second side is the question with the first change's
     * clause ("if capture is 40%") replaced by the second ("with margin at 30%").
     *
     * @param left   the first change as written ("capture is 40%")
     * @param right  the second change as written ("margin at 30%")
     * @param second the question with the second change in place of the first
     */
    record Lever(String left, String right, String second) {
    }

    private static final Pattern VERSUS = Pattern.compile("\\s(?:vs\\.?|versus|v\\.|compared (?:to|with)|as opposed to)\\s",
            Pattern.CASE_INSENSITIVE);
    /** Where the second value's clause ends: a dash, a comma, a question mark, "and", a full stop, "(". */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s[-\u2013\u2014]\\s|[,;?!(]|\\s(?:and|but|&|i\\.e\\.)\\s|\\.(?=\\s|$)");
    private static final String UNIT = "%|x|\u00d7|bn|b|tn|t|trillions?|billions?|millions?|tril|bil|k|mn|mm|m|y|yrs?|years?|pct|percent|bps|pp|points?";
    private static final Pattern FIGURE = Pattern.compile(
            "(?<![\\w.$])([$~]?\\d[\\d,]*(?:\\.\\d+)?)(\\s?(?:" + UNIT + "))?(?![\\w%\u00d7])", Pattern.CASE_INSENSITIVE);
    /** Words before a value that only set it: "the 830", "a 1.5t exit". */
    private static final Pattern LEADING = Pattern.compile("^(?:the|a|an|just|only|exactly|say)\\s+", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TAIL_WORDS = 5;

    private Comparison() {
    }

    /** A signed figure set against the value in force, a variance: "exit -20% vs article", "capture +8pts vs budget". */
    private static final Pattern VARIANCE = Pattern.compile(
            "(?:^|[\\s(])[+\\-\u2212]\\$?\\d[\\d.,]*\\s?[a-z%]*\\s(?:vs\\.?|versus|compared (?:to|with))\\s(?:the\\s|our\\s)?"
                    + "(?:article|piece|source|budget|plan|base|model|current|assumption)", Pattern.CASE_INSENSITIVE);

    static Optional<Sides> sides(String text) {
        Optional<List<String>> halves = halves(text);
        if (halves.isEmpty()) {
            return Optional.empty();
        }
        String left = halves.get().get(0);
        String rest = halves.get().get(1);
        Matcher end = CLAUSE_END.matcher(rest);
        int cut = end.find() ? end.start() : rest.length();
        String right = rest.substring(0, cut).strip();
        String tail = rest.substring(cut);
        Figure r = first(right);
        if (r == null) {
            return asModelled(left, right, tail);
        }
        Figure l = lastOfKind(left, r);
        if (l == null) {
            return pointedAt(left, r, tail);
        }
        String bare = strip(right);
        String leftTail = left.substring(l.end);
        String second;
        String firstLabel;
        String secondLabel;
        // "15bn a yr of compute rev vs 20bn a yr": words after the value that only repeat the first value's are no words of its own
        String extra = bare.startsWith(r.text) ? bare.substring((r.text + r.unit).length()).strip() : "";
        boolean ownWords = bare.startsWith(r.text) && !extra.isEmpty() && !leftTail.strip().startsWith(extra);
        if (ownWords && words(leftTail) <= MAX_TAIL_WORDS && !leftTail.contains(",")) {
            // "10b underwater on the stake vs 10b up": the value and the words after it
            second = left.substring(0, l.start) + bare + tail;
            firstLabel = l.text + l.unit + leftTail;
            secondLabel = bare;
        } else {
            String value = r.unit.isEmpty() && !l.money() ? r.text + l.unit : r.text + r.unit;
            second = left.substring(0, l.start) + value + leftTail + tail;
            firstLabel = l.text + l.unit;
            secondLabel = value;
        }
        String first = left + tail;
        if (first.strip().isEmpty() || second.equalsIgnoreCase(first)) {
            return Optional.empty();
        }
        return Optional.of(new Sides(first.strip(), second.strip(), firstLabel.strip(), secondLabel.strip(), lever(left, bare, r, l, tail)));
    }

    /** Where a change's clause starts: "if capture is 40%", "with margin at 30%", "assuming a 6y hold". */
    private static final Pattern CHANGE_START = Pattern.compile("\\b(?:if|with|at|assuming|when|given|under|on|using)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Words around a value that name no input: "margin goes to 30%" names the margin only. */
    private static final Pattern LINKING = Pattern.compile(
            "(?:at|of|is|are|was|were|be|to|=|@|with|if|by|in|on|for|goes|going|went|gets?|set|moves?|its|our|their|a|an|the|from|up|down|"
                    + "and|just|only|say|instead|rather|than|then|now|had|has|have)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile("[a-z][a-z'-]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD_START = Pattern.compile("\\b[a-z]");

    /**
     * The other reading of "A vs B" when B's value comes after words of its own that the question before "vs" never uses
     * ("… if capture is 40% vs margin at 30%": "margin" is not in the first side): the second side asks the question with
     * the first change's clause, from the word that opens it ("if", "with", "at") to its value, replaced by the second
     * change. Whether the two are really different inputs is for the reader to say ({@link RoutingAssistant}); null when B
     * has no words of its own before its value, or the first value's clause has no opening word after the last figure or
     * comma before it.
     */
    private static Lever lever(String left, String bare, Figure r, Figure l, String tail) {
        int at = bare.indexOf(r.text);
        if (at <= 0) {
            return null;
        }
        String before = left.substring(0, l.start).toLowerCase(Locale.ROOT);
        List<Integer> starts = new ArrayList<>();
        for (Matcher w = WORD_START.matcher(before); w.find(); ) {
            starts.add(w.start());
        }
        boolean own = false;
        for (Matcher w = WORD.matcher(bare.substring(0, at)); w.find(); ) {
            String word = w.group().toLowerCase(Locale.ROOT);
            // a word of its own: the first side has it at no word start ("margin" is in "margins")
            if (!LINKING.matcher(word).matches() && starts.stream().noneMatch(i -> before.startsWith(word, i))) {
                own = true;
            }
        }
        if (!own) {
            return null;
        }
        int from = 0;
        for (Figure f : figures(left)) {
            if (f.end <= l.start) {
                from = f.end;
            }
        }
        int comma = left.lastIndexOf(',', l.start);
        from = Math.max(from, comma + 1);
        Matcher open = CHANGE_START.matcher(left);
        if (!open.find(from) || open.start() >= l.start) {
            return null;
        }
        int start = open.start();
        String leftTail = left.substring(l.end);
        // "stake at a 1t exit vs post at 1t": the noun after the first value is the first change's too
        String keep = words(leftTail) == 1 ? "" : leftTail;
        // (the change as written, without the word that opens its clause)
        String leftLabel = (left.substring(open.end(), l.end) + (keep.isEmpty() ? leftTail : "")).strip();
        String second = left.substring(0, start) + "with " + bare + keep + tail;
        return new Lever(leftLabel, bare.strip(), second.strip());
    }

    /** The model's own values, said after "vs": "as is", "base", "the 35 you have" (with its figure, handled as a value). */
    private static final Pattern AS_MODELLED = Pattern.compile(
            "^(?:the |your |our )?(?:as[- ]is|base(?: case)?|current(?: numbers?| values?| model)?|status quo|model(?:'s)?(?: own)?"
                    + "(?: numbers?| values?| assumptions?)?|defaults?|what you (?:have|use|assume)(?: now)?|(?:your|the) (?:own )?assumptions?)\\W*$",
            Pattern.CASE_INSENSITIVE);
    /** Where the condition that sets a figure begins: "if …", "at …", "with …", "assuming …". */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|at|with|assuming|when|given|under|on)\\b", Pattern.CASE_INSENSITIVE);
    /** A value the thread set, pointed at: "at that post", "the same exit". */
    private static final Pattern POINTED = Pattern.compile(
            "\\b(?:that|this|the same|same)\\s+(exit(?: valuation)?|post(?:-money)?|pre(?:-money)?|valuation|margin|hold|check|round|raise|spend|capex)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * "oai/anthropic multiple if the anthropic check was 12bn not 8 vs as is": the second side is the question without the
     * condition that sets the first side's figure, at the model's own values. Empty when nothing is left of the question,
     * or no figure before "vs" (scenarios, "bear vs base", stay one question).
     */
    private static Optional<Sides> asModelled(String left, String right, String tail) {
        List<Figure> all = figures(left);
        if (!AS_MODELLED.matcher(right).matches() || all.isEmpty()) {
            return Optional.empty();
        }
        Figure l = all.get(all.size() - 1);
        int from = -1;
        Matcher c = CONDITION.matcher(left);
        while (c.find() && c.start() < l.start) {
            from = c.start();
        }
        String second = from < 0 ? "" : left.substring(0, from).strip();
        if (second.replaceAll("\\W", "").length() < 3) {
            return Optional.empty();
        }
        return Optional.of(new Sides((left + tail).strip(), (second + tail).strip(), (l.text + l.unit).strip(), "the model's values"));
    }

    /**
     * "and amzn's % at that post vs the 830": the first side keeps the thread's value, the second puts the figure where the
     * question points at it ("at 830 post").
     */
    private static Optional<Sides> pointedAt(String left, Figure r, String tail) {
        Matcher p = POINTED.matcher(left);
        int start = -1;
        int end = -1;
        String noun = null;
        while (p.find()) {
            start = p.start();
            end = p.end();
            noun = p.group(1);
        }
        if (noun == null) {
            return Optional.empty();
        }
        String value = r.text + r.unit;
        String second = left.substring(0, start) + value + " " + noun + left.substring(end) + tail;
        return Optional.of(new Sides((left + tail).strip(), second.strip(), left.substring(start, end), value));
    }

    /**
     * The question's two halves about "vs" ("implied pre-money vs amazon's cut of the raise"), for two amounts asked side by
     * side; empty without exactly one "vs" or with an empty half.
     */
    /**
     * The same ask again under another condition, joined with "and" ("what exit do we need if the stake is marked after 4
     * years, and what exit if it's marked after 6?", "… at a 1T post, and what about at 1.2T?"): said as the question
     * against the other condition, "… after 4 years vs if it's marked after 6". The ask repeated must be the question's own
     * words ("what exit"), or none ("and what about if …", "and if …").
     */
    private static final Pattern AGAIN_IF = Pattern.compile(
            "^(?<q>.{10,400}?)[,;]?\\s+and\\s+(?:(?:what|how much|how many)\\s+(?:about\\s+)?(?<w>[a-z$][a-z$ '-]{0,40}?)?\\s*)?(?<c>(?:if|when|with|at|for|on|over)\\s+[^?;]{1,160}?)\\s*\\?*\\s*$",
            Pattern.CASE_INSENSITIVE);

    static String againIf(String text) {
        if (text == null || text.length() > 600 || VERSUS.matcher(text).find()) {
            return text;
        }
        Matcher m = AGAIN_IF.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        String q = m.group("q");
        String w = m.group("w") == null ? "" : m.group("w").strip();
        String lower = q.toLowerCase(Locale.ROOT);
        boolean same = w.isEmpty() ? m.group().toLowerCase(Locale.ROOT).matches("(?s).*\\band\\s+(?:what\\s+about\\s+|how\\s+about\\s+)?(?:if|when|at|with)\\b.*")
                : lower.contains("what " + w.toLowerCase(Locale.ROOT)) || lower.contains("how much " + w.toLowerCase(Locale.ROOT));
        String c = m.group("c");
        String word = c.split("\\s+")[0].toLowerCase(Locale.ROOT);
        // (the other condition said as the first was: "if … vs if …", "at … vs at …")
        if (!same || !Pattern.compile("\\b" + word + "\\b", Pattern.CASE_INSENSITIVE).matcher(q).find()) {
            return text;
        }
        return q.strip() + " vs " + c.strip() + "?";
    }

    static Optional<List<String>> halves(String given) {
        String text = againIf(given);
        if (VARIANCE.matcher(Amounts.normalise(text)).find()) {
            return Optional.empty(); // one question at the changed value, not two side by side
        }
        Matcher vs = VERSUS.matcher(text);
        if (!vs.find()) {
            return Optional.empty();
        }
        int at = vs.start();
        int after = vs.end();
        if (vs.find()) {
            return Optional.empty(); // "a vs b vs c": more than two, answered whole
        }
        String left = text.substring(0, at).strip();
        String right = text.substring(after).strip();
        return left.isEmpty() || right.isEmpty() ? Optional.empty() : Optional.of(List.of(left, right));
    }

    private record Figure(String text, String unit, int start, int end) {
        /** A sum of money or a bare number (read as billions), not a percent, multiple or years. */
        boolean money() {
            String u = unit.strip().toLowerCase(Locale.ROOT);
            return u.isEmpty() || text.startsWith("$") || u.matches("bn|b|tn|t|trillions?|billions?|millions?|tril|bil|k|mn|mm|m");
        }

        String kind() {
            String u = unit.strip().toLowerCase(Locale.ROOT);
            if (u.isEmpty()) {
                return text.startsWith("$") ? "money" : "bare";
            }
            if (u.matches("%|pct|percent|bps|pp|points?")) {
                return "percent";
            }
            if (u.matches("x|\u00d7")) {
                return "multiple";
            }
            if (u.matches("y|yrs?|years?")) {
                return "years";
            }
            return "money";
        }

        boolean calendarYear() {
            return unit.isEmpty() && text.matches("(?:19|20)\\d\\d");
        }
    }

    private static List<Figure> figures(String s) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        while (m.find()) {
            Figure f = new Figure(m.group(1), m.group(2) == null ? "" : m.group(2), m.start(), m.end());
            if (!f.calendarYear()) {
                out.add(f);
            }
        }
        return out;
    }

    private static Figure first(String s) {
        List<Figure> all = figures(s);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The last figure before "vs" that the other value can stand for: the same kind, or any amount for a bare number. */
    private static Figure lastOfKind(String left, Figure other) {
        List<Figure> all = figures(left);
        for (int i = all.size() - 1; i >= 0; i--) {
            Figure f = all.get(i);
            String k = f.kind();
            String o = other.kind();
            boolean fits = k.equals(o) || o.equals("bare") || k.equals("bare") && !o.equals("bare") || k.equals("money") && o.equals("money");
            if (fits) {
                return f;
            }
        }
        return null;
    }

    private static String strip(String s) {
        String out = s;
        for (Matcher m = LEADING.matcher(out); m.find(); m = LEADING.matcher(out)) {
            out = out.substring(m.end());
        }
        return out;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
