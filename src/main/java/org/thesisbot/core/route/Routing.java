package org.thesisbot.core.route;

import java.util.List;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.reading.Reading;

/**
 * The router's verdict on one question: where it goes, what kind of reply it needs, and the reading of it.
 *
 * @param reading       what the reader read (always present, possibly empty)
 * @param reply         the kind of reply
 * @param unknownEntity a name the question asks about that the sources never mention, or null
 */
public record Routing(RouteDecision decision, Reading reading, Reply reply, String unknownEntity) {
    /** What the reply has to be; fixed replies are chosen by this, never by the decision's cue strings. */
    public enum Reply {
        /** How to use the bot. */
        HELP,
        /** A greeting: a one-line introduction. */
        GREETING,
        /** Thanks: a short acknowledgement. */
        THANKS,
        /** Outside the thesis, or an attempt to misuse the bot. */
        REFUSAL,
        /** Not written in English. */
        NOT_ENGLISH,
        /** On the thesis, about a name the sources never mention: say they don't cover it. */
        NOT_COVERED,
        /** "What does MOIC mean?": the definition and the value. */
        DEFINITION,
        /** A bare "why?" after a number: explain that number from the sources. */
        WHY_FOLLOW_UP,
        /** Answer it: numbers, sources or both, as the route says. */
        ANSWER
    }

    static Routing fixed(Route route, Reply reply, Reading reading, List<String> cues) {
        return new Routing(new RouteDecision(route, reading.confidence(), -1, cues), reading, reply, null);
    }

    static Routing answer(Route route, Reading reading, List<String> cues, double retrieval) {
        return new Routing(new RouteDecision(route, reading.confidence(), retrieval, cues), reading, Reply.ANSWER, null);
    }

    static Routing notCovered(Reading reading, List<String> cues, String entity) {
        return new Routing(new RouteDecision(Route.NARRATIVE, reading.confidence(), -1, cues), reading, Reply.NOT_COVERED, entity);
    }

    static Routing refused(Reading reading, List<String> cues, String entity, double retrieval) {
        return new Routing(new RouteDecision(Route.OUT_OF_SCOPE, reading.confidence(), retrieval, cues), reading, Reply.REFUSAL, entity);
    }
}
