package org.thesisbot.state;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.Optional;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.state.RecentAnswers;

/** Recent answers in this process, by id, for {@code ttl}, capped by estimated weight. */
public final class InMemoryRecentAnswers implements RecentAnswers {
    private final Cache<String, Answer> answers;

    public InMemoryRecentAnswers(Duration ttl, long maxBytes, LocalCaches caches) {
        this.answers = caches.builder().expireAfterWrite(ttl).maximumWeight(maxBytes)
                .weigher((String k, Answer a) -> Weights.answer(a)).build();
    }

    @Override
    public void put(Answer answer) {
        answers.put(answer.id(), answer);
    }

    @Override
    public Optional<Answer> get(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(answers.getIfPresent(id));
    }
}
