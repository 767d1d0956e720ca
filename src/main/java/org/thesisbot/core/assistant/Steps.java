package org.thesisbot.core.assistant;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A move of one input asked as what it does to a number, not the number's level:
 * <ul>
 *   <li>per step, a sensitivity: "per +$100bn of exit value, how much does the x on the check move?", "per 10 pts of
 *   capture, how many $bn of aws op profit?", "each extra 6 months of hold costs how many irr pts?";</li>
 *   <li>one step from the values in force: "+20pts of capture adds how many $bn of aws op profit", "if we tack 300bn onto
 *   the exit, how much more is our stake worth", "knocking 5pts off the margin pushes the breakeven up how much";</li>
 *   <li>from one value to another: "exit 1,100bn -> 1,400bn: irr pts picked up", "going 50 -> 60bn on the check adds how
 *   many pts", "the 1.2T -> 1.5T exit step", "from the 830 exit to a 1.5T exit".</li>
 * </ul>
 * The question is asked without the step (at the values in force, or with the input at the first value) and again with
 * the input moved, and the answer is the move. The question left may ask it at two settings ("at the 830 post vs at a
 * 1.1T post"), each then asked both ways: {@link Comparison} splits it.
 */
final class Steps {
    /**
     * @param base  the question without the step
     * @param at    what the question is asked with before the step (" with exit at 1100bn"), or empty: the values in force
     * @param moved what it is asked with after the step (" with exit up 300bn")
     * @param label the step as said ("+$100bn of exit value", "exit 1,100bn → 1,400bn")
     * @param per   whether the step is a rate asked per step ("per +$100bn") rather than one move
     * @param gap   whether the move is asked as a gap between two values ("the spread between a 500bn and a 1.4T exit"),
     *              which is its size whichever way it goes
     */
    record Step(String base, String at, String moved, String label, boolean per, boolean gap, String what, String unit) {
        Step withBase(String b) {
            return new Step(b, at, moved, label, per, gap, what, unit);
        }

        /** The step with each case's value ("{bull}") written as the input's value in that case, for the reader. */
        Step withCases(java.util.function.Function<String, String> valueIn) {
            java.util.function.Function<String, String> said = t -> CASE_VALUE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(valueIn.apply(m.group(1))));
            return new Step(base, said.apply(at), said.apply(moved), label, per, gap, what, unit);
        }

        /**
         * Whether the step's unit can be its input's ("10pts" a share, "300bn" an amount, "2y" a hold; a bare number any):
         * "holders go from 100 pts to 89 pts on this raise" moves no round size.
         */
        boolean fits(org.thesisbot.core.api.Unit of) {
            String u = unit.toLowerCase(java.util.Locale.ROOT).replace("$", "b");
            if (u.isEmpty()) {
                return true;
            }
            return switch (of) {
                case USD_BILLIONS -> u.matches("bn|b|billion|t|tn|trillion");
                case RATIO -> u.matches("%|pts?|points?|percentage points?|ppts?|bps");
                case YEARS -> u.matches("months?|mos|years?|yrs?|y");
                case MULTIPLE -> false;
            };
        }
    }

    private static final String UNIT = "(?:(?:bn|b|billion|t|tn|trillion|pts?|points?|percentage points?|ppts?|bps|months?|mos|years?|yrs?|y)\\b|%)";
    private static final String FIGURE = "\\+?\\$?\\d[\\d.,]*\\s?" + UNIT + "|\\+?\\$\\d[\\d.,]*";
    /** A step's size: a figure with its unit or dollar sign. */
    private static final String SIZE = "\\$?\\d[\\d.,]*\\s?" + UNIT + "|\\$\\d[\\d.,]*";
    /** A value an input moves from or to, its unit optional ("the 830", "1,400bn"). */
    private static final String VALUE = "\\$?\\d[\\d.,]*(?:\\s?" + UNIT + ")?";
    /** The input's words: a few, the reader says which input they name. */
    private static final String WHAT = "(?!(?:vs|versus|than|over|above|below|under|from|at|into|in|on|of|for|by|per|as|is|vs\\.)\\b)(?<what>[a-z][a-z'/-]*(?:\\s[a-z][a-z'/-]*){0,3}?)";
    /** Where the input's words end: a verb or word of the ask, or the clause's end. */
    private static final String END = "(?=\\s*(?:[,?;:.=]|$|\\s[-\u2013\u2014]\\s|\\s(?:adds?|moves?|buys?|is|are|worth|lifts?|gets?|does|do|did|costs?|how|what|at|in|on|with|vs|versus"
            + "|pickup|picks?|picked|changes?|means?|gives?|takes?|would|will|makes?|to|for|if|when|and|then|push(?:es)?|eats?|shrinks?|raises?|cuts?|step)\\b))";
    private static final String THE = "(?:(?:the|our|its|amzn'?s|amazon'?s|oai'?s|openai'?s|aws'?s?)\\s+)?";
    private static final Pattern STEP = Pattern.compile(
            "\\b(?:per|for (?:each|every)|with (?:each|every)|each|every)\\s+(?:extra |additional |more |further |incremental )?(?<fig>" + FIGURE + ")"
                    + "(?: (?:extra|more|additional|increment|incremnt|step|bump|move|rise))?"
                    + " (?:of|on|in|to|added to) (?:extra |additional )?(?:the |our |its |amazon'?s )?(?<what>[a-z' -]{3,40}?)"
                    + "(?=\\s*(?:[,?;:.]|$|\\bhow\\b|\\bwhat\\b|\\bdoes\\b|\\bdo\\b|\\bcosts?\\b|\\bmoves?\\b|\\badds?\\b|\\bat\\b|\\bin (?:the )?(?:bull|bear|base)\\b))",
            Pattern.CASE_INSENSITIVE);
    /** One step up or down from the values in force: "+20pts of capture", "tack 300bn onto the exit", "knock 5pts off the margin". */
    private static final List<Pattern> ONE = List.of(
            Pattern.compile("(?:^|(?<=[\\s(,:;]))(?<sign>[+\\-\u2212])(?<fig>" + SIZE + ")\\s+(?:(?:of|on|in|to|onto)\\s+)?" + THE + WHAT + END,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:an?\\s+)?(?:extra|another|additional)\\s+(?<fig>" + SIZE + ")\\s+(?:of|on|in|to|onto)\\s+" + THE + WHAT + END,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:tack|tacks|tacking|add|adds|adding|bolt|bolting|stick|sticking|slap|slapping)\\s+(?:on\\s+)?(?:an?\\s+(?:extra\\s+)?|another\\s+)?(?<fig>"
                    + SIZE + ")\\s+(?:more\\s+)?(?:onto|on\\s+to|on|to)\\s+" + THE + WHAT + END, Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?:(?:shift|shifts|move|moves|push|pushes|bump|bumps|nudge|nudges|mark|marks|put|puts|take|takes)\\s+)?" + THE + WHAT
                    + "(?<!\\bends|\\bend|\\bending|\\bended|\\bwinds|\\bwind|\\bwound|\\bcomes|\\bcome|\\bcame|\\bturns|\\bturn|\\bshows|\\blands|\\bshakes|\\bpops)"
                    + "\\s+(?<dir>up|down|higher|lower)\\s+(?:by\\s+)?(?<fig>" + SIZE + ")(?=\\s*(?:[,:;?.]|$|\\s(?:adds?|moves?|means?|does|is|how|what|in|on|at|vs|for)\\b))",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(?<down>knock|knocks|knocking|take|takes|taking|shave|shaves|shaving|trim|trims|trimming|chop|chopping)\\s+(?<fig>" + SIZE
                    + ")\\s+off\\s+(?:of\\s+)?" + THE + WHAT + END, Pattern.CASE_INSENSITIVE));
    /** The case an input's value is taken from, written where a value goes: "{bull}", resolved from the model. */
    static final Pattern CASE_VALUE = Pattern.compile("\\{(bear|base|bull)\\}");
    /** One input from one case's value to another's: "the bear-to-bull exit swing", "bull capture vs bear capture". */
    private static final Pattern CASE_SWING = Pattern.compile("\\b(?<a>bear|base|bull)(?:'s)?(?:[- ]case)?\\s*(?:-|\\bto\\b|->|\u2192|[- ]to[- ])\\s*(?<b>bear|base|bull)(?:'s)?(?:[- ]case)?\\s+"
            + WHAT + "\\s+(?:swing|step|move|gap|spread|jump|range)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CASE_VERSUS = Pattern.compile("\\b(?<b>bear|base|bull)\\s+" + WHAT + "\\s+(?:vs\\.?|versus|against)\\s+(?<a>bear|base|bull)\\s+\\k<what>\\b",
            Pattern.CASE_INSENSITIVE);

    /** A move from one value to another, the input's words before or after the values. */
    private static final String ARROW = "\\s*(?:->|\u2192|=>|\u2014>|-->|\\bto\\b)\\s*(?:an?\\s+|the\\s+)?";
    private static final List<Pattern> FROM_TO = List.of(
            Pattern.compile("\\bfrom\\s+(?:an?\\s+|the\\s+)?(?<a>" + VALUE + ")\\s+" + WHAT + "\\s+to\\s+(?:an?\\s+|the\\s+)?(?<b>" + VALUE + ")(?:\\s+\\k<what>)?\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("(?:\\b(?:going|moving|from|stepping)\\s+|\\b(?:an?|the)\\s+|(?:^|(?<=[\\s(,:;])))(?:(?:from|the|an?)\\s+)?(?<a>" + VALUE + ")" + ARROW
                    + "(?<b>" + VALUE + ")\\s+(?:(?:on|of|in)\\s+)?" + THE + WHAT + "(?:\\s+step)?" + END, Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b" + THE + WHAT + "\\s+(?:going\\s+|moving\\s+|stepping\\s+)?(?:from\\s+)?(?:an?\\s+|the\\s+)?(?<a>" + VALUE + ")\\s*(?:->|\u2192|=>|\u2014>|-->)\\s*"
                    + "(?:an?\\s+|the\\s+)?(?<b>" + VALUE + ")", Pattern.CASE_INSENSITIVE));
    /** A gap between two values of one input: "the spread between a 500bn exit and a 1.4T exit", "gap between the 830 post and a 1T post". */
    private static final Pattern BETWEEN = Pattern.compile("\\bbetween\\s+(?:an?\\s+|the\\s+)?(?<a>" + VALUE + ")\\s+" + WHAT + "\\s+and\\s+(?:an?\\s+|the\\s+)?(?<b>"
            + VALUE + ")(?:\\s+\\k<what>)?\\b", Pattern.CASE_INSENSITIVE);
    /** One value against another: "how much more … at the 830 post than at a $1,200bn post" (the first less the second). */
    private static final Pattern THAN = Pattern.compile("\\b(?:at|with|on)\\s+(?:an?\\s+|the\\s+)?(?<b>" + VALUE + ")\\s+" + WHAT + "\\s+than\\s+(?:at|with|on)\\s+(?:an?\\s+|the\\s+)?(?<a>"
            + VALUE + ")(?:\\s+\\k<what>)?\\b", Pattern.CASE_INSENSITIVE);
    /** "more", "less", "higher": a move asked one value against another. */
    private static final Pattern MORE = Pattern.compile("\\b(?:more|less|higher|lower|bigger|smaller|fewer)\\b", Pattern.CASE_INSENSITIVE);

    /** A case named: a step in several is asked in each alone. */
    static final Pattern CASE_WORDS = Pattern.compile("\\b(?:in\\s+(?:the\\s+)?)?(?:bull|base|bear)(?:ish)?(?:[- ](?:case|scenario))?\\b(?:\\s+(?:vs\\.?|versus|or|and)\\s+(?:in\\s+(?:the\\s+)?)?(?:bull|base|bear)(?:[- ](?:case|scenario))?\\b)*",
            Pattern.CASE_INSENSITIVE);

    /** A second ask joined with "and" ("…, and what's the big risk per the piece"), which may be the sources'. */
    private static final Pattern AND_ASK = Pattern.compile("(?:[,;?]\\s*|\\s+)and\\s+(?=(?:what|what's|whats|where|when|why|how|who|which|is|are|does|do|did)\\b)",
            Pattern.CASE_INSENSITIVE);

    /** The ask after the question's last "…, and what/why/where …", if it has one. */
    static Optional<String> tail(String question) {
        Matcher m = AND_ASK.matcher(question);
        int at = -1;
        while (m.find()) {
            at = m.end();
        }
        return at < 0 ? Optional.empty() : Optional.of(question.substring(at));
    }

    /** The question asks how much something moves, not its level. */
    private static final Pattern ASKS_MOVE = Pattern.compile(
            "\\b(?:move|moves|moving|change|changes|shift|shifts|go up|goes up|rise|rises|add|adds|pick up|picked up|picks up|pickup|gain|gains|cost|costs|lose|loses"
                    + "|how many|how much|sensitivity|slope|delta|swing|swings|impact|uplift|lift|lifts|more|less|eats?|push(?:es)?|buys?|worth"
                    + "|spread|gap|difference|diff|pts|points|bps|(?:do|does|did|would that do) to)\\b",
            Pattern.CASE_INSENSITIVE);
    private Steps() {
    }

    static Optional<Step> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        Optional<Step> step = read(text);
        String normal = org.thesisbot.core.scenario.Amounts.normalise(text);
        // (figures in words, "half a trillion", "1.4 trilion": read as the figures they are)
        return step.isPresent() || normal.equals(text) ? step : read(normal);
    }

    private static Optional<Step> read(String text) {
        Matcher m = STEP.matcher(text);
        if (m.find()) {
            String rest = cut(text, m);
            if (!ASKS_MOVE.matcher(rest).find()) {
                return Optional.empty();
            }
            String fig = m.group("fig").replaceFirst("^\\+", "");
            String what = m.group("what").strip();
            return Optional.of(new Step(rest, "", " with " + what + " up " + fig + " ", "+" + fig + " of " + what, true, false, what, unitOf(fig)));
        }
        for (int i = 0; i < ONE.size(); i++) {
            Matcher o = ONE.get(i).matcher(text);
            if (o.find() && asksMove(cut(text, o))) {
                String fig = o.group("fig").strip();
                boolean down = i == 0 ? !o.group("sign").equals("+") : i == ONE.size() - 2 ? o.group("dir").matches("(?i)down|lower") : i == ONE.size() - 1;
                String what = o.group("what").strip();
                return Optional.of(new Step(cut(text, o), "", ", with " + what + (down ? " down " : " up ") + fig + " ",
                        (down ? "-" : "+") + fig + " of " + what, false, false, what, unitOf(fig)));
            }
        }
        for (Pattern p : List.of(CASE_SWING, CASE_VERSUS)) {
            Matcher c = p.matcher(text);
            if (c.find() && !c.group("a").equalsIgnoreCase(c.group("b"))) {
                String what = c.group("what").strip();
                String a = c.group("a").toLowerCase(java.util.Locale.ROOT);
                String b = c.group("b").toLowerCase(java.util.Locale.ROOT);
                return Optional.of(new Step(cut(text, c), ", with " + what + " at {" + a + "} ", ", with " + what + " at {" + b + "} ",
                        what + " " + a + " \u2192 " + b, false, p == CASE_VERSUS, what, ""));
            }
        }
        Matcher bt = BETWEEN.matcher(text);
        if (bt.find() && asksMove(cut(text, bt))) {
            return Optional.of(between(text, bt, bt.group("a"), bt.group("b"), true));
        }
        Matcher th = THAN.matcher(text);
        if (th.find() && MORE.matcher(text.substring(0, th.start())).find()) {
            return Optional.of(between(text, th, th.group("a"), th.group("b"), false));
        }
        for (Pattern p : FROM_TO) {
            Matcher f = p.matcher(text);
            if (f.find() && asksMove(cut(text, f))) {
                return Optional.of(between(text, f, f.group("a"), f.group("b"), false));
            }
        }
        return Optional.empty();
    }

    private static final Pattern UNIT_OF = Pattern.compile("\\d\\s?(" + UNIT + ")$", Pattern.CASE_INSENSITIVE);

    /** The unit a step's size is written with ("pts", "bn", "$" for "$100"), or empty. */
    private static String unitOf(String fig) {
        String u = unit(fig.strip());
        return u.isEmpty() && fig.contains("$") ? "$" : u;
    }

    /** The unit a value is written with ("bn", "%"), or empty. */
    private static String unit(String value) {
        Matcher m = UNIT_OF.matcher(value);
        return m.find() ? m.group(1) : "";
    }

    /** The step from one value to another, each with its unit ("50 -> 60bn" is 50bn to 60bn). */
    private static Step between(String text, Matcher f, String from, String to, boolean gap) {
        String what = f.group("what").strip();
        String a = from.strip();
        String b = to.strip();
        String ua = unit(a);
        String ub = unit(b);
        a = ua.isEmpty() && !ub.isEmpty() ? a + borrowed(a, ub) : a;
        b = ub.isEmpty() && !ua.isEmpty() ? b + borrowed(b, ua) : b;
        return new Step(cut(text, f), ", with " + what + " at " + a + " ", ", with " + what + " at " + b + " ", what + " " + a + " \u2192 " + b, false, gap, what,
                unit(a).isEmpty() ? unit(b) : unit(a));
    }

    /** The unit a bare value takes from the other end: a trillion only for a value under 10 ("the 830 → 1.5T" is 830bn). */
    private static String borrowed(String bare, String unit) {
        if (!unit.toLowerCase(java.util.Locale.ROOT).startsWith("t")) {
            return unit;
        }
        try {
            return new java.math.BigDecimal(bare.replace("$", "").replace(",", "")).compareTo(java.math.BigDecimal.TEN) < 0 ? unit : "bn";
        } catch (NumberFormatException e) {
            return "";
        }
    }

    private static boolean asksMove(String rest) {
        return ASKS_MOVE.matcher(rest).find();
    }

    private static String cut(String text, Matcher m) {
        return (text.substring(0, m.start()) + " " + text.substring(m.end())).replaceAll("\\s{2,}", " ").strip();
    }
}
