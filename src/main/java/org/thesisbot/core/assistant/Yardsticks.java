package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;

/**
 * A figure of the asker's own that the model does not have, used as a yardstick: Amazon's net sales, AWS's operating
 * income, a free cash flow, a return on capital ("in bps of amzn trailing net sales [~640bn, mine]", "how many qtrs of aws
 * op income [~40bn/yr]", "to 10% of amzn fy operating income [i have ~70bn]", "the bps gap to amzn's ~11% roic"). Such a
 * figure is never an input: it is taken out of the question. A goal said in it ("the gain to equal a full yr of aws op
 * income (~40bn)") is said as the sum it is ($40B); a number asked in it ("in bps of", "as % of", "in months of", "how
 * many qtrs of", "as a multiple of") is answered as usual and then set against it; a rate set beside it ("bps over amzn's
 * roic") is given as the gap.
 */
final class Yardsticks {
    /** How a number is set against a yardstick. */
    enum Per { BPS, PERCENT, MULTIPLE, MONTHS, QUARTERS, YEARS, GAP }

    /** One yardstick: what it is, its figure a year (a rate as a fraction), and how the answer is set against it (null: not asked). */
    record Stick(String name, BigDecimal figure, boolean rate, Per per) {
    }

    /** The question without the yardsticks, and each one found. */
    record Found(String question, List<Stick> sticks, List<String> notes) implements Reframing {
        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            a = Reframing.noted(a, notes);
            for (Stick s : sticks) {
                if (s.per() != null) {
                    String set = against(a.results(), s);
                    if (set != null) {
                        a = RoutingAssistant.withNote(a, set);
                    }
                }
            }
            return a;
        }
    }

    private static final String OWNER = "(?:amzn|amazon|aws|amazon\\.com)(?:'?s)?";
    private static final String QUALIFIER = "(?:(?:trailing|fy|full[- ]year|annual|yearly|quarterly|ttm|reported|actual|total|own|segment|latest|last)\\s)";
    /** What a yardstick is: never one of the model's inputs or metrics ("capex" only at another year's level). */
    private static final String WHAT = "(?:net sales|sales|revenues?|top ?line|run-?rate|op(?:erating)? income|oi\\b|operating cash flow|ocf|fcf|free cash flow|net income"
            + "|roic|return on (?:invested )?capital|cloud (?:mkt |market )?share|segment margin|ebitda|market cap|20(?:1\\d|2[0-5]) (?:actual )?capex|capex at 20(?:1\\d|2[0-5]) levels)";
    /** What is a yardstick even without an owner's name: nothing of the model's is called this. */
    private static final String WHAT_ALONE = "(?:20(?:1\\d|2[0-5]) (?:actual )?capex|capex at 20(?:1\\d|2[0-5]) levels|fcf|free cash flow|operating cash flow|net income|roic)";
    private static final String FIGURE = "~?\\$?(?<v>\\d{1,5}(?:[.,]\\d{1,3})?)\\s?(?<u>bn|b|billion|tn|t|trillion|%|pct)(?:\\s?(?:/|a|per|an?)\\s?(?<p>yr|year|qtr|quarter|q)\\b)?";
    /** "amzn trailing net sales [~640bn, mine]", "aws OI ~40bn/yr", "amzn fcf (fcf ~55bn/yr, mine)", "amzn fy operating income [i have ~70bn, use it]". */
    private static final Pattern NAME_THEN_FIGURE = Pattern.compile(
            "\\b(?<name>" + OWNER + "\\s" + QUALIFIER + "*(?:20\\d\\d\\s)?(?:" + QUALIFIER + ")*" + WHAT + "|" + WHAT_ALONE + ")(?<gap>[^\\d\\n.?!;]{0,28}?)" + FIGURE
                    + "(?<tail>[^\\])\\n]{0,40}?[\\])]|(?:,?\\s(?:mine|my (?:number|figure|math)|as given|take as given|use (?:mine|it|that)|by my math))+)?");
    /** "amzn's ~11% roic", "aws's ~30% cloud mkt share": the figure before what it is. */
    private static final Pattern FIGURE_THEN_NAME = Pattern.compile(
            "\\b(?<owner>" + OWNER + ")\\s" + FIGURE + "\\s(?<name>" + QUALIFIER + "*" + WHAT + ")(?<tail>\\s?[\\[(][^\\])\\n]{0,40}[\\])]|(?:,?\\s(?:\\(?mine\\)?|my (?:number|figure|math)|as given))+)?");
    /** The asker's own words for a figure the model does not have, alone: "(i carry ~40bn, use that)", "which i have at ~11%". */
    private static final Pattern CARRIED = Pattern.compile(
            "\\b(?<name>" + OWNER + "\\s" + QUALIFIER + "*" + WHAT + ")(?<gap>[^\\d\\n]{0,30}?\\b(?:i (?:carry|have|use|got|put)|which i have)(?:\\sit)?(?:\\sat)?\\s)" + FIGURE
                    + "(?<tail>[^\\])\\n]{0,30}?[\\])]|(?:,?\\s(?:use (?:that|it|mine)|mine|as given))+)?");

    /** "in bps of", "as % of", "in months of", "how many qtrs of", "as a multiple of", "-> bps of": what the answer is set in. */
    private static final Pattern IN = Pattern.compile(
            "(?<per>bps|basis points|%|pct|percent(?:age)?|a multiple|multiple|x|months?|qtrs?|quarters?|yrs?|years?)\\s(?:of\\s)?(?:the\\s)?$");
    /** "what pct of … is that", "… - how many qtrs?": the unit asked after the yardstick. */
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow many\\s(?<per>bps|qtrs?|quarters?|months?|yrs?|years?|x|times)\\b|\\bwhat\\s(?<pct>pct|%|percent(?:age)?|share)\\s(?:of)\\b");
    /** A goal in it: "to 10% of", "= 50bps of", "to equal a full yr of", "worth 2 qtrs of", "exactly 6 months of", "a year's worth of". */
    private static final Pattern GOAL = Pattern.compile(
            "(?:\\b(?:to|equals?|equal to|at|worth|is|be|reach(?:es)?|hits?)|=)\\s(?:exactly\\s|roughly\\s|about\\s)?"
                    + "(?<k>(?:(?<n>\\d{1,4}(?:\\.\\d{1,3})?)\\s?(?<ku>bps|%|x|months?|qtrs?|quarters?|(?:full\\s)?yrs?|(?:full\\s)?years?))|(?:a|one)\\s(?:full\\s)?(?:yr|year)(?:'s worth)?|a\\s(?:yr|year)'s\\sworth|half\\sa\\s(?:yr|year))"
                    + "\\s(?:of\\s)?(?:the\\s)?$");
    /** A rate set beside a rate: "bps over amzn's roic", "the bps gap to", "bps vs", "how many bps above". */
    private static final Pattern GAP = Pattern.compile("\\bbps\\b|\\bgap\\b|\\bover\\b|\\babove\\b|\\bbelow\\b|\\bunder\\b");

    private Yardsticks() {
    }

    static Optional<Found> find(String text) {
        if (text == null || text.length() > 2_000) {
            return Optional.empty();
        }
        String s = text;
        List<Stick> sticks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int guard = 0; guard < 4; guard++) {
            String lower = s.toLowerCase(Locale.ROOT);
            Matcher m = first(lower);
            if (m == null) {
                break;
            }
            if (!external(m)) {
                // ("aws revenue … $115bn", "aws run-rate = 16bn/yr": the model's own AWS revenue from OpenAI, not a yardstick)
                break;
            }
            String name = m.group("name").strip();
            boolean before = m.pattern() == FIGURE_THEN_NAME;
            String unit = m.group("u").toLowerCase(Locale.ROOT);
            boolean rate = unit.equals("%") || unit.equals("pct");
            BigDecimal v = new BigDecimal(m.group("v").replace(",", "."));
            BigDecimal figure = rate ? v.movePointLeft(2) : unit.startsWith("t") ? v.movePointRight(3) : v;
            String p = m.group("p");
            boolean quarterly = p != null && p.startsWith("q");
            BigDecimal annual = quarterly ? figure.multiply(BigDecimal.valueOf(4)) : figure;
            int start = before ? m.start("owner") : m.start("name");
            int end = m.end();
            String said = s.substring(start, end).strip();
            String head = lower.substring(0, start);
            Matcher goal = GOAL.matcher(head);
            Matcher in = IN.matcher(head);
            String shown = (rate ? Format.percent(figure) : Format.money(figure) + (quarterly ? " a quarter" : ""));
            if (!rate && goal.find()) {
                // a goal said in the yardstick: the sum it is
                BigDecimal k = multiplier(goal, quarterly);
                BigDecimal sum = k.multiply(annual, MathContext.DECIMAL64).stripTrailingZeros();
                String sumText = Format.money(sum);
                notes.add("Reading \u201c" + s.substring(goal.start("k"), end).strip() + "\u201d as " + sumText + ": "
                        + goalWords(goal) + " your figure for " + name + " (" + shown + "), which the model does not have.");
                s = s.substring(0, goal.start("k")) + sumText.replace("$", "") .replace("B", "bn") + " " + s.substring(end);
                continue;
            }
            Per per = null;
            int cut = start;
            if (in.find()) {
                per = per(in.group("per"));
                cut = in.start();
                // ("in bps of", "as % of", "-> bps of": the words that ask for it go with it)
                Matcher lead = Pattern.compile("(?:\\b(?:in|as|into|expressed in|=)\\s(?:a\\s)?|->\\s?)$").matcher(lower.substring(0, cut));
                if (lead.find()) {
                    cut = lead.start();
                }
            } else {
                Matcher how = HOW_MANY.matcher(lower.substring(end));
                if (how.find()) {
                    per = how.group("pct") != null ? Per.PERCENT : per(how.group("per"));
                } else if (rate && GAP.matcher(lower).find()) {
                    per = Per.GAP;
                } else if (!rate) {
                    per = Per.PERCENT; // ("sizing it vs aws fy op income", "vs my 116"): set against it as a share
                }
            }
            if (rate && per != null && per != Per.GAP) {
                per = Per.GAP;
            }
            sticks.add(new Stick(name, rate ? figure : annual, rate, per));
            notes.add("I didn't use " + shown + " as an input: it is your figure for " + name + ", which the model does not have"
                    + (per == null ? "." : "; the answer is set against it below."));
            s = s.substring(0, cut) + " " + s.substring(end);
        }
        if (sticks.isEmpty() && notes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Found(s.replaceAll("\\s{2,}", " ").replaceAll("\\s+([,.?!])", "$1").strip(), sticks, notes));
    }

    /** What only the asker's books have: never a figure of the model, whatever the words around it. */
    private static final Pattern NEVER_MODEL = Pattern.compile(
            "net sales|op(?:erating)? income|\\boi\\b|operating cash flow|\\bocf\\b|\\bfcf\\b|free cash flow|net income|roic|return on|cloud (?:mkt |market )?share"
                    + "|segment|ebitda|market cap|capex");
    /** The asker's own figure, said so: "mine", "my number", "as given", "i carry", "trailing", "fy". */
    private static final Pattern OWN = Pattern.compile(
            "\\b(?:mine|my (?:number|figure|math|own)|as given|take as given|use (?:mine|it|that)|i (?:carry|have|use)|which i have|by my math|trailing|fy|ttm|reported|segment)\\b");

    /**
     * Whether a yardstick found is the asker's: named as something the model never has ("net sales", "op income"), or,
     * named as revenue or a run-rate (which the model has from OpenAI), said to be the asker's own ("~108bn trailing, mine").
     */
    private static boolean external(Matcher m) {
        String name = m.group("name");
        String all = m.group();
        return NEVER_MODEL.matcher(name).find() || OWN.matcher(all).find() && !all.matches("(?s).*\\b(?:from|off|on) (?:oai|openai|open ai)\\b.*");
    }

    /** The earliest yardstick in the text, of any of the three shapes. */
    private static Matcher first(String lower) {
        Matcher best = null;
        for (Pattern p : List.of(NAME_THEN_FIGURE, FIGURE_THEN_NAME, CARRIED)) {
            Matcher m = p.matcher(lower);
            if (m.find() && (best == null || m.start() < best.start())) {
                best = m;
            }
        }
        return best;
    }

    private static Per per(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("bps") || w.startsWith("basis")) {
            return Per.BPS;
        }
        if (w.startsWith("month")) {
            return Per.MONTHS;
        }
        if (w.startsWith("q")) {
            return Per.QUARTERS;
        }
        if (w.startsWith("y")) {
            return Per.YEARS;
        }
        if (w.contains("multiple") || w.equals("x") || w.equals("times")) {
            return Per.MULTIPLE;
        }
        return Per.PERCENT;
    }

    /** How many years of the yardstick a goal is (a share of it: that share): "2 qtrs" of an annual figure is 0.5. */
    private static BigDecimal multiplier(Matcher goal, boolean quarterly) {
        if (goal.group("n") == null) {
            return goal.group("k").startsWith("half") ? new BigDecimal("0.5") : BigDecimal.ONE;
        }
        BigDecimal n = new BigDecimal(goal.group("n"));
        String u = goal.group("ku").replace("full ", "");
        if (u.equals("bps")) {
            return n.movePointLeft(4);
        }
        if (u.equals("%")) {
            return n.movePointLeft(2);
        }
        if (u.startsWith("month")) {
            return n.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64);
        }
        if (u.startsWith("q")) {
            return n.divide(BigDecimal.valueOf(4), MathContext.DECIMAL64);
        }
        return n; // years, or a multiple
    }

    private static String goalWords(Matcher goal) {
        return goal.group("k").strip() + " of";
    }

    /** Each money result set against a yardstick of money, or each rate beside a rate; null when none is. */
    private static String against(List<MetricResult> results, Stick s) {
        List<String> each = new ArrayList<>();
        for (MetricResult r : results) {
            if (r.value() == null || r.kind() == MetricResult.Kind.INPUT && !s.rate()) {
                continue;
            }
            if (s.rate() && r.unit() == Unit.RATIO) {
                BigDecimal gap = r.value().subtract(s.figure()).movePointRight(4);
                each.add(r.label() + " " + Format.value(r.value(), Unit.RATIO) + " is " + Format.plain(gap.abs(), 1) + " bps "
                        + (gap.signum() >= 0 ? "above" : "below") + " it");
            } else if (!s.rate() && r.unit() == Unit.USD_BILLIONS) {
                each.add(r.label() + " " + Format.money(r.value()) + " is " + express(r.value(), s));
            }
        }
        if (each.isEmpty()) {
            return null;
        }
        return "Set against your " + s.name() + " (" + (s.rate() ? Format.percent(s.figure()) : Format.money(s.figure()) + " a year") + "): "
                + String.join("; ", each) + ".";
    }

    private static String express(BigDecimal v, Stick s) {
        BigDecimal y = s.figure();
        return switch (s.per() == null ? Per.PERCENT : s.per()) {
            case BPS -> Format.plain(v.divide(y, MathContext.DECIMAL64).movePointRight(4), 1) + " bps of it";
            case MULTIPLE -> Format.plain(v.divide(y, MathContext.DECIMAL64), 2) + "x it";
            case MONTHS -> Format.plain(v.divide(y, MathContext.DECIMAL64).multiply(BigDecimal.valueOf(12)), 1) + " months of it";
            case QUARTERS -> Format.plain(v.divide(y, MathContext.DECIMAL64).multiply(BigDecimal.valueOf(4)), 1) + " quarters of it";
            case YEARS -> Format.plain(v.divide(y, MathContext.DECIMAL64), 2) + " years of it";
            default -> Format.plain(v.divide(y, MathContext.DECIMAL64).movePointRight(2), 1) + "% of it";
        };
    }
}
