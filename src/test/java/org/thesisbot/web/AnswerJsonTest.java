package org.thesisbot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.InputOrigin;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Provenance;
import org.thesisbot.core.api.Unit;

class AnswerJsonTest {
    private final ObjectMapper mapper = AnswerJson.mapper();

    private static Answer answerWith(BigDecimal value, BigDecimal input) {
        InputUsed in = new InputUsed("exit_valuation", "OpenAI's exit valuation (when the stake is valued)", input,
                Unit.USD_BILLIONS, InputOrigin.ASSUMPTION, Provenance.assumption("Base case holds the valuation flat."));
        MetricResult r = new MetricResult("moic", "Multiple on Amazon's money", value, Unit.MULTIPLE, "bull",
                List.of(in), "($50B / $830B × $1.5T) / $50B = 1.81x", null);
        return new Answer("q-0000000001", Route.MIXED, "*Multiple:* 1.81x", "n [1]", List.of(r),
                List.of(new Citation(1, "amazon-openai-50b-bet", "Amazon's $50B bet", 7, "a massive return")),
                "mixed", List.of("read $1.5T as the exit valuation"),
                new RouteDecision(Route.MIXED, 0.8, 0.5, List.of("metric:moic", "cue:why")));
    }

    @Test
    void big_decimals_are_plain_numbers_at_full_precision_never_exponents() throws Exception {
        String json = mapper.writeValueAsString(AnswerJson.toJson(
                answerWith(new BigDecimal("1.807228915662650602409638554216867"), new BigDecimal("1.5E+3")), mapper));
        assertTrue(json.contains("\"value\":1.807228915662650602409638554216867"), json);
        assertTrue(json.contains("\"inputs\":{\"exit_valuation\":1500}"), json);
        String tiny = mapper.writeValueAsString(AnswerJson.toJson(answerWith(new BigDecimal("1E-12"), BigDecimal.TEN), mapper));
        assertTrue(tiny.contains("\"value\":0.000000000001"), tiny);
        assertFalse(json.contains("E+") || tiny.contains("E-"), json + tiny);
    }

    @Test
    void contract_fields_come_with_the_documented_extras() {
        ObjectNode n = AnswerJson.toJson(answerWith(new BigDecimal("1.8"), BigDecimal.ONE), mapper);
        assertEquals("mixed", n.get("route").asText());
        assertEquals("mixed", n.get("answerer").asText());
        assertEquals("q-0000000001", n.get("id").asText());
        assertEquals("read $1.5T as the exit valuation", n.get("notes").get(0).asText());
        assertEquals("multiple", n.get("results").get(0).get("unit").asText());
        assertEquals("1.80x", n.get("results").get(0).get("display").asText());
        var src = n.get("results").get(0).get("sources").get(0);
        assertEquals("assumption", src.get("origin").asText());
        assertTrue(src.get("assumption").asBoolean());
        assertEquals("Base case holds the valuation flat.", src.get("rationale").asText());
        assertFalse(src.has("document"), "an assumption names no document");
        var c = n.get("citations").get(0);
        assertEquals(7, c.get("paragraph").asInt());
        assertEquals(List.of("metric:moic", "cue:why"),
                List.of(n.get("decision").get("cues").get(0).asText(), n.get("decision").get("cues").get(1).asText()));
    }
}
