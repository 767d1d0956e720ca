package org.thesisbot.state;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.ChartData;
import org.thesisbot.core.api.Comparison;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.Tornado;
import org.thesisbot.core.state.ThreadState;

/**
 * The versioned JSON of what Redis holds: {@code {"v": <version>, "<kind>": {...}}}.
 *
 * <p>Records are written field by field under their component names, so <b>adding a field to
 * {@link ThreadState} (or to {@link Answer}) needs no change here</b>: older JSON without it reads as null, 0,
 * false or an empty list/map. When the meaning of a field changes, bump {@link ThreadState#VERSION} and add one
 * line to {@link #THREAD_UPGRADES} that turns the old JSON into the new one (e.g. renames or default values);
 * the test {@code StateJsonTest} reads a saved JSON of every earlier version.
 *
 * <p>JSON written by a newer version (a rolling deploy: the new replica writes, the old one reads) is read
 * as far as it goes: unknown fields are ignored. JSON that cannot be read at all is reported as unreadable
 * and the store treats it as absent, so a bad value costs one thread its context, never an answer.
 */
final class StateJson {
    /** Thread-state upgrades: entry {@code n} turns version {@code n} into {@code n + 1}. None yet: version 1 is the first. */
    static final Map<Integer, UnaryOperator<ObjectNode>> THREAD_UPGRADES = Map.of();

    /** The version of the answer JSON (Share in channel). */
    static final int ANSWER_VERSION = 1;
    static final Map<Integer, UnaryOperator<ObjectNode>> ANSWER_UPGRADES = Map.of();

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // only record components (their fields): helpers such as isAssumption() are not state
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // keep every decimal exactly as written (the default tree factory would turn 50 into 5E+1)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .withConfigOverride(List.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            .withConfigOverride(Map.class, o -> o.setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY)))
            // a chart's data is one of three records: stored with its type name (the core carries no Jackson)
            .addMixIn(ChartData.class, ChartDataTypes.class)
            .build();

    @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME,
            property = "type")
    @com.fasterxml.jackson.annotation.JsonSubTypes({
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Grid.class, name = "grid"),
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Tornado.class, name = "tornado"),
            @com.fasterxml.jackson.annotation.JsonSubTypes.Type(value = Comparison.class, name = "comparison")})
    private interface ChartDataTypes {
    }

    private StateJson() {
    }

    /** A value that is not readable JSON of a known shape. */
    static final class UnreadableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnreadableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static String threadState(ThreadState s) {
        return write(ThreadState.VERSION, "state", s);
    }

    static ThreadState threadState(String json) {
        return read(json, "state", ThreadState.VERSION, THREAD_UPGRADES, ThreadState.class);
    }

    static String answer(Answer a) {
        return write(ANSWER_VERSION, "answer", a);
    }

    static Answer answer(String json) {
        return read(json, "answer", ANSWER_VERSION, ANSWER_UPGRADES, Answer.class);
    }

    /**
     * The value of a claim or mark: who set it and when (for operators reading Redis), and for a claim a nonce
     * that makes the value unique, so a replica can tell its own claim from another's.
     */
    static String marker(String replica, long epochMillis, String nonce) {
        ObjectNode n = MAPPER.createObjectNode().put("v", 1).put("by", replica).put("at", epochMillis);
        if (nonce != null) {
            n.put("nonce", nonce);
        }
        return n.toString();
    }

    private static String write(int version, String field, Object value) {
        ObjectNode root = MAPPER.createObjectNode().put("v", version);
        root.set(field, MAPPER.valueToTree(value));
        return root.toString();
    }

    private static <T> T read(String json, String field, int current, Map<Integer, UnaryOperator<ObjectNode>> upgrades,
                              Class<T> type) {
        try {
            JsonNode root = MAPPER.readTree(json);
            int v = root.path("v").asInt(0);
            if (v < 1 || !(root.get(field) instanceof ObjectNode body)) {
                throw new UnreadableException("no version or no '" + field + "' in the stored " + type.getSimpleName(), null);
            }
            ObjectNode data = body;
            for (int from = v; from < current; from++) {
                UnaryOperator<ObjectNode> up = upgrades.get(from);
                if (up != null) {
                    data = up.apply(data);
                }
            }
            T value = MAPPER.treeToValue(data, type);
            if (value == null) {
                throw new UnreadableException("an empty stored " + type.getSimpleName(), null);
            }
            return value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // a JsonProcessingException also carries the record constructor's own refusals (e.g. a null in a list)
            throw new UnreadableException("unreadable stored " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
