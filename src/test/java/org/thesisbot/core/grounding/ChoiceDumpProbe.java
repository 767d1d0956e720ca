package org.thesisbot.core.grounding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.Thesisbot;
import org.thesisbot.core.route.Router;
import org.thesisbot.llm.HybridRetriever;

/**
 * A developer's measurement, not a check: {@code mvn -q test -Dtest=ChoiceDumpProbe -Dchoicedump=/tmp/x.json
 * -Dmodels=minilm,e5-small -Dtopk=4,8} writes, for every narrative question of the dev and validation sets
 * with an answering phrase, every candidate sentence of its top-k passages with the evidence the
 * {@link SentenceChooser} weighs and whether it answers, for offline study of the weights. Skipped otherwise.
 */
class ChoiceDumpProbe {
    @Test
    void dump() throws IOException {
        String out = System.getProperty("choicedump");
        Assumptions.assumeTrue(out != null && !out.isBlank(), "set -Dchoicedump to use this probe");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        List<JsonNode> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches(System.getProperty("choicesets", "(dev|val)") + "-.*\\.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        JsonNode n = json.readTree(line);
                        if (n.has("answer_phrase") || n.has("answer_phrases")) {
                            cases.add(n);
                        }
                    }
                }
            }
        }
        for (String model : System.getProperty("models", "minilm").split(",")) {
            Thesisbot brain = TestBrains.build(Map.of("THESISBOT_GROUNDING_EMBEDDING_MODEL", model));
            SentenceChooser chooser = new SentenceChooser(((HybridRetriever) brain.retriever()).sentenceEmbeddings(),
                    new Thesaurus(org.thesisbot.core.lexicon.TestLexicons.real().retrieval()), brain.library().anticipations());
            for (String k : System.getProperty("topk", "4").split(",")) {
                ArrayNode rows = root.putArray(model + "@" + k);
                for (JsonNode c : cases) {
                    String q = c.get("q").asText();
                    String query = c.get("route").asText().equals("mixed") ? Router.narrativePart(q) : q;
                    List<ScoredPassage> passages = brain.retriever().retrieve(query, Integer.parseInt(k));
                    SentenceChooser.Ranking r = chooser.rank(new WriteRequest(query, passages, List.of()));
                    List<String> phrases = new ArrayList<>();
                    c.path("answer_phrases").forEach(p -> phrases.add(norm(p.asText())));
                    if (c.has("answer_phrase")) {
                        phrases.add(norm(c.get("answer_phrase").asText()));
                    }
                    ObjectNode o = rows.addObject().put("id", c.get("id").asText()).put("q", query)
                            .put("yesNo", r.form().yesNo());
                    ArrayNode cs = o.putArray("candidates");
                    for (SentenceChooser.Candidate x : r.bestFirst()) {
                        SentenceChooser.Evidence e = x.evidence();
                        String t = norm(x.sentence());
                        cs.addObject().put("text", x.sentence()).put("answers", phrases.stream().anyMatch(t::contains))
                                .put("passage", x.passage()).put("position", x.position()).put("score", x.score())
                                .put("semantic", e.semantic()).put("lexical", e.lexical()).put("phrase", e.phrase())
                                .put("passageScore", e.passage()).put("form", e.form()).put("predicate", e.predicate())
                                .put("verdict", e.verdict()).put("context", e.context()).put("dangling", e.dangling())
                                .put("pointsBack", e.pointsBack()).put("short", e.shortSentence())
                                .put("passageSemantic", e.passageSemantic()).put("lead", e.lead())
                                .put("figure", e.figure()).put("anticipated", e.anticipated());
                    }
                }
            }
        }
        json.writeValue(Path.of(out).toFile(), root);
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\u2010-\u2015-]", " ").replaceAll("[\u2018\u2019]", "'")
                .replaceAll("\\s+", " ").trim();
    }
}
