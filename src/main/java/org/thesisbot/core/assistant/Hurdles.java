package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;
import org.thesisbot.core.scenario.Metric;

/**
 * A hurdle the answer is judged against: "Hurdle: 2x on the USD 50 bn. Pass or fail if OpenAI is sold at USD 1.5 trn.",
 * "Hurdle: stake worth USD 75 bn or more. …", "New hurdle: 3x. Exit needed to clear it."
 *
 * <p>The hurdle's figure is the bar a metric is measured against, never an input, so it is taken out of what the reader
 * reads; the rest of the hurdle's words stay (they may name the metric, or an input: "8% IRR over 4 yrs"). A hurdle with
 * no metric named anywhere is a multiple's MOIC or a rate's IRR. When the question asks for the input that clears it
 * ("exit needed to clear it"), the hurdle is the goal solved for. Otherwise the answer says, first, whether each value
 * of the hurdle's metric passes, and by how much. The words that only ask for that verdict ("pass or fail", "gap either
 * way") are not read as anything else ("margin either way" is no AWS margin).
 */
final class Hurdles {
    /** The hurdle: its metric (null when the answer's own metric of its unit decides), its bar, its side. */
    record Hurdle(Metric metric, BigDecimal bar, Unit unit, boolean below) {
    }

    /** The question as the reader should read it, and the hurdle it states, if any. */
    record Read(String text, Hurdle hurdle) {
    }

    private static final Pattern HURDLE = Pattern.compile(
            "\\b(?:(?:new|the|our|my|a|revised|updated)\\s+)?(?:hurdle|threshold)(?!\\s+rate)(?:\\s+is|\\s*:|\\s*=|\\s+of)\\s*(?<clause>(?:[^.;?\\n]|\\.(?=\\d))+)[.;?]?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BELOW = Pattern.compile(
            "\\b(?:below|under|less than|at most|no more than|lower than|or less|max(?:imum)?|not above|not over)\\b|[<≤]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZERO = Pattern.compile("\\b(?:zero|breakeven|break even|nil)\\b", Pattern.CASE_INSENSITIVE);
    /** "exit needed to clear it", "capture share required", "exit valuation that clears it exactly". */
    private static final Pattern SOLVES = Pattern.compile(
            "\\s*(?:(?:that|which|to|needed to|required to|so as to|in order to)\\s+)?(?:clears?|meets?|hits?|pass(?:es)?|beats?|gets? over|reach(?:es)?)\\s+it\\b(?:\\s+exactly)?"
                    + "|\\s*\\b(?:needed|required)\\b", Pattern.CASE_INSENSITIVE);
    /** Words that only ask for the verdict: "Pass or fail", "How far short or over.", "Gap either way.", "Headroom". */
    private static final Pattern VERDICT = Pattern.compile(
            "\\b(?:pass(?:es)?\\s*(?:or|/)\\s*fail(?:s)?|fail\\s*(?:or|/)\\s*pass)\\b\\s*[.?!]?"
                    + "|(?<=^|[.?!;\\n]\\s?)\\s*(?:and\\s+)?(?:how\\s+far\\s+(?:short|over|under|off|above|below)(?:\\s+or\\s+(?:short|over|under|above|below))?"
                    + "|(?:the\\s+)?(?:gap|margin|headroom|room|distance|cushion|buffer|shortfall|difference)(?:\\s+(?:or|and)\\s+(?:gap|margin|headroom|room|distance|cushion|buffer|shortfall))?(?:\\s+either\\s+(?:way|side))?)\\s*[.?!]?\\s*(?=$|\\n)",
            Pattern.CASE_INSENSITIVE);

    private final Reader reader;

    Hurdles(Reader reader) {
        this.reader = reader;
    }

    Read read(String text) {
        Matcher h = HURDLE.matcher(text);
        if (!h.find()) {
            return new Read(text, null);
        }

        String clause = h.group("clause");
        String normal = Amounts.normalise(clause);
        List<Amount> amounts = Amounts.find(normal).stream().filter(a -> a.kind() != Amount.Kind.CALENDAR_YEAR).toList();
        Amount bar = amounts.stream().filter(a -> a.kind() != Amount.Kind.YEARS).findFirst().orElse(null);
        BigDecimal value;
        Unit unit;
        String rest;
        if (bar != null) {
            unit = switch (bar.kind()) {
                case MONEY -> Unit.USD_BILLIONS;
                case RATIO -> Unit.RATIO;
                case MULTIPLE, VALUATION_FACTOR -> Unit.MULTIPLE;
                default -> null;
            };
            if (unit == null) {
                return new Read(text, null);
            }
            value = bar.value();
            rest = (normal.substring(0, bar.start()) + " " + normal.substring(bar.end())).strip();
        } else if (ZERO.matcher(clause).find()) {
            value = BigDecimal.ZERO;
            unit = null;
            rest = ZERO.matcher(clause).replaceAll(" ").strip();
        } else {
            return new Read(text, null);
        }
        boolean below = BELOW.matcher(clause).find();
        String words = BELOW.matcher(rest).replaceAll(" ")
                .replaceAll("(?i)\\b(?:above|over|at least|or more|more than|min(?:imum)?)\\b|[>≥]", " ").replaceAll("\\s+", " ").strip();
        // the hurdle's metric, read with its figure ("Amazon ends up with at least 6% of OpenAI": the stake) or without it
        // (of the bar's unit: "2x on the USD 50 bn" is a multiple's hurdle, whatever else "2x" could be read as)
        org.thesisbot.core.reading.Reading whole = reader.read(normal, null);
        Unit barUnit = unit;
        List<Metric> named = (whole.target() != null ? List.of(whole.target().metric()) : whole.metrics()).stream()
                .filter(m -> barUnit == null || m.unit() == barUnit).toList();
        if (named.size() != 1) {
            named = reader.read(words, null).metrics().stream().filter(m -> barUnit == null || m.unit() == barUnit).toList();
        }
        Metric metric = named.size() == 1 ? named.get(0) : null;
        String others = VERDICT.matcher(text.substring(0, h.start()) + " " + text.substring(h.end())).replaceAll(" ");
        if (metric == null && !reader.namesMetric(Amounts.normalise(others))) {
            metric = unit == Unit.MULTIPLE ? Metric.MOIC : unit == Unit.RATIO && !reader.namesMetric(Amounts.normalise(words)) ? Metric.IRR : null;
        }
        if (unit == null) {
            unit = metric == null ? Unit.USD_BILLIONS : metric.unit();
        }
        Hurdle hurdle = new Hurdle(metric, value, unit, below);
        String after = text.substring(h.end());
        Matcher solves = SOLVES.matcher(after);
        boolean solving = metric != null && solves.find();
        // the reader already takes the bar as the goal of an input the rest of the question leaves open
        org.thesisbot.core.reading.Reading asIs = reader.read(text, null);
        org.thesisbot.core.reading.Reading others0 = reader.read(text.substring(0, h.start()) + " " + after, null);
        boolean readAsGoal = asIs.target() != null && asIs.target().value().abs().compareTo(value.abs()) == 0
                && !others0.changes().containsKey(asIs.target().solveFor()) && reader.asksForInput(text.substring(0, h.start()) + " " + after);
        if (!solving && (readAsGoal || others0.target() != null || others0.unsolved() != null)) {
            // "Hurdle: 15% IRR over 5 yrs. Where does OpenAI have to be marked to just pass": the reader's own goal
            return new Read(text, null);
        }
        if (solving) {
            // "exit needed to clear it": the hurdle is the goal, solved for the input asked
            String goal = " needed for a " + Canonical.name(metric) + " of " + Recall.figure(value, metric.unit()) + (words.isEmpty() ? "" : " (" + words + ")");
            String asked = text.substring(0, h.start()) + " " + after.substring(0, solves.start()) + goal + after.substring(solves.end());
            return new Read(VERDICT.matcher(asked).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip(), null);
        }
        String kept = words + (metric != null && !reader.namesMetric(Amounts.normalise(words + " " + others)) ? " " + Canonical.name(metric) : "");
        String asked = text.substring(0, h.start()) + " " + kept + ". " + after;
        return new Read(VERDICT.matcher(asked).replaceAll(" ").replaceAll("[ \\t]{2,}", " ").strip(), hurdle);
    }

    /** The answer with, first, whether each value of the hurdle's metric passes and by how much. */
    Answer judged(Answer a, Hurdle h) {
        if (h == null || a.results().isEmpty()) {
            return a;
        }
        List<MetricResult> judged = a.results().stream().filter(r -> r.kind() == MetricResult.Kind.METRIC
                && (h.metric() != null ? r.metric().equals(h.metric().id()) : r.unit() == h.unit())).toList();
        if (judged.isEmpty() || (h.metric() == null && judged.stream().map(MetricResult::metric).distinct().count() > 1)) {
            return a;
        }
        List<String> lines = new ArrayList<>();
        for (MetricResult r : judged) {
            BigDecimal gap = r.value().subtract(h.bar());
            boolean pass = h.below() ? gap.signum() < 0 : gap.signum() >= 0;
            lines.add((pass ? "*Pass*" : "*Fail*") + " against the hurdle (" + r.label() + " " + (h.below() ? "below " : "at least ")
                    + Format.value(h.bar(), r.unit()) + (judged.size() > 1 ? ", " + r.scenario() + " case" : "") + "): "
                    + Format.value(r.value(), r.unit()) + ", " + (gap.signum() >= 0 ? "above" : "below") + " it by "
                    + Format.value(gap.abs(), r.unit() == Unit.RATIO ? Unit.RATIO : r.unit()) + ".");
        }
        List<String> notes = new ArrayList<>(lines);
        notes.addAll(a.notes());
        return new Answer(a.id(), a.route(), String.join("\n", lines) + "\n" + a.text(), a.narrative(), a.results(), a.citations(),
                a.answerer(), notes, a.decision(), a.clarify(), a.charts());
    }
}
