package org.thesisbot.core.scenario;

import org.apache.commons.text.similarity.LevenshteinDistance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The slash-command grammar: {@code help}; {@code list}; {@code <metric> [scenario] [input=value ...]};
 * {@code bull} / {@code base} / {@code bear}; {@code compare [metric ...]}; anything else is free text for
 * the interpreter. Unknown names get an error listing the closest names; invalid values a clear error.
 */
public final class CommandGrammar {
    private final ScenarioModel model;

    public CommandGrammar(ScenarioModel model) {
        this.model = model;
    }

    public Command parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty() || t.equalsIgnoreCase("help") || t.equals("?")) {
            return new Command.Help();
        }
        String[] tokens = t.split("\\s+");
        String first = tokens[0].toLowerCase(Locale.ROOT);
        if (tokens.length == 1 && first.equals("list")) {
            return new Command.ListAll();
        }
        if (first.equals("grid") || first.equals("table")) {
            return grid(tokens);
        }
        if (first.equals("tornado")) {
            return tornado(tokens);
        }
        if (first.equals("chart")) {
            if (tokens.length < 2 || !tokens[1].equalsIgnoreCase("compare")) {
                throw new InvalidInputException("`chart` draws the scenarios side by side: `chart compare [metric …]`, e.g. "
                        + "`chart compare moic irr`. For a grid use `grid`, for what matters most `tornado`.");
            }
            List<Metric> metrics = new ArrayList<>();
            for (int i = 2; i < tokens.length; i++) {
                metrics.add(metric(tokens[i]));
            }
            return new Command.ChartCompare(metrics);
        }
        if (first.equals("compare")) {
            List<Metric> metrics = new ArrayList<>();
            for (int i = 1; i < tokens.length; i++) {
                metrics.add(metric(tokens[i]));
            }
            return new Command.Compare(metrics);
        }
        if (tokens.length == 1 && model.scenario(first).isPresent()) {
            return new Command.ScenarioSummary(first);
        }
        String id = first.replace('-', '_');
        if (Metric.byId(id).isPresent() && (tokens.length == 1 || t.contains("=") || allScenarios(tokens))) {
            return metricQuery(Metric.byId(id).get(), tokens);
        }
        if (looksLikeGrammar(t, id)) {
            metric(first); // throws with suggestions
        }
        return new Command.FreeText(t);
    }

    private boolean allScenarios(String[] tokens) {
        for (int i = 1; i < tokens.length; i++) {
            if (model.scenario(tokens[i].toLowerCase(Locale.ROOT)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private Command.MetricQuery metricQuery(Metric metric, String[] tokens) {
        String scenario = ScenarioModel.BASE;
        Map<String, BigDecimal> overrides = new LinkedHashMap<>();
        for (int i = 1; i < tokens.length; i++) {
            String tok = tokens[i];
            int eq = tok.indexOf('=');
            if (eq < 0) {
                String name = tok.toLowerCase(Locale.ROOT);
                if (model.scenario(name).isEmpty()) {
                    throw new InvalidInputException("'" + tok + "' is neither a scenario nor input=value. Scenarios: "
                            + String.join(", ", scenarioNames()) + ". Example: `" + metric.id() + " bull post_money_valuation=1T`");
                }
                scenario = name;
                continue;
            }
            String key = tok.substring(0, eq).toLowerCase(Locale.ROOT).replace('-', '_');
            String raw = tok.substring(eq + 1);
            Input input = model.input(key).orElseThrow(() -> new InvalidInputException("unknown input '" + key
                    + "'. Did you mean: " + String.join(", ", closest(key, inputIds())) + "? (`list` shows them all)"));
            BigDecimal v = Amounts.parseValue(raw, input.unit(), key);
            InputRules.check(key, input.label(), input.unit(), v).ifPresent(p -> {
                throw new InvalidInputException(p);
            });
            overrides.put(key, v);
        }
        return new Command.MetricQuery(metric, scenario, overrides);
    }

    /** {@code grid <metric> [scenario] input=from..to [step s] [input=from..to [step s]] [input=value ...]} */
    private Command.GridQuery grid(String[] tokens) {
        if (tokens.length < 2) {
            throw new InvalidInputException("`grid` needs a metric and one or two input ranges, e.g. "
                    + "`grid irr exit_valuation=500B..2T holding_years=3..7` or `grid stake post_money_valuation=700B..1T`");
        }
        Metric metric = metric(tokens[1]);
        String scenario = ScenarioModel.BASE;
        List<RangeText> ranges = new ArrayList<>();
        Map<String, BigDecimal> overrides = new LinkedHashMap<>();
        for (int i = 2; i < tokens.length; i++) {
            String tok = tokens[i];
            int eq = tok.indexOf('=');
            String word = (eq < 0 ? tok : tok.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (word.equals("step")) {
                String raw = eq >= 0 ? tok.substring(eq + 1) : i + 1 < tokens.length ? tokens[++i] : "";
                if (ranges.isEmpty() || ranges.get(ranges.size() - 1).step() != null) {
                    throw new InvalidInputException("`step` follows a range, e.g. `exit_valuation=500B..2T step 250B`");
                }
                RangeText last = ranges.remove(ranges.size() - 1);
                ranges.add(new RangeText(last.input(), last.raw(), raw));
                continue;
            }
            if (eq < 0) {
                if (model.scenario(word).isEmpty()) {
                    throw new InvalidInputException("'" + tok + "' is neither a scenario nor input=range. Example: "
                            + "`grid irr bull exit_valuation=500B..2T holding_years=3..7`");
                }
                scenario = word;
                continue;
            }
            Input input = input(word.replace('-', '_'));
            String raw = tok.substring(eq + 1);
            if (raw.contains("..") || raw.contains(",")) {
                if (ranges.size() == 2) {
                    throw new InvalidInputException("a grid varies at most two inputs; " + input.id()
                            + " would be a third. Fix it with a single value, e.g. `" + input.id() + "=" + exampleValue(input) + "`");
                }
                ranges.add(new RangeText(input, raw, null));
            } else {
                BigDecimal v = Amounts.parseValue(raw, input.unit(), input.id());
                InputRules.check(input.id(), input.label(), input.unit(), v).ifPresent(p -> {
                    throw new InvalidInputException(p);
                });
                overrides.put(input.id(), v);
            }
        }
        if (ranges.isEmpty()) {
            throw new InvalidInputException("`grid " + metric.id() + "` needs at least one input range, e.g. `grid "
                    + metric.id() + " exit_valuation=500B..2T` (values: from..to [step s], or a list such as 500B,1T,1.5T)");
        }
        for (RangeText r : ranges) {
            if (overrides.remove(r.input().id()) != null) {
                throw new InvalidInputException(r.input().id() + " is given both a range and a single value; keep one");
            }
        }
        return new Command.GridQuery(metric, scenario, range(ranges.get(0)), ranges.size() > 1 ? range(ranges.get(1)) : null,
                overrides);
    }

    /** A range as typed: {@code 500B..2T} or {@code 500B,1T,1.5T}, and the step typed after it (or null). */
    private record RangeText(Input input, String raw, String step) {
    }

    private static Range range(RangeText t) {
        Input input = t.input();
        String raw = t.raw();
        if (raw.contains(",")) {
            if (t.step() != null) {
                throw new InvalidInputException("`step` applies to a from..to range, not to a list of values such as " + raw);
            }
            List<BigDecimal> values = new ArrayList<>();
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(Amounts.parseValue(part, input.unit(), input.id()));
                }
            }
            return Range.of(input, values);
        }
        int dots = raw.indexOf("..");
        String from = raw.substring(0, dots);
        String to = raw.substring(dots + 2);
        if (from.isBlank() || to.isBlank() || to.contains("..")) {
            throw new InvalidInputException(input.id() + "=" + raw + " needs two ends, e.g. `" + input.id() + "="
                    + exampleRange(input) + "`");
        }
        BigDecimal step = t.step() == null ? null : Amounts.parseValue(t.step(), input.unit(), input.id() + "'s step");
        return Range.between(input, Amounts.parseValue(from, input.unit(), input.id()),
                Amounts.parseValue(to, input.unit(), input.id()), step);
    }

    /** {@code tornado [metric] [input=value ...]} */
    private Command.TornadoQuery tornado(String[] tokens) {
        Metric metric = Metric.COMBINED_PAYOFF;
        Map<String, BigDecimal> overrides = new LinkedHashMap<>();
        for (int i = 1; i < tokens.length; i++) {
            String tok = tokens[i];
            int eq = tok.indexOf('=');
            if (eq < 0) {
                if (i != 1) {
                    throw new InvalidInputException("`tornado` takes one metric, then input=value pairs, e.g. "
                            + "`tornado irr holding_years=7`");
                }
                metric = metric(tok);
                continue;
            }
            Input input = input(tok.substring(0, eq).toLowerCase(Locale.ROOT).replace('-', '_'));
            BigDecimal v = Amounts.parseValue(tok.substring(eq + 1), input.unit(), input.id());
            InputRules.check(input.id(), input.label(), input.unit(), v).ifPresent(p -> {
                throw new InvalidInputException(p);
            });
            overrides.put(input.id(), v);
        }
        return new Command.TornadoQuery(metric, overrides);
    }

    private Input input(String key) {
        return model.input(key).orElseThrow(() -> new InvalidInputException("unknown input '" + key
                + "'. Did you mean: " + String.join(", ", closest(key, inputIds())) + "? (`list` shows them all)"));
    }

    private static String exampleRange(Input input) {
        return switch (input.unit()) {
            case USD_BILLIONS -> "500B..2T";
            case RATIO -> "30%..70%";
            case YEARS -> "3..7";
            case MULTIPLE -> "1..3";
        };
    }

    private static String exampleValue(Input input) {
        return switch (input.unit()) {
            case USD_BILLIONS -> "1T";
            case RATIO -> "60%";
            case YEARS -> "7";
            case MULTIPLE -> "2";
        };
    }

    private Metric metric(String token) {
        String id = token.toLowerCase(Locale.ROOT).replace('-', '_');
        return Metric.byId(id).orElseThrow(() -> new InvalidInputException("unknown metric '" + token
                + "'. Did you mean: " + String.join(", ", closest(id, metricIds())) + "? (`help` lists them all)"));
    }

    /** A single identifier-like word close to a metric name, or anything with input=value, is meant as grammar. */
    private boolean looksLikeGrammar(String text, String firstId) {
        if (text.contains("=")) {
            return true;
        }
        if (Metric.byId(firstId).isPresent() || text.contains(" ") || !firstId.matches("[a-z_]+")) {
            return false;
        }
        if (firstId.contains("_")) {
            return true;
        }
        for (String m : metricIds()) {
            if (distance(firstId, m) <= 2) {
                return true;
            }
        }
        return false;
    }

    private List<String> metricIds() {
        List<String> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            out.add(m.id());
        }
        return out;
    }

    private List<String> inputIds() {
        return model.inputs().stream().map(Input::id).toList();
    }

    private List<String> scenarioNames() {
        return model.scenarios().stream().map(Scenario::name).toList();
    }

    /** Up to three names nearest to the typed one: containment first, then edit distance. */
    static List<String> closest(String typed, List<String> names) {
        return names.stream()
                .sorted(Comparator.comparingInt((String n) -> score(typed, n)).thenComparing(n -> n))
                .limit(3)
                .toList();
    }

    private static int score(String typed, String name) {
        int d = distance(typed, name);
        boolean related = name.contains(typed) || typed.contains(name)
                || java.util.Arrays.stream(typed.split("_")).anyMatch(p -> p.length() > 2 && name.contains(p));
        return related ? d - 100 : d;
    }

    /** Levenshtein distance, for "did you mean". */
    static int distance(String a, String b) {
        return LevenshteinDistance.getDefaultInstance().apply(a, b);
    }
}
