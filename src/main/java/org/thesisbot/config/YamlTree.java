package org.thesisbot.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Reads YAML as SnakeYAML's node tree (not a data binding) so that every problem is reported with the
 * file, the line and what is wrong, and so that scalars stay the strings that were written ({@code no}
 * stays "no", {@code 2026-03-02} stays a date string). Duplicate keys are refused; the document size is
 * bounded by the caller.
 */
public final class YamlTree {
    private final String file;
    private final int lineOffset;

    /** @param lineOffset added to every reported line (YAML front matter starts after the file's first line) */
    public YamlTree(String file, int lineOffset) {
        this.file = file;
        this.lineOffset = lineOffset;
    }

    public YamlTree(String file) {
        this(file, 0);
    }

    /** The root node, or null for an empty document. */
    public Node parse(String text) {
        try (Reader r = new StringReader(text)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(4 * 1024 * 1024);
            return new Yaml(options).compose(r);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 + lineOffset : 0;
            throw new ConfigException(file + ": line " + line + ": " + e.getProblem(), e);
        } catch (YAMLException | IOException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    public ConfigException error(Node n, String problem) {
        return new ConfigException(file + ": line " + (n.getStartMark().getLine() + 1 + lineOffset) + ": " + problem);
    }

    public MappingNode mapping(Node n, String what) {
        if (n instanceof MappingNode m) {
            return m;
        }
        throw error(n, what + " must be a mapping of keys to values");
    }

    public SequenceNode sequence(Node n, String what) {
        if (n instanceof SequenceNode s) {
            return s;
        }
        throw error(n, what + " must be a list (lines starting with '- ', or [a, b])");
    }

    /** The mapping's keys and values; a key outside {@code allowed} is an error naming the allowed ones. */
    public Map<String, Node> keys(MappingNode m, Set<String> allowed, String what) {
        Map<String, Node> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            String key = scalar(t.getKeyNode(), "a key");
            if (allowed != null && !allowed.contains(key)) {
                throw error(t.getKeyNode(), "unknown key '" + key + "' in " + what + " (allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + ")");
            }
            out.put(key, t.getValueNode());
        }
        return out;
    }

    /** Like {@link #keys} and every key in {@code required} must be present. */
    public Map<String, Node> exactKeys(MappingNode m, List<String> required, Set<String> optional, String what) {
        Set<String> allowed = new java.util.LinkedHashSet<>(required);
        allowed.addAll(optional);
        Map<String, Node> k = keys(m, allowed, what);
        List<String> missing = required.stream().filter(r -> !k.containsKey(r)).toList();
        if (!missing.isEmpty()) {
            throw error(m, what + " is missing " + String.join(", ", missing.stream().map(s -> "'" + s + "'").toList()));
        }
        return k;
    }

    public String scalar(Node n, String what) {
        if (n instanceof ScalarNode s) {
            return s.getValue();
        }
        throw error(n, what + " must be a single value");
    }

    /** A non-blank single value, trimmed. */
    public String text(Node n, String what) {
        String v = scalar(n, what).strip();
        if (v.isEmpty()) {
            throw error(n, what + " is empty");
        }
        return v;
    }

    /** A list of non-blank single values. */
    public List<String> texts(Node n, String what) {
        List<String> out = new ArrayList<>();
        for (Node item : sequence(n, what).getValue()) {
            out.add(text(item, "an item of " + what));
        }
        return out;
    }
}
