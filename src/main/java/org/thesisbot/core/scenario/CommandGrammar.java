package org.thesisbot.core.scenario;

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

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
