package org.thesisbot.core.assistant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Citation;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;

/**
 * One answer for a message that numbers its questions ("1) … 2) …"): each part is answered as a turn of its own, in
 * order, each after the one before as a follow-up is, and the answers are put together under the same numbers. The
 * citations of narrative parts are numbered on from the part before, in their text as in their list.
 */
final class Parts {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,2})\\]");

    private Parts() {
    }

    static Answer combine(String id, List<Answer> answers) {
        return combine(id, answers, List.of());
    }

    /** As {@link #combine(String, List)}, each part headed by its label ("At $900B") when one is given (not empty). */
    static Answer combine(String id, List<Answer> answers, List<String> labels) {
        StringBuilder text = new StringBuilder();
        StringBuilder narrative = new StringBuilder();
        List<MetricResult> results = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        List<String> cues = new ArrayList<>();
        List<Answer.Clarification> clarify = new ArrayList<>();
        List<Chart> charts = new ArrayList<>();
        LinkedHashSet<Route> routes = new LinkedHashSet<>();
        LinkedHashSet<String> answerers = new LinkedHashSet<>();
        double confidence = 1;
        double retrieval = -1;
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            int shift = citations.size();
            String label = i < labels.size() && !labels.get(i).isEmpty() ? "*" + (i + 1) + ") " + labels.get(i).replace("*", "") + ":* " : "*" + (i + 1) + ")* ";
            text.append(i == 0 ? "" : "\n\n").append(label).append(renumber(a.text(), shift, a.citations().size()));
            if (a.narrative() != null) {
                narrative.append(narrative.length() == 0 ? "" : "\n\n").append(label).append(renumber(a.narrative(), shift, a.citations().size()));
            }
            for (Citation c : a.citations()) {
                citations.add(new Citation(c.n() + shift, c.document(), c.title(), c.paragraph(), c.quote(), c.publisher(),
                        c.published(), c.url()));
            }
            a.results().stream().filter(r -> !results.contains(r)).forEach(results::add);
            notes.addAll(a.notes());
            int part = i + 1;
            a.decision().cues().forEach(c -> cues.add("part " + part + ": " + c));
            clarify.addAll(a.clarify());
            charts.addAll(a.charts());
            routes.add(a.route());
            answerers.add(a.answerer());
            confidence = Math.min(confidence, a.decision().confidence());
            retrieval = Math.max(retrieval, a.decision().retrieval());
        }
        boolean numbers = routes.contains(Route.NUMERIC) || routes.contains(Route.MIXED);
        boolean words = routes.contains(Route.NARRATIVE) || routes.contains(Route.MIXED);
        Route route = routes.size() == 1 ? routes.iterator().next() : numbers && words ? Route.MIXED : numbers ? Route.NUMERIC : routes.iterator().next();
        String answerer = answerers.size() == 1 ? answerers.iterator().next() : "mixed";
        return new Answer(id, route, text.toString(), narrative.length() == 0 ? null : narrative.toString(), results, citations,
                answerer, List.copyOf(notes), new RouteDecision(route, confidence, retrieval, cues), clarify, charts);
    }

    /** {@code text} with its citation markers [1]…[count] numbered from {@code shift} + 1. */
    private static String renumber(String text, int shift, int count) {
        if (shift == 0 || count == 0) {
            return text;
        }
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            m.appendReplacement(out, n >= 1 && n <= count ? "[" + (n + shift) + "]" : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
