package org.thesisbot.web;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.api.InputUsed;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Provenance;

/**
 * The public JSON shape of an {@link Answer}, shared by {@code POST /api/ask} and the CLI's {@code --json}.
 *
 * <p>Contract fields (never renamed or retyped): {@code route, text, results[metric, label, value, unit,
 * scenario, inputs, formula], citations[n, document, title, paragraph, quote], answerer}. Values are
 * exact {@code BigDecimal}s written as plain JSON numbers (no exponent); ratios are fractions.
 * Extra fields: {@code id}, {@code notes}, per result {@code display}, {@code explanation} and
 * {@code sources} (where each input's value comes from), and {@code decision} (the router's signals).
 */
public final class AnswerJson {
    private AnswerJson() {
    }

    /** A new mapper that writes BigDecimal as a plain number at full precision. Use it to write the node. */
    public static ObjectMapper mapper() {
        return JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    public static ObjectNode toJson(Answer a, ObjectMapper m) {
        ObjectNode root = m.createObjectNode();
        root.put("id", a.id());
        root.put("route", a.route().wireName());
        root.put("text", a.text());
        ArrayNode results = root.putArray("results");
        for (MetricResult r : a.results()) {
            results.add(result(r, m));
        }
        ArrayNode citations = root.putArray("citations");
        for (Citation c : a.citations()) {
            ObjectNode n = citations.addObject();
            n.put("n", c.n());
            n.put("document", c.document());
            n.put("title", c.title());
            n.put("paragraph", c.paragraph());
            n.put("quote", c.quote());
            putIfPresent(n, "publisher", c.publisher());
            putIfPresent(n, "published", c.published() == null ? null : c.published().toString());
            putIfPresent(n, "url", c.url());
        }
        root.put("answerer", a.answerer());
        ArrayNode notes = root.putArray("notes");
        a.notes().forEach(notes::add);
        if (a.decision() != null) {
            root.set("decision", decision(a.decision(), m));
        }
        return root;
    }

    private static ObjectNode result(MetricResult r, ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("metric", r.metric());
        n.put("label", r.label());
        n.put("value", r.value());
        n.put("unit", r.unit().wireName());
        n.put("scenario", r.scenario());
        ObjectNode inputs = n.putObject("inputs");
        for (InputUsed in : r.inputs()) {
            inputs.put(in.id(), in.value());
        }
        n.put("formula", r.formula());
        n.put("display", r.display());
        if (r.explanation() != null) {
            n.put("explanation", r.explanation());
        }
        ArrayNode sources = n.putArray("sources");
        for (InputUsed in : r.inputs()) {
            sources.add(source(in, m));
        }
        return n;
    }

    private static ObjectNode source(InputUsed in, ObjectMapper m) {
        ObjectNode s = m.createObjectNode();
        s.put("input", in.id());
        s.put("label", in.label());
        s.put("value", in.value());
        s.put("unit", in.unit().wireName());
        s.put("display", Format.value(in.value(), in.unit()));
        s.put("origin", in.origin().name().toLowerCase(Locale.ROOT));
        s.put("assumption", in.isAssumption());
        Provenance p = in.provenance();
        if (p != null) {
            putIfPresent(s, "document", p.document());
            putIfPresent(s, "title", p.documentTitle());
            putIfPresent(s, "publisher", p.publisher());
            putIfPresent(s, "published", p.published() == null ? null : p.published().toString());
            putIfPresent(s, "flag", p.flag());
            if (p.paragraph() > 0) {
                s.put("paragraph", p.paragraph());
            }
            putIfPresent(s, "quote", p.quote());
            putIfPresent(s, "note", p.note());
            putIfPresent(s, "rationale", p.rationale());
        }
        return s;
    }

    private static ObjectNode decision(RouteDecision d, ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("route", d.route().wireName());
        n.put("confidence", d.confidence());
        n.put("retrieval", d.retrieval());
        ArrayNode cues = n.putArray("cues");
        d.cues().forEach(cues::add);
        return n;
    }

    private static void putIfPresent(ObjectNode n, String field, String value) {
        if (value != null && !value.isBlank()) {
            n.put(field, value);
        }
    }
}
