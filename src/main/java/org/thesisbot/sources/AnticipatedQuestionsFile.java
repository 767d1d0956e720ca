package org.thesisbot.sources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.YamlTree;

/**
 * Reads a document's optional {@code <file>.questions.yaml}: for sentences of the document, the questions each
 * one answers (see {@code core.grounding.Anticipations}).
 *
 * <pre>
 * - sentence: "The deal, expected to close by the end of the first quarter, will test whether …"
 *   questions:
 *     - "whats the make-or-break date"
 *     - "when is this supposed to close"
 * </pre>
 *
 * Bounded: at most {@value #MAX_SENTENCES} sentences, {@value #MAX_QUESTIONS} questions each, and
 * {@value #MAX_CHARS} characters per sentence or question; anything else is a {@link DocumentProblem} naming the line.
 */
final class AnticipatedQuestionsFile {
    static final int MAX_SENTENCES = 5_000;
    static final int MAX_QUESTIONS = 20;
    static final int MAX_CHARS = 2_000;

    private AnticipatedQuestionsFile() {
    }

    static Map<String, List<String>> parse(String yaml, String where) {
        YamlTree y = new YamlTree(where, 0);
        try {
            Node root = y.parse(yaml);
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (root == null) {
                return out;
            }
            List<Node> items = y.sequence(root, "the anticipated questions").getValue();
            if (items.size() > MAX_SENTENCES) {
                throw y.error(root, items.size() + " sentences; at most " + MAX_SENTENCES);
            }
            for (Node item : items) {
                MappingNode m = y.mapping(item, "an entry (sentence: …, questions: […])");
                Map<String, Node> k = y.exactKeys(m, List.of("sentence", "questions"), Set.of(), "an entry");
                String sentence = y.text(k.get("sentence"), "sentence");
                List<String> questions = y.texts(k.get("questions"), "questions");
                if (sentence.length() > MAX_CHARS) {
                    throw y.error(k.get("sentence"), "a sentence of " + sentence.length() + " characters; at most " + MAX_CHARS);
                }
                if (questions.size() > MAX_QUESTIONS) {
                    throw y.error(k.get("questions"), questions.size() + " questions for one sentence; at most " + MAX_QUESTIONS);
                }
                for (String q : questions) {
                    if (q.isBlank() || q.length() > MAX_CHARS) {
                        throw y.error(k.get("questions"), "a question is empty or longer than " + MAX_CHARS + " characters");
                    }
                }
                out.merge(sentence.strip(), List.copyOf(questions), (a, b) -> {
                    List<String> both = new java.util.ArrayList<>(a);
                    both.addAll(b);
                    return both;
                });
            }
            return out;
        } catch (ConfigException e) {
            throw new DocumentProblem(e.getMessage(), e);
        }
    }
}
