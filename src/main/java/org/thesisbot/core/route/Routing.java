package org.thesisbot.core.route;

import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.scenario.Interpretation;

/**
 * The router's verdict on one question.
 *
 * @param interpretation what the interpreter read (always present, possibly empty)
 * @param greeting       a greeting: answer with a one-line introduction
 * @param unknownEntity  a name the question asks about that the sources never mention, or null
 * @param followUpWhy    a bare "why?" after a number: explain that metric
 */
public record Routing(RouteDecision decision, Interpretation interpretation, boolean greeting, String unknownEntity,
                      boolean followUpWhy) {
}
