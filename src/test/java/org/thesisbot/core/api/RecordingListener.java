package org.thesisbot.core.api;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link AnswerListener} that records every status line and every chunk, in order (thread-safe). */
public final class RecordingListener implements AnswerListener {
    private final List<String> statuses = new CopyOnWriteArrayList<>();
    private final List<String> chunks = new CopyOnWriteArrayList<>();

    @Override
    public void status(String status) {
        statuses.add(status);
    }

    @Override
    public void chunk(String mrkdwn) {
        chunks.add(mrkdwn);
    }

    public List<String> statuses() {
        return statuses;
    }

    public List<String> chunks() {
        return chunks;
    }
}
