package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;

/**
 * Traffic-light bands an asker grades a number by: "aws profit on the oai compute - G >=25b, A 15-25, R <15", "bull
 * breakeven capture: G under 90%, A 90-110, R above 110", "vs my 60 G / 40 R cutoffs". The bands are marks to measure
 * against, never inputs: they are taken out of the question, the number is answered as usual, and the answer then says
 * which band it falls in. A colour named as a goal ("what margin gets it out of R", "what exit gets bear up to the A line
 * (40b)") is said as the figure at that band's edge. The bands last in the thread ({@link Frames}), so "colour now?" or
 * "still R?" after a change is graded the same way.
 */
final class Lights {
    enum Colour {
        G("green"), A("amber"), R("red");

        final String word;

        Colour(String word) {
            this.word = word;
        }
    }

    /** A band: its lower and upper edges (null: open), in the legend's own unit. */
    record Band(BigDecimal low, BigDecimal high, boolean highIn) {
        Band(BigDecimal low, BigDecimal high) {
            this(low, high, low != null && high != null);
        }

        /** Lower edges belong to their band; an upper edge only when said so ("5y or less", "<=", "15-25"). */
        boolean holds(BigDecimal v) {
            return (low == null || v.compareTo(low) >= 0) && (high == null || v.compareTo(high) < 0 || highIn && v.compareTo(high) == 0);
        }

        String said(String unit) {
            return low == null ? (highIn ? fig(high, unit) + " or less" : "under " + fig(high, unit))
                    : high == null ? fig(low, unit) + " or more" : fig(low, unit) + " to " + fig(high, unit);
        }
    }

    /** The question without the bands, the bands, their words (kept for the thread), and their unit ("%", "b", "x" or ""). */
    record Found(String question, Map<Colour, Band> bands, String words, String unit) implements Reframing {
        @Override
        public Optional<String> kept() {
            return Optional.of(words);
        }

        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty() || !a.clarify().isEmpty()) {
                return a;
            }
            // (a solved answer's goal, not the input solved: "what exit gets the payoff to G" is graded on the payoff)
            MetricResult first = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC).findFirst().orElse(a.results().get(0));
            BigDecimal v = inLegend(first, unit);
            if (v == null) {
                return RoutingAssistant.withNote(a, "I couldn't grade " + first.label() + " by your colours: they are in "
                        + (unit.isEmpty() ? "plain numbers" : unit) + ", and it is " + first.display() + ".");
            }
            List<MetricResult> graded = a.results().stream().filter(r -> r.metric().equals(first.metric()) && r.kind() == first.kind()).toList();
            if (graded.size() > 1) {
                // the same number in several cases ("stake value bear vs base vs bull"): each case graded
                List<String> each = new ArrayList<>();
                for (MetricResult r : graded) {
                    Colour c = colourOf(inLegend(r, unit));
                    each.add(r.scenario() + " " + r.display() + ": " + (c == null ? "no band" : "*" + c.name() + "*"));
                }
                return RoutingAssistant.withNote(a, first.label() + " by your colours (" + legend() + "): " + String.join("; ", each) + ".");
            }
            Colour c = colourOf(v);
            return RoutingAssistant.withNote(a, c == null ? first.label() + " " + first.display() + " falls in none of your bands (" + legend() + ")."
                    : "*" + c.name() + "* (" + c.word + "): " + first.label() + " " + first.display() + " is in your " + c.name() + " band ("
                    + bands.get(c).said(unit) + ").");
        }

        private Colour colourOf(BigDecimal v) {
            if (v == null) {
                return null;
            }
            for (Map.Entry<Colour, Band> e : bands.entrySet()) {
                if (e.getValue().holds(v)) {
                    return e.getKey();
                }
            }
            return null;
        }

        String legend() {
            List<String> out = new ArrayList<>();
            bands.forEach((c, b) -> out.add(c.name() + " " + b.said(unit)));
            return String.join(", ", out);
        }
    }

    private static final String NUM = "\\d+(?:\\.\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(NUM);
    private static final String UNIT = "(?:\\s?(?:%|x|bn|b|billion|t|tn|trillion|pts?|yrs?|y)(?![a-z]))?";
    private static final String FIG = "\\$?" + NUM + UNIT;
    /** A colour: the capital letter alone (not "a" the article), or the word. */
    private static final String COLOUR = "(?:(?-i:\\b[GAR]\\b)|\\b(?:green|amber|red|yellow)\\b)";
    private static final String OP = "(?:>=|<=|=>|=<|>|<|\u2265|\u2264|under|below|over|above|from|at least|at most|up to|less than|more than|at|is|=|:|if)";
    /** "G >=25b", "A 15-25", "R <15", "R below 15b", "G at 30b+", "green over 20". */
    private static final Pattern COLOUR_FIRST = Pattern.compile(
            "(?<c>" + COLOUR + ")\\s*(?<op>" + OP + ")?\\s*(?<lo>" + FIG + ")(?:\\s*(?:-|\u2013|to)\\s*(?<hi>" + FIG + "))?(?<plus>\\+)?(?<orless>\\s+or (?:less|under|below|lower))?(?<ormore>\\s+or (?:more|over|above|higher))?",
            Pattern.CASE_INSENSITIVE);
    /** "60 G / 40 R", "25b+ green": the figure first. */
    private static final Pattern FIGURE_FIRST = Pattern.compile("(?<lo>" + FIG + ")(?<plus>\\+)?\\s*(?<c>" + COLOUR + ")(?!\\s*(?:" + OP + ")?\\s*\\$?\\d)",
            Pattern.CASE_INSENSITIVE);
    /** Words around the bands that ask nothing: "colour now?", "still A.", "vs my … cutoffs", "RAG". */
    private static final Pattern REMARK = Pattern.compile(
            "\\b(?:colou?r|rag|status|grade|rating)(?: (?:now|then|pls|please|it))?\\s*\\?|(?:^|[.,;-]\\s*)(?:still|so|now|ok|that's|thats) " + COLOUR + "[.?!]?(?=\\s|$)"
                    + "|\\b(?:vs\\.?|versus|against|by) (?:my|our|the) (?=\\s*(?:cutoffs|thresholds|bands|bars|colours|colors))|\\b(?:cutoffs|thresholds|rag bands|colou?r bands)\\b|\\brag\\b",
            Pattern.CASE_INSENSITIVE);
    /** A colour named as a goal with its figure: "the A line (40b)", "to G (25b)". */
    private static final Pattern GOAL_WITH_FIGURE = Pattern.compile("(?:the )?" + COLOUR + "(?: line| band| zone| threshold| level| mark| bar)?\\s*\\((?<f>" + FIG + ")\\)",
            Pattern.CASE_INSENSITIVE);
    /** A colour named as a goal without one: "get out of R", "into G", "up to the A line". */
    private static final Pattern GOAL = Pattern.compile(
            "\\b(?<dir>out of|clear of|above|past|into|to|reach|hit|back to|up to|down to)\\s+(?:the\\s+)?(?<c>" + COLOUR + ")(?: line| band| zone| threshold| level| mark| bar)?(?!\\w)",
            Pattern.CASE_INSENSITIVE);

    /** Words that leave the bands: "forget the colours", "drop the RAG", "no more traffic lights". */
    static final Pattern LEAVE = Pattern.compile(
            "\\b(?:forget|drop|ignore|scrap|lose|no more|without|w/o)(?: the| my| your| those| these)? (?:colou?rs|colou?r bands|rag(?: bands)?|traffic[- ]lights?|bands|cutoffs|thresholds)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern LETTER = Pattern.compile("(?-i:[GAR])\\b");

    private Lights() {
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        Map<Colour, Band> bands = new EnumMap<>(Colour.class);
        Map<Colour, Boolean> above = new EnumMap<>(Colour.class); // (a lone figure: which side of it the colour is, when known)
        StringBuilder words = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        String unit = null;
        boolean compared = false;
        Matcher m = COLOUR_FIRST.matcher(text);
        while (m.find()) {
            Colour c = colour(m.group("c"));
            if (c == null || bands.containsKey(c)) {
                continue;
            }
            String op = m.group("op") == null ? "" : m.group("op").toLowerCase(Locale.ROOT);
            BigDecimal lo = number(m.group("lo"));
            BigDecimal hi = m.group("hi") == null ? null : number(m.group("hi"));
            unit = unit == null || unit.isEmpty() ? unitOf(m.group("lo"), m.group("hi")) : unit;
            Band b;
            if (hi != null) {
                b = new Band(lo.min(hi), lo.max(hi));
            } else if (m.group("plus") != null || m.group("ormore") != null || op.matches(">=|=>|>|\u2265|over|above|from|at least|more than")) {
                b = new Band(lo, null);
            } else if (m.group("orless") != null || op.matches("<=|=<|<|\u2264|under|below|at most|up to|less than")) {
                b = new Band(null, lo, m.group("orless") != null || op.matches("<=|=<|\u2264|at most|up to"));
            } else {
                b = new Band(lo, lo); // a lone figure: its side is worked out from the other bands
            }
            compared = compared || !isLone(b);
            bands.put(c, b);
            spans.add(new int[] {m.start(), m.end()});
            words.append(words.length() == 0 ? "" : ", ").append(m.group().strip());
        }
        Matcher f = FIGURE_FIRST.matcher(text);
        while (f.find()) {
            Colour c = colour(f.group("c"));
            if (c == null || bands.containsKey(c) || overlaps(spans, f.start(), f.end())) {
                continue;
            }
            BigDecimal lo = number(f.group("lo"));
            unit = unit == null || unit.isEmpty() ? unitOf(f.group("lo"), null) : unit;
            bands.put(c, f.group("plus") != null ? new Band(lo, null) : new Band(lo, lo));
            spans.add(new int[] {f.start(), f.end()});
            words.append(words.length() == 0 ? "" : ", ").append(f.group().strip());
        }
        if (bands.isEmpty() || bands.size() == 1 && !(compared && LETTER.matcher(words).lookingAt())) {
            // (one band alone only as a capital letter with a comparison: "G over 1.2x", "G if 5y or less", "G at 30b+")
            return Optional.empty();
        }
        settle(bands);
        StringBuilder q = new StringBuilder(text);
        spans.sort((x, y) -> y[0] - x[0]);
        for (int[] s : spans) {
            q.replace(s[0], s[1], " ");
        }
        String rest = REMARK.matcher(q.toString()).replaceAll(" ");
        rest = goals(rest, bands, unit == null ? "" : unit);
        rest = rest.replaceAll("(?:\\s*[,/;|-]\\s*){2,}", ", ").replaceAll("\\s*[,/;|-]\\s*$", "").replaceAll("^\\s*[,/;|-]\\s*", "");
        rest = Reframing.tidy(rest);
        return Optional.of(new Found(rest.isBlank() ? "same question again" : rest, bands, words.toString(), unit == null ? "" : unit));
    }

    /**
     * Lone figures made bands: two cut-offs and three colours ("60 G / 40 R") leave amber between; a colour whose figure
     * is the edge of another band is on the far side of it.
     */
    private static void settle(Map<Colour, Band> bands) {
        Band g = bands.get(Colour.G);
        Band r = bands.get(Colour.R);
        if (g != null && r != null && isLone(g) && isLone(r)) {
            boolean greenHigh = g.low().compareTo(r.low()) > 0;
            bands.put(Colour.G, greenHigh ? new Band(g.low(), null) : new Band(null, g.low()));
            bands.put(Colour.R, greenHigh ? new Band(null, r.low()) : new Band(r.low(), null));
            if (!bands.containsKey(Colour.A)) {
                bands.put(Colour.A, new Band(greenHigh ? r.low() : g.low(), greenHigh ? g.low() : r.low()));
            }
        }
        for (Colour c : Colour.values()) {
            Band b = bands.get(c);
            if (b == null || !isLone(b)) {
                continue;
            }
            // "R below 15b, A from 15b": a lone figure beside a band whose edge it is, on the other side of it
            boolean below = bands.values().stream().anyMatch(o -> o != b && o.low() != null && o.low().compareTo(b.low()) >= 0 && !isLone(o));
            bands.put(c, below ? new Band(null, b.low()) : new Band(b.low(), null));
        }
    }

    private static boolean isLone(Band b) {
        return b.low() != null && b.high() != null && b.low().compareTo(b.high()) == 0;
    }

    /** Colours named as goals said as the figure at their band's edge. */
    private static String goals(String text, Map<Colour, Band> bands, String unit) {
        Matcher w = GOAL_WITH_FIGURE.matcher(text);
        StringBuilder said = new StringBuilder();
        while (w.find()) {
            w.appendReplacement(said, Matcher.quoteReplacement(w.group("f")));
        }
        w.appendTail(said);
        String s = said.toString();
        Matcher g = GOAL.matcher(s);
        StringBuilder out = new StringBuilder();
        while (g.find()) {
            Colour c = colour(g.group("c"));
            Band b = c == null ? null : bands.get(c);
            if (b == null) {
                g.appendReplacement(out, Matcher.quoteReplacement(g.group()));
                continue;
            }
            String dir = g.group("dir").toLowerCase(Locale.ROOT);
            BigDecimal edge;
            if (dir.equals("out of") || dir.equals("clear of") || dir.equals("above") || dir.equals("past")) {
                edge = b.high() != null ? b.high() : b.low(); // out of a band: its edge toward the rest
            } else {
                edge = b.low() != null ? b.low() : b.high(); // into a band: its nearer edge, the lower one when both
            }
            g.appendReplacement(out, Matcher.quoteReplacement("to " + fig(edge, unit)));
        }
        g.appendTail(out);
        return out.toString();
    }

    /** The result's value in the legend's unit: a share in percent when the legend's figures are percents (or bare and above one). */
    static BigDecimal inLegend(MetricResult r, String unit) {
        Unit u = r.unit();
        if (u == Unit.RATIO) {
            return unit.equals("%") || unit.isEmpty() ? r.value().movePointRight(2) : null;
        }
        if (u == Unit.USD_BILLIONS) {
            return unit.equals("b") || unit.isEmpty() ? r.value() : unit.equals("t") ? r.value().movePointLeft(3) : null;
        }
        if (u == Unit.MULTIPLE) {
            return unit.equals("x") || unit.isEmpty() ? r.value() : null;
        }
        if (u == Unit.YEARS) {
            return unit.equals("y") || unit.isEmpty() ? r.value() : null;
        }
        return null;
    }

    private static String unitOf(String a, String b) {
        for (String s : new String[] {a, b}) {
            if (s == null) {
                continue;
            }
            String t = s.toLowerCase(Locale.ROOT).replaceAll("[\\d.$\\s]", "");
            if (t.startsWith("%") || t.startsWith("pt")) {
                return "%";
            }
            if (t.equals("x")) {
                return "x";
            }
            if (t.startsWith("b")) {
                return "b";
            }
            if (t.startsWith("t")) {
                return "t";
            }
            if (t.startsWith("y")) {
                return "y";
            }
        }
        return "";
    }

    private static BigDecimal number(String s) {
        Matcher n = NUMBER.matcher(s);
        return n.find() ? new BigDecimal(n.group()) : BigDecimal.ZERO;
    }

    private static Colour colour(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "g", "green" -> Colour.G;
            case "a", "amber", "yellow" -> Colour.A;
            case "r", "red" -> Colour.R;
            default -> null;
        };
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> start < s[1] && s[0] < end);
    }

    private static String fig(BigDecimal v, String unit) {
        String n = v.stripTrailingZeros().toPlainString();
        return switch (unit) {
            case "%" -> n + "%";
            case "b" -> "$" + n + "B";
            case "t" -> "$" + n + "T";
            case "x" -> n + "x";
            case "y" -> n + " years";
            default -> n;
        };
    }
}
