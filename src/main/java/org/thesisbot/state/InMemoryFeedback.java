package org.thesisbot.state;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.thesisbot.core.state.FeedbackCounts;

/** Votes per answer in this process: one per user, kept {@code ttl} after the answer's last vote, capped by weight. */
public final class InMemoryFeedback implements FeedbackCounts {
    private final Cache<String, Map<String, Vote>> votes;

    public InMemoryFeedback(Duration ttl, long maxBytes, LocalCaches caches) {
        this.votes = caches.builder().expireAfterWrite(ttl).maximumWeight(maxBytes)
                .weigher((String k, Map<String, Vote> v) -> Weights.key(k) + 64 + v.size() * 96).build();
    }

    @Override
    public Tally vote(String answerId, String user, Vote vote) {
        // compute() replaces the entry, so the cache re-weighs it as it grows
        Map<String, Vote> after = votes.asMap().compute(answerId, (k, old) -> {
            Map<String, Vote> m = old == null ? new HashMap<>() : new HashMap<>(old);
            m.put(user == null ? "unknown" : user, vote);
            return m;
        });
        return tally(after);
    }

    @Override
    public Tally tally(String answerId) {
        Map<String, Vote> m = votes.getIfPresent(answerId);
        return m == null ? Tally.NONE : tally(m);
    }

    private static Tally tally(Map<String, Vote> m) {
        int up = (int) m.values().stream().filter(v -> v == Vote.UP).count();
        return new Tally(up, m.size() - up);
    }
}
