package org.thesisbot.sources;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.YamlTree;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A document's checked metadata: exactly {@code title}, {@code publisher}, {@code published} (an ISO date,
 * 2026-03-02) and {@code url} (http or https). Markdown and text files carry it as YAML front matter;
 * HTML and PDF files in a {@code <file>.meta.yaml} sidecar.
 */
public record Metadata(String title, String publisher, LocalDate published, String url) {
    public static final List<String> KEYS = List.of("title", "publisher", "published", "url");
    private static final int MAX_CHARS = 300;

    /**
     * Reads and checks the YAML mapping in {@code yaml}.
     *
     * @param where      the file name for messages ("documents/x.md")
     * @param lineOffset the line of the file where {@code yaml} starts, minus one
     * @throws DocumentProblem naming the line and the problem
     */
    public static Metadata parse(String yaml, String where, int lineOffset) {
        YamlTree y = new YamlTree(where, lineOffset);
        try {
            Node root = y.parse(yaml);
            if (root == null) {
                throw new DocumentProblem(where + ": the metadata is empty; it needs " + String.join(", ", KEYS));
            }
            Map<String, Node> k = y.exactKeys(y.mapping(root, "the metadata"), KEYS, Set.of(), "the metadata");
            String title = bounded(y, k.get("title"), "title");
            String publisher = bounded(y, k.get("publisher"), "publisher");
            String date = y.text(k.get("published"), "published");
            LocalDate published;
            try {
                published = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw y.error(k.get("published"), "published '" + date + "' is not an ISO date (write 2026-03-02)");
            }
            String url = y.text(k.get("url"), "url");
            try {
                URI u = new URI(url);
                String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                    throw y.error(k.get("url"), "url '" + url + "' must be an http or https address");
                }
            } catch (URISyntaxException e) {
                throw y.error(k.get("url"), "url '" + url + "' is not a valid address");
            }
            return new Metadata(title, publisher, published, url);
        } catch (ConfigException e) {
            throw new DocumentProblem(e.getMessage(), e);
        }
    }

    /** The metadata as YAML with exactly the four keys, for a sidecar or front matter the bot writes. */
    public String toYaml() {
        return "title: " + quote(title) + "\npublisher: " + quote(publisher) + "\npublished: " + published
                + "\nurl: " + quote(url) + "\n";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String bounded(YamlTree y, Node n, String key) {
        String v = y.text(n, key);
        if (v.length() > MAX_CHARS || v.contains("\n")) {
            throw y.error(n, key + " must be one line of at most " + MAX_CHARS + " characters");
        }
        return v;
    }
}
