package org.thesisbot.core.assistant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question asked in a chart's words, as someone building a deck asks: the axes named ("y = our % of oai, x =
 * post-money", "combined payoff on y, capture share on x", "plotting our moic against exit value"), then a point read off
 * ("at x = 1.2 tril, whats y?", "where does it land on y") or a crossing found ("at what x does y cross 100bn", "where's
 * the 2.5x crossing?", "what margin does the line need to hit 25bn"). The axes are taken out and their letters, "the line"
 * and the crossing words said as the quantities and the goal they stand for, so that the question reads as any other.
 * A message without chart words, or without an axis named, is left as it is ("y" and "x" mean nothing by themselves, and
 * "2.5x" stays a multiple).
 */
final class Charts {
    private Charts() {
    }

    /** The question in plain words, and the axes it named (null for an axis not named). */
    record Found(String question, String y, String x) {
        String note() {
            if (y == null && x == null) {
                return "";
            }
            String ys = y == null ? "" : "y as \u201c" + y + "\u201d";
            String xs = x == null ? "" : "x as \u201c" + x + "\u201d";
            return "Reading " + ys + (y != null && x != null ? " and " : "") + xs + " (your chart's axes).";
        }
    }

    /**
     * Words that say the message is about a chart; without one, "vs" and "against" compare, as they usually do, and a "line"
     * is most often not a chart's ("down the line", "on the line", "a one-liner"): it counts only beside "vs" or "against",
     * and a point, bar or line only beside a lone letter ("same x, bear line").
     */
    private static final Pattern CHART = Pattern.compile(
            "\\b(?:charts?|chart(?:ing|ed)|graphs?|graph(?:ing|ed)|plot(?:s|ting|ted)?|curves?|ax[ie]s|scatter)\\b|(?<![\\w.$])[xy]\\s*=|\\bon (?:the )?[xy](?:[- ]?ax[ie]s)?\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE_AGAINST = Pattern.compile("(?i)(?=.*\\b(?:the|that|this) line\\b).*\\b(?:vs\\.?|versus|against)\\b", Pattern.DOTALL);
    /** A value read off a chart: "where does that line sit?", "what's it read in bull", "where does the dot land". */
    private static final Pattern READ_OFF = Pattern.compile(
            "(?i)\\bwhere (?:does|would|will|do) (?:that|the|this|our|it)(?: (?:line|bar|dot|point|marker|curve))? (?:sit|land|come out|end up|read)\\b"
                    + "|\\bwhat(?:'s| is| does) (?:it|that|the line|the bar|that line|that bar) read\\b");
    private static final Pattern PLACE_ON_CHART = Pattern.compile("(?i)\\b(?:points?|bars?|dots?|lines?|markers?)\\b");
    /** The end of an axis's name: punctuation, a dash between spaces, "and", or the end. */
    private static final String NAME_END = "(?=\\s*(?:[,.;:?!\\n(]|\\s[-\u2013\u2014]\\s|\\band\\b|$))";
    /** "y = our % of oai", "x: post money" (not "x = 1.2 tril", a point on the axis). */
    private static final Pattern AXIS_IS = Pattern.compile(
            "(?<![\\w.$])(?<axis>[xy])\\s*+(?:=|:|\\bis\\b)\\s*+(?![\\d$.\\-\u2212])(?<name>[^,.;:?!\\n(=]{1,60}?)" + NAME_END, Pattern.CASE_INSENSITIVE);
    /** "combined payoff on y", "aws annual rev off oai on the y axis", "capture % on x". */
    private static final Pattern ON_AXIS = Pattern.compile(
            "(?:^|(?<=[,;:\\n]\\s?)|(?<=[.?!]\\s)|(?<=\\s[-\u2013\u2014]\\s)|(?<=\\band\\s))\\s*(?<name>[^,.;:?!\\n]{1,60}?)\\s+(?:on|along)\\s+(?:the\\s+)?(?<axis>[xy])(?:[- ]?ax[ie]s)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** "plotting irr vs hold yrs", "moic vs exit val chart", "our moic against exit value": the first on y, the second on x. */
    private static final Pattern AGAINST = Pattern.compile(
            "(?:^|(?<=[,;:\\n]\\s?)|(?<=[.?!]\\s)|(?<=\\s[-\u2013\u2014]\\s))\\s*(?:(?:i'?m |we'?re )?(?:plotting|plot|charting|chart|graphing|graph)(?: of)?\\s+)?"
                    + "(?<y>[^,.;:?!\\n]{1,60}?)\\s+(?:vs\\.?|versus|against)\\s+(?<x>[^,.;:?!\\n]{1,60}?)"
                    + "(?=\\s*(?:[,.;:?!\\n]|\\s[-\u2013\u2014]\\s|$|\\s(?:chart|curve|line|plot|graph)\\b|\\s(?:for|on|in|with|at)\\s))",
            Pattern.CASE_INSENSITIVE);
    /** Chart words around an axis's name that are not part of it: "stake curve", "the circular line", "chart". */
    private static final Pattern NAME_NOISE = Pattern.compile(
            "^(?:the |a |an )|\\s(?:chart|curve|line|plot|graph|bars?)$|\\s+in\\s+\\$$", Pattern.CASE_INSENSITIVE);

    /** A name that is a question or a wish, not a quantity: "y = what our slice is worth", "i want the irr on the y axis". */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "\\b(?:what|whats|where|how|which|why|when|does|do|did|is|are|i|we|want|need|show|give)\\b", Pattern.CASE_INSENSITIVE);
    /** "irr curve", "the stake line": the quantity a line plots, which "y" is when no axis is named. */
    private static final Pattern LINE_OF = Pattern.compile(
            "(?:^|(?<=[,;:\\n]\\s?)|(?<=[.?!]\\s)|(?<=\\s[-\u2013\u2014]\\s))\\s*(?:the |an? |our )?(?<name>[\\w%']+(?: [\\w%']+){0,2}?) (?:curve|line)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SCENARIO = Pattern.compile("(?i)(?:bull|bear|base|upside|downside)(?: case)?");
    /** "y = what our slice is worth in $": the axis set to a question asks it. */
    private static final Pattern AXIS_ASKS = Pattern.compile("(?i)(?<![\\w.$])[xy]\\s*+(?:=|:)\\s*+(?=(?:what|how|which)\\b)");
    /** A letter standing alone, as an axis is said: "same x", "y in $ instead", "y?" (not "the x on the check", a multiple). */
    private static final Pattern LONE_LETTER = Pattern.compile(
            "(?i)\\b(?:same|that|this|new|next) [xy]\\b|^\\W*(?:and |now |ok )?[xy](?![\\w'])|(?<![\\w.$'\\d])y(?![\\w'])");
    /** An axis said as a place: "on the y axis", "on y". */
    private static final Pattern ON_THE_AXIS = Pattern.compile("(?i)\\s*\\b(?:on|along) (?:the )?[xy](?:[- ]?ax[ie]s)?\\b");

    static Optional<Found> find(String text) {
        String read = READ_OFF.matcher(text).replaceAll("what value");
        if (!CHART.matcher(read).find() && !LINE_AGAINST.matcher(read).find()
                && !(LONE_LETTER.matcher(read).find() && PLACE_ON_CHART.matcher(read).find())) {
            return read.equals(text) ? Optional.empty() : Optional.of(new Found(read, null, null));
        }
        text = read;
        String y = null;
        String x = null;
        StringBuilder rest = new StringBuilder(AXIS_ASKS.matcher(text).replaceAll(""));
        for (Pattern p : new Pattern[] {AXIS_IS, ON_AXIS}) {
            Matcher m = p.matcher(rest);
            int from = 0;
            while (from <= rest.length() && m.find(from)) {
                String name = clean(m.group("name"));
                if (name.isEmpty() || NOT_A_NAME.matcher(name).find()) {
                    from = m.end();
                    continue;
                }
                if (m.group("axis").equalsIgnoreCase("y")) {
                    y = y == null ? name : y;
                } else {
                    x = x == null ? name : x;
                }
                rest.replace(m.start(), m.end(), " ");
                m = p.matcher(rest);
                from = 0;
            }
        }
        if (y == null && x == null) {
            Matcher a = AGAINST.matcher(rest);
            if (a.find() && !NOT_A_NAME.matcher(a.group("y") + " " + a.group("x")).find()) {
                y = clean(a.group("y"));
                x = clean(a.group("x"));
                // the plotted quantity stays, as the question's subject ("irr vs exit curve on a 6y hold…": the irr)
                rest.replace(a.start(), a.end(), " " + y + " ");
            }
        }
        if (y == null) {
            Matcher line = LINE_OF.matcher(rest);
            while (line.find()) {
                String name = clean(line.group("name"));
                if (!name.isEmpty() && !NOT_A_NAME.matcher(name).find() && !SCENARIO.matcher(name).matches()) {
                    y = name;
                    break;
                }
            }
        }
        String before = rest.toString();
        String q = said(before, y, x);
        if (q.equals(text) || y == null && x == null && q.equals(before) && !LONE_LETTER.matcher(before).find()) {
            return Optional.empty();
        }
        q = q.replaceAll("(?:\\s*[,;:])+\\s*(?=[,.;:])", "").replaceAll("^[\\s,.;:\\-\u2013\u2014]+", "").replaceAll("\\s{2,}", " ").trim();
        return Optional.of(new Found(q, y, x));
    }

    private static String clean(String name) {
        String n = name.trim();
        String before;
        do {
            before = n;
            n = NAME_NOISE.matcher(n).replaceAll("").trim();
        } while (!n.equals(before));
        return n;
    }

    private static final Pattern YEARS = Pattern.compile("(?i)\\b(?:years?|yrs?|hold(?:ing)?|horizon|period)\\b");

    /** "clear 20%", "hit 25bn": a level reached, without the quantity that reaches it. */
    private static final Pattern BARE_LEVEL = Pattern.compile(
            "(?i)\\b((?:clear|clears|hit|hits|reach|reaches|cross|crosses|touch|touches|get to|gets to|stay above|stays above) (?:above |over )?"
                    + "(?:\\$\\s?)?\\d[\\d,.]*\\s?(?:%|x|bn|b|t|tn|trillion|billion|tril)?)(?=\\s*(?:[,.;:?!]|$|\\s(?:on|at|over|in|for|with|by|if|and)\\b))");

    /** The letters, the line and the crossing said as the quantities they stand for. */
    private static String said(String s, String y, String x) {
        String q = ON_THE_AXIS.matcher(s).replaceAll("");
        // "at x = 1.2 tril": a point on the x axis is that input at that figure (or just the figure, with its own words)
        // ("at x = 4" on an axis of years is 4 years: a count of years is said with its unit)
        String point = x == null ? "$1" : YEARS.matcher(x).find() ? "$1 years" : "$1 " + Matcher.quoteReplacement(x);
        q = q.replaceAll("(?i)(?<![\\w.$])x\\s*=\\s*([$\\-\u2212]?\\d(?:[\\d,.]*\\d)?(?:\\s?(?:%|x|bn|b|tn|t|trillion|billion|tril|trilion)(?!\\w))?)(?!\\w)", point);
        if (x != null && y != null) {
            // "where's the 2.5x crossing?": the value of y that x must reach
            q = q.replaceAll("(?i)\\bwhere(?:'s| is| does)? (?:the )?([\\d$.,]+\\s?(?:%|x|bn|b|t|tn|trillion|billion)?) (?:crossing|cross(?:over|es)?|point|mark)\\b",
                    "what " + Matcher.quoteReplacement(x) + " makes " + Matcher.quoteReplacement(y) + " $1");
            // "where does that line cross zero": the x at which y is that value
            q = q.replaceAll("(?i)\\bwhere (?:does|do|will|would) (?:that |the |this |it |our )?(?:line |curve |bar |series )?(?:cross|touch|hit|reach|meet|get to)(?:es)?\\b",
                    "what " + Matcher.quoteReplacement(x) + " makes " + Matcher.quoteReplacement(y) + " reach");
        }
        if (y != null) {
            // "where does it land on y" (its axis already taken off above), "what's y", "y value at that point"
            q = q.replaceAll("(?i)\\bwhere (?:does|would|will) (?:it|that|this|the (?:dot|point|marker)) (?:land|sit|fall|come out|end up)\\b",
                    "what is " + Matcher.quoteReplacement(y) + " there");
            q = q.replaceAll("(?i)(?<![\\w.$'\\d])y(?: value| reading)?(?![\\w'])", Matcher.quoteReplacement(y));
            // "what margin does the line need to hit 25bn": the line is what is plotted
            q = q.replaceAll("(?i)\\b(?:the|that|this) (?:line|curve)\\b", Matcher.quoteReplacement(y));
            if (!q.toLowerCase(java.util.Locale.ROOT).contains(y.toLowerCase(java.util.Locale.ROOT) + " ")) {
                q = BARE_LEVEL.matcher(q).replaceAll("$1 " + Matcher.quoteReplacement(y));
            } else {
                Matcher bare = BARE_LEVEL.matcher(q);
                StringBuilder out = new StringBuilder();
                while (bare.find()) {
                    boolean named = q.substring(Math.max(0, bare.start() - 40), bare.start()).toLowerCase(java.util.Locale.ROOT).contains(y.toLowerCase(java.util.Locale.ROOT));
                    bare.appendReplacement(out, Matcher.quoteReplacement(bare.group(1) + (named ? "" : " " + y)));
                }
                bare.appendTail(out);
                q = out.toString();
            }
        } else {
            // in a thread about a chart, "y" is the quantity plotted so far: "y in $ instead, same point"
            q = q.replaceAll("(?i)(?<![\\w.$'\\d])y(?![\\w'])", "that");
        }
        if (x != null) {
            q = q.replaceAll("(?i)(?<![\\w.$'\\d])x(?![\\w'])", Matcher.quoteReplacement(x));
        } else {
            // "same x, bear line": the same point on the axis
            q = q.replaceAll("(?i)\\bsame x\\b", "same");
        }
        // "at what x does y cross 100bn", "where does it touch 15bn/yr": a crossing is a level reached
        return q.replaceAll("(?i)\\b(?:cross(?:es)?|touch(?:es)?)\\b(?= (?:above |over )?[\\d$.]|\\s+zero\\b)", "reach");
    }
}
