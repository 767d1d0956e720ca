package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.scenario.InputId;

/**
 * Inputs that move together along one path, as an analyst sets a trade-off out: one input tied to another ("each 10pts of
 * capture above base knocks 5pts off aws's margin", "every extra 10bn on our check pushes the post up 25bn off 830",
 * "capture and margin trade 10pts for 4pts"), or inputs that move a step a year ("capture climbs 5pts a yr from base and
 * margin gives back 2pts a yr"), or OpenAI's value year by year ("grows 30% in yr 1 and the growth rate slows 4pts a yr",
 * "straight line 830 -> 1.6T over 4 yrs", "marks: yr1 900, yr2 1.05T"). The path is read here; what is asked along it
 * ({@link Ask}: where a metric peaks or bottoms out, where it reaches a goal, its value in a year, each year's) is read from
 * the rest of the question, and
 * {@link PathReplies} works it out. The path's own figures are taken out of the question, so nothing else reads a step of
 * a trade-off as an input's value.
 */
final class Paths {
    /** A path: what each of its inputs is at a point {@code s} along it, and the points it may take. */
    sealed interface Path permits Tie, Steps, Grows, Marks {
        /** How the path was written, for the note and the thread. */
        String said();
    }

    /**
     * {@code y} moves by {@code slope} (in its own unit) per unit of {@code x}, from the anchor ({@code x0}, {@code y0});
     * an anchor left null is the scenario's value (or the question's own figure for that input). {@code y0Pre}: the anchor
     * was said as a pre-money, so the post-money it anchors is it plus the round. A point along it is a value of {@code x}.
     */
    record Tie(InputId x, InputId y, BigDecimal slope, BigDecimal x0, BigDecimal y0, boolean y0Pre, String said) implements Path {
    }

    /** One input's step a year from its start (null: the scenario's value). */
    record Step(InputId input, BigDecimal start, BigDecimal perYear) {
    }

    /** Inputs that each move a step a year; a point along it is a whole number of years from the start; {@code years}: how many the path was said over (0: not said). */
    record Steps(List<Step> steps, String said, int years) implements Path {
    }

    /**
     * OpenAI's value over the years held: {@code start} (null: the round's post-money) at year {@code from}, then growing
     * {@code first} in the year after and by {@code change} more each year after that ("grows 30% in yr 1 and the growth
     * rate slows 4pts a yr": first 0.30, change -0.04). A point along it is a whole number of years held.
     */
    record Grows(BigDecimal start, int from, BigDecimal first, BigDecimal change, String said) implements Path {
        /** The value at year {@code t} (from {@code from} on), exactly. */
        BigDecimal at(BigDecimal startValue, int t) {
            BigDecimal v = startValue;
            for (int k = from + 1; k <= t; k++) {
                v = v.multiply(BigDecimal.ONE.add(first).add(change.multiply(BigDecimal.valueOf(k - from - 1))));
            }
            return v;
        }
    }

    /** OpenAI's value marked at given year-ends ("yr1 900, yr2 1.05T, yr3 1.2T"); a point along it is one of those years. */
    record Marks(java.util.SortedMap<Integer, BigDecimal> marks, String said) implements Path {
        Marks {
            marks = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(marks));
        }
    }

    /** What is asked along a path: a peak, a bottom, a goal reached, a year's value, or each year's, as a list. */
    enum Kind { MAX, MIN, GOAL, AT, LIST }

    /**
     * @param kind  a peak, a bottom, a goal reached, or a year's value
     * @param upper for a goal reached at more than one point, the furthest along ("the biggest check that still…", "how far
     *              can capture go") rather than the nearest ("the least capture that…", "how many years before…")
     * @param year  the year asked, for {@link Kind#AT}
     * @param about the words of the clause that names what peaks or is reached ("maximises our dollar gain on the stake"),
     *              for the metric it names
     * @param sense for a goal over whole years: 1 when it is to be reached or passed ("clears 2x", "at least 15%"), -1 when
     *              it is a ceiling ("drops under 15bn"), 0 when it is only to be crossed
     */
    record Ask(Kind kind, boolean upper, int year, String about, int sense) {
    }

    /** The path found, and the question without it. */
    record Found(Path path, String rest) {
    }

    /** The longest text read for a path (a Slack message's worth). */
    private static final int MAX_CHARS = 1_500;

    // a quantity of a step: "10pts", "5 pts", "a pt", "1pt", "25bn", "$40bn", "a cent", "2 percentage points", "10%"
    private static final String QTY = "(?<![\\w.])(?:\\$|~)?(?:(?<@n>\\d{1,4}(?:\\.\\d{1,4})?)\\s?|(?:a|an|one)\\s(?=(?:extra\\s|additional\\s)?(?:pt|point|cent|percentage point)\\b)"
            + "|(?<=extra\\s|additional\\s)(?=(?:pt|point|cent|percentage point)\\b))"
            + "(?:extra\\s|additional\\s|more\\s)?(?<@u>pts?|points?|ppts?|percentage points?|%|pct|bn|b|billion|tn|t|tril|trillion|c|cents?)(?![\\w])";
    private static String qty(String name) {
        return QTY.replace("@", name);
    }

    private static final String SIDE = "[^,.;:?!()\\n]{0,70}?";
    /** Where a clause's words may start: the text's start, a clause's edge, or a joining word ("oai exits at 1.5 tn and aws margin…"). */
    private static final String CLAUSE_START = "(?:(?<=^)|(?<=[,;:(]\\s?)|(?<=[.!?]\\s)|(?<=\\b(?:and|while|but|so|if|assume|say|suppose|then|with|plus)\\s))";
    private static final String DOWN = "knocks?|costs?|drops?|shrinks?|slides?|loses?|looses?|gives? (?:up|back)|falls?|cuts?|shaves?|lowers?|trims?|sheds?|takes?|squeezes?|erodes?|comes? down";
    private static final String UP = "pushes|pushed|push|lifts?|bids?|adds?|moves?|raises?|climbs?|rises?|grows?|goes up|increases?|gains?|puts?|bumps?|nudges?";

    /** "each 10pts of capture above base knocks 5pts off aws's margin", "every extra 10bn on our check pushes the post up 25bn". */
    private static final Pattern EACH_X = Pattern.compile(
            "\\b(?:for\\s)?(?:each|every|any)\\s(?:extra\\s|additional\\s|further\\s)?" + qty("a") + "(?<tail>[^,.;:?!()\\n]{1,160})");
    /** Where the words of what moves start, when they come before their verb: "the post-money rises", "oai's post goes up". */
    private static final Pattern SUBJECT = Pattern.compile("\\b(?:the|oai'?s|openai'?s|aws'?s|its|their|amazon'?s)\\s");
    private static final Pattern VERB = Pattern.compile("\\b(?:" + DOWN + "|" + UP + ")\\b");
    /** "aws margin drops 1pt for every 10pts of capture above bear's 30%", "aws gives up 4pts of margin for every 10pts of capture". */
    private static final Pattern Y_PER_X = Pattern.compile(
            "(?<ys>" + CLAUSE_START + SIDE + ")\\s(?<verb>" + DOWN + "|" + UP + ")(?<yb>\\s(?:it\\s|aws\\s)?)" + qty("b") + "(?<ym>" + SIDE + ")\\s(?:for|per|with)\\s(?:each|every|any)\\s"
                    + "(?:extra\\s|additional\\s|further\\s)?" + qty("a") + "(?<xs>" + SIDE + ")(?=[,.;:?!()\\n]|$)");
    /** "10pts more capture means 6pts less aws margin". */
    private static final Pattern MORE_MEANS = Pattern.compile(
            "\\b" + qty("a") + "\\s(?:more|extra|higher|additional)\\s(?<xs>" + SIDE + ")\\s(?:means|costs|gives|brings|=)\\s" + qty("b")
                    + "\\s(?<dir>less|lower|thinner|more|higher|fatter|extra)\\s(?<ys>" + SIDE + ")(?=[,.;:?!()\\n]|$)");
    /** "capture and margin trade 10pts for 4pts off base (more capture, thinner margin)". */
    private static final Pattern TRADE = Pattern.compile(
            "\\b(?<xs>[\\w'’ ]{1,40}?)\\s(?:and|&)\\s(?<ys>[\\w'’ ]{1,40}?)\\strade(?:\\soff)?\\s" + qty("a") + "\\s(?:for|against)\\s" + qty("b") + "(?<tail>" + SIDE + ")(?=[,.;:?!()\\n]|$)");
    /** "capture climbs 5pts a yr", "margin gives back 2pts a yr", "adds 6pts a yr". */
    private static final Pattern YEARLY = Pattern.compile(
            "(?<side>" + CLAUSE_START + "[^,.;:?!()\\n]{0,70}?)\\s(?<verb>" + DOWN + "|" + UP + ")\\s" + qty("a") + "(?<mid>\\s(?:of\\s)?[\\w'’ ]{0,25}?)?\\s(?:a|per|each|every)\\s(?:yr|year)\\b");
    /** The anchors said with a tie: "above bear's 30%", "above 30", "when capture is 50%". */
    private static final Pattern X_ANCHOR = Pattern.compile("\\b(?:above|over|from|beyond|past|when [\\w' ]{1,20} is|starting at|starts at)\\s(?:(?:base|bear|bull)(?:'s)?\\s)?(?:the\\s)?(?<v>\\d{1,4}(?:\\.\\d{1,4})?)\\s?(?<u>%|pct|pts?|bn|b|c|cents?)?(?![\\w.])");
    /** "off 830", "from the 830", "anchored at a 730bn pre". */
    private static final Pattern Y_ANCHOR = Pattern.compile("\\b(?:off|from|anchored at|starting at|starts at)\\s(?:the\\s|a\\s|an\\s)?(?:(?:base|bear|bull)(?:'s)?\\s)?(?<v>\\d{1,5}(?:\\.\\d{1,4})?)\\s?(?<u>%|pct|bn|b|billion|tn|t|c|cents?)?(?<pre>\\s?pre(?:-money)?)?(?![\\w.])");
    private static final Pattern Q_B = Pattern.compile(qty("b"));
    private static final Pattern PRE = Pattern.compile("\\bpre(?:-money|\\smoney)?\\b");

    /** A peak asked outright ("maximises", "peaks", "best"), and words that may only say which end of a goal ("biggest"). */
    private static final Pattern MAXIMUM = Pattern.compile(
            "\\b(?:maximi[sz]\\w*|maxim\\w*|max(?:es|ed)?\\sout|peaks?|peaked|peaking|tops? out|topping out|best|fattest|greatest|squeezes?\\sthe\\smost|optimal|optimum|sweet spot)\\b");
    private static final Pattern MAXIMUM_WEAK = Pattern.compile("\\b(?:highest|most|biggest|largest)\\b");
    private static final Pattern MINIMUM = Pattern.compile("\\b(?:minimi[sz]\\w*|worst|bottoms? out|trough)\\b");
    private static final Pattern MINIMUM_WEAK = Pattern.compile("\\b(?:lowest|smallest)\\b");
    private static final Pattern AT_LEAST = Pattern.compile("\\b(?:at least|clears?|clearing|above|over|more than|still|exceeds?|beats?|north of|ahead|or more|or better)\\b");
    private static final Pattern AT_MOST = Pattern.compile("\\b(?:under|below|at most|less than|or less|south of|no more than)\\b");
    private static final Pattern AT_YEAR = Pattern.compile("\\b(?:in|by|at|after)\\s(?:the\\s)?(?:end of\\s)?(?:yr|year)[\\s-]?(?<y>\\d{1,2})\\b"
            + "|\\b(?:in|by|after|hold(?:ing)?(?:\\sit|\\sthe\\sstake)?(?:\\sfor)?)\\s(?<z>\\d{1,2})\\s?(?:yrs?|years)\\b");
    /** Each year asked as a list: "stake value at each yr-end", "yr1..yr5 as a list", "every year-end". */
    private static final Pattern EACH_YEAR = Pattern.compile(
            "\\b(?:at\\s)?(?:each|every)\\s(?:yr|year)(?:[- ]?end)?s?\\b|\\bat each(?: one| mark)?\\b(?! ends?\\b)|\\b(?:yr|year)\\s?(?<a>\\d{1,2})\\s?(?:\\.\\.|-|to|through|thru|\\u2013)\\s?(?:yr|year)?\\s?(?<b>\\d{1,2})\\b|\\bas a list\\b|\\blittle list\\b|\\byear by year\\b|\\byr by yr\\b");
    /** The furthest point of a goal: "how far", "how high", "the biggest … that still", "longest", "the most … before". */
    private static final Pattern FURTHEST = Pattern.compile("\\b(?:how (?:far|high|big|much higher|much further)|biggest|largest|highest|longest|most|max(?:imum)?|latest|furthest|farthest)\\b");
    /** The nearest point of a goal: "least", "smallest", "how many years before", "how long … before", "first". */
    private static final Pattern NEAREST = Pattern.compile("\\b(?:least|lowest|smallest|min(?:imum)?|earliest|first|soonest|how (?:many|long|soon))\\b");
    /** A sentence of the question that asks something: it has a question word or a question mark. */
    private static final Pattern CLAUSE = Pattern.compile("(?:[^.;?!\\n]|\\.(?=\\d))*(?:[.;?!\\n]|$)");

    private Paths() {
    }

    /** A bar a metric is to clear, reach or stay under, as written, and the clause it is said in; {@code ahead}: a gain ("20bn ahead"). */
    record Bar(BigDecimal number, String unit, String clause, boolean ahead) {
        /** The bar in a metric's unit: "2x" a multiple, "15%" a ratio, "20bn" money; null when the unit does not fit. */
        BigDecimal in(org.thesisbot.core.api.Unit u) {
            String x = unit == null ? "" : unit;
            return switch (u) {
                case MULTIPLE -> x.equals("x") ? number : null;
                case RATIO -> x.equals("%") || x.equals("pct") ? number.movePointLeft(2) : null;
                case USD_BILLIONS -> x.startsWith("t") ? number.movePointRight(3) : x.startsWith("b") ? number : null;
                default -> null;
            };
        }
    }

    private static final Pattern BAR = Pattern.compile(
            "\\b(?:clears?|clearing|reach(?:es)?|hits?|gets? (?:to|past|over|above|back to)|at least|above|over|under|below|past|beyond|exceeds?|tops?|north of|south of|worth|of)"
                    + "\\s(?:a\\s|an\\s|the\\s)?~?\\$?(?<v>\\d{1,5}(?:\\.\\d{1,4})?)\\s?(?<u>x|%|pct|bn|b|billion|tn|t|trillion)?(?![\\w.])"
                    + "|\\b~?\\$?(?<w>\\d{1,5}(?:\\.\\d{1,4})?)\\s?(?<z>bn|b|billion|tn|t|trillion)\\s(?:ahead|up|in profit|of gain)\\b");

    /** The bars said in a text, each with the clause around it, in order. */
    static List<Bar> bars(String text) {
        List<Bar> out = new ArrayList<>();
        for (Matcher c = CLAUSE.matcher(text); c.find(); ) {
            for (Matcher b = BAR.matcher(c.group()); b.find(); ) {
                String v = b.group("v") != null ? b.group("v") : b.group("w");
                String u = b.group("v") != null ? b.group("u") : b.group("z");
                out.add(new Bar(new BigDecimal(v), u == null ? null : u.toLowerCase(Locale.ROOT), c.group(), b.group("w") != null));
            }
        }
        return out;
    }

    /** A path the thread keeps for a follow-up ("same rule but the exit goes to 1.5t"), with what was asked along it. */
    record Kept(Path path, Ask ask, org.thesisbot.core.scenario.Metric objective) {
    }

    /** "same rule", "the same trade-off", "anchor it on bull": the thread's path asked again. */
    private static final Pattern SAME = Pattern.compile(
            "\\bsame (?:rule|trade-?off|tie|path|relationship|link|slope|curve|setup|set-?up|assumptions?|mechanics?|dynamic)s?\\b"
                    + "|\\banchor (?:it|that|this|the rule)\\b|\\b(?:that|this|the) (?:rule|trade-?off)\\b");
    /** "falls back to where it sits in base", "back to what it is today": the goal is the metric where the path starts. */
    private static final Pattern BACK = Pattern.compile("\\b(?:back|returns?|comes? back|drops? back|falls? back)(?: down)? to (?:where|what) (?:it|that|they)\\b");
    private static final Pattern SCENARIO = Pattern.compile("\\b(base|bear|bull)\\b");

    /** Whether the text asks the thread's path again. */
    static boolean again(String lower) {
        return SAME.matcher(lower).find();
    }

    /** Whether the text asks a year along a path of years ("moic at the yr3 one?", "stake value at each yr-end"). */
    static boolean asksYear(String lower) {
        return AT_YEAR.matcher(lower).find() || EACH_YEAR.matcher(lower).find();
    }

    static boolean backToStart(String lower) {
        return BACK.matcher(lower).find();
    }

    /** The scenario a path's own words name ("above bear's 30%"), if any. */
    static Optional<String> scenarioIn(String said) {
        Matcher m = SCENARIO.matcher(said);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The inputs a path moves. */
    static List<InputId> inputs(Path p) {
        if (p instanceof Tie t) {
            return List.of(t.x(), t.y());
        }
        if (p instanceof Grows || p instanceof Marks) {
            return List.of(InputId.EXIT_VALUATION, InputId.HOLDING_YEARS);
        }
        List<InputId> in = new ArrayList<>(((Steps) p).steps().stream().map(Step::input).toList());
        if (in.contains(InputId.EXIT_VALUATION)) {
            in.add(InputId.HOLDING_YEARS); // (OpenAI's value a year on is the exit when the stake is held that long)
        }
        return in;
    }

    /** The thread's form of a path and its question: "tie x y slope x0 y0 pre | max metric upper year". */
    static String keep(Path p, Ask a, org.thesisbot.core.scenario.Metric objective) {
        String ask = a.kind().name() + " " + objective.id() + " " + a.upper() + " " + a.year() + " " + a.sense();
        String path = p instanceof Tie t
                ? "tie " + t.x().id() + " " + t.y().id() + " " + t.slope().toPlainString() + " " + plain(t.x0()) + " " + plain(t.y0()) + " " + t.y0Pre()
                : p instanceof Grows g ? "grows " + plain(g.start()) + " " + g.from() + " " + g.first().toPlainString() + " " + g.change().toPlainString()
                : p instanceof Marks mk ? "marks" + mk.marks().entrySet().stream().map(e -> " " + e.getKey() + ":" + e.getValue().toPlainString()).reduce("", String::concat)
                : "steps " + ((Steps) p).years() + ((Steps) p).steps().stream().map(st -> " " + st.input().id() + ":" + plain(st.start()) + ":" + st.perYear().toPlainString())
                        .reduce("", String::concat);
        return ask + " | " + path + " | " + p.said().replace('|', '/');
    }

    /** The thread's path read back; empty when the form is not one {@link #keep} writes. */
    static Optional<Kept> kept(String form) {
        if (form == null || form.isBlank()) {
            return Optional.empty();
        }
        try {
            String[] parts = form.split(" \\| ", 3);
            String[] a = parts[0].split(" ");
            Ask ask = new Ask(Kind.valueOf(a[0]), Boolean.parseBoolean(a[2]), Integer.parseInt(a[3]), "", Integer.parseInt(a[4]));
            org.thesisbot.core.scenario.Metric objective = org.thesisbot.core.scenario.Metric.byId(a[1]).orElseThrow();
            String[] p = parts[1].split(" ");
            Path path;
            if (p[0].equals("marks")) {
                java.util.SortedMap<Integer, BigDecimal> marks = new java.util.TreeMap<>();
                for (int i = 1; i < p.length; i++) {
                    String[] e = p[i].split(":");
                    marks.put(Integer.parseInt(e[0]), new BigDecimal(e[1]));
                }
                path = new Marks(marks, parts[2]);
            } else if (p[0].equals("grows")) {
                path = new Grows(decimal(p[1]), Integer.parseInt(p[2]), new BigDecimal(p[3]), new BigDecimal(p[4]), parts[2]);
            } else if (p[0].equals("tie")) {
                path = new Tie(InputId.of(p[1]), InputId.of(p[2]), new BigDecimal(p[3]), decimal(p[4]), decimal(p[5]), Boolean.parseBoolean(p[6]), parts[2]);
            } else {
                List<Step> steps = new ArrayList<>();
                for (int i = 2; i < p.length; i++) {
                    String[] st = p[i].split(":");
                    steps.add(new Step(InputId.of(st[0]), decimal(st[1]), new BigDecimal(st[2])));
                }
                path = new Steps(steps, parts[2], Integer.parseInt(p[1]));
            }
            return Optional.of(new Kept(path, ask, objective));
        } catch (RuntimeException e) {
            return Optional.empty(); // (a form from another version: the thread simply has no path)
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "-" : v.toPlainString();
    }

    private static BigDecimal decimal(String s) {
        return s.equals("-") ? null : new BigDecimal(s);
    }

    /** A cheap look before the text is read: a step of a rate ("each", "every", "for every", "a yr") or a trade. */
    static boolean mayAsk(String lower, boolean threadHasPath) {
        return lower.length() <= MAX_CHARS && (threadHasPath || DIGIT.matcher(lower).find() && (lower.contains("each ")
                || lower.contains("every ") || lower.contains(" means ") || lower.contains(" trade") || lower.contains("straight")
                || lower.contains("linear") || YEARLY_WORD.matcher(lower).find()));
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** "a yr", "/yr", "per year", "yr1 900", "in yr 2": a path of years may be said. */
    private static final Pattern YEARLY_WORD = Pattern.compile("(?:\\ba |/ ?|per |each |every )(?:yr|year)\\b|\\b(?:yr|year) ?\\d|\\bgrow|\\bcompound");

    /**
     * @param lower   the question, normalised (lower case, plain quotes, number words as digits)
     * @param inputIn the input a span of the question is about ({@code Reader#inputIn} on the span as prepared)
     */
    static Optional<Found> find(String lower, Function<String, Optional<InputId>> inputIn) {
        if (lower == null || lower.length() > MAX_CHARS) {
            return Optional.empty();
        }
        Optional<Found> tie = tie(lower, inputIn);
        if (tie.isPresent()) {
            return tie;
        }
        for (Function<String, Optional<Found>> f : List.<Function<String, Optional<Found>>>of(Paths::marks, Paths::straight, Paths::grows, Paths::compounds)) {
            Optional<Found> found = f.apply(lower);
            if (found.isPresent()) {
                return found;
            }
        }
        return steps(lower, inputIn);
    }

    /** What the question asks along a path, from the text without it; empty when it asks nothing a path answers. */
    static Optional<Ask> ask(String rest, boolean hasGoal) {
        int sense = AT_LEAST.matcher(rest.replaceAll("\\b(?:over|above) (?:the|a|an|\\d+)\\s?(?:yrs?|years|window|hold)\\b", "")).find() ? 1
                : AT_MOST.matcher(rest).find() ? -1 : 0;
        for (Pattern strong : List.of(MAXIMUM, MINIMUM)) {
            for (Matcher c = CLAUSE.matcher(rest); c.find(); ) {
                if (strong.matcher(c.group()).find()) {
                    return Optional.of(new Ask(strong == MAXIMUM ? Kind.MAX : Kind.MIN, false, 0, c.group(), 0));
                }
            }
        }
        if (hasGoal) {
            boolean upper = FURTHEST.matcher(rest).find() && !NEAREST.matcher(rest.replaceAll("\\bat least\\b", "")).find();
            return Optional.of(new Ask(Kind.GOAL, upper, 0, rest, sense));
        }
        for (Pattern weak : List.of(MAXIMUM_WEAK, MINIMUM_WEAK)) {
            for (Matcher c = CLAUSE.matcher(rest); c.find(); ) {
                if (weak.matcher(c.group()).find()) {
                    return Optional.of(new Ask(weak == MAXIMUM_WEAK ? Kind.MAX : Kind.MIN, false, 0, c.group(), 0));
                }
            }
        }
        Matcher each = EACH_YEAR.matcher(rest);
        if (each.find()) {
            int to = each.group("b") != null ? Integer.parseInt(each.group("b")) : 0;
            return Optional.of(new Ask(Kind.LIST, false, to, rest, each.group("a") != null ? Integer.parseInt(each.group("a")) : 0));
        }
        Matcher y = AT_YEAR.matcher(rest);
        if (y.find()) {
            return Optional.of(new Ask(Kind.AT, false, Integer.parseInt(y.group("y") != null ? y.group("y") : y.group("z")), rest, 0));
        }
        return Optional.empty();
    }

    private static Optional<Found> tie(String s, Function<String, Optional<InputId>> inputIn) {
        // (each pattern tried only where its own words are: the look costs less than the patterns' searches)
        boolean each = s.contains("each ") || s.contains("every ") || s.contains("any ");
        for (Pattern p : List.of(Y_PER_X, EACH_X, MORE_MEANS, TRADE)) {
            if (p == Y_PER_X || p == EACH_X ? !each : p == MORE_MEANS ? !s.contains("more") : !s.contains(" trade")) {
                continue;
            }
            Matcher m = p.matcher(s);
            while (m.find()) {
                Optional<Found> f = tie(s, m, p, inputIn);
                if (f.isPresent()) {
                    return f;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> tie(String s, Matcher m, Pattern p, Function<String, Optional<InputId>> inputIn) {
        String xs;
        String ys;
        String bn;
        String bu;
        String verb = null;
        int yEnd; // where the step of y ends in s: its anchor is said after it
        if (p == EACH_X) {
            // "we add to the check bids oai's post up 40bn": the verb is the last one before the step of y
            String tail = m.group("tail");
            Matcher q = Q_B.matcher(tail);
            int vStart = -1;
            int vEnd = -1;
            while (vStart < 0 && q.find()) {
                for (Matcher vs = VERB.matcher(tail).region(0, q.start()); vs.find(); ) {
                    vStart = vs.start();
                    vEnd = vs.end();
                }
            }
            if (vStart < 0) {
                return Optional.empty();
            }
            xs = tail.substring(0, vStart);
            verb = tail.substring(vStart, vEnd);
            ys = tail.substring(vEnd);
            if (inputIn.apply(Y_ANCHOR.matcher(ys).replaceAll(" ").replace(q.group(), " ")).isEmpty()) {
                // what moves said before its verb: "each 20bn more we invest the post-money rises 60bn"
                Matcher det = SUBJECT.matcher(xs);
                int at = -1;
                while (det.find()) {
                    at = det.start();
                }
                if (at > 0) {
                    ys = xs.substring(at) + " " + ys;
                    xs = xs.substring(0, at);
                }
            }
            bn = q.group("bn");
            bu = q.group("bu");
            yEnd = m.start("tail") + q.end();
        } else {
            xs = m.group("xs");
            ys = m.group("ys");
            bn = m.group("bn");
            bu = m.group("bu");
            yEnd = m.end("bu");
            if (p == Y_PER_X) {
                ys = ys + " " + m.group("ym");
            }
            verb = p == Y_PER_X ? m.group("verb") : null;
        }
        boolean pre = PRE.matcher(ys).find();
        Optional<InputId> x = unitInput(m.group("au"), inputIn.apply(xs));
        Optional<InputId> y = pre ? Optional.of(InputId.POST_MONEY_VALUATION)
                : unitInput(bu, p == Y_PER_X ? inputIn.apply(m.group("ym")).or(() -> inputIn.apply(m.group("ys"))) : inputIn.apply(ys));
        if (x.isEmpty() || y.isEmpty() || x.get() == y.get()) {
            return Optional.empty();
        }
        BigDecimal dx = amount(m.group("an"), m.group("au"), x.get());
        BigDecimal dy = amount(bn, bu, y.get());
        if (dx == null || dy == null || dx.signum() == 0) {
            return Optional.empty();
        }
        boolean down;
        if (p == MORE_MEANS) {
            down = m.group("dir").matches("less|lower|thinner");
        } else if (p == TRADE) {
            down = !m.group("tail").matches("(?s).*\\b(?:same way|both up)\\b.*");
        } else {
            // (the anchor's words are no direction: "up 40bn from the 830", "50bn off 830")
            String after = Y_ANCHOR.matcher(p == Y_PER_X ? m.group("ym") : ys).replaceAll(" ");
            boolean upWord = after.matches("(?s).*\\b(?:up|higher|more|the same way)\\b.*");
            boolean downWord = after.matches("(?s).*\\b(?:off|down|lower|less)\\b.*");
            down = downWord && !upWord || !upWord && verb.matches(DOWN) && !verb.startsWith("take");
        }
        BigDecimal slope = dy.divide(dx, MathContext.DECIMAL128);
        if (down) {
            slope = slope.negate();
        }
        // the anchors the clause says: "above bear's 30%", "when capture is 50%"; "off 830", "anchored at a 730bn pre"
        BigDecimal x0 = null;
        Matcher xa = X_ANCHOR.matcher(p == TRADE ? m.group("tail") : xs);
        if (xa.find()) {
            x0 = amount(xa.group("v"), xa.group("u") == null ? defaultUnit(x.get()) : xa.group("u"), x.get());
        }
        int stop = sentenceEnd(s, yEnd);
        BigDecimal y0 = null;
        boolean y0Pre = false;
        for (Matcher ya = Y_ANCHOR.matcher(s).region(yEnd, stop); ya.find(); ) {
            BigDecimal v = amount(ya.group("v"), ya.group("u") == null ? defaultUnit(y.get()) : ya.group("u"), y.get());
            if (v != null) {
                y0 = v;
                y0Pre = pre || ya.group("pre") != null;
                break;
            }
        }
        if (x0 == null) {
            Matcher when = X_ANCHOR.matcher(s).region(yEnd, stop);
            while (when.find()) {
                if (when.group().startsWith("when")) {
                    x0 = amount(when.group("v"), when.group("u") == null ? defaultUnit(x.get()) : when.group("u"), x.get());
                    break;
                }
            }
        }
        String rest = (s.substring(0, m.start()) + " " + s.substring(m.end())).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Found(new Tie(x.get(), y.get(), slope, x0, y0, y0Pre, m.group().strip()), rest));
    }

    /** Where the sentence that holds {@code from} ends. */
    private static int sentenceEnd(String s, int from) {
        Matcher e = Pattern.compile("[.;?!\\n](?:\\s|$)").matcher(s);
        return e.find(from) ? e.start() : s.length();
    }

    private static final String VALUE = "~?\\$?(?<%sv>\\d{1,3}(?:,\\d{3})+|\\d{1,5}(?:\\.\\d{1,3})?)\\s?(?<%su>bn|b|billion|tn|t|tril\\w*|trillion)?";
    private static String value(String name) {
        return VALUE.replace("%s", name);
    }

    /** "straight line 830 -> 1.6T over 4 yrs", "straight-lines from 830 to 1.5T over 5 yrs". */
    private static final Pattern STRAIGHT = Pattern.compile(
            "\\b(?:straight[- ]?lin\\w*|linear(?:ly)?|evenly)\\s(?:from\\s)?(?:the\\s)?" + value("a") + "\\s?(?:->|\\u2192|to|-|until)\\s?" + value("b")
                    + "\\s(?:over|in|across|by)\\s(?:the\\s)?(?:next\\s)?(?<n>\\d{1,2})\\s?(?:yrs?|years?)\\b");
    /** "grows 12%/yr off the 830", "compounds 15% a year": the same growth every year, with no end said. */
    private static final Pattern COMPOUNDS = Pattern.compile(
            "\\b(?:grows?|growing|compounds?|compounding|rises?|appreciates?)\\s(?:at\\s)?(?:by\\s)?~?(?<g>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)"
                    + "\\s?(?:/\\s?(?:yr|year)|a\\s(?:yr|year)|per\\s(?:yr|year)|annually|yearly|each\\s(?:yr|year)|every\\s(?:yr|year))\\b"
                    + "(?:,?\\s(?:off|from)\\s(?:the\\s)?" + value("s") + "(?![\\w%]))?");
    /** "yr1 900", "yr2 1.05T", "yr4 mark is 1.4T", "year 3: 1.2T": a mark at a year-end. */
    private static final Pattern MARK = Pattern.compile(
            "\\b(?:yr|year)\\s?(?<y>\\d{1,2})(?:\\s?(?:mark|end|year-end|yr-end))?\\s?(?::|=|at|is|of)?\\s" + value("m") + "(?![\\w%.])");

    private static BigDecimal billions(String v, String u) {
        BigDecimal n = new BigDecimal(v.replace(",", ""));
        return u != null && u.startsWith("t") ? n.movePointRight(3) : n;
    }

    private static Optional<Found> marks(String s) {
        java.util.SortedMap<Integer, BigDecimal> marks = new java.util.TreeMap<>();
        int first = -1;
        int last = -1;
        for (Matcher m = MARK.matcher(s); m.find(); ) {
            int y = Integer.parseInt(m.group("y"));
            BigDecimal v = billions(m.group("mv"), m.group("mu"));
            if (y < 1 || y > 60 || v.compareTo(BigDecimal.TEN) < 0 || marks.containsKey(y)) {
                continue;
            }
            marks.put(y, v);
            first = first < 0 ? m.start() : first;
            last = m.end();
        }
        if (marks.size() < 2) {
            return Optional.empty();
        }
        String rest = (s.substring(0, first) + " " + s.substring(last)).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Found(new Marks(marks, s.substring(first, last).strip()), rest));
    }

    private static Optional<Found> straight(String s) {
        Matcher m = STRAIGHT.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        BigDecimal a = billions(m.group("av"), m.group("au"));
        BigDecimal b = billions(m.group("bv"), m.group("bu"));
        int n = Integer.parseInt(m.group("n"));
        if (n < 1) {
            return Optional.empty();
        }
        BigDecimal step = b.subtract(a).divide(BigDecimal.valueOf(n), MathContext.DECIMAL128);
        String rest = (s.substring(0, m.start()) + " " + s.substring(m.end())).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Found(new Steps(List.of(new Step(InputId.EXIT_VALUATION, a, step)), m.group().strip(), n), rest));
    }

    /** "… for 5 yrs", "over 6 years": growth with an end said is an exit ({@link Growth} reads it), no path. */
    private static final Pattern FOR_YEARS = Pattern.compile("^[^.;?!\\n]{0,30}?(?:\\b(?:for|over|across)\\s(?:the\\s)?(?:next\\s)?\\d{1,2}\\s?(?:yrs?|years?)\\b"
            + "|\\b(?:exit|sell|sold|out|mark(?:ed)?)\\s(?:in\\s|at\\s|after\\s)?(?:the\\s)?(?:end of\\s)?(?:yr|year)\\s?\\d{1,2}\\b)");

    private static Optional<Found> compounds(String s) {
        Matcher m = COMPOUNDS.matcher(s);
        if (!m.find() || FOR_YEARS.matcher(s.substring(m.end())).find()) {
            return Optional.empty();
        }
        BigDecimal start = m.group("sv") == null ? null : billions(m.group("sv"), m.group("su"));
        String rest = (s.substring(0, m.start()) + " " + s.substring(m.end())).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Found(new Grows(start, 0, new BigDecimal(m.group("g")).movePointLeft(2), BigDecimal.ZERO, m.group().strip()), rest));
    }

    /** "grows 35% in yr 1", "grows 40% in yr 2": the first year's growth and the year it is in. */
    private static final Pattern GROWS_FIRST = Pattern.compile(
            "\\b(?:grows?|grown|growing|rises?|appreciates?|compounds?|climbs?|is up|goes up)\\s(?:by\\s)?(?<g>\\d{1,3}(?:\\.\\d{1,2})?)\\s?(?:%|pct|percent)\\s"
                    + "(?:in|over|during)\\s(?:its\\s|the\\s)?(?:(?:first|1st)\\s(?:yr|year)|(?:yr|year)\\s?(?<k>\\d{1,2}))\\b");
    /** "the growth rate slows 6pts a yr after that", "each yr after the growth is 3pts slower", "then 4pts slower every yr after". */
    private static final Pattern GROWS_CHANGE = Pattern.compile(
            "\\b(?:(?:growth(?:\\srate)?|it|rate)\\s(?:then\\s)?(?:slows?|slowing|drops?|dropping|falls?|falling|decays?|decaying|slides?|declines?|declining|shrinks?|fades?|fading|eases?|easing|decelerates?|decelerating)(?:\\sby)?\\s(?<d>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:pts?|points?|ppts?|percentage points?|%)"
                    + "|(?<e>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:pts?|points?|ppts?|percentage points?|%)\\s(?:slower|lower|less))\\b");
    /** "marked down to a flat 500 billion a yr after close", "falls to 600bn at close": the value the path starts from, and when. */
    private static final Pattern START_VALUE = Pattern.compile(
            "\\b(?:marked|marks?|falls?|drops?|cut|written|writes?|goes|gets marked)(?:\\sdown|\\sup)?\\sto\\s(?:a\\s)?(?:flat\\s)?(?<v>\\d{1,5}(?:\\.\\d{1,3})?)\\s?(?<u>bn|b|billion|tn|t|trillion)\\b"
                    + "(?<when>\\s(?:a|one)\\s(?:yr|year)\\s(?:after|post)\\s(?:the\\s)?(?:close|closing)|\\s(?:right\\s|just\\s)?(?:at|after|on|post)\\s(?:the\\s)?(?:close|closing)|\\s(?:right\\s|just\\s)?after\\swe\\sclose)?");
    /** "from the 830", "off 830": a yearly step's start. */
    private static final Pattern FROM_VALUE = Pattern.compile("\\b(?:from|off)\\s(?:the\\s|a\\s)?(?<v>\\d{1,5}(?:\\.\\d{1,3})?)\\s?(?<u>bn|b|billion|tn|t|trillion)?(?![\\w.%])");

    private static Optional<Found> grows(String s) {
        Matcher g = GROWS_FIRST.matcher(s);
        if (!g.find()) {
            return Optional.empty();
        }
        Matcher c = GROWS_CHANGE.matcher(s);
        if (!c.find(g.end()) && !c.find(0)) {
            return Optional.empty();
        }
        int k = g.group("k") == null ? 1 : Integer.parseInt(g.group("k"));
        BigDecimal first = new BigDecimal(g.group("g")).movePointLeft(2);
        BigDecimal change = new BigDecimal(c.group("d") != null ? c.group("d") : c.group("e")).movePointLeft(2).negate();
        BigDecimal start = null;
        int from = k - 1;
        int begin = Math.min(g.start(), c.start());
        int end = Math.max(g.end(), c.end());
        Matcher v = START_VALUE.matcher(s);
        if (v.find() && v.start() < g.start()) {
            start = amount(v.group("v"), v.group("u"), InputId.EXIT_VALUATION);
            begin = Math.min(begin, v.start());
        }
        String rest = (s.substring(0, begin) + " " + s.substring(end)).replaceAll("\\s{2,}", " ").strip();
        return Optional.of(new Found(new Grows(start, from, first, change, s.substring(begin, end).strip()), rest));
    }

    private static Optional<Found> steps(String s, Function<String, Optional<InputId>> inputIn) {
        if (!s.contains("yr") && !s.contains("year")) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>();
        String startSaid = null;
        int first = -1;
        int last = -1;
        StringBuilder rest = new StringBuilder();
        int from = 0;
        Matcher m = YEARLY.matcher(s);
        while (m.find() && steps.size() < 3) {
            // (what moves is named last before its verb: "… from base and aws margin gives back 2pts a yr")
            String[] clauses = m.group("side").split("\\b(?:and|while|but|then|whereas)\\b|,");
            String side = (clauses.length == 0 ? "" : clauses[clauses.length - 1]) + (m.group("mid") == null ? "" : " " + m.group("mid"));
            String unit = m.group("au");
            Optional<InputId> in = unitInput(unit, inputIn.apply(side)).filter(i -> amount("1", unit, i) != null)
                    .or(() -> valueOfOpenAi(side, unit));
            if (in.isEmpty() || steps.stream().anyMatch(x -> x.input() == in.get())) {
                continue;
            }
            BigDecimal d = amount(m.group("an"), m.group("au"), in.get());
            if (d == null) {
                continue;
            }
            if (m.group("verb").matches(DOWN)) {
                d = d.negate();
            }
            BigDecimal start = null;
            if (in.get() == InputId.EXIT_VALUATION) {
                // "falls to 600bn at close and climbs 120bn a yr", "falls 200bn a yr from the 830": the start, taken out
                Matcher v = START_VALUE.matcher(s);
                Matcher f = FROM_VALUE.matcher(s).region(m.end(), sentenceEnd(s, m.end()));
                Matcher said = v.find() ? v : f.find() ? f : null;
                if (said != null) {
                    start = amount(said.group("v"), said.group("u") == null ? "bn" : said.group("u"), in.get());
                    startSaid = s.substring(said.start(), said.end());
                }
            }
            Matcher a = X_ANCHOR.matcher(side);
            if (a.find() && side.substring(a.start()).matches("(?s)\\s*(?:starting|starts)\\b.*")) {
                start = amount(a.group("v"), a.group("u") == null ? defaultUnit(in.get()) : a.group("u"), in.get());
            }
            steps.add(new Step(in.get(), start, d));
            first = first < 0 ? m.start("verb") : first;
            last = m.end();
            rest.append(s, from, m.start("verb")).append(' ');
            from = m.end();
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        rest.append(s.substring(from));
        String left = startSaid == null ? rest.toString() : rest.toString().replace(startSaid, " ");
        return Optional.of(new Found(new Steps(steps, s.substring(first, last).strip(), 0), left.replaceAll("\\s{2,}", " ").strip()));
    }

    /** OpenAI's value said as what moves ("oai's value falls 200bn a yr", "adds 120bn of value every yr"): the exit. */
    private static Optional<InputId> valueOfOpenAi(String side, String unit) {
        return amount("1", unit, InputId.EXIT_VALUATION) != null && side.matches("(?s).*\\b(?:oai|openai|open ai|value|valuation|mark|worth|it)\\b.*")
                ? Optional.of(InputId.EXIT_VALUATION) : Optional.empty();
    }

    /** The input a step's unit settles when its words name none: cents a dollar are the margin. */
    private static Optional<InputId> unitInput(String unit, Optional<InputId> named) {
        if (named.isPresent()) {
            return named;
        }
        return unit != null && unit.startsWith("c") && !unit.startsWith("cent") || "cent".equals(unit) || "cents".equals(unit)
                ? Optional.of(InputId.AWS_OPERATING_MARGIN) : Optional.empty();
    }

    private static org.thesisbot.core.api.Unit unitOf(InputId id) {
        return switch (id) {
            case AWS_CAPTURE_SHARE, AWS_OPERATING_MARGIN, TAX_RATE -> org.thesisbot.core.api.Unit.RATIO;
            case HOLDING_YEARS, COMPUTE_YEARS -> org.thesisbot.core.api.Unit.YEARS;
            default -> org.thesisbot.core.api.Unit.USD_BILLIONS;
        };
    }

    private static String defaultUnit(InputId id) {
        return unitOf(id) == org.thesisbot.core.api.Unit.RATIO ? "%" : "bn";
    }

    /** A step or anchor in the input's own unit: points and cents of a ratio as fractions, money in billions; null if the unit does not fit. */
    static BigDecimal amount(String number, String unit, InputId input) {
        BigDecimal n = number == null ? BigDecimal.ONE : new BigDecimal(number);
        String u = unit == null ? "" : unit.toLowerCase(Locale.ROOT);
        boolean ratioUnit = u.startsWith("pt") || u.startsWith("point") || u.startsWith("ppt") || u.startsWith("percentage") || u.equals("%")
                || u.equals("pct") || u.startsWith("c");
        boolean moneyUnit = u.equals("bn") || u.equals("b") || u.equals("billion") || u.equals("tn") || u.equals("t") || u.startsWith("tril");
        return switch (unitOf(input)) {
            case RATIO -> ratioUnit ? n.movePointLeft(2) : null;
            case USD_BILLIONS -> moneyUnit ? (u.startsWith("t") ? n.movePointRight(3) : n) : null;
            default -> null;
        };
    }
}
