package org.thesisbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One question of a blind evaluation set (written by people who never read the code; format in
 * src/test/resources/eval/README.md).
 */
record EvalCase(String id, String question, String route, String kind, String thread, int turn,
                List<Expected> expect, List<List<Expected>> alternatives, boolean cannotCompute, boolean ambiguous,
                List<String> answerPhrases, boolean notCovered) {

    /** One number the answer must contain. */
    record Expected(String metric, String scenario, BigDecimal value) {
        @Override
        public String toString() {
            return metric + "(" + scenario + ")=" + value.toPlainString();
        }
    }

    static EvalCase of(JsonNode n) {
        List<String> phrases = new ArrayList<>();
        if (n.has("answer_phrase")) {
            phrases.add(n.get("answer_phrase").asText());
        }
        if (n.has("answer_phrases")) {
            n.get("answer_phrases").forEach(p -> phrases.add(p.asText()));
        }
        List<List<Expected>> alternatives = new ArrayList<>();
        if (n.has("alternatives")) {
            n.get("alternatives").forEach(a -> alternatives.add(items(a)));
        }
        return new EvalCase(n.get("id").asText(), n.get("q").asText(), n.get("route").asText(),
                n.path("class").asText("unclassified"), n.has("thread") ? n.get("thread").asText() : null,
                n.path("turn").asInt(0), n.has("expect") ? items(n.get("expect")) : List.of(), alternatives,
                n.path("cannot_compute").asBoolean(false), n.path("ambiguous").asBoolean(false), phrases,
                n.path("not_covered").asBoolean(false));
    }

    private static List<Expected> items(JsonNode array) {
        List<Expected> out = new ArrayList<>();
        for (JsonNode e : array) {
            out.add(new Expected(e.get("metric").asText(), e.path("scenario").asText("base"),
                    new BigDecimal(e.get("value").asText())));
        }
        return out;
    }

    boolean numeric() {
        return cannotCompute || !expect.isEmpty();
    }

    boolean narrative() {
        return !answerPhrases.isEmpty() || notCovered;
    }
}
