package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.Amount;
import org.thesisbot.core.scenario.Amounts;

/**
 * A question asked with figures to choose from, as a quiz or a poll asks it: "OpenAI's exit must be (a) $1.2T (b) $1.66T
 * (c) $2T. Which?", "is the margin set at (a) 35% (b) 40%?". The choices are no figures of the question: it is read
 * without them (the list replaced by "what"), and the answer then says which choice its number is, or that none is.
 * Choices in words ("(a) board seats (b) observer rights") may be what a question is about, and are read as written.
 *
 * <p>A list is choices, not numbered questions ({@code QuestionText.parts}), when a question comes before its first
 * marker, the markers run a, b, c … (or 1, 2, 3 …) on one line, and every item is short and asks nothing of its own.
 */
final class Choices {
    /** One choice: its marker's label ("b") and its words ("$1.66T", "under $1.5T"). */
    record Choice(String label, String text) {
    }

    /** The question without its choices, and the choices. */
    record Found(String stem, List<Choice> choices) {
    }

    /** A marker inside a line: "(a)", "a)", "(1)", "1)"; not "x)" of a word ("(see above)") or a figure's bracket. */
    private static final Pattern MARKER = Pattern.compile("(?<![\\w$.,)])\\(?([a-h]|[1-8])\\)(?=\\s)");
    /** An item that asks something of its own: a numbered question, not a choice. */
    private static final Pattern ASKS = Pattern.compile(
            "^(?:what|how|which|why|when|where|who|whats|what's|does|do|did|is|are|can|could|should|would|will|same|and|also|then|now|give|show|tell|explain|compute|calc\\w*)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A question word anywhere in the text before the first marker: the stem asks, the list answers. */
    private static final Pattern STEM_ASKS = Pattern.compile(
            "\\b(?:what|how|which|why|when|where|who|whats|is|are|does|do|has|have|would|will|should|can|must|needs?|has to|have to)\\b|[:?]\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** After the last choice: the ask that ends the list ("Which?", "which one", "pick one", "Which, and what's the exact figure?"). */
    private static final Pattern WHICH_AFTER = Pattern.compile(
            "^\\s*[?.!]*\\s*(?:(?:so |and )?(?:which(?: one| is it| is right| is closest)?|pick one|choose one|or none(?: of these)?|or something else)\\b[^.?!;\\n]*[?.!]*)?",
            Pattern.CASE_INSENSITIVE);
    /** A choice that is a bound, not a figure: "under $1.5T", "above 2T", "at least 20%". */
    private static final Pattern BOUND = Pattern.compile(
            "\\b(?:under|below|less than|lower than|up to|at most|above|over|more than|greater than|higher than|at least|beyond)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A yes/no question's first word, at the start of a sentence or after a colon. */
    private static final Pattern YES_NO_START = Pattern.compile(
            "(^|[:.;?!]\\s+)(is|are|was|were|does|do|did|will|would|has|have)\\b", Pattern.CASE_INSENSITIVE);
    /** Where the last choice ends: "?", a full stop or ";" before a space, a line's end. */
    private static final Pattern ITEM_END = Pattern.compile("\\?|[.!;](?=\\s|$)|\\n");
    private static final int MAX_ITEM_WORDS = 9;
    private static final int MIN_STEM_WORDS = 3;

    private Choices() {
    }

    /** The choices of a question, or empty when it has none. */
    static Optional<Found> find(String text) {
        List<int[]> run = new ArrayList<>(); // start, end of each marker, in a run a, b, c … on one line
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            char label = Character.toLowerCase(m.group(1).charAt(0));
            if (run.isEmpty()) {
                if (label == 'a' || label == '1') {
                    run.add(new int[] {m.start(), m.end(), label});
                }
            } else if (label == run.get(run.size() - 1)[2] + 1 && text.substring(run.get(run.size() - 1)[1], m.start()).indexOf('\n') < 0) {
                run.add(new int[] {m.start(), m.end(), label});
            } else if (run.size() >= 2) {
                break;
            } else if (label == 'a' || label == '1') {
                run.clear();
                run.add(new int[] {m.start(), m.end(), label});
            }
        }
        if (run.size() < 2) {
            return Optional.empty();
        }
        String stem = text.substring(0, run.get(0)[0]);
        int lineStart = stem.lastIndexOf('\n') + 1;
        if (words(stem.substring(lineStart)) < MIN_STEM_WORDS && words(stem) < MIN_STEM_WORDS || !STEM_ASKS.matcher(stem).find()) {
            return Optional.empty();
        }
        List<Choice> choices = new ArrayList<>();
        int end = text.length();
        for (int i = 0; i < run.size(); i++) {
            int from = run.get(i)[1];
            int to = i + 1 < run.size() ? run.get(i + 1)[0] : lastItemEnd(text, from);
            String item = text.substring(from, to).strip().replaceAll("[,;]?\\s*(?:or)?\\s*$", "").strip();
            if (item.isEmpty() || words(item) > MAX_ITEM_WORDS || ASKS.matcher(item).find()) {
                return Optional.empty();
            }
            choices.add(new Choice(String.valueOf((char) run.get(i)[2]), item));
            end = to;
        }
        if (!choices.stream().allMatch(c -> !Amounts.find(Amounts.normalise(c.text())).isEmpty())) {
            // choices in words ("(a) board seats (b) observer rights") may be what the question is about: read as written
            return Optional.empty();
        }
        Matcher which = WHICH_AFTER.matcher(text.substring(end));
        int after = end + (which.lookingAt() ? which.end() : 0);
        String rest = text.substring(after).strip();
        String head = stem.strip().replaceAll("[:\\s]+$", "");
        // "is the margin set at (a) 35% (b) 40%?" asks which figure, not yes or no: "what is the margin set at?"
        Matcher yesNo = YES_NO_START.matcher(head);
        int at = -1;
        while (yesNo.find()) {
            at = yesNo.start(2);
        }
        if (at >= 0) {
            head = head.substring(0, at) + "what " + head.substring(at);
        }
        // the list stands where the answer would
        return Optional.of(new Found((head + " what?" + (rest.isEmpty() ? "" : " " + rest)).strip(), List.copyOf(choices)));
    }

    /** Where the last choice ends: at its sentence's end ("?", "." before a space, ";"), a line's end, or the text's. */
    private static int lastItemEnd(String text, int from) {
        Matcher e = ITEM_END.matcher(text);
        return e.find(from) ? e.start() : text.length();
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /**
     * What the answer's numbers say of the choices: the choice each number is ("Of your choices, (c) $1.66T is the
     * exit valuation."), or that none is. Empty when no choice is a figure in a number's unit.
     */
    static Optional<String> verdict(List<Choice> choices, List<MetricResult> results) {
        for (MetricResult r : results) {
            List<Choice> fitting = new ArrayList<>();
            boolean comparable = false;
            for (Choice c : choices) {
                Boolean fits = fits(c.text(), r);
                if (fits != null) {
                    comparable = true;
                    if (fits) {
                        fitting.add(c);
                    }
                }
            }
            if (!comparable) {
                continue;
            }
            String what = r.label() + (r.scenario() == null ? "" : " (" + r.scenario() + " case)");
            if (fitting.size() > 1) {
                // "$1.66T" and "$2T" both round to 1.66T: the nearest figure is the one meant
                fitting.sort(java.util.Comparator.comparing(c -> distance(c.text(), r)));
                if (distance(fitting.get(0).text(), r).compareTo(distance(fitting.get(1).text(), r)) < 0) {
                    fitting = List.of(fitting.get(0));
                }
            }
            if (fitting.size() == 1) {
                Choice c = fitting.get(0);
                return Optional.of("Of your choices, (" + c.label() + ") " + c.text() + " is it: " + what + " is " + r.display() + ".");
            }
            if (fitting.isEmpty()) {
                return Optional.of("None of your choices is it: " + what + " is " + r.display() + ".");
            }
        }
        return Optional.empty();
    }

    /** Whether a choice's figure is this result: true, false, or null when the choice has no figure in its unit. */
    static Boolean fits(String choice, MetricResult r) {
        String text = Amounts.normalise(choice);
        List<BigDecimal> values = new ArrayList<>();
        List<BigDecimal> steps = new ArrayList<>();
        for (Amount a : Amounts.find(text)) {
            BigDecimal v = inUnit(a, r.unit());
            if (v != null) {
                values.add(v);
                steps.add(step(a, r.unit()));
            }
        }
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal x = r.value();
        if (values.size() >= 2) { // "$1.5T to $2T", "between 40% and 50%"
            BigDecimal lo = values.get(0).min(values.get(1));
            BigDecimal hi = values.get(0).max(values.get(1));
            return x.compareTo(lo) >= 0 && x.compareTo(hi) <= 0;
        }
        BigDecimal v = values.get(0);
        if (BOUND.matcher(text).find() && text.matches(".*\\b(?:under|below|less than|lower than|up to|at most)\\b.*")) {
            return x.compareTo(v) < 0;
        }
        if (text.matches(".*\\b(?:above|over|more than|greater than|higher than|at least|beyond)\\b.*")) {
            return x.compareTo(v) > 0;
        }
        // the choice as written is the number rounded to the choice's own last digit ("$21.9B" for 21.85)
        return x.subtract(v).abs().compareTo(steps.get(0).divide(BigDecimal.valueOf(2))) <= 0;
    }

    /** How far a choice's first figure is from the result (zero for a band or a bound, which holds it). */
    static BigDecimal distance(String choice, MetricResult r) {
        List<Amount> amounts = Amounts.find(Amounts.normalise(choice));
        for (Amount a : amounts) {
            BigDecimal v = inUnit(a, r.unit());
            if (v != null) {
                return amounts.size() > 1 || !BOUND.matcher(choice).find() ? r.value().subtract(v).abs() : BigDecimal.ZERO;
            }
        }
        return BigDecimal.valueOf(Long.MAX_VALUE);
    }

    /** The amount in the result's unit (billions, a fraction, times, years), or null when it is in another. */
    private static BigDecimal inUnit(Amount a, Unit unit) {
        return switch (unit) {
            case USD_BILLIONS -> a.kind() == Amount.Kind.MONEY ? a.value() : null;
            case RATIO -> a.kind() == Amount.Kind.RATIO ? a.value() : null;
            case MULTIPLE -> a.kind() == Amount.Kind.MULTIPLE || a.kind() == Amount.Kind.VALUATION_FACTOR ? a.value() : null;
            case YEARS -> a.kind() == Amount.Kind.YEARS || a.kind() == Amount.Kind.PLAIN ? a.value() : null;
        };
    }

    /** One unit of the last digit written, in the result's unit: "$1.66T" is 10 (billions), "21.9B" 0.1, "35%" 0.01. */
    private static BigDecimal step(Amount a, Unit unit) {
        Matcher d = Pattern.compile("\\d+(?:[.,](\\d+))?").matcher(a.text());
        int decimals = d.find() && d.group(1) != null ? d.group(1).length() : 0;
        BigDecimal written = BigDecimal.ONE.movePointLeft(decimals);
        String t = a.text().toLowerCase(Locale.ROOT);
        if (unit == Unit.USD_BILLIONS && t.matches(".*\\d\\s*(?:t|tn|tril\\w*|trillions?)\\b.*")) {
            return written.movePointRight(3);
        }
        if (unit == Unit.RATIO) {
            return written.movePointLeft(2);
        }
        return written;
    }

}
