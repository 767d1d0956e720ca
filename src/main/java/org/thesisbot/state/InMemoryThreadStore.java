package org.thesisbot.state;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Duration;
import java.util.Optional;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.core.state.ThreadStore;

/**
 * Thread state in this process: a thread is forgotten after {@code ttl} without a new answer, and the whole
 * store is capped at {@code maxBytes} of estimated weight (Caffeine evicts the threads least likely to be
 * used again first). Expiry and eviction run on the maintenance thread, never on a request.
 */
public final class InMemoryThreadStore implements ThreadStore {
    private final Cache<String, ThreadState> threads;

    public InMemoryThreadStore(Duration ttl, long maxBytes, LocalCaches caches) {
        this.threads = caches.builder().expireAfterWrite(ttl).maximumWeight(maxBytes)
                .weigher(Weights::threadState).build();
    }

    @Override
    public Optional<ThreadState> load(String thread) {
        return Optional.ofNullable(threads.getIfPresent(thread));
    }

    @Override
    public void save(String thread, ThreadState state) {
        threads.put(thread, state);
    }

    public long threadCount() {
        threads.cleanUp();
        return threads.estimatedSize();
    }

    long weightedSize() {
        threads.cleanUp();
        return threads.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }
}
