package org.thesisbot.web;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.GridAxis;
import org.thesisbot.core.api.Tornado;
import org.thesisbot.core.api.TornadoBar;
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
 * Extra fields: {@code id}, {@code notes}, {@code clarify} (readings to choose from, each {@code label} and
 * {@code question}: ask the question in the same thread to get that reading), per result {@code kind}
 * ({@code metric}, {@code input}: an input's value, {@code solved}: an input solved for a target), {@code display}, {@code explanation} and
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

    /** Where a chart of an answer can be fetched; null when it cannot (the CLI). */
    @FunctionalInterface
    public interface ChartLinks {
        String url(Answer answer, int index, Chart chart);

        ChartLinks NONE = (a, i, c) -> null;
    }

    public static ObjectNode toJson(Answer a, ObjectMapper m) {
        return toJson(a, m, ChartLinks.NONE);
    }

    public static ObjectNode toJson(Answer a, ObjectMapper m, ChartLinks links) {
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
        ArrayNode charts = root.putArray("charts");
        for (int i = 0; i < a.charts().size(); i++) {
            Chart c = a.charts().get(i);
            ObjectNode n = charts.addObject();
            n.put("url", links.url(a, i, c));
            n.put("alt", c.alt());
            n.put("width", c.width());
            n.put("height", c.height());
            n.put("kind", c.kind().name().toLowerCase(Locale.ROOT));
            n.put("title", c.title());
        }
        ArrayNode notes = root.putArray("notes");
        a.notes().forEach(notes::add);
        ArrayNode clarify = root.putArray("clarify");
        for (Answer.Clarification c : a.clarify()) {
            ObjectNode n = clarify.addObject();
            n.put("label", c.label());
            n.put("question", c.question());
        }
        if (a.decision() != null) {
            root.set("decision", decision(a.decision(), m));
        }
        return root;
    }

    private static ObjectNode result(MetricResult r, ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("metric", r.metric());
        n.put("kind", r.kind().wireName());
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
        if (r.grid() != null) {
            n.set("grid", grid(r.grid(), m));
        }
        if (r.tornado() != null) {
            n.set("tornado", tornado(r.tornado(), m));
        }
        return n;
    }

    /** {@code {"metric", "unit", "scenario", "rows": {"input", "values", ...}, "cols": {...} or null, "cells": [[...]]}}. */
    private static ObjectNode grid(Grid g, ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("metric", g.metric());
        n.put("unit", g.unit().wireName());
        n.put("scenario", g.scenario());
        n.set("rows", axis(g.rows(), m));
        if (g.twoWay()) {
            n.set("cols", axis(g.cols(), m));
        } else {
            n.putNull("cols");
        }
        ArrayNode cells = n.putArray("cells");
        for (int r = 0; r < g.rows().size(); r++) {
            ArrayNode row = cells.addArray();
            for (int c = 0; c < g.width(); c++) {
                row.add(g.cell(r, c)); // null where not computable
            }
        }
        ArrayNode display = n.putArray("display");
        for (int r = 0; r < g.rows().size(); r++) {
            ArrayNode row = display.addArray();
            for (int c = 0; c < g.width(); c++) {
                row.add(g.display(r, c));
            }
        }
        ArrayNode notes = n.putArray("notes");
        g.notes().forEach(notes::add);
        return n;
    }

    private static ObjectNode axis(GridAxis a, ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("input", a.input());
        n.put("label", a.label());
        n.put("unit", a.unit().wireName());
        ArrayNode values = n.putArray("values");
        a.values().forEach(values::add);
        ArrayNode display = n.putArray("display");
        for (int i = 0; i < a.size(); i++) {
            display.add(a.display(i));
        }
        n.put("base", a.base());
        if (a.baseIndex() >= 0) {
            n.put("base_index", a.baseIndex());
        } else {
            n.putNull("base_index");
        }
        return n;
    }

    private static ObjectNode tornado(Tornado t, ObjectMapper m) {
        ObjectNode n = m.createObjectNode();
        n.put("metric", t.metric());
        n.put("unit", t.unit().wireName());
        n.put("scenario", t.scenario());
        n.put("base", t.base());
        ArrayNode bars = n.putArray("bars");
        for (TornadoBar b : t.bars()) {
            ObjectNode bar = bars.addObject();
            bar.put("input", b.input());
            bar.put("label", b.label());
            bar.put("unit", b.unit().wireName());
            bar.put("low", b.low());
            bar.put("high", b.high());
            bar.put("at_low", b.atLow());
            bar.put("at_high", b.atHigh());
            bar.put("swing", b.swing());
            bar.put("basis", b.basis() == TornadoBar.Basis.SCENARIOS ? "bear..bull" : "base±20%");
        }
        ArrayNode notes = n.putArray("notes");
        t.notes().forEach(notes::add);
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
