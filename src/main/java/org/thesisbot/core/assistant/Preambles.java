package org.thesisbot.core.assistant;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.MetricResult;

/**
 * A plan said first and a question about what the model assumes after it, in a sentence of its own: "I am planning 25 in OpenAI and 25 in
 * bills for five years. What exit valuation do you carry for OpenAI in the bull case?". The figures of the plan are the
 * asker's context, not changes to the value asked: when the whole question reads as no lookup, the last sentence is answered on its own if it asks the model ("does the model
 * use", "do you carry") and gets only inputs' values.
 */
final class Preambles {
    /** A sentence's end, a colon or a dash between clauses, and the last sentence after it (no figure in it). */
    private static final Pattern LAST = Pattern.compile("(?:[.:;?!]|\\s[-\u2013\u2014])\\s+([^.:;?!\\d\u2013\u2014]{12,200}\\??)\\s*$");
    private static final Pattern FIGURE = Pattern.compile("\\d");
    /** The model asked of: "does the model use", "do you carry", "is the bear case assuming", "in the model", "per your numbers". */
    private static final Pattern OF_THE_MODEL = Pattern.compile("\\b(?:does|do|did|is|are) (?:the model|your model|you|u|the (?:bull|bear|base)(?: case)?|(?:bull|bear|base)(?: case)?)"
            + "(?: itself)? (?:use|using|assume|assuming|carry|carrying|run|running|plug|plugging|pencil|pencilling|penciling|have|hold|put)\\b"
            + "|\\b(?:in|per|according to) (?:the|your) (?:model|numbers|base case|assumptions)\\b");

    private Preambles() {
    }

    /** The last sentence, when figures come only before it. */
    static Optional<String> lastSentence(String text) {
        if (text == null || text.length() > 1_000) {
            return Optional.empty();
        }
        Matcher m = LAST.matcher(text);
        if (!m.find() || !FIGURE.matcher(text.substring(0, m.start())).find()
                || !OF_THE_MODEL.matcher(m.group(1).toLowerCase(java.util.Locale.ROOT)).find()) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).trim());
    }

    /** Whether an answer gives inputs' values and nothing else: what the model assumes, whatever the plan before it. */
    static boolean looksUp(Answer a) {
        return a.clarify().isEmpty() && !a.results().isEmpty() && a.results().stream().allMatch(r -> r.kind() == MetricResult.Kind.INPUT);
    }

    static String note(String sentence) {
        return "I answered \u201c" + sentence + "\u201d: what the model assumes. The figures before it are your plan, and they don't change it.";
    }
}
