package org.thesisbot.core.api;

import java.util.List;

/**
 * Why a question went where it went: the router's signals, kept so every routing decision can be
 * explained (logs, the JSON API's debug field, tests).
 *
 * @param confidence  the interpreter's confidence that the question asks for a metric (0..1)
 * @param retrieval   the best passage's relevance score (0..1), or -1 when retrieval was not run
 * @param cues        cue words and rules that fired, in order
 */
public record RouteDecision(Route route, double confidence, double retrieval, List<String> cues) {
    public RouteDecision {
        cues = List.copyOf(cues);
    }
}
