package org.thesisbot.core.assistant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.Unit;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/**
 * Figures of the thread's earlier answers pointed at by position: "halve the first", "hold = 2x the 2nd figure in your
 * first answer", "capture needed so your last number = your first", "re the one 2 answers up". Each reference is written
 * out in the words the reader already reads: a figure where a value is meant ("= your first": "$16.27B"; "halve the
 * first": "$415B exit"), the name of the metric or input where the thing itself is meant ("your last number =": "AWS
 * compute profit"; "as a % of the first one": "capex"). The reply says what each reference was taken as.
 *
 * <p>Which figure a position means: "the 2nd figure in your first answer" says both. An answer alone ("your first
 * answer", "2 answers up") means its figure when it showed one. A position alone ("the first", "your last number")
 * counts the figures of the latest answer that showed several, among the last {@value #RECENT}; with none, it counts
 * answers. A reference that finds no figure, or an answer with several, is left as written.
 */
final class Recall {
    /** The answers looked back over for one that showed several figures ("halve the first" after "exit and hold?"). */
    static final int RECENT = 3;

    /** The question with its references written out, and one note per reference. */
    record Recalled(String text, List<String> notes) {
    }

    private static final String ORDINAL = "(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|latest|final|previous|prior"
            + "|penultimate|second[- ]to[- ]last|next[- ]to[- ]last)";
    private static final String DETERMINER = "(?:your|ur|yr|the|that)\\s+";
    private static final String FIGURE = "(?:figure|fig|number|num|nbr|value|val|one|result|output|amount|metric|item|line|row|input)";
    private static final String ANSWER = "(?:answer|ans|repl(?:y|ie)|response|message|msg|post|calc|calculation)";
    /** What may follow a position alone ("halve the first."): never a noun ("the first quarter", "the last year"). */
    private static final String ENDS = "(?=\\s*(?:[,.;:?!=)+*/]|[-–—]\\s|$|(?:and|then|but|pls|please|plz|in|at|for|over|with|if|under"
            + "|instead|again|too|as|is|was|would|will|should|does|do|gives?|makes?|to|by|from|not|rather|vs|versus|now|equals?|match(?:es)?"
            + "|minus|plus|times|less)\\b))";

    /** "the 2nd figure in your first answer", "your first answer's second number". */
    private static final Pattern IN_ANSWER = Pattern.compile("\\b(?:" + DETERMINER + ")?(?<fo>" + ORDINAL + ")\\s+" + FIGURE
            + "s?\\s+(?:in|of|from|on)\\s+(?:" + DETERMINER + ")?(?<ao>" + ORDINAL + ")\\s+" + ANSWER + "\\b"
            + "|\\b" + DETERMINER + "(?<ao2>" + ORDINAL + ")\\s+" + ANSWER + "(?:'s|’s)\\s+(?<fo2>" + ORDINAL + ")(?:\\s+" + FIGURE + ")?\\b",
            Pattern.CASE_INSENSITIVE);
    /** "your first answer", "the previous reply". */
    private static final Pattern ANSWER_AT = Pattern.compile("\\b" + DETERMINER + "(?<ao>" + ORDINAL + ")\\s+" + ANSWER + "\\b(?!'|’)",
            Pattern.CASE_INSENSITIVE);
    /** "the one 2 answers up", "two replies back". */
    private static final Pattern ANSWERS_UP = Pattern.compile("\\b(?:the\\s+(?:one|" + FIGURE + "|" + ANSWER + ")\\s+)?(?<n>[1-5]|one|two|three|four|five)\\s+"
            + ANSWER + "s?\\s+(?:up|back|ago|above|earlier|before)\\b", Pattern.CASE_INSENSITIVE);
    /** "the first", "your last number", "the 2nd one". */
    private static final Pattern POSITION = Pattern.compile("\\b" + DETERMINER + "(?<fo>" + ORDINAL + ")(?:\\s+" + FIGURE + ")?" + ENDS,
            Pattern.CASE_INSENSITIVE);

    /** Arithmetic right before a reference: "halve", "2x", "1 minus", "80% of". */
    private static final Pattern OPERATION = Pattern.compile("(?:\\b(?<half>halve|half(?:\\s+of)?)|\\b(?<double>double|twice)|\\b(?<triple>triple)"
            + "|(?<times>\\d+(?:\\.\\d+)?)\\s*(?:x|×|times)(?:\\s+of)?|\\b(?<complement>1|one|100\\s*%)\\s*(?:minus|-|less)"
            + "|\\b(?<percent>\\d+(?:\\.\\d+)?)\\s*%\\s+of)\\s*$", Pattern.CASE_INSENSITIVE);
    /** "1 minus that", "half of it": arithmetic on the latest answer's one figure. */
    private static final Pattern PRONOUN = Pattern.compile("\\b(?:that|this|it)\\b"
            // a pronoun, not a determiner: "30% of that reduced capex" names something else
            + "(?=\\s*(?:[^\\w\\s]|$|(?:and|then|but|for|in|with|over|if|pls|please|now|instead|plz)\\b))", Pattern.CASE_INSENSITIVE);
    /** What says a value is meant right after it ("= your first", "at the 2nd", "to match your first"). */
    private static final Pattern VALUE_BEFORE = Pattern.compile("(?:=|\\bequals?(?:\\s+to)?|\\bequal\\s+to|\\bmatch(?:es|ing)?|\\bsame\\s+as"
            + "|\\bat|\\bto|\\bis|\\bbe|\\bhits?|\\breach(?:es)?|\\bwith)\\s*$", Pattern.CASE_INSENSITIVE);
    /** What says the input is named right before an operation ("hold = 2x", "capture at 1 minus"). */
    private static final Pattern NAMED_BEFORE = Pattern.compile("(?:=|:|\\bat|\\bto|\\bof|\\bis|\\bbe|\\bas)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final MathContext DIGITS = new MathContext(15);

    private final ScenarioModel model;
    private final org.thesisbot.core.reading.Reader reader;

    Recall(ScenarioModel model, org.thesisbot.core.reading.Reader reader) {
        this.model = model;
        this.reader = reader;
    }

    /** {@code text} with each reference the thread's answers resolve written out; unchanged without state. */
    Recalled apply(String text, ThreadState state) {
        if (state == null || state.shown().stream().allMatch(s -> s.figures().isEmpty())) {
            return new Recalled(text, List.of());
        }
        List<ThreadState.Shown> shown = state.shown();
        // each pattern in turn, more specific first; a match found claims its words even when it points at nothing
        // ("the 2nd figure in your first answer" when that answer showed one figure is not "the 2nd figure")
        List<Found> found = new ArrayList<>();
        for (Pattern p : List.of(IN_ANSWER, ANSWER_AT, ANSWERS_UP, POSITION)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                // ("close by Q1 at the latest" is a time, no answer's figure)
                boolean idiom = p == POSITION && m.group("fo").equalsIgnoreCase("latest")
                        && text.substring(0, s).toLowerCase(java.util.Locale.ROOT).endsWith("at ");
                if (found.stream().noneMatch(f -> f.start() < e && s < f.end())) {
                    found.add(new Found(s, e, idiom ? Optional.empty() : resolve(p, m, shown)));
                }
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        List<String> notes = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (Found f : found) {
            Written w = f.pointed().isEmpty() ? null : written(text, from, f.start(), f.end(), f.pointed().get());
            if (w != null) {
                sb.append(text, from, w.start()).append(w.words());
                notes.add(w.note());
                from = f.end();
            }
        }
        String out = pronouns(sb.append(text.substring(from)).toString(), shown, notes);
        return new Recalled(byValue(out, shown, notes), notes);
    }

    /** "that 5%", "the 80 bil one", "that 9.5 bil hole": a pointer, a figure, and a word for the thing the figure is. */
    private static final Pattern VALUE_POINTER = Pattern.compile("\\b(?<the>the|that|this)\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VALUE_NOUN = Pattern.compile("^\\s+(?:one|hole|gap|number|figure|loss|gain|shortfall|deficit|result"
            + "|answer|print|outcome)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * A metric's figure an earlier answer showed, pointed at by its value as the user rounds it ("whats that 5% worth",
     * "take the 80 bil one", "that 9.5 bil hole" for a payoff of -$9.53B): the latest answer's one figure is "that"; one
     * of a metric shown in several scenarios is its scenario ("the irr on the 90 bil one": the bull case); any other is the
     * metric by name. A figure followed by an input's name ("that 1.2T exit") is that input's, and is left as written.
     */
    private String byValue(String text, List<ThreadState.Shown> shown, List<String> notes) {
        String s = org.thesisbot.core.scenario.Amounts.normalise(text);
        List<org.thesisbot.core.scenario.Amount> amounts = org.thesisbot.core.scenario.Amounts.find(s);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (org.thesisbot.core.scenario.Amount a : amounts) {
            if (a.start() < from) {
                continue;
            }
            Matcher pointer = VALUE_POINTER.matcher(s.substring(from, a.start()));
            if (!pointer.find()) {
                continue;
            }
            String after = s.substring(a.end());
            Matcher noun = VALUE_NOUN.matcher(after);
            boolean named = noun.find();
            if (!named && (pointer.group("the").equalsIgnoreCase("the") || reader.inputNamedFirst(after.strip()).isPresent())) {
                continue; // "the 50b check", "that 1.2T exit": the input's own figure
            }
            Optional<Pointed> p = matching(a, shown);
            if (p.isEmpty()) {
                continue;
            }
            int end = named ? a.end() + noun.end() : a.end();
            int start = from + pointer.start();
            String words = reference(p.get(), shown);
            sb.append(s, from, start).append(words);
            notes.add("Taking \"" + s.substring(start, end).strip() + "\" as " + label(p.get().figure()) + " in my answer "
                    + p.get().answer() + " (" + Format.value(p.get().figure().value(), p.get().figure().unit()) + ").");
            from = end;
        }
        return from == 0 ? text : sb.append(s.substring(from)).toString();
    }

    /** The latest metric figure an answer showed that the written figure rounds (its sign aside: "a 6 bil hole"). */
    private static Optional<Pointed> matching(org.thesisbot.core.scenario.Amount a, List<ThreadState.Shown> shown) {
        Unit unit = switch (a.kind()) {
            case MONEY -> Unit.USD_BILLIONS;
            case RATIO -> Unit.RATIO;
            case MULTIPLE -> Unit.MULTIPLE;
            default -> null;
        };
        if (unit == null) {
            return Optional.empty();
        }
        BigDecimal tolerance = BigDecimal.valueOf(5, Math.max(a.value().scale(), 0) + 1);
        for (int i = shown.size() - 1; i >= 0; i--) {
            for (ThreadState.Figure f : shown.get(i).figures()) {
                if (f.unit() == unit && InputId.byId(f.id()).isEmpty()
                        && f.value().abs().subtract(a.value().abs()).abs().compareTo(tolerance) <= 0) {
                    return Optional.of(new Pointed(shown.get(i).answer(), f));
                }
            }
        }
        return Optional.empty();
    }

    /** How a figure pointed at by value is written: "that", "the bull case", or the metric's name. */
    private static String reference(Pointed p, List<ThreadState.Shown> shown) {
        ThreadState.Shown last = shown.get(shown.size() - 1);
        ThreadState.Shown of = shown.stream().filter(x -> x.answer() == p.answer()).findFirst().orElse(last);
        if (of == last && last.figures().size() == 1) {
            return "that";
        }
        boolean scenarios = of.figures().stream().filter(f -> f.id().equals(p.figure().id())).map(ThreadState.Figure::scenario)
                .distinct().count() > 1;
        if (scenarios) {
            return "the " + p.figure().scenario() + " case";
        }
        String name = Metric.byId(p.figure().id()).map(Canonical::name).orElse(p.figure().id().replace('_', ' '));
        return "the " + name + (ScenarioModel.BASE.equals(p.figure().scenario()) ? "" : " in the " + p.figure().scenario() + " case");
    }

    /** A reference found, and the figure it points at (none: left as written). */
    private record Found(int start, int end, Optional<Pointed> pointed) {
    }

    /** "capture at 1 minus that": arithmetic on the one figure the latest answer showed. */
    private String pronouns(String text, List<ThreadState.Shown> shown, List<String> notes) {
        ThreadState.Shown last = shown.get(shown.size() - 1);
        if (last.figures().size() != 1) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        Matcher m = PRONOUN.matcher(text);
        int from = 0;
        while (m.find()) {
            Matcher op = OPERATION.matcher(text.substring(from, m.start()));
            if (!op.find()) {
                continue;
            }
            if (!NAMED_BEFORE.matcher(text.substring(from, from + op.start())).find()) {
                continue; // "what's 1 minus that": arithmetic asked of the answer, not a figure for an input
            }
            Written w = written(text, from, m.start(), m.end(), new Pointed(last.answer(), last.figures().get(0)));
            if (w == null) {
                continue;
            }
            sb.append(text, from, w.start()).append(w.words());
            notes.add(w.note());
            from = m.end();
        }
        return sb.append(text.substring(from)).toString();
    }

    /** A figure an answer showed. */
    private record Pointed(int answer, ThreadState.Figure figure) {
    }

    private Optional<Pointed> resolve(Pattern p, Matcher m, List<ThreadState.Shown> shown) {
        if (p == IN_ANSWER) {
            String ao = m.group("ao") != null ? m.group("ao") : m.group("ao2");
            String fo = m.group("fo") != null ? m.group("fo") : m.group("fo2");
            return answer(ao, shown).flatMap(a -> figure(fo, a));
        }
        if (p == ANSWER_AT) {
            return answer(m.group("ao"), shown).flatMap(Recall::only);
        }
        if (p == ANSWERS_UP) {
            int back = count(m.group("n"));
            return back > shown.size() ? Optional.empty() : only(shown.get(shown.size() - back));
        }
        String fo = m.group("fo");
        int k = place(fo);
        if (k == 0 && !isLast(fo)) {
            return answer(fo, shown).flatMap(Recall::only); // "the previous one": the latest answer
        }
        // a position counts the figures of the latest answer that showed several, else the answers
        for (int i = shown.size() - 1; i >= Math.max(0, shown.size() - RECENT); i--) {
            if (shown.get(i).figures().size() > 1) {
                return figure(fo, shown.get(i));
            }
        }
        return answer(fo, shown).flatMap(Recall::only);
    }

    /** The answer at an ordinal: first, 2nd, …, last or previous (the latest), penultimate. */
    private static Optional<ThreadState.Shown> answer(String ordinal, List<ThreadState.Shown> shown) {
        int k = place(ordinal);
        int last = shown.get(shown.size() - 1).answer();
        int number = k > 0 ? k : isLast(ordinal) || isPrevious(ordinal) ? last : last - 1;
        return shown.stream().filter(s -> s.answer() == number).findFirst();
    }

    private static Optional<Pointed> figure(String ordinal, ThreadState.Shown a) {
        int k = place(ordinal);
        int n = a.figures().size();
        int i = k > 0 ? k - 1 : isLast(ordinal) ? n - 1 : isPrevious(ordinal) ? -1 : n - 2;
        return i < 0 || i >= n ? Optional.empty() : Optional.of(new Pointed(a.answer(), a.figures().get(i)));
    }

    /**
     * The one figure an answer showed, or the one input it solved for (beside it, the metric at the goal only repeats
     * the goal); an answer with several or none points at nothing.
     */
    private static Optional<Pointed> only(ThreadState.Shown a) {
        List<ThreadState.Figure> solved = a.figures().stream().filter(ThreadState.Figure::solved).toList();
        List<ThreadState.Figure> one = solved.size() == 1 ? solved : a.figures();
        return one.size() == 1 ? Optional.of(new Pointed(a.answer(), one.get(0))) : Optional.empty();
    }

    private static int place(String ordinal) {
        String o = ordinal.toLowerCase(java.util.Locale.ROOT);
        if (o.startsWith("first") || o.equals("1st")) {
            return 1;
        }
        if (o.equals("second") || o.equals("2nd")) {
            return 2;
        }
        if (o.startsWith("third") || o.equals("3rd")) {
            return 3;
        }
        if (o.startsWith("fourth") || o.equals("4th")) {
            return 4;
        }
        return o.startsWith("fifth") || o.equals("5th") ? 5 : 0;
    }

    private static boolean isLast(String ordinal) {
        return ordinal.toLowerCase(java.util.Locale.ROOT).matches("last|latest|final");
    }

    private static boolean isPrevious(String ordinal) {
        return ordinal.toLowerCase(java.util.Locale.ROOT).matches("previous|prior");
    }

    private static int count(String n) {
        return switch (n.toLowerCase(java.util.Locale.ROOT)) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            case "five" -> 5;
            default -> Integer.parseInt(n);
        };
    }

    /** A reference written out: where its words start (before an operation taken with it), the words, the note. */
    private record Written(int start, String words, String note) {
    }

    /** How a reference is written out, or null when it is left as written. */
    private Written written(String text, int from, int start, int end, Pointed p) {
        String before = text.substring(from, start);
        String said = text.substring(start, end);
        ThreadState.Figure f = p.figure();
        String where = label(f) + " in my answer " + p.answer() + " (" + Format.value(f.value(), f.unit()) + ")";
        Matcher op = OPERATION.matcher(before);
        if (op.find()) {
            BigDecimal v = apply(op, f);
            if (v != null) {
                int s = from + op.start();
                String rest = text.substring(from, s);
                boolean named = NAMED_BEFORE.matcher(rest).find();
                if (!named && InputId.byId(f.id()).isEmpty()) {
                    return null; // "and half that?" of a metric: arithmetic on the answer, not a figure for an input
                }
                String cue = named ? "" : cue(f);
                return new Written(s, figure(v, f.unit()) + cue,
                        "Taking \"" + text.substring(s, end).strip() + "\" as " + where + " " + opWords(op) + ": "
                                + Format.value(v, f.unit()) + ".");
            }
        }
        if (VALUE_BEFORE.matcher(before).find()) {
            return new Written(start, figure(f.value(), f.unit()), "Taking \"" + said + "\" as " + where + ".");
        }
        return new Written(start, name(f), "Taking \"" + said + "\" as " + where + ".");
    }

    /** The figure after an operation, or null when the operation does not apply to its unit. */
    private static BigDecimal apply(Matcher op, ThreadState.Figure f) {
        BigDecimal v = f.value();
        if (op.group("half") != null) {
            return v.divide(BigDecimal.valueOf(2));
        }
        if (op.group("double") != null) {
            return v.multiply(BigDecimal.valueOf(2));
        }
        if (op.group("triple") != null) {
            return v.multiply(BigDecimal.valueOf(3));
        }
        if (op.group("times") != null) {
            return v.multiply(new BigDecimal(op.group("times")));
        }
        if (op.group("percent") != null) {
            return v.multiply(new BigDecimal(op.group("percent")).movePointLeft(2));
        }
        return f.unit() == Unit.RATIO ? BigDecimal.ONE.subtract(v) : null; // "1 minus" a share or rate only
    }

    private static String opWords(Matcher op) {
        if (op.group("half") != null) {
            return "halved";
        }
        if (op.group("double") != null) {
            return "doubled";
        }
        if (op.group("triple") != null) {
            return "tripled";
        }
        if (op.group("times") != null) {
            return "times " + op.group("times");
        }
        if (op.group("percent") != null) {
            return op.group("percent") + "% of it";
        }
        return "taken from 100%";
    }

    /** A figure in a unit the reader reads back exactly, to 15 significant digits: "$415B", "65%", "10 years". */
    static String figure(BigDecimal v, Unit unit) {
        BigDecimal r = v.round(DIGITS).stripTrailingZeros();
        return switch (unit) {
            case USD_BILLIONS -> (r.signum() < 0 ? "-" : "") + "$" + r.abs().toPlainString() + "B";
            case RATIO -> r.movePointRight(2).toPlainString() + "%";
            case YEARS -> r.toPlainString() + " years";
            case MULTIPLE -> r.toPlainString() + "x";
        };
    }

    /** The word that says which input a figure sets, after it (" exit"), or nothing for a metric's figure. */
    private static String cue(ThreadState.Figure f) {
        return InputId.byId(f.id()).map(id -> " " + Canonical.cue(id)).orElse("");
    }

    /** The metric or input itself, as the reader reads its name. */
    private static String name(ThreadState.Figure f) {
        Optional<InputId> input = InputId.byId(f.id());
        if (input.isPresent()) {
            return Canonical.cue(input.get());
        }
        return Metric.byId(f.id()).map(Canonical::name).orElse(f.id().replace('_', ' '));
    }

    private String label(ThreadState.Figure f) {
        Optional<InputId> input = InputId.byId(f.id());
        String label = input.isPresent() ? model.require(input.get().id()).label()
                : Metric.byId(f.id()).map(Metric::label).orElse(f.id());
        return label + (ScenarioModel.BASE.equals(f.scenario()) ? "" : ", " + f.scenario() + " case,");
    }
}
