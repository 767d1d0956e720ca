package org.thesisbot.state;

import org.thesisbot.core.state.StateHealth;
import org.thesisbot.core.state.StateStores;

/** The default state: everything in this process, exactly as the bot behaves without Redis. */
final class InMemoryState {
    private InMemoryState() {
    }

    static StateStores create(StateBudget b, LocalCaches caches, StateHealth health) {
        return new StateStores(
                new InMemoryThreadStore(b.threadTtl(), b.threadBytes(), caches),
                new InMemoryKeys(b.dedupeTtl(), b.eventBytes(), caches),
                new InMemoryKeys(b.dedupeTtl(), b.messageBytes(), caches),
                new InMemoryKeys(b.threadTtl(), b.repliedBytes(), caches),
                new InMemoryRateLimits(b.perMinute(), b.rateBytes(), caches),
                new InMemoryRecentAnswers(b.answersTtl(), b.answerBytes(), caches),
                new InMemoryFeedback(b.feedbackTtl(), b.feedbackBytes(), caches),
                health);
    }
}
