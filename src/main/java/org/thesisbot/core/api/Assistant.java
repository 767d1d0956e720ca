package org.thesisbot.core.api;

/**
 * The one brain behind every mouth: Slack events, the slash command, the JSON API, the CLI and the
 * playground all call this. Implementations are thread-safe.
 */
public interface Assistant {

    /** Route the question and answer it. Throws {@link BadQuestionException} for unusable input. */
    default Answer ask(Question question) {
        return ask(question, AnswerListener.NONE);
    }

    Answer ask(Question question, AnswerListener listener);

    /**
     * The question's answer when the scenario core alone gives it (no retrieval, no LLM, nothing streamed), computed
     * from the thread's state as this process holds it and without writing anything, so that an adapter can compute
     * it while it is still deciding whether to answer at all (dedupe, rate limit) and fetching the thread's shared
     * state; {@link Draft#keep} checks that state and computes the turn again if the thread moved on meanwhile.
     * Empty when the question needs more than that: then {@link #ask} it once decided. Throws what {@link #ask}
     * would for unusable input.
     */
    default java.util.Optional<Draft> draft(Question question) {
        return java.util.Optional.empty();
    }

    /**
     * Answer the slash command's text with the command grammar (help, list, metric with overrides,
     * bull/base/bear, compare); anything else falls back to {@link #ask}.
     */
    Answer command(String text, String user);

    /**
     * True when {@link #command} answers this text from the scenario core alone (no retrieval, no LLM),
     * so an adapter may answer it on the acknowledgement path.
     */
    boolean isInstant(String commandText);
}
