package org.thesisbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * One figure over repeated rounds: the median of the rounds' values, with their min and max (the spread).
 * Two figures differ only when their spreads do not overlap; otherwise their ratio is "within noise".
 */
record Spread(double median, double min, double max, int n) {

    static Spread of(List<Double> values) {
        List<Double> v = new ArrayList<>(values);
        v.removeIf(x -> x == null || x.isNaN());
        if (v.isEmpty()) {
            return null;
        }
        Collections.sort(v);
        int n = v.size();
        double median = n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
        return new Spread(median, v.get(0), v.get(n - 1), n);
    }

    static Spread fromJson(JsonNode o) {
        return o == null || o.isNull() || o.get("median") == null ? null
                : new Spread(o.get("median").asDouble(), o.get("min").asDouble(), o.get("max").asDouble(), o.path("n").asInt());
    }

    /** True when the two spreads share no value: the difference is larger than round-to-round noise. */
    boolean separatedFrom(Spread other) {
        return max < other.min || other.max < min;
    }

    ObjectNode json() {
        return JsonNodeFactory.instance.objectNode().put("median", Latencies.round(median))
                .put("min", Latencies.round(min)).put("max", Latencies.round(max)).put("n", n);
    }

    /** {@code 3.10 (2.80–4.02)}. */
    String text() {
        return String.format(Locale.ROOT, "%.2f (%.2f–%.2f)", median, min, max);
    }
}
