package org.thesisbot.core.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Unit;

/**
 * Reads questions that ask how a metric moves rather than what it is:
 * <ul>
 *   <li>grids: "irr by exit valuation and holding years", "how does the stake change between a $700B and a $1T
 *       post-money?", "moic for exit valuations from $500B to $2T in steps of $250B", "irr over 3 to 7 years";</li>
 *   <li>what matters most: "what matters most for the payoff?", "which assumption drives the IRR the most?";</li>
 *   <li>the scenarios side by side: "compare the scenarios", "bear/base/bull side by side", "chart the scenarios".</li>
 * </ul>
 * Strict on purpose: a question without a range, a "by X and Y", or one of those cues is not a sensitivity
 * question, so ordinary numeric questions ("what stake at $830B?") never land here. The metric comes from the
 * caller's metric reader (the interpreter's lexicon), so there is one list of words for metrics.
 *
 * <p>Self-contained: it does not know about threads. Follow-ups ("now the same for MOIC") are the caller's.
 */
public final class SensitivityQuestions {
    /** Words for the model's inputs, most specific first. Generic finance words, not words of any one document. */
    private static final Map<String, Pattern> INPUTS = new LinkedHashMap<>();

    static {
        INPUTS.put("holding_years", Pattern.compile("holding (?:periods?|years?|times?|horizons?)|hold(?:ing)? (?:for|period)|years? (?:held|of holding|to exit|until exit)|time to exit|(?:investment )?horizons?|\\byears\\b|\\bhold\\b"));
        INPUTS.put("compute_years", Pattern.compile("compute (?:years|window|period)"));
        INPUTS.put("post_money_valuation", Pattern.compile("post[- ]?money(?: valuations?)?|entry (?:valuations?|prices?)|round valuations?|(?:deal|purchase) prices?"));
        INPUTS.put("exit_valuation", Pattern.compile("exit (?:valuations?|values?|prices?)|valuations? at exit|terminal valuations?|exits?\\b"));
        INPUTS.put("aws_capture_share", Pattern.compile("capture(?: shares?| rates?)?|share of (?:openai'?s? )?compute(?: spend(?:ing)?)?|aws(?:'s)? share"));
        INPUTS.put("aws_operating_margin", Pattern.compile("(?:aws(?:'s)? )?(?:operating )?margins?"));
        INPUTS.put("openai_compute_spend", Pattern.compile("compute (?:spend(?:ing)?|budgets?|bills?)"));
        INPUTS.put("round_size", Pattern.compile("round sizes?|size of the round|(?:the )?raise\\b"));
        INPUTS.put("investment", Pattern.compile("investment (?:sizes?|amounts?)|(?:check|cheque|ticket) sizes?|amount invested|(?:the )?investment\\b"));
        INPUTS.put("capex_2026", Pattern.compile("\\bcap ?ex\\b"));
    }

    private static final Pattern TORNADO = Pattern.compile(
            "what matters (?:the )?most|matters? (?:the )?most|which (?:inputs?|assumptions?|drivers?|variables?|factors?|levers?) "
                    + "(?:matters?|drives?|moves?|swings?|counts?)|(?:biggest|main|key|largest|most important) (?:drivers?|levers?|swing factors?|sensitivit(?:y|ies))"
                    + "|most sensitive"
                    // (not a tornado the asker already has, named as where the answer goes: "the margin bar on my tornado", "for the
                    // tornado footnote")
                    + "|(?<!\\b(?:on|in|for|to|of|into) (?:my|our|the|your|this|that) )\\btornado\\b(?!\\s+(?:footnotes?|bars?|labels?|axis|legend|slides?|deck|captions?|title|notes?)\\b)"
                    + "|what drives (?:it|the \\w+)? ?(?:the )?most|what moves (?:the \\w+ |it )?(?:the )?most");
    private static final Pattern COMPARE = Pattern.compile(
            "side[- ]by[- ]side|compar\\w* (?:the |all |all the )?(?:three |3 )?(?:scenarios|cases)|(?:chart|plot|graph|visuali[sz]e|draw) (?:the |all )?(?:three |3 )?(?:scenarios|cases)");
    /** Words that ask to see variation. "from", "between" and "over" alone do not: "if it goes from $830B to $1.5T". */
    private static final Pattern GRID_WORDS = Pattern.compile(
            "\\b(?:change|changes|changing|move|moves|moving|vary|varies|varying|range|ranges|sensitiv\\w*|grid|table|heat ?map|matrix"
                    + "|chart|plot|graph|look like|looks like|evolve|evolves|across|for different|for various|at different|for a range of"
                    + "|steps?|increments?|each|every|valuations|values|margins|shares|periods|horizons)\\b| \\.\\. ");
    /** "by X and Y", "across X and Y", "over X": the inputs to vary. */
    /** Words that ask for a grid or a chart in so many words. */
    private static final Pattern ASKS_GRID = Pattern.compile("\\b(?:grid|table|heat ?map|matrix|chart|plot|graph|sensitiv\\w*|vary|varying|range)\\b");
    private static final Pattern BY = Pattern.compile(
            "\\b(?:by|across|over|against|vs\\.?|versus|for different|for various|at different|for a range of|as a function of|sensitivity to|sensitive to|depending on)\\s+(?:the |different |various |a range of )?");
    private static final Pattern JOIN = Pattern.compile("^\\s*(?:,|and|&|x|×|vs\\.?|versus|by|and by|and the|and different)\\s+(?:the |different )?");
    private static final Pattern RANGE_JOIN = Pattern.compile("^\\s*(?:\\.\\.|-|to|and|through|thru|up to)\\s*(?:an? |the )?$");
    /** Words between a range and an input named after it that show the input is another axis ("... by margin"). */
    private static final Pattern OTHER_AXIS = Pattern.compile("\\b(?:by|and|across|over|vs|versus|x|with)\\b");
    /** Too vague to vary on their own after "by": "irr by exit" is IRR at exit, not a grid. */
    private static final java.util.Set<String> VAGUE = java.util.Set.of("exit", "exits", "hold", "the investment", "investment");
    private static final Pattern RANGE_LEAD = Pattern.compile("(?:between|from|range(?:s|ing)? (?:from|of)?|of|for|at)\\s*(?:an? |the )?$");
    /** After an input's name: a single figure, so the input is fixed, not varied. */
    private static final Pattern FIXED = Pattern.compile("\\s*(?:of|at|=|is|to)?\\s*-?\\$?\\d");
    /**
     * A cheap test for a possible range: two figures joined by "to", "and", "-" or "..". The figure's tail is
     * bounded ({@code \\S{0,20}}, longer than any figure people write) so that a question of 2,000 digits
     * costs linear time, not the quadratic backtracking of {@code \\S*} (200 ms a question).
     */
    private static final Pattern RANGE_WORDS = Pattern.compile("\\d\\S{0,20}\\s*(?:\\.\\.|-|to|and|through|thru|up to)\\s*(?:an? |the )?\\$?\\d");
    private static final Pattern STEP = Pattern.compile("^,?\\s*(?:in |with |at )?(?:steps? (?:of )?|increments? of |every |step=?)\\s*$");

    private final ScenarioModel model;
    private final Function<String, List<Metric>> metricReader;

    /**
     * @param metricReader the metrics a question names, in order (the interpreter's reading of the text)
     */
    public SensitivityQuestions(ScenarioModel model, Function<String, List<Metric>> metricReader) {
        this.model = model;
        this.metricReader = metricReader;
    }

    /**
     * The sensitivity request this question makes, or empty when it is an ordinary question. Throws
     * {@link InvalidInputException} when it clearly asks for a grid that cannot be built (more than 15 values,
     * an invalid value), so the user learns why rather than getting a single number.
     */
    public Optional<SensitivityRequest> read(String question) {
        // "500b..2t": the figure reader needs the dots apart from the figures
        String s = Amounts.normalise(question).replace("..", " .. ").replaceAll("\\s+", " ");
        List<String> cues = new ArrayList<>();
        Matcher tornado = TORNADO.matcher(s);
        Matcher compare = COMPARE.matcher(s);
        List<Axis> by = byInputs(s, cues);
        boolean anyRange = RANGE_WORDS.matcher(s).find();
        if (!tornado.find() && !compare.find() && by.isEmpty() && !anyRange) {
            return Optional.empty(); // cheap exit: most questions never reach the metric reader
        }
        List<Metric> metrics = metrics(s);
        if (metrics == null) {
            return Optional.empty(); // the question itself is unusable: the ordinary path explains why
        }
        Metric metric = first(metrics);
        if (tornado.reset().find()) {
            cues.clear();
            cues.add("sensitivity: " + tornado.group());
            return Optional.of(new SensitivityRequest(SensitivityRequest.Kind.TORNADO, metric, null, null, cues));
        }
        List<Axis> axes = new ArrayList<>(ranges(s, metric, cues));
        for (Axis a : by) {
            if (axes.stream().noneMatch(x -> x.input().equals(a.input())) && axes.size() < 2) {
                axes.add(a);
            }
        }
        if (!axes.isEmpty() && metric != null && (GRID_WORDS.matcher(s).find() || !by.isEmpty())) {
            axes.sort((a, b) -> Integer.compare(a.position(), b.position()));
            Range rows = axes.get(0).range(model);
            Range cols = axes.size() > 1 ? axes.get(1).range(model) : null;
            return Optional.of(new SensitivityRequest(SensitivityRequest.Kind.GRID, metric, rows, cols, cues));
        }
        if (compare.reset().find()) {
            cues.clear();
            cues.add("sensitivity: " + compare.group());
            return Optional.of(new SensitivityRequest(SensitivityRequest.Kind.COMPARE, metric, null, null, cues));
        }
        return Optional.empty();
    }

    /** The metrics named, or null when the metric reader finds the question unusable (a 130% share, say). */
    private List<Metric> metrics(String s) {
        // input words ("exit valuation", "holding years") are not metrics: read the metric without them
        String withoutInputs = s;
        for (Pattern p : INPUTS.values()) {
            withoutInputs = p.matcher(withoutInputs).replaceAll(" ");
        }
        try {
            List<Metric> found = metricReader.apply(withoutInputs);
            return found.isEmpty() ? metricReader.apply(s) : found;
        } catch (org.thesisbot.core.api.BadQuestionException e) {
            return null;
        }
    }

    private static Metric first(List<Metric> metrics) {
        return metrics.isEmpty() ? null : metrics.get(0);
    }

    /** An input to vary, where the question mentions it, with its range when one was given. */
    private record Axis(String input, Range given, int position) {
        Range range(ScenarioModel model) {
            return given != null ? given : Range.around(model, model.require(input));
        }
    }

    /** "between $700B and $1T post-money", "from 3 to 7 years", "500B..2T step 250B". */
    private List<Axis> ranges(String s, Metric metric, List<String> cues) {
        List<Amount> figures = new ArrayList<>(Amounts.find(s));
        figures.removeIf(a -> a.kind() == Amount.Kind.CALENDAR_YEAR);
        List<Axis> out = new ArrayList<>();
        for (int i = 0; i + 1 < figures.size(); i++) {
            Amount a = figures.get(i);
            Amount b = figures.get(i + 1);
            if (b.start() < a.end() || !RANGE_JOIN.matcher(s.substring(a.end(), b.start())).matches()) {
                continue;
            }
            if (a.kind() != b.kind() && a.kind() != Amount.Kind.PLAIN && b.kind() != Amount.Kind.PLAIN) {
                continue; // "the exit at 1.5T and a 0 year hold": two inputs' figures, not the ends of one range
            }
            String join = s.substring(a.end(), b.start()).trim();
            String before = s.substring(Math.max(0, a.start() - 30), a.start());
            if (!join.equals("..") && !join.equals("to") && !RANGE_LEAD.matcher(before).find()) {
                continue; // "$50B and $830B" is two figures, not a range
            }
            Amount step = null;
            if (i + 2 < figures.size() && STEP.matcher(s.substring(b.end(), figures.get(i + 2).start())).matches()) {
                step = figures.get(i + 2);
            }
            String input = inputFor(s, a.start(), (step != null ? step : b).end(), a, b, metric);
            if (input == null || out.stream().anyMatch(x -> x.input().equals(input))) {
                continue;
            }
            Input in = model.require(input);
            Range r = Range.between(in, value(a, b, in), value(b, a, in), step == null ? null : value(step, step, in));
            cues.add("range: " + s.substring(a.start(), (step != null ? step : b).end()));
            out.add(new Axis(input, r, a.start()));
            if (out.size() == 2) {
                break;
            }
            i += step != null ? 2 : 1;
        }
        return out;
    }

    /** "by exit valuation and holding years": inputs named after "by", "across", "over" ..., with default ranges. */
    private List<Axis> byInputs(String s, List<String> cues) {
        List<Axis> out = new ArrayList<>();
        Matcher by = BY.matcher(s);
        while (by.find() && out.size() < 2) {
            int at = by.end();
            Named first = inputAt(s, at);
            if (first != null && (by.group().startsWith("over") || by.group().startsWith("across")) && model.require(first.input()).unit() == Unit.YEARS
                    && (!first.text().endsWith("s") || first.text().equals("years") && by.group().endsWith("the "))
                    && !by.group().contains("different") && !by.group().contains("range")
                    && !ASKS_GRID.matcher(s).find()) {
                // "what profit over (across) the compute window": over that one period, not varying it; "spread evenly over
                // the years": over time
                continue;
            }
            if (first == null || FIXED.matcher(s.substring(first.end())).lookingAt()) {
                continue; // "by a post-money of $1T" fixes a value, it does not vary it
            }
            out.add(new Axis(first.input(), null, at));
            cues.add("by " + first.text());
            Matcher join = JOIN.matcher(s.substring(first.end()));
            if (join.find()) {
                Named second = inputAt(s, first.end() + join.end());
                if (second != null && !second.input().equals(first.input())) {
                    out.add(new Axis(second.input(), null, first.end() + join.end()));
                    cues.add("by " + second.text());
                }
            }
            break;
        }
        return out;
    }

    private record Named(String input, String text, int end) {
    }

    /** The input whose words start at {@code at}, if any. */
    private Named inputAt(String s, int at) {
        Named best = null;
        for (Map.Entry<String, Pattern> e : INPUTS.entrySet()) {
            Matcher m = e.getValue().matcher(s);
            m.region(at, s.length());
            if (m.lookingAt() && !VAGUE.contains(m.group()) && (best == null || m.end() > best.end())) {
                best = new Named(e.getKey(), m.group(), m.end());
            }
        }
        if (best == null && s.startsWith("valuation", at)) {
            return null; // "valuation" alone: entry or exit is unclear without a range to read by
        }
        return best;
    }

    /** The input a range sets: the input named nearest to it, else the one its unit and the metric imply. */
    private String inputFor(String s, int start, int end, Amount a, Amount b, Metric metric) {
        String input = null;
        int distance = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> e : INPUTS.entrySet()) {
            Matcher m = e.getValue().matcher(s);
            while (m.find()) {
                int d = m.end() <= start ? start - m.end() : m.start() >= end ? m.start() - end : 0;
                if (m.start() >= end && OTHER_AXIS.matcher(s.substring(end, m.start())).find()) {
                    continue;
                }
                if (d <= 30 && d < distance && fits(model.require(e.getKey()), a, b)) {
                    input = e.getKey();
                    distance = d;
                }
            }
        }
        if (input != null) {
            return input;
        }
        boolean years = a.kind() == Amount.Kind.YEARS || b.kind() == Amount.Kind.YEARS;
        boolean ratio = a.kind() == Amount.Kind.RATIO || b.kind() == Amount.Kind.RATIO;
        boolean money = a.kind() == Amount.Kind.MONEY || b.kind() == Amount.Kind.MONEY;
        if (years) {
            return "holding_years";
        }
        if (ratio) {
            return metric == Metric.AWS_COMPUTE_PROFIT && s.contains("margin") ? "aws_operating_margin" : "aws_capture_share";
        }
        if (money && s.contains("valu")) {
            boolean entry = metric == Metric.STAKE || metric == Metric.PRE_MONEY_VALUATION
                    || s.matches(".*\\b(?:entry|buy|post[- ]?money|round)\\b.*");
            return entry ? "post_money_valuation" : "exit_valuation";
        }
        if (money && metric != null) {
            return switch (metric) {
                case STAKE, PRE_MONEY_VALUATION -> "post_money_valuation";
                case STAKE_VALUE, MOIC, IRR, GAIN, COMBINED_PAYOFF -> "exit_valuation";
                default -> null;
            };
        }
        return null;
    }

    private static boolean fits(Input in, Amount a, Amount b) {
        for (Amount x : List.of(a, b)) {
            boolean ok = switch (in.unit()) {
                case USD_BILLIONS -> x.kind() == Amount.Kind.MONEY || x.kind() == Amount.Kind.PLAIN;
                case RATIO -> x.kind() == Amount.Kind.RATIO;
                case YEARS -> x.kind() == Amount.Kind.YEARS || x.kind() == Amount.Kind.PLAIN;
                case MULTIPLE -> x.kind() == Amount.Kind.MULTIPLE || x.kind() == Amount.Kind.PLAIN;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** A figure in the input's unit; "$700B and $1T": each end keeps its own unit. "3 to 7 years": 3 is years too. */
    private static BigDecimal value(Amount x, Amount other, Input in) {
        if (in.unit() == org.thesisbot.core.api.Unit.RATIO && x.kind() == Amount.Kind.PLAIN && other.kind() == Amount.Kind.RATIO
                && other.text().contains("%")) {
            return x.value().movePointLeft(2); // "30 to 70%"
        }
        if (in.unit() == org.thesisbot.core.api.Unit.USD_BILLIONS && x.kind() == Amount.Kind.PLAIN
                && other.kind() == Amount.Kind.MONEY && other.text().matches("(?i).*(?:t|tn|tr|trillions?)$")
                && x.value().compareTo(BigDecimal.valueOf(100)) < 0) {
            return x.value().multiply(BigDecimal.valueOf(1000)); // "1 to 2 trillion"
        }
        return x.value();
    }
}
