package org.thesisbot.core.api;

import java.util.List;

/**
 * What the brain answers. Every mouth renders from this one value.
 *
 * @param id         question id ("q-" + 10 hex chars), logged with the answer and shown on errors
 * @param route      where the question went
 * @param text       the complete reply as Slack mrkdwn (what the API, CLI and playground show)
 * @param narrative  the narrative part alone, with [n] markers matching {@code citations}; null if none
 * @param results    computed metrics; empty unless numbers were computed
 * @param citations  numbered sources; empty unless sources were used
 * @param answerer   "scenario-core", "extractive", "llm:&lt;model&gt;" or "mixed"
 * @param notes      short notes the reader must see: readings of ambiguous input, assumptions, fallbacks
 * @param decision   the router's signals
 * @param clarify    readings to choose from when the question could mean more than one thing; empty when
 *                   the answer is what the question asked
 * @param charts     charts of the numbers (grids, tornado, scenarios compared), as data; empty when none
 */
public record Answer(String id, Route route, String text, String narrative, List<MetricResult> results,
                     List<Citation> citations, String answerer, List<String> notes, RouteDecision decision,
                     List<Clarification> clarify, List<Chart> charts) {
    public Answer {
        results = List.copyOf(results);
        citations = List.copyOf(citations);
        notes = List.copyOf(notes);
        clarify = clarify == null ? List.of() : List.copyOf(clarify);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /** An answer that needs no clarification and has no chart. */
    public Answer(String id, Route route, String text, String narrative, List<MetricResult> results,
                  List<Citation> citations, String answerer, List<String> notes, RouteDecision decision) {
        this(id, route, text, narrative, results, citations, answerer, notes, decision, List.of(), List.of());
    }

    /** An answer without charts. */
    public Answer(String id, Route route, String text, String narrative, List<MetricResult> results,
                  List<Citation> citations, String answerer, List<String> notes, RouteDecision decision,
                  List<Clarification> clarify) {
        this(id, route, text, narrative, results, citations, answerer, notes, decision, clarify, List.of());
    }

    /** This answer with {@code more} charts added. */
    public Answer withCharts(List<Chart> more) {
        List<Chart> all = new java.util.ArrayList<>(charts);
        all.addAll(more);
        return new Answer(id, route, text, narrative, results, citations, answerer, notes, decision, clarify, all);
    }

    /**
     * One reading of an ambiguous question, offered as a choice.
     *
     * @param label    what the choice means, short enough for a button ("$1T as the post-money")
     * @param question a question that states the reading unambiguously; asking it answers this reading
     */
    public record Clarification(String label, String question) {
    }
}
