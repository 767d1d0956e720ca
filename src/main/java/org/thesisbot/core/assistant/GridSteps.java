package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * A goal solved on a grid of round numbers, the way a counter-offer or a slide is built: "what's the smallest exit, in
 * whole $100bn steps, that gets our $50bn to 2x?", "the highest post on our $25bn grid that still buys 6%", "rounded up to
 * the nearest quarter-trillion". The goal is solved exactly as before; the solved input is then taken to the grid, up for
 * the smallest (or "round up") and down for the largest (or "round down"), or, with no such word, to the grid point next
 * to it that still meets the goal; and the goal's metric is computed there. Asked for, it also gives the exact value
 * ("before rounding", "unrounded", "how much room") and the metric one step below, above or either side.
 */
final class GridSteps {
    private static final MathContext MC = MathContext.DECIMAL128;
    /** Solved values carry about 15 digits; a grid point is found on the value rounded to 12, so 2074.99999999999 is 2075. */
    private static final MathContext SOLVED_DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);
    private static final int MAX_STEPS = 100_000;

    private static final String MONEY = "\\$?(?<n%1$s>\\d{1,4}(?:[.,]\\d{1,3})?)\\s?(?<u%1$s>bn|b|billion|tn|t|trillion)";
    private static final String PART = "(?<w%1$s>quarter|half)[- ]?(?:a[- ])?(?:trillion|tn|t)";
    private static final String PCT = "(?<p%1$s>\\d{1,2}(?:\\.\\d{1,2})?)\\s?(?:%%|pct|percent|pts?|points?|percentage[- ]points?)";
    private static final String SIZE = "(?:" + MONEY + "|" + PART + "|" + PCT + ")";
    private static final String STEP_WORD = "(?:steps?|increments?|grid(?:\\s+points?)?|intervals?|jumps?|notches?)";
    /** The grid, said in one of these ways (each a span taken out of the question). */
    private static final Pattern STEP = Pattern.compile(
            ",?\\s*(?:in|on|to|at|using|for)\\s+(?:our\\s+|the\\s+|an?\\s+|whole\\s+|even\\s+|round\\s+|clean\\s+)*" + SIZE.formatted("a", "a", "a", "a") + "\\s*" + STEP_WORD + "\\b,?"
                    + "|,?\\s*rounded\\s+(?<dir>up|down)\\s+to\\s+(?:the\\s+nearest\\s+|our\\s+|a\\s+)?(?:whole\\s+)?" + SIZE.formatted("b", "b", "b", "b") + "(?:\\s*" + STEP_WORD + ")?\\b,?"
                    + "|,?\\s*(?:rounded\\s+)?to\\s+the\\s+nearest\\s+(?:whole\\s+)?" + SIZE.formatted("c", "c", "c", "c") + "(?:\\s*" + STEP_WORD + ")?\\b,?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ROUND = Pattern.compile("\\bround(?:ed)?\\s+(?<r>up|down)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern UP = Pattern.compile("\\b(?:smallest|lowest|minimum|min|cheapest|earliest|fewest|least\\s+(?!\\d))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOWN = Pattern.compile("\\b(?:highest|largest|biggest|maximum|max|most(?!\\s+of)|latest|richest)\\b", Pattern.CASE_INSENSITIVE);

    /** The goal's sense, where no word of direction says which grid point: at most ("no more than $15bn", "below $85bn"). */
    private static final Pattern AT_MOST = Pattern.compile(
            "\\b(?:no\\s+more\\s+than|at\\s+most|not\\s+more\\s+than|below|under|within|less\\s+than|or\\s+less|caps?|capped|max(?:imum)?\\s+of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EITHER_SIDE = Pattern.compile("\\b(?:either\\s+side|both\\s+sides|each\\s+side|on\\s+each\\s+side|(?:steps?|points?|posts?|exits?|checks?)\\s+around\\s+it|neighbou?ring\\s+(?:steps|points))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BELOW = Pattern.compile(
            "\\b(?:(?:the\\s+)?(?:step|point|one|notch)\\s+(?:just\\s+)?(?:under|below)|next\\s+(?:step|point|notch)\\s+down|one\\s+(?:step|notch)\\s+(?:down|below|under)|the\\s+step\\s+before)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ABOVE = Pattern.compile(
            "\\b(?:(?:the\\s+)?(?:step|point|one|notch)\\s+(?:just\\s+)?above|next\\s+(?:step|point|notch)\\s+up|one\\s+(?:step|notch)\\s+up|the\\s+step\\s+after)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXACT = Pattern.compile("\\bexact\\b|\\bunrounded\\b|\\bbefore\\s+(?:any\\s+)?rounding\\b|\\bhow\\s+much\\s+room\\b|\\bheadroom\\b",
            Pattern.CASE_INSENSITIVE);

    /** Words that leave a grid the thread keeps: "the exact breakeven exit, before any rounding". */
    static final Pattern LEAVE = Pattern.compile("(?i)\\bexact\\b|\\bunrounded\\b|\\bbefore\\s+(?:any\\s+)?rounding\\b|\\bno\\s+rounding\\b|\\b(?:forget|drop|off)\\s+the\\s+grid\\b|\\bnot\\s+rounded\\b");
    /** The grid a thread keeps, as {@link Frames} says it after a follow-up. */
    private static final Pattern CARRIED = Pattern.compile("\\(in [^()]{1,20} steps\\)\\s*$");

    private static final String GRID_LABEL = " on a grid of ";

    /** Which way the solved value goes to the grid. */
    enum Way { UP, DOWN, MEETS }

    record Found(String question, BigDecimal step, boolean ratio, String said, Way way, boolean atMost, boolean exact, boolean below, boolean above,
            boolean carried, Calculator calculator) implements Reframing {

        @Override
        public Optional<String> kept() {
            return Optional.of("in " + said + " steps");
        }

        @Override
        public Answer told(Answer a) {
            return told(a, Map.of());
        }

        @Override
        public Answer told(Answer a, Map<InputId, BigDecimal> inForce) {
            Optional<MetricResult> solvedIn = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null).findFirst();
            if (solvedIn.isEmpty()) {
                // nothing solved: a grid has nothing to round (a follow-up of the thread that asks a plain number), unless the
                // steps either side of a figure the question gave are asked, and no smallest or largest ("at a $950bn post, and
                // the $25bn steps either side")
                return carried || way != Way.MEETS || !below && !above ? a : aroundGiven(a, inForce);
            }
            MetricResult solved = solvedIn.get();
            Optional<MetricResult> goalIn = a.results().stream()
                    .filter(r -> r.kind() == MetricResult.Kind.METRIC && r.value() != null && r.scenario().equals(solved.scenario())).findFirst();
            Optional<Metric> metric = goalIn.flatMap(g -> Metric.byId(g.metric()));
            if (goalIn.isEmpty() || metric.isEmpty()) {
                return a;
            }
            MetricResult goal = goalIn.get();
            if (ratio != (solved.unit() == Unit.RATIO)) {
                return carried ? a : RoutingAssistant.withNote(a, "Your grid of " + said + " is not in the unit of " + Format.inSentence(solved.label()) + ", so I gave the exact value.");
            }
            BigDecimal precise = solved.value().round(SOLVED_DIGITS);
            BigDecimal n = precise.divide(step, MC);
            if (n.abs().compareTo(BigDecimal.valueOf(MAX_STEPS)) > 0) {
                return RoutingAssistant.withNote(a, "The exact value is more than " + MAX_STEPS + " steps of " + said + " from zero; I gave it as it is.");
            }
            BigDecimal down = n.setScale(0, RoundingMode.FLOOR).multiply(step);
            BigDecimal up = n.setScale(0, RoundingMode.CEILING).multiply(step);
            Map<String, BigDecimal> at = StakeInputs.every(a, goal, inForce, calculator.model());
            String scenario = solved.scenario();
            BigDecimal point;
            if (way == Way.UP) {
                point = up;
            } else if (way == Way.DOWN) {
                point = down;
            } else {
                // the grid point next to the exact value at which the goal still holds
                BigDecimal target = goal.value();
                BigDecimal atDown = value(metric.get(), scenario, at, solved.metric(), down);
                point = atDown != null && (atMost ? atDown.compareTo(target) <= 0 : atDown.compareTo(target) >= 0) ? down : up;
            }
            MetricResult there;
            try {
                there = computed(metric.get(), scenario, at, solved.metric(), point);
            } catch (RuntimeException e) {
                return RoutingAssistant.withNote(a, "At " + Format.value(point, solved.unit()) + ", the grid point, " + Format.inSentence(goal.label()) + " can't be computed; I gave the exact value.");
            }
            List<MetricResult> results = new ArrayList<>();
            results.add(new MetricResult(solved.metric(), solved.label() + GRID_LABEL + said, point, solved.unit(), scenario, solved.inputs(),
                    Format.value(precise, solved.unit()) + " taken " + (point.compareTo(precise) >= 0 ? "up" : "down") + " to the grid of " + said,
                    "The exact value taken to the grid point " + (way == Way.MEETS ? "next to it that still meets the goal." : way == Way.UP ? "above it." : "below it."),
                    MetricResult.Kind.SOLVED));
            results.add(there);
            StringBuilder head = new StringBuilder();
            head.append("*On a grid of ").append(said).append(": ").append(Format.inSentence(solved.label())).append(" of ")
                    .append(Format.value(point, solved.unit())).append(", where ").append(Format.inSentence(shortLabel(goal.label()))).append(" is ")
                    .append(Format.value(there.value(), there.unit())).append("* (").append(scenario).append(" case)\n");
            List<String> sides = new ArrayList<>();
            for (BigDecimal p : neighbours(point)) {
                try {
                    MetricResult side = computed(metric.get(), scenario, at, solved.metric(), p);
                    results.add(side);
                    sides.add(Format.value(p, solved.unit()) + ": " + Format.value(side.value(), side.unit()));
                } catch (RuntimeException e) {
                    sides.add(Format.value(p, solved.unit()) + ": can't be computed (" + e.getMessage() + ")");
                }
            }
            if (!sides.isEmpty()) {
                head.append("One step away: ").append(String.join("; ", sides)).append(".\n");
            }
            if (exact) {
                head.append("Exact, before rounding: ").append(Format.value(solved.value(), solved.unit())).append(" (")
                        .append(Format.value(point.subtract(precise).abs(), solved.unit())).append(" of room to the grid point).\n");
            }
            results.addAll(a.results()); // (the exact solution, and the goal it meets, stay beside)
            String text = head + "_Solved exactly:_\n" + a.text();
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }

        /** The answer's metric at the one figure the question gave in the grid's unit, a step below and above it. */
        private Answer aroundGiven(Answer a, Map<InputId, BigDecimal> inForce) {
            MetricResult r = a.results().stream().filter(x -> x.kind() == MetricResult.Kind.METRIC && x.value() != null).findFirst().orElse(null);
            Optional<Metric> metric = r == null ? Optional.empty() : Metric.byId(r.metric());
            if (metric.isEmpty()) {
                return a;
            }
            List<org.thesisbot.core.api.InputUsed> given = r.inputs().stream()
                    .filter(i -> i.origin() == org.thesisbot.core.api.InputOrigin.QUESTION && (i.unit() == Unit.RATIO) == ratio && i.value() != null).toList();
            if (given.size() != 1) {
                return a; // (no figure, or two, that the steps could be of: the answer as it is)
            }
            String input = given.get(0).id();
            Map<String, BigDecimal> at = StakeInputs.every(a, r, inForce, calculator.model());
            List<MetricResult> results = new ArrayList<>(a.results());
            List<String> sides = new ArrayList<>();
            for (BigDecimal p : neighbours(given.get(0).value())) {
                try {
                    MetricResult side = computed(metric.get(), r.scenario(), at, input, p);
                    results.add(side);
                    sides.add(Format.value(p, given.get(0).unit()) + ": " + Format.value(side.value(), side.unit()));
                } catch (RuntimeException e) {
                    sides.add(Format.value(p, given.get(0).unit()) + ": can't be computed (" + e.getMessage() + ")");
                }
            }
            String text = a.text() + "\n_" + Format.inSentence(shortLabel(r.label())) + " a step of " + said + " away: " + String.join("; ", sides) + "._";
            return new Answer(a.id(), a.route(), text, a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(), a.clarify(), a.charts());
        }

        private List<BigDecimal> neighbours(BigDecimal point) {
            List<BigDecimal> out = new ArrayList<>();
            if (below) {
                out.add(point.subtract(step));
            }
            if (above) {
                out.add(point.add(step));
            }
            return out;
        }

        private BigDecimal value(Metric m, String scenario, Map<String, BigDecimal> at, String input, BigDecimal v) {
            try {
                return computed(m, scenario, at, input, v).value();
            } catch (RuntimeException e) {
                return null;
            }
        }

        private MetricResult computed(Metric m, String scenario, Map<String, BigDecimal> at, String input, BigDecimal v) {
            Map<String, BigDecimal> with = new java.util.HashMap<>(at);
            with.put(input, v);
            MetricResult r = calculator.compute(m, scenario, with);
            return new MetricResult(r.metric(), r.label() + " at " + (ratio ? Format.percent(v) : Format.money(v)), r.value(), r.unit(), r.scenario(), r.inputs(), r.formula(), r.explanation());
        }
    }

    private GridSteps() {
    }

    /** A metric's label without the formula some carry after a colon ("Combined payoff: stake value + …"). */
    private static String shortLabel(String label) {
        int colon = label.indexOf(':');
        return colon > 0 ? label.substring(0, colon) : label;
    }

    static Optional<Found> find(String question, Calculator calculator) {
        if (question == null || question.length() > 2_000) {
            return Optional.empty();
        }
        boolean carried = CARRIED.matcher(question).find();
        Matcher m = STEP.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String g = m.group("na") != null || m.group("wa") != null || m.group("pa") != null ? "a" : m.group("nb") != null || m.group("wb") != null || m.group("pb") != null ? "b" : "c";
        BigDecimal step;
        boolean ratio = false;
        String said;
        if (m.group("n" + g) != null) {
            step = new BigDecimal(m.group("n" + g).replace(",", ""));
            String u = m.group("u" + g).toLowerCase(Locale.ROOT);
            step = u.startsWith("t") ? step.multiply(BigDecimal.valueOf(1000)) : step;
            said = "$" + step.stripTrailingZeros().toPlainString() + "B";
        } else if (m.group("w" + g) != null) {
            step = m.group("w" + g).equalsIgnoreCase("quarter") ? BigDecimal.valueOf(250) : BigDecimal.valueOf(500);
            said = "$" + step + "B";
        } else {
            step = new BigDecimal(m.group("p" + g)).movePointLeft(2);
            ratio = true;
            said = step.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        }
        if (step.signum() <= 0) {
            return Optional.empty();
        }
        String rest = question.substring(0, m.start()) + " " + question.substring(m.end());
        Way way = null;
        if (m.group("dir") != null) {
            way = m.group("dir").equalsIgnoreCase("up") ? Way.UP : Way.DOWN;
        }
        Matcher r = ROUND.matcher(rest);
        if (way == null && r.find()) {
            way = r.group("r").equalsIgnoreCase("up") ? Way.UP : Way.DOWN;
        }
        if (way == null) {
            boolean up = UP.matcher(rest).find();
            boolean down = DOWN.matcher(rest).find();
            way = up == down ? Way.MEETS : up ? Way.UP : Way.DOWN;
        }
        boolean either = EITHER_SIDE.matcher(question).find();
        boolean below = either || BELOW.matcher(question).find();
        boolean above = either || ABOVE.matcher(question).find();
        boolean exact = EXACT.matcher(question).find();
        // the question the model solves: without the grid (what else it asks at the grid point stays, as the words that
        // say which metric the goal is of: "show me the multiple at that post")
        String left = ROUND.matcher(rest).replaceAll(" ");
        left = Reframing.tidy(left.replaceAll("\\?\\s*\\?", "?").replaceAll(",\\s*,", ","));
        return Optional.of(new Found(Reframing.orSame(left), step, ratio, said, way, AT_MOST.matcher(rest).find(), exact, below, above, carried, calculator));
    }
}
