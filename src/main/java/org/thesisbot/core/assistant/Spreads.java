package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/**
 * One input said to be equally likely anywhere in a range: "the exit is equally likely anywhere between 700bn and 1.9T",
 * "capture uniform between 40% and 80%", "a hold anything from 3 to 8 years, all equally likely". Two questions are asked
 * of it:
 * <ul>
 *   <li>the median, expected or average value of a metric: the question is read at the range's midpoint, which is the
 *   input's median, so the metric there is the metric's median (every metric of the model moves one way with each input).
 *   Its mean is the same number when the metric is a straight line in the input (checked from the ends, exactly); when it
 *   is not and the mean is asked, the mean is integrated (Simpson's rule, 512 steps) and said so;</li>
 *   <li>the chance that a metric clears a goal: the input that meets the goal is solved as usual ("what exit gets a 2.5x
 *   moic"), and the chance is the share of the range on the goal's side of it, from which way the metric moves.</li>
 * </ul>
 */
final class Spreads {
    private enum Ask { CENTRE, MEAN, CHANCE }

    /** The range read, the input it is over, what is asked, and the question left for the reader. */
    record Found(String question, InputId input, BigDecimal low, BigDecimal high, String lowSaid, String highSaid, Ask ask, boolean below,
                 Calculator calculator) implements Reframing {
        @Override
        public Answer told(Answer a) {
            if (a.results().isEmpty()) {
                return a;
            }
            try {
                return ask == Ask.CHANCE ? chance(a) : centre(a);
            } catch (RuntimeException e) {
                // (an end of the range the model cannot compute at, e.g. a post-money under the round: the midpoint's answer stands)
                return RoutingAssistant.withNote(a, "With " + range() + ", I could not compute the ends of the range, so this is the number at its midpoint only.");
            }
        }

        private String range() {
            return Format.inSentence(label()) + " equally likely anywhere from " + lowSaid + " to " + highSaid;
        }

        private String label() {
            return calculator.model().input(input.id()).map(i -> i.label()).orElse(input.id());
        }

        private String shown(BigDecimal v) {
            return calculator.model().input(input.id()).map(i -> Format.value(v, i.unit())).orElse(v.toPlainString());
        }

        /** The median (and, where it equals it, the mean) of each metric: the value at the midpoint, with the ends shown. */
        private Answer centre(Answer a) {
            StringBuilder head = new StringBuilder();
            List<MetricResult> results = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (MetricResult r : a.results()) {
                Optional<Metric> metric = Metric.byId(r.metric());
                if (r.kind() != MetricResult.Kind.METRIC || r.value() == null || metric.isEmpty() || r.inputs().stream().noneMatch(i -> i.id().equals(input.id()))) {
                    results.add(r);
                    continue;
                }
                Map<String, BigDecimal> at = overrides(r);
                BigDecimal fLow = value(metric.get(), r.scenario(), at, low);
                BigDecimal fHigh = value(metric.get(), r.scenario(), at, high);
                BigDecimal mid = r.value();
                boolean straight = fLow.add(fHigh).subtract(mid.multiply(BigDecimal.valueOf(2))).abs()
                        .compareTo(mid.abs().add(BigDecimal.ONE).movePointLeft(24)) <= 0;
                String name = r.label();
                if (ask == Ask.MEAN && !straight) {
                    BigDecimal mean = simpson(metric.get(), r.scenario(), at);
                    results.add(new MetricResult(r.metric(), "Mean " + Format.inSentence(name), mean, r.unit(), r.scenario(), r.inputs(),
                            "Simpson's rule over 512 steps from " + lowSaid + " to " + highSaid + " = " + Format.value(mean, r.unit()),
                            "A numerical mean: " + name + " is not a straight line in " + Format.inSentence(label()) + "."));
                    head.append("*Mean ").append(Format.inSentence(name)).append(": ").append(Format.value(mean, r.unit())).append("* (").append(r.scenario())
                            .append(" case; its median, at the midpoint, is ").append(Format.value(mid, r.unit())).append(")\n");
                } else {
                    results.add(r);
                    head.append("*").append(ask == Ask.MEAN ? "Expected " : straight ? "Median (and mean) " : "Median ").append(Format.inSentence(name)).append(": ")
                            .append(Format.value(mid, r.unit())).append("* (").append(r.scenario()).append(" case)\n");
                }
                notes.add("With " + range() + ", " + Format.inSentence(name) + " runs from " + Format.value(fLow, r.unit()) + " to " + Format.value(fHigh, r.unit())
                        + "; " + (straight ? "it is a straight line in " + Format.inSentence(label()) + ", so its median and mean are its value at the midpoint, "
                        : "its median is its value at the midpoint, ") + shown(mid(low, high)) + ".");
            }
            if (head.isEmpty()) {
                return RoutingAssistant.withNote(a, "None of these numbers depends on " + Format.inSentence(label()) + ", so the range from " + lowSaid + " to " + highSaid
                        + " does not change them.");
            }
            Answer out = new Answer(a.id(), a.route(), head + a.text(), a.narrative(), results, a.citations(), a.answerer(), a.notes(), a.decision(),
                    a.clarify(), a.charts());
            return Reframing.noted(out, notes);
        }

        /** The chance a goal is met: the share of the range on the goal's side of the input that meets it exactly. */
        private Answer chance(Answer a) {
            Optional<MetricResult> solved = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.SOLVED && r.value() != null
                    && r.metric().equals(input.id())).findFirst();
            Optional<MetricResult> goal = a.results().stream().filter(r -> r.kind() != MetricResult.Kind.SOLVED && r.value() != null
                    && Metric.byId(r.metric()).isPresent()).findFirst();
            if (solved.isEmpty() || goal.isEmpty()) {
                return RoutingAssistant.withNote(a, "With " + range() + ", I could not find the " + Format.inSentence(label()) + " at which the goal is met, so I can't give its chance.");
            }
            BigDecimal t = solved.get().value();
            MetricResult g = goal.get();
            Map<String, BigDecimal> at = overrides(g);
            Metric metric = Metric.byId(g.metric()).get();
            boolean rising = value(metric, g.scenario(), at, high).compareTo(value(metric, g.scenario(), at, low)) > 0;
            // the side of t where the metric is above its goal (or below, when below is asked)
            boolean upper = rising != below;
            BigDecimal span = high.subtract(low);
            BigDecimal inside = upper ? high.subtract(t.max(low).min(high)) : t.max(low).min(high).subtract(low);
            BigDecimal p = inside.divide(span, MathContext.DECIMAL128);
            String side = upper ? "above" : "below";
            String working = upper ? "(" + shown(high) + " - " + shown(t) + ") / (" + shown(high) + " - " + shown(low) + ")"
                    : "(" + shown(t) + " - " + shown(low) + ") / (" + shown(high) + " - " + shown(low) + ")";
            String head = "*Chance: " + Format.percent(p) + "* (" + g.scenario() + " case) \u2014 with " + range() + ", the goal is met " + side + " "
                    + shown(t) + (t.compareTo(low) < 0 || t.compareTo(high) > 0 ? ", outside the range" : "") + ": " + working + " = " + Format.percent(p) + "\n";
            return new Answer(a.id(), a.route(), head + a.text(), a.narrative(), a.results(), a.citations(), a.answerer(), a.notes(), a.decision(),
                    a.clarify(), a.charts());
        }

        private Map<String, BigDecimal> overrides(MetricResult r) {
            Map<String, BigDecimal> at = new HashMap<>();
            for (InputUsed i : r.inputs()) {
                at.put(i.id(), i.value());
            }
            return at;
        }

        private BigDecimal value(Metric m, String scenario, Map<String, BigDecimal> at, BigDecimal x) {
            Map<String, BigDecimal> with = new HashMap<>(at);
            with.put(input.id(), x);
            return calculator.value(m, scenario, with);
        }

        /** The mean over the range by Simpson's rule with 512 steps (the metric is smooth and one-way on it). */
        private BigDecimal simpson(Metric m, String scenario, Map<String, BigDecimal> at) {
            int n = 512;
            MathContext mc = MathContext.DECIMAL128;
            BigDecimal h = high.subtract(low).divide(BigDecimal.valueOf(n), mc);
            BigDecimal sum = value(m, scenario, at, low).add(value(m, scenario, at, high));
            for (int i = 1; i < n; i++) {
                BigDecimal x = low.add(h.multiply(BigDecimal.valueOf(i), mc), mc);
                sum = sum.add(value(m, scenario, at, x).multiply(BigDecimal.valueOf(i % 2 == 1 ? 4 : 2)), mc);
            }
            return sum.multiply(h, mc).divide(BigDecimal.valueOf(3), mc).divide(high.subtract(low), mc).round(new MathContext(12, RoundingMode.HALF_EVEN));
        }
    }

    /** "equally likely", "uniform(ly)", "spread evenly", "equal odds", "no point more likely than another", "flat distribution". */
    private static final Pattern EVEN = Pattern.compile(
            "\\b(?:equally likely|equal(?:ly)? (?:odds|chance|probability|weight)|uniform(?:ly)?(?: distributed)?|spread evenly|evenly spread|evenly distributed"
                    + "|no (?:point|value|figure) (?:is )?more likely than (?:another|any other)|flat distribution|all (?:equally )?as likely|any (?:value|figure|point) (?:is )?as likely)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String FIG = "(?:half a (?:trillion|tril|tn)|(?:one and a half|1\\.5) (?:trillion|tril)|\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?(?:bn|b|billion|tn|t|tril|trillion|%|pct|percent|years?|yrs?|y)?)";
    /** "anywhere from A to B", "between A and B", "from A up to B", "anything from A to B". */
    private static final Pattern RANGE = Pattern.compile(
            "\\b(?:(?:anywhere|anything|somewhere)\\s+)?(?:from|between)\\s+(?<a>" + FIG + ")\\s+(?:and|to|up to|through|-)\\s+(?<b>" + FIG + ")",
            Pattern.CASE_INSENSITIVE);
    /** The words between an input and its range that say it is uncertain: "that could be", "could land", "might come in". */
    private static final Pattern FILLER = Pattern.compile("\\s+(?:that\\s+|which\\s+)?(?:could|would|might|may|will|can)\\s+(?:be|land|come in|end up|fall|sit)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** The chance asked ("what are the odds", "how likely is it that", "the probability that"), never "equal chance" of the spread. */
    private static final Pattern CHANCE = Pattern.compile(
            "\\b(?:what(?:'s| is| are)? (?:the )?(?:odds|chances?|probability|likelihood)|how likely(?: is it)?|what (?:probability|chance|odds) (?:do|would|does) (?:you|we) (?:put|give|see) on"
                    + "|(?<!equal )(?<!equally )(?:odds|chances?|probability|likelihood) (?:that|of))\\b(?:\\s+that)?(?:\\s+of)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEAN = Pattern.compile("\\b(?:expected|expect|expectation|average|on average|mean)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern CENTRE = Pattern.compile("\\b(?:median|middle|typical|central)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BELOW = Pattern.compile(
            "\\b(?:below|under|less than|short of|lose|loses|losing|loss|negative|underwater|under water|falls?|drops?|misses?|fails?)\\b", Pattern.CASE_INSENSITIVE);
    /** Words of the spread itself, taken out with the range: "with every value in that band equally likely". */
    private static final Pattern SPREAD_WORDS = Pattern.compile(
            "(?:,?\\s*(?:with|and)\\s+)?(?:every value in that (?:band|range)|all values?|each value|any value|every point)?\\s*(?:is\\s+|being\\s+)?" + EVEN.pattern()
                    + "(?:\\s+(?:across|over|in)\\s+(?:that|the|this)\\s+(?:span|range|band|interval))?(?:\\s+(?:to\\s+(?:be|land|fall|come in)))?",
            Pattern.CASE_INSENSITIVE);

    private Spreads() {
    }

    /**
     * @param inputIn the input a span of the question names
     * @param calc    the scenario core, to compute the metric at the range's ends
     */
    static Optional<Found> find(String text, Function<String, Optional<InputId>> inputIn, Calculator calc) {
        if (text == null || text.length() > 2_000 || !EVEN.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher r = RANGE.matcher(text);
        if (!r.find()) {
            return Optional.empty();
        }
        Optional<Amount> a = amount(r.group("a"), r.group("b"));
        Optional<Amount> b = amount(r.group("b"), r.group("a"));
        if (a.isEmpty() || b.isEmpty() || a.get().kind() != b.get().kind() || a.get().kind() == Amount.Kind.PLAIN
                || a.get().value().compareTo(b.get().value()) >= 0) {
            return Optional.empty();
        }
        // the input: the one named nearest before the range in its clause ("OpenAI's exit is equally likely …"), else in its sentence
        int clause = Math.max(Math.max(text.lastIndexOf('.', r.start()), text.lastIndexOf('?', r.start())), Math.max(text.lastIndexOf(';', r.start()), text.lastIndexOf(',', r.start() - 1)));
        String before = text.substring(Math.max(0, clause + 1), r.start());
        Optional<InputId> in = nearest(before, inputIn);
        if (in.isEmpty()) {
            in = nearest(text.substring(Math.max(0, Math.max(text.lastIndexOf('.', r.start()), text.lastIndexOf('?', r.start())) + 1), r.start()), inputIn);
        }
        if (in.isEmpty()) {
            return Optional.empty();
        }
        Matcher c = CHANCE.matcher(text);
        Ask ask = c.find() ? Ask.CHANCE : MEAN.matcher(text).find() && !CENTRE.matcher(text).find() ? Ask.MEAN : Ask.CENTRE;
        BigDecimal low = a.get().value();
        BigDecimal high = b.get().value();
        String label = calc.model().input(in.get().id()).map(i -> i.label()).orElse(null);
        if (label == null) {
            return Optional.empty();
        }
        String question;
        boolean below = false;
        if (ask == Ask.CHANCE) {
            // the goal's clause, asked as the input that meets it: "what are the odds our moic clears 2.5x" -> "at what <input> does our moic clear 2.5x"
            String goal = text.substring(c.end()).replaceAll("^[\\s,:]+", "");
            below = BELOW.matcher(goal).find();
            String rest = cut(text.substring(0, c.start()), r);
            String asked = in.get() == InputId.HOLDING_YEARS ? "after how many years of holding does " : "at what " + label.replaceAll("\\s*\\(.*?\\)", "").toLowerCase(Locale.ROOT) + " does ";
            question = (rest.isBlank() ? "" : rest.strip().replaceAll("[.?!,;:]*$", "") + ". ") + asked + goal;
        } else {
            BigDecimal m = mid(low, high);
            // ("a post-money that could be anywhere between …", "capex could land anywhere from …": said as "a post-money of $1000B")
            String lead = FILLER.matcher(text.substring(0, r.start())).replaceAll(" of ");
            question = lead + said(a.get().kind(), m) + text.substring(r.end());
            question = SPREAD_WORDS.matcher(question).replaceAll(" ");
            question = question.replaceAll("(?i)\\b(?:the )?(?:expected|median|average|mean|typical)\\s+", "the ").replaceAll("(?i)\\bon average\\b", "")
                    .replaceAll("(?i)\\bshould (?:we|aws|amazon|i) expect\\b", "").replaceAll("(?i)\\bdo we expect to\\b", "do we");
        }
        question = Reframing.tidy(question);
        return Optional.of(new Found(question, in.get(), low, high, r.group("a").strip(), r.group("b").strip(), ask, below, calc));
    }

    /**
     * The input named nearest before the range: its clause read from the end, a word more each time ("the round closes at a
     * post-money that could be" is about the post-money, not the round).
     */
    private static Optional<InputId> nearest(String clause, Function<String, Optional<InputId>> inputIn) {
        String[] words = clause.strip().split("\\s+");
        for (int n = 1; n <= Math.min(words.length, 12); n++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length));
            if (tail.isBlank()) {
                continue;
            }
            Optional<InputId> in = inputIn.apply(tail);
            if (in.isPresent()) {
                return in;
            }
        }
        return Optional.empty();
    }

    /** The text with the range and its spread words taken out. */
    private static String cut(String s, Matcher r) {
        String out = r.end() <= s.length() ? s.substring(0, r.start()) + s.substring(r.end()) : s.substring(0, Math.min(s.length(), r.start()));
        return SPREAD_WORDS.matcher(out).replaceAll(" ");
    }

    /** One end of the range read as a figure; a bare number takes the other end's unit ("from 9 to 15bn"). */
    private static Optional<Amount> amount(String said, String other) {
        String s = said.strip();
        if (s.matches("\\$?\\d[\\d,]*(?:\\.\\d+)?")) {
            String unit = other.strip().replaceAll("^\\$?\\d[\\d,]*(?:\\.\\d+)?\\s?", "");
            s = s + unit;
        }
        List<Amount> found = Amounts.find(Amounts.normalise(s));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static BigDecimal mid(BigDecimal low, BigDecimal high) {
        return low.add(high).divide(BigDecimal.valueOf(2), MathContext.DECIMAL128).stripTrailingZeros();
    }

    /** The midpoint said in the ends' own notation: money in billions, a share in percent, years. */
    private static String said(Amount.Kind kind, BigDecimal m) {
        return switch (kind) {
            case MONEY -> "$" + m.toPlainString() + "B";
            case RATIO -> m.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            case YEARS -> m.toPlainString() + " years";
            default -> m.toPlainString();
        };
    }

}
