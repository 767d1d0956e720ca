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
