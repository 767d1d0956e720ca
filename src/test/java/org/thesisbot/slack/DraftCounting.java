package org.thesisbot.slack;

import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.AnswerListener;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Draft;
import org.thesisbot.core.api.Question;

/** The real brain; each draft it returns is counted as it is made (tests wait on {@code drafted}). */
record DraftCounting(Assistant brain, Semaphore drafted) implements Assistant {
    @Override
    public Answer ask(Question question, AnswerListener listener) {
        return brain.ask(question, listener);
    }

    @Override
    public Optional<Draft> draft(Question question) {
        Optional<Draft> d = brain.draft(question);
        d.ifPresent(x -> drafted.release());
        return d;
    }

    @Override
    public Answer command(String text, String user) {
        return brain.command(text, user);
    }

    @Override
    public boolean isInstant(String commandText) {
        return brain.isInstant(commandText);
    }
}
