package org.thesisbot.config;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thesisbot.core.scenario.Input;
import org.thesisbot.core.scenario.InputRules;
import org.thesisbot.core.scenario.InvalidInputException;
import org.thesisbot.core.api.Provenance;
import org.thesisbot.core.scenario.Scenario;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.api.Unit;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code config/scenario.yaml} into a {@link ScenarioModel}. It walks SnakeYAML's node tree (not a
 * data binding) so that every problem is reported with the file, the line and what is wrong.
 */
public final class ScenarioYamlLoader {
    private static final Set<String> INPUT_KEYS = Set.of("id", "label", "value", "unit", "source", "assumption", "rationale");
    private static final Set<String> SOURCE_KEYS = Set.of("document", "quote", "note");
    private static final Set<String> SCENARIO_KEYS = Set.of("name", "description", "overrides");

    public ScenarioModel load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the scenario model: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    public ScenarioModel parse(String text, String fileName) {
        Node root;
        try (Reader r = new java.io.StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            root = new Yaml(options).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ConfigException(fileName + ": line " + line + ": " + e.getProblem(), e);
        } catch (YAMLException | IOException e) {
            throw new ConfigException(fileName + ": not valid YAML: " + e.getMessage(), e);
        }
        Walker w = new Walker(fileName);
        if (root == null) {
            throw new ConfigException(fileName + ": the file is empty (expected 'inputs' and 'scenarios')");
        }
        MappingNode top = w.mapping(root, "the top level");
        Map<String, Node> sections = w.keys(top, Set.of("inputs", "scenarios"), "the top level");
        Node inputsNode = sections.get("inputs");
        if (inputsNode == null) {
            throw w.error(top, "missing 'inputs'");
        }
        List<Input> inputs = new ArrayList<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Node n : w.sequence(inputsNode, "inputs").getValue()) {
            Input in = readInput(w, n);
            if (units.put(in.id(), in.unit()) != null) {
                throw w.error(n, "input '" + in.id() + "' is defined twice");
            }
            inputs.add(in);
        }
        List<Scenario> scenarios = new ArrayList<>();
        Node scenariosNode = sections.get("scenarios");
        if (scenariosNode != null) {
            for (Node n : w.sequence(scenariosNode, "scenarios").getValue()) {
                scenarios.add(readScenario(w, n, inputs));
            }
        }
        try {
            return new ScenarioModel(inputs, scenarios);
        } catch (InvalidInputException e) {
            throw new ConfigException(fileName + ": " + e.getMessage(), e);
        }
    }

    private Input readInput(Walker w, Node n) {
        MappingNode m = w.mapping(n, "an input");
        Map<String, Node> k = w.keys(m, INPUT_KEYS, "an input");
        String id = w.requiredString(m, k, "id");
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw w.error(k.get("id"), "input id '" + id + "' must be lower_snake_case");
        }
        String label = w.requiredString(m, k, "label");
        Unit unit;
        try {
            unit = Unit.fromWire(w.requiredString(m, k, "unit"));
        } catch (IllegalArgumentException e) {
            throw w.error(k.get("unit"), "input '" + id + "': " + e.getMessage());
        }
        BigDecimal value = w.number(k.get("value"), "input '" + id + "': value", m);
        InputRules.check(id, label, unit, value).ifPresent(p -> {
            throw w.error(k.get("value"), "input '" + id + "': " + p);
        });
        boolean assumption = k.containsKey("assumption") && w.bool(k.get("assumption"), "input '" + id + "': assumption");
        Node source = k.get("source");
        Provenance provenance;
        if (assumption && source != null) {
            throw w.error(m, "input '" + id + "' has both a source and 'assumption: true'; choose one");
        } else if (assumption) {
            if (!k.containsKey("rationale")) {
                throw w.error(m, "input '" + id + "' is an assumption: give a one-line 'rationale'");
            }
            provenance = Provenance.assumption(w.scalar(k.get("rationale"), "rationale"));
        } else if (source != null) {
            MappingNode s = w.mapping(source, "input '" + id + "': source");
            Map<String, Node> sk = w.keys(s, SOURCE_KEYS, "input '" + id + "': source");
            provenance = Provenance.source(w.requiredString(s, sk, "document"), w.requiredString(s, sk, "quote"),
                    sk.containsKey("note") ? w.scalar(sk.get("note"), "note") : null);
        } else {
            throw w.error(m, "input '" + id + "' needs either a 'source' (document + quote) or 'assumption: true' with a 'rationale'");
        }
        return new Input(id, label, value, unit, provenance);
    }

    private Scenario readScenario(Walker w, Node n, List<Input> inputs) {
        MappingNode m = w.mapping(n, "a scenario");
        Map<String, Node> k = w.keys(m, SCENARIO_KEYS, "a scenario");
        String name = w.requiredString(m, k, "name");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw w.error(k.get("name"), "scenario name '" + name + "' must be lower_snake_case");
        }
        String description = k.containsKey("description") ? w.scalar(k.get("description"), "description") : "";
        Map<String, BigDecimal> overrides = new LinkedHashMap<>();
        Node o = k.get("overrides");
        if (o != null && !(o instanceof ScalarNode sn && sn.getValue().isEmpty())) {
            MappingNode om = w.mapping(o, "scenario '" + name + "': overrides");
            for (NodeTuple t : om.getValue()) {
                String id = w.scalar(t.getKeyNode(), "an override name");
                Input target = inputs.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow(() ->
                        w.error(t.getKeyNode(), "scenario '" + name + "' overrides unknown input '" + id + "'"));
                BigDecimal v = w.number(t.getValueNode(), "scenario '" + name + "': " + id, om);
                InputRules.check(id, target.label(), target.unit(), v).ifPresent(p -> {
                    throw w.error(t.getValueNode(), "scenario '" + name + "': " + p);
                });
                overrides.put(id, v);
            }
        }
        return new Scenario(name, description, overrides);
    }

    /** Node helpers that turn every surprise into a ConfigException with a line number. */
    private record Walker(String file) {
        ConfigException error(Node n, String problem) {
            return new ConfigException(file + ": line " + (n.getStartMark().getLine() + 1) + ": " + problem);
        }

        MappingNode mapping(Node n, String what) {
            if (n instanceof MappingNode m) {
                return m;
            }
            throw error(n, what + " must be a mapping of keys to values");
        }

        SequenceNode sequence(Node n, String what) {
            if (n instanceof SequenceNode s) {
                return s;
            }
            throw error(n, what + " must be a list (lines starting with '- ')");
        }

        Map<String, Node> keys(MappingNode m, Set<String> allowed, String what) {
            Map<String, Node> out = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                String key = scalar(t.getKeyNode(), "a key");
                if (!allowed.contains(key)) {
                    throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
                out.put(key, t.getValueNode());
            }
            return out;
        }

        String scalar(Node n, String what) {
            if (n instanceof ScalarNode s) {
                return s.getValue();
            }
            throw error(n, what + " must be a single value");
        }

        String requiredString(MappingNode parent, Map<String, Node> k, String key) {
            Node n = k.get(key);
            if (n == null) {
                throw error(parent, "missing '" + key + "'");
            }
            String v = scalar(n, key).trim();
            if (v.isEmpty()) {
                throw error(n, "'" + key + "' is empty");
            }
            return v;
        }

        BigDecimal number(Node n, String what, Node parent) {
            if (n == null) {
                throw error(parent, what + " is missing");
            }
            String v = scalar(n, what).trim();
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw error(n, what + " '" + v + "' is not a number (write 830 for $830B, 0.35 for 35%)");
            }
        }

        boolean bool(Node n, String what) {
            String v = scalar(n, what).trim();
            if (v.equals("true")) {
                return true;
            }
            if (v.equals("false")) {
                return false;
            }
            throw error(n, what + " must be true or false (got '" + v + "')");
        }
    }
}
