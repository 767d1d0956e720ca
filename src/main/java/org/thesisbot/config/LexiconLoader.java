package org.thesisbot.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.thesisbot.core.lexicon.Lexicon;
import org.thesisbot.core.scenario.Metric;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads and checks {@code config/lexicon.yaml}: every section and key known, every pattern a valid regular
 * expression, every word list of lower-case single words, one topic per metric. Each problem is a
 * {@link ConfigException} naming the file, the line and what is wrong.
 */
public final class LexiconLoader {
    private static final List<String> SECTIONS = List.of("shorthand", "retrieval", "names", "routing", "answers");
    /** A word in lower case, or in a script without case (Thai), with its combining marks. */
    private static final Pattern WORD = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}][\\p{Ll}\\p{Lo}\\p{M}\\p{N}.'-]*");
    private static final int MAX_BYTES = 1024 * 1024;

    public Lexicon load(Path file) {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file + ": larger than 1 MiB; a lexicon is a few hundred lines");
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the lexicon: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public Lexicon parse(String text, String fileName) {
        YamlTree y = new YamlTree(fileName);
        Node root = y.parse(text);
        if (root == null) {
            throw new ConfigException(fileName + ": the file is empty (expected " + String.join(", ", SECTIONS) + ")");
        }
        Map<String, Node> s = y.exactKeys(y.mapping(root, "the top level"), SECTIONS, Set.of("spelling", "named_values", "glosses"), "the lexicon");

        List<Lexicon.Rewrite> shorthand = rewrites(y, s.get("shorthand"), "shorthand");

        Map<String, Node> r = y.exactKeys(y.mapping(s.get("retrieval"), "retrieval"),
                List.of("thesaurus", "idioms", "purpose_words", "thesis_words"), Set.of(), "retrieval");
        Map<String, List<String>> thesaurus = new LinkedHashMap<>();
        for (NodeTuple t : y.mapping(r.get("thesaurus"), "retrieval.thesaurus").getValue()) {
            String word = word(y, t.getKeyNode(), "a thesaurus word");
            thesaurus.put(word, words(y, t.getValueNode(), "retrieval.thesaurus." + word));
        }
        Lexicon.Retrieval retrieval = new Lexicon.Retrieval(thesaurus, rewrites(y, r.get("idioms"), "retrieval.idioms"),
                words(y, r.get("purpose_words"), "retrieval.purpose_words"),
                new LinkedHashSet<>(words(y, r.get("thesis_words"), "retrieval.thesis_words")));

        Map<String, Node> n = y.exactKeys(y.mapping(s.get("names"), "names"), List.of("well_known", "not_topics"),
                Set.of(), "names");
        Lexicon.Names names = new Lexicon.Names(new LinkedHashSet<>(words(y, n.get("well_known"), "names.well_known")),
                new LinkedHashSet<>(words(y, n.get("not_topics"), "names.not_topics")));

        Map<String, Node> ro = y.exactKeys(y.mapping(s.get("routing"), "routing"),
                List.of("scope", "known_names", "common_words", "common_capitalised", "help_examples", "other_requests"), Set.of(),
                "routing");
        List<String> scope = new ArrayList<>();
        for (Node item : y.sequence(ro.get("scope"), "routing.scope").getValue()) {
            scope.add(pattern(y, item, "routing.scope"));
        }
        Lexicon.Routing routing = new Lexicon.Routing(scope, words(y, ro.get("known_names"), "routing.known_names"),
                new LinkedHashSet<>(words(y, ro.get("common_words"), "routing.common_words")),
                new LinkedHashSet<>(words(y, ro.get("common_capitalised"), "routing.common_capitalised")),
                examples(y, ro.get("help_examples"), "routing.help_examples"),
                examples(y, ro.get("other_requests"), "routing.other_requests"));

        Map<String, Node> a = y.exactKeys(y.mapping(s.get("answers"), "answers"),
                List.of("metric_topics", "summary_query", "changes"), Set.of(), "answers");
        MappingNode topicsNode = y.mapping(a.get("metric_topics"), "answers.metric_topics");
        Map<String, String> topics = new LinkedHashMap<>();
        for (NodeTuple t : topicsNode.getValue()) {
            String id = y.text(t.getKeyNode(), "a metric id");
            if (Metric.byId(id).isEmpty()) {
                throw y.error(t.getKeyNode(), "answers.metric_topics: '" + id + "' is not a metric (known: "
                        + String.join(", ", java.util.Arrays.stream(Metric.values()).map(Metric::id).toList()) + ")");
            }
            topics.put(id, y.text(t.getValueNode(), "answers.metric_topics." + id));
        }
        List<String> missing = java.util.Arrays.stream(Metric.values()).map(Metric::id).filter(id -> !topics.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw y.error(topicsNode, "answers.metric_topics has no entry for " + String.join(", ", missing));
        }
        List<String> changes = new ArrayList<>();
        for (Node item : y.sequence(a.get("changes"), "answers.changes").getValue()) {
            changes.add(pattern(y, item, "answers.changes"));
        }
        Lexicon.Answers answers = new Lexicon.Answers(topics, y.text(a.get("summary_query"), "answers.summary_query"), changes);
        Lexicon.SpellingWords spelling = Lexicon.SpellingWords.NONE;
        if (s.get("spelling") != null) {
            Map<String, Node> sp = y.exactKeys(y.mapping(s.get("spelling"), "spelling"), List.of("terms", "protected"), Set.of(),
                    "spelling");
            spelling = new Lexicon.SpellingWords(new LinkedHashSet<>(words(y, sp.get("terms"), "spelling.terms")),
                    new LinkedHashSet<>(words(y, sp.get("protected"), "spelling.protected")));
        }
        List<Lexicon.NamedValue> named = s.get("named_values") == null ? List.of() : namedValues(y, s.get("named_values"));
        List<Lexicon.Gloss> glosses = new ArrayList<>();
        if (s.get("glosses") != null) {
            for (Node item : y.sequence(s.get("glosses"), "glosses").getValue()) {
                String what = "an entry of glosses";
                Map<String, Node> g = y.exactKeys(y.mapping(item, what), List.of("language", "markers", "min_markers", "rewrites"), Set.of(), what);
                int min;
                try {
                    min = Integer.parseInt(y.text(g.get("min_markers"), what + ": min_markers"));
                } catch (NumberFormatException e) {
                    throw y.error(g.get("min_markers"), what + ": min_markers must be a whole number");
                }
                if (min < 1) {
                    throw y.error(g.get("min_markers"), what + ": min_markers must be at least 1");
                }
                glosses.add(new Lexicon.Gloss(y.text(g.get("language"), what + ": language"),
                        new LinkedHashSet<>(words(y, g.get("markers"), "glosses.markers")), min, rewrites(y, g.get("rewrites"), "glosses.rewrites")));
            }
        }
        return new Lexicon(shorthand, retrieval, names, routing, answers, spelling, named, glosses);
    }

    /** named_values: each entry a pattern and exactly one of an input id, a metric id, or a value with its quote. */
    private static List<Lexicon.NamedValue> namedValues(YamlTree y, Node node) {
        List<Lexicon.NamedValue> out = new ArrayList<>();
        for (Node item : y.sequence(node, "named_values").getValue()) {
            String what = "an entry of named_values";
            Map<String, Node> k = y.exactKeys(y.mapping(item, what), List.of("pattern"),
                    Set.of("input", "metric", "value", "quote", "scenario_only", "noun"), what);
            String p = pattern(y, k.get("pattern"), "named_values");
            String input = k.get("input") == null ? null : y.text(k.get("input"), what + ": input");
            String metric = k.get("metric") == null ? null : y.text(k.get("metric"), what + ": metric");
            java.math.BigDecimal value = null;
            if (k.get("value") != null) {
                try {
                    value = new java.math.BigDecimal(y.text(k.get("value"), what + ": value"));
                } catch (NumberFormatException e) {
                    throw y.error(k.get("value"), what + ": value must be a number (billions of US dollars)");
                }
            }
            int given = (input == null ? 0 : 1) + (metric == null ? 0 : 1) + (value == null ? 0 : 1);
            if (given != 1) {
                throw y.error(item, what + " needs exactly one of input, metric and value");
            }
            if (input != null && org.thesisbot.core.scenario.InputId.byId(input).isEmpty()) {
                throw y.error(k.get("input"), what + ": '" + input + "' is not an input of the model");
            }
            if (metric != null && Metric.byId(metric).isEmpty()) {
                throw y.error(k.get("metric"), what + ": '" + metric + "' is not a metric");
            }
            String quote = k.get("quote") == null ? null : y.text(k.get("quote"), what + ": quote");
            if (value != null && (quote == null || quote.isBlank())) {
                throw y.error(item, what + ": a value needs the quote it comes from");
            }
            String only = k.get("scenario_only") == null ? "false" : y.text(k.get("scenario_only"), what + ": scenario_only");
            if (!only.equals("true") && !only.equals("false")) {
                throw y.error(k.get("scenario_only"), what + ": scenario_only must be true or false (got '" + only + "')");
            }
            boolean scenarioOnly = only.equals("true");
            if (scenarioOnly && input == null) {
                throw y.error(k.get("scenario_only"), what + ": scenario_only applies to an input");
            }
            String noun = k.get("noun") == null ? null : y.text(k.get("noun"), what + ": noun");
            out.add(new Lexicon.NamedValue(p, input, metric, value, quote, scenarioOnly, noun));
        }
        return out;
    }

    private static List<Lexicon.Rewrite> rewrites(YamlTree y, Node node, String what) {
        List<Lexicon.Rewrite> out = new ArrayList<>();
        for (Node item : y.sequence(node, what).getValue()) {
            Map<String, Node> k = y.exactKeys(y.mapping(item, "an entry of " + what), List.of("pattern", "replace"),
                    Set.of(), "an entry of " + what);
            String p = pattern(y, k.get("pattern"), what);
            String replacement = y.scalar(k.get("replace"), what + ": replace");
            int groups = Pattern.compile(p, Pattern.CASE_INSENSITIVE).matcher("").groupCount();
            java.util.regex.Matcher ref = Pattern.compile("(?<!\\\\)\\$(\\d)").matcher(replacement);
            while (ref.find()) {
                if (Integer.parseInt(ref.group(1)) > groups) {
                    throw y.error(k.get("replace"), what + ": replacement '" + replacement + "' refers to group "
                            + ref.group(1) + ", which the pattern lacks");
                }
            }
            out.add(new Lexicon.Rewrite(p, replacement));
        }
        return out;
    }

    private static String pattern(YamlTree y, Node n, String what) {
        String p = y.text(n, what + ": pattern");
        try {
            Pattern.compile(p, Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            throw y.error(n, what + ": '" + p + "' is not a valid regular expression: " + e.getDescription());
        }
        return p;
    }

    private static List<String> words(YamlTree y, Node n, String what) {
        List<String> out = new ArrayList<>();
        for (Node item : y.sequence(n, what).getValue()) {
            out.add(word(y, item, "an item of " + what));
        }
        return out;
    }

    /** Example phrasings: one line each, 1 to 200 characters, at least one. */
    private static List<String> examples(YamlTree y, Node n, String what) {
        List<String> out = new ArrayList<>();
        for (Node item : y.sequence(n, what).getValue()) {
            String e = y.text(item, "an item of " + what);
            if (e.isBlank() || e.length() > 200 || e.contains("\n")) {
                throw y.error(item, what + ": each example is one line of 1 to 200 characters");
            }
            out.add(e);
        }
        if (out.isEmpty()) {
            throw y.error(n, what + " needs at least one example");
        }
        return out;
    }

    private static String word(YamlTree y, Node n, String what) {
        String w = y.text(n, what);
        if (!WORD.matcher(w).matches()) {
            throw y.error(n, what + ": '" + w + "' must be one lower-case word (letters, digits, . ' -)"
                    + (w.toLowerCase(Locale.ROOT).equals(w) ? "" : "; write '" + w.toLowerCase(Locale.ROOT) + "'"));
        }
        return w;
    }
}
