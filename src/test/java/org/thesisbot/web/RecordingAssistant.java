package org.thesisbot.web;

import java.util.List;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/** Records every question it is asked, then lets the delegate answer. */
class RecordingAssistant implements Assistant {
    private final List<Question> seen;
    private final Assistant delegate;

    RecordingAssistant(List<Question> seen, Assistant delegate) {
        this.seen = seen;
        this.delegate = delegate;
    }

    @Override
    public Answer ask(Question question, AnswerListener listener) {
        synchronized (seen) {
            seen.add(question);
        }
        return delegate.ask(question, listener);
    }

    @Override
    public Answer command(String text, String user) {
        return delegate.command(text, user);
    }

    @Override
    public boolean isInstant(String commandText) {
        return delegate.isInstant(commandText);
    }
}
