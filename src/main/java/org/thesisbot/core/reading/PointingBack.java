package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Format;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.state.ThreadState;

/** A follow-up that points back at the value the last answer solved for ("irr at that exit?"). */
final class PointingBack {
    /** "at that exit", "that margin", "at that level": a word pointing back at something named before. */
    private static final Pattern POINTER = Pattern.compile("\\b(?:that|this|the same|those|these|the solved|the required|the needed|your)\\s+(?:\\w+\\s+)?$");
    private static final Pattern AT_THAT = Pattern.compile("\\bat (?:that|this|those|these)(?: (?:level|number|figure|value|price|point|one))?\\b|\\bthere\\b(?=\\s*(?:[,;?!]|$|(?:if|when|assuming|with|over|for|across)\\b))"
            // "the annualized on that if we sit 6 yrs", "moic off that?": the last answer's value, what is asked of it after
            + "|\\b(?:on|of|off|from) (?:that|this)\\b(?=\\s*(?:[,;?!.]|$|(?:if|over|when|assuming|with|in|for|at|across|by)\\b))"
            // "what IRR is that over 6 years?", "what moic does that give": the last answer's value, what the question is asked of
            + "|\\b(?:is|was|would be|will be|does|did|would|will) (?:that|this)\\b(?=\\s*(?:[,;?!.]|$|(?:over|in|at|for|if|with|assuming|across|by|give|make|mean|work|come|translate|imply|get|leave|represent|amount|equal|equate|correspond|be|return)\\b))"
            // "and the matching pre-money", "the pre that implies": what goes with the value just solved
            + "|\\bthe (?:matching|corresponding|implied|resulting|associated|equivalent)\\b|\\b(?:that|this) implies\\b|\\bimplied by (?:that|this)\\b"
            // a worksheet's "(b) Hence find the gain", "using your answer to (a), find …": the part before's result carried on
            + "|^\\W*(?:hence|thus|therefore)\\b|\\b(?:using|use|with|from|given|taking|plug(?:ging)? in) (?:your|the|that|this|my|those) (?:answers?|results?|solutions?|solved (?:value|figure|number))\\b");

    private static final Pattern VALUATION_WORD = Pattern.compile("\\b(?:valuation|val|value|price|level|mark)\\b");

    private final Knowledge knowledge;
    private final ScenarioModel model;
    private final Vocabulary vocab;

    PointingBack(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.model = knowledge.model;
        this.vocab = knowledge.vocab;
    }

    /**
     * "irr at that exit?" after "what exit doubles amazon's money?": the follow-up points back at the value the last
     * answer solved for, so it is used as if the question gave it (and the thread keeps it from then on). Only when
     * the question points at it ("that exit", "at that level"); a figure the question gives itself wins.
     */
    void pointBack(Work w, ThreadState.Target target) {
        if (w.state == null || w.state.solved().isEmpty()) {
            return;
        }
        // (pointing at the last answer as a whole, "at that level", or going on from it: the same for every value solved)
        boolean atIt = AT_THAT.matcher(w.s).find() || continues(w, target);
        for (Map.Entry<InputId, BigDecimal> e : w.state.solved().entrySet()) {
            InputId id = e.getKey();
            if (w.changes.containsKey(id) || (target != null && target.solveFor() == id)) {
                continue;
            }
            boolean pointed = atIt || vocab.input(id).names().stream().anyMatch(p -> pointedAt(w.s, p))
                    || ((id == InputId.EXIT_VALUATION || id == InputId.POST_MONEY_VALUATION) && pointedAt(w.s, VALUATION_WORD));
            if (pointed) {
                w.changes.put(id, e.getValue());
                w.used.add("Using " + knowledge.label(id) + " = " + Format.value(e.getValue(), model.require(id.id()).unit())
                        + ", as solved in the last answer.");
                w.cues.add("points back at the solved " + id.id());
            }
        }
    }

    /** "and", "ok, and", "then": a follow-up that goes on from the last answer rather than starting over. */
    private static final Pattern CONTINUES = Pattern.compile("^(?:ok(?:ay)?|so|right|cool|great|got it|thanks)?[,;.!]?\\s*(?:and|also|plus|then)\\b(?! (?:if|what if|suppose|assuming|say)\\b)");

    /**
     * "what exit gets us 2x?" then "ok, and annualized over a 6 yr hold?": a follow-up that goes on from the solved answer,
     * asking another number of the same scenario, is asked at the value solved (not a new target, no scenario named).
     */
    private static boolean continues(Work w, ThreadState.Target target) {
        // (a metric other than the solved target's is named: "and for 10%?" asks the target again at a new figure)
        ThreadState.Target solved = w.state.target();
        return target == null && w.scenarios.isEmpty() && CONTINUES.matcher(w.s.strip()).find()
                && w.hits.stream().anyMatch(h -> solved == null || h.metric() != solved.metric());
    }

    /** Some match of {@code p} has a pointing word right before it ("that exit"). */
    private static boolean pointedAt(String s, Pattern p) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            if (POINTER.matcher(s.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return true;
            }
        }
        return false;
    }
}
