package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.scenario.Metric;

/**
 * The words people use for each metric and each input, compiled from {@code config/understanding.yaml}.
 * Knowledge of how this model is talked about lives there, as data; this class only checks and compiles it.
 */
public final class Vocabulary {
    /** A phrase naming a metric: strong phrases name it outright, weak ones only hint. */
    public record Phrase(Metric metric, Pattern pattern, boolean strong) {
    }

    /**
     * How an input is talked about.
     *
     * @param names     phrases naming the input itself ("what margin do you assume", "what exit gets a 3x")
     * @param cues      words next to a figure that say the figure sets this input
     * @param min       the low end of the usual range of a figure for it
     * @param max       the high end
     */
    public record InputWords(List<Pattern> names, List<Pattern> cues, BigDecimal min, BigDecimal max) {
        public boolean plausible(BigDecimal v) {
            return v.compareTo(min) >= 0 && v.compareTo(max) <= 0;
        }
    }

    /** Raw text of one metric's phrases, as read from the file. */
    public record RawMetric(List<String> strong, List<String> weak, List<String> examples) {
        public RawMetric(List<String> strong, List<String> weak) {
            this(strong, weak, List.of());
        }
    }

    /** Raw text of one input's words, as read from the file. */
    public record RawInput(List<String> names, List<String> cues, List<BigDecimal> plausible) {
    }

    /** A metric that is one amount divided by another, as the file names the two: {@code over} / {@code under}. */
    public record RawRatio(String over, String under) {
    }

    /** A metric that adds and takes away amounts, as the file names them: {@code plus} and {@code minus}. */
    public record RawSum(List<String> plus, List<String> minus) {
    }

    /** A metric that is a sum, with the phrases for each amount added ({@code plus}) and taken away ({@code minus}). */
    public record Sum(Metric metric, List<Pattern> plus, List<Pattern> minus) {
        public Sum {
            plus = List.copyOf(plus);
            minus = List.copyOf(minus);
        }

        int amounts() {
            return plus.size() + minus.size();
        }
    }

    /** A ratio metric with the phrases for its numerator and its denominator. */
    public record Ratio(Metric metric, Pattern over, Pattern under) {
    }

    private final List<Phrase> phrases;
    private final Map<InputId, InputWords> inputs;
    private final Map<Metric, List<String>> examples;
    private final List<Ratio> ratios;
    private final List<Sum> sums;
    private final ExpectedClose expectedClose;
    private final Rests rests;

    /**
     * The words for the rest of a whole a metric is part of ({@link org.thesisbot.core.scenario.Rests}): {@code names} name
     * a part's rest outright ("everybody but amazon" is the rest of the stake), {@code cues} turn whatever part the question
     * asks into its rest ("what pct of it is NOT the oai cheque").
     */
    public record Rests(Map<Metric, List<Pattern>> names, List<Pattern> cues) {
        public static final Rests NONE = new Rests(Map.of(), List.of());

        public Rests {
            names = Collections.unmodifiableMap(new EnumMap<>(names.isEmpty() ? new EnumMap<>(Metric.class) : names));
            cues = List.copyOf(cues);
        }
    }

    /**
     * When the sources expect the deal to close: the month a hold given by its end date alone ("exit at the fy30
     * year-end") is counted from, with the words that say so.
     */
    public record ExpectedClose(java.time.YearMonth month, String said, String quote) {
    }

    private Vocabulary(List<Phrase> phrases, Map<InputId, InputWords> inputs, Map<Metric, List<String>> examples,
                       List<Ratio> ratios, List<Sum> sums, ExpectedClose expectedClose) {
        this(phrases, inputs, examples, ratios, sums, expectedClose, Rests.NONE);
    }

    private Vocabulary(List<Phrase> phrases, Map<InputId, InputWords> inputs, Map<Metric, List<String>> examples,
                       List<Ratio> ratios, List<Sum> sums, ExpectedClose expectedClose, Rests rests) {
        this.rests = rests;
        this.phrases = List.copyOf(phrases);
        this.inputs = Collections.unmodifiableMap(inputs);
        this.examples = Collections.unmodifiableMap(examples);
        this.ratios = List.copyOf(ratios);
        this.sums = List.copyOf(sums);
        this.expectedClose = expectedClose;
    }

    /** This vocabulary, with when the deal is expected to close. */
    public Vocabulary withExpectedClose(ExpectedClose close) {
        return new Vocabulary(phrases, inputs, examples, ratios, sums, close, rests);
    }

    /** The words for the rest of a whole: {@link Rests}. */
    public Rests rests() {
        return rests;
    }

    /**
     * This vocabulary, with the words for rests: {@code names} by part metric id, {@code cues} for any part.
     *
     * @throws InvalidInputException naming every problem (a metric with no whole, a pattern that does not compile)
     */
    public Vocabulary withRests(Map<String, String> macros, Map<String, List<String>> names, List<String> cues) {
        List<String> problems = new ArrayList<>();
        Map<Metric, List<Pattern>> byMetric = new EnumMap<>(Metric.class);
        names.forEach((id, raw) -> {
            Metric m = metric("rests.names", id, problems);
            if (m != null && !org.thesisbot.core.scenario.Rests.has(m)) {
                problems.add("rests.names." + id + ": the model knows no whole it is part of");
            } else if (m != null) {
                byMetric.put(m, compileAll("rests.names." + id, raw, macros, problems));
            }
        });
        List<Pattern> cuePatterns = compileAll("rests.cues", cues, macros, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems));
        }
        return new Vocabulary(phrases, inputs, examples, ratios, sums, expectedClose, new Rests(byMetric, cuePatterns));
    }

    /** When the deal is expected to close, or null when the configuration does not say. */
    public ExpectedClose expectedClose() {
        return expectedClose;
    }

    /** Metrics that add and take away amounts, with the words for each amount. */
    public List<Sum> sums() {
        return sums;
    }

    /** Metrics that divide one amount by another, with the words for each amount. */
    public List<Ratio> ratios() {
        return ratios;
    }

    /** A run of four letters or more in a pattern, not an escape's letter ("\\bterm" gives "term"). */
    private static final Pattern LITERAL_WORD = Pattern.compile("(?<![\\\\a-z])[a-z]{4,}");

    /**
     * The words written out in the phrases and cues (lower-case runs of letters), and in the example phrasings: the words
     * this vocabulary reads questions by. A pattern's fragment is no word and is left out by its shape: a run that a
     * group or class must continue ("captur" of "captur(?:e|es)"), one that continues a group ("ment" of "(?:pay|invest)ment"), a stem ("assum" of "assum\\w*"), or
     * one inside a group that continues a run ("enue" of "rev(?:enue)?", "ying" of "repa(?:y|ying)").
     */
    public Set<String> literalWords() {
        Set<String> out = new java.util.TreeSet<>();
        java.util.function.Consumer<String> add = t -> {
            String text = t.toLowerCase(java.util.Locale.ROOT);
            java.util.regex.Matcher m = LITERAL_WORD.matcher(text);
            while (m.find()) {
                if (!fragment(text, m.start(), m.end())) {
                    out.add(m.group());
                }
            }
        };
        phrases.forEach(p -> add.accept(p.pattern().pattern()));
        inputs.values().forEach(i -> {
            i.names().forEach(n -> add.accept(n.pattern()));
            i.cues().forEach(c -> add.accept(c.pattern()));
        });
        ratios.forEach(r -> {
            add.accept(r.over().pattern());
            add.accept(r.under().pattern());
        });
        sums.forEach(x -> {
            x.plus().forEach(q -> add.accept(q.pattern()));
            x.minus().forEach(q -> add.accept(q.pattern()));
        });
        examples.values().forEach(l -> l.forEach(add));
        return out;
    }

    private static boolean fragment(String text, int start, int end) {
        char after = end < text.length() ? text.charAt(end) : ' ';
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before == ')' || text.startsWith("\\w", end)) {
            return true;
        }
        if (before == ']') {
            String cls = text.substring(text.lastIndexOf('[', start - 1) + 1, start - 1);
            return !parts(cls);
        }
        if (after == '(' || after == '[') {
            return !ends(text, end);
        }
        if (before != ':' && before != '|') {
            return false;
        }
        // inside a group: a fragment when a letter runs straight into the group's opening bracket
        int depth = 0;
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && (i == 0 || text.charAt(i - 1) != '\\')) {
                if (depth-- == 0) {
                    return i > 0 && Character.isLetter(text.charAt(i - 1)) && (i < 2 || text.charAt(i - 2) != '\\');
                }
            }
        }
        return false;
    }

    /**
     * Whether a word may end where a group or class follows it: the group is a lookahead, or starts with a space, or may
     * be absent ("chew(?:s|ing)?"); the class holds a space or a hyphen ("break[- ]even").
     */
    private static boolean ends(String text, int at) {
        if (text.startsWith("(?!", at) || text.startsWith("(?=", at) || text.startsWith("(?: ", at)) {
            return true;
        }
        char open = text.charAt(at);
        char close = open == '(' ? ')' : ']';
        int depth = 0;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                String inside = text.substring(at + 1, i);
                char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
                return open == '[' ? parts(inside) : next == '?' || next == '*';
            }
        }
        return false;
    }

    /** Whether a character class holds a space or a hyphen (first or last: "[- ]", not the range of "[a-z]"). */
    private static boolean parts(String cls) {
        return cls.contains(" ") || cls.startsWith("-") || cls.endsWith("-");
    }

    /** Plain phrasings of each metric, for matching a question by meaning when no phrase names it. */
    public Map<Metric, List<String>> examples() {
        return examples;
    }

    public List<Phrase> phrases() {
        return phrases;
    }

    public InputWords input(InputId id) {
        return inputs.get(id);
    }

    /**
     * Checks and compiles the raw vocabulary: every metric and every input present, nothing unknown, every
     * pattern valid. Problems are listed together, each with its key.
     */
    public static Vocabulary compile(Map<String, String> macros, Map<String, RawMetric> metrics, Map<String, RawInput> inputs) {
        return compile(macros, metrics, inputs, Map.of());
    }

    /** As {@link #compile(Map, Map, Map)}, with the ratio metrics' numerators and denominators. */
    public static Vocabulary compile(Map<String, String> macros, Map<String, RawMetric> metrics, Map<String, RawInput> inputs,
                                     Map<String, RawRatio> ratios) {
        return compile(macros, metrics, inputs, ratios, Map.of());
    }

    /** As {@link #compile(Map, Map, Map, Map)}, with the sum metrics' amounts added and taken away. */
    public static Vocabulary compile(Map<String, String> macros, Map<String, RawMetric> metrics, Map<String, RawInput> inputs,
                                     Map<String, RawRatio> ratios, Map<String, RawSum> sums) {
        List<String> problems = new ArrayList<>();
        List<Phrase> phrases = new ArrayList<>();
        Map<Metric, List<String>> examples = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            if (!metrics.containsKey(m.id())) {
                problems.add("metrics." + m.id() + " is missing");
            }
        }
        metrics.forEach((id, raw) -> {
            Metric m = metric("metrics", id, problems);
            if (m == null) {
                return;
            }
            if (raw.strong() == null || raw.strong().isEmpty()) {
                problems.add("metrics." + id + ".strong needs at least one phrase");
            }
            compileAll("metrics." + id + ".strong", raw.strong(), macros, problems)
                    .forEach(p -> phrases.add(new Phrase(m, p, true)));
            compileAll("metrics." + id + ".weak", raw.weak(), macros, problems)
                    .forEach(p -> phrases.add(new Phrase(m, p, false)));
            if (raw.examples() != null && !raw.examples().isEmpty()) {
                if (raw.examples().stream().anyMatch(e -> e == null || e.isBlank() || e.length() > 200)) {
                    problems.add("metrics." + id + ".examples: each example is a phrase of 1 to 200 characters");
                } else {
                    examples.put(m, List.copyOf(raw.examples()));
                }
            }
        });
        Map<InputId, InputWords> in = new EnumMap<>(InputId.class);
        for (InputId i : InputId.values()) {
            if (!inputs.containsKey(i.id())) {
                problems.add("inputs." + i.id() + " is missing");
            }
        }
        inputs.forEach((id, raw) -> {
            InputId i = InputId.byId(id).orElse(null);
            if (i == null) {
                problems.add("inputs." + id + ": not an input of the scenario model");
                return;
            }
            List<BigDecimal> range = raw.plausible();
            if (range == null || range.size() != 2 || range.get(0).compareTo(range.get(1)) > 0) {
                problems.add("inputs." + id + ".plausible must be [low, high] with low <= high");
                return;
            }
            in.put(i, new InputWords(compileAll("inputs." + id + ".names", raw.names(), macros, problems),
                    compileAll("inputs." + id + ".cues", raw.cues(), macros, problems), range.get(0), range.get(1)));
        });
        List<Ratio> rs = new ArrayList<>();
        ratios.forEach((id, raw) -> {
            Metric m = metric("ratios", id, problems);
            if (m == null) {
                return;
            }
            if (raw == null || raw.over() == null || raw.under() == null) {
                problems.add("ratios." + id + " needs 'over' and 'under'");
                return;
            }
            List<Pattern> over = compileAll("ratios." + id + ".over", List.of(raw.over()), macros, problems);
            List<Pattern> under = compileAll("ratios." + id + ".under", List.of(raw.under()), macros, problems);
            if (over.size() == 1 && under.size() == 1) {
                rs.add(new Ratio(m, over.get(0), under.get(0)));
            }
        });
        List<Sum> ss = new ArrayList<>();
        sums.forEach((id, raw) -> {
            Metric m = metric("sums", id, problems);
            if (m == null) {
                return;
            }
            int n = raw == null ? 0 : (raw.plus() == null ? 0 : raw.plus().size()) + (raw.minus() == null ? 0 : raw.minus().size());
            if (raw == null || raw.plus() == null || raw.plus().isEmpty() || n < 2) {
                problems.add("sums." + id + " needs at least one 'plus' amount and two amounts in all");
                return;
            }
            List<Pattern> plus = compileAll("sums." + id + ".plus", raw.plus(), macros, problems);
            List<Pattern> minus = compileAll("sums." + id + ".minus", raw.minus(), macros, problems);
            ss.add(new Sum(m, plus, minus));
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join("; ", problems));
        }
        return new Vocabulary(phrases, in, examples, rs, ss, null);
    }

    /** The metric named {@code id} in a section of the file, or null with the problem noted. */
    private static Metric metric(String section, String id, List<String> problems) {
        Metric m = Metric.byId(id).orElse(null);
        if (m == null) {
            problems.add(section + "." + id + ": not a metric of the model");
        }
        return m;
    }

    private static List<Pattern> compileAll(String key, List<String> regexes, Map<String, String> macros, List<String> problems) {
        List<Pattern> out = new ArrayList<>();
        if (regexes == null) {
            return out;
        }
        for (int n = 0; n < regexes.size(); n++) {
            String r = regexes.get(n);
            for (Map.Entry<String, String> m : macros.entrySet()) {
                r = r.replace("{" + m.getKey() + "}", m.getValue());
            }
            if (r.matches(".*\\{[a-z]+}.*") && !r.matches(".*\\{\\d*,?\\d*}.*")) {
                problems.add(key + "[" + n + "]: unknown macro in '" + regexes.get(n) + "'");
                continue;
            }
            try {
                Pattern p = Pattern.compile(r);
                if (p.matcher("").matches()) {
                    problems.add(key + "[" + n + "]: matches an empty question");
                    continue;
                }
                out.add(p);
            } catch (PatternSyntaxException e) {
                problems.add(key + "[" + n + "]: not a valid pattern: " + e.getDescription());
            }
        }
        return out;
    }
}
