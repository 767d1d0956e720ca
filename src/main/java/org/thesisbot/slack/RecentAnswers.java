package org.thesisbot.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import org.thesisbot.core.api.Answer;

/**
 * The last few hundred slash-command answers by id, so "Share in channel" posts exactly the answer
 * the user saw. After a restart (or eviction) the share recomputes from the command text instead.
 */
final class RecentAnswers {
    private final Map<String, Answer> answers;

    RecentAnswers(int capacity) {
        this.answers = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Answer> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void put(Answer answer) {
        answers.put(answer.id(), answer);
    }

    synchronized Answer get(String id) {
        return answers.get(id);
    }
}
