package org.thesisbot.state;

import org.thesisbot.core.state.StateHealth;
import org.thesisbot.core.state.StateStores;

/** The default state: everything in this process, exactly as the bot behaves without Redis. */
final class InMemoryState {
    private InMemoryState() {
    }

    static StateStores create(StateBudget b, LocalCaches caches, StateHealth health) {
        InMemoryKeys events = new InMemoryKeys(b.dedupeTtl(), b.eventBytes(), caches);
        InMemoryKeys messages = new InMemoryKeys(b.dedupeTtl(), b.messageBytes(), caches);
        InMemoryKeys replied = new InMemoryKeys(b.threadTtl(), b.repliedBytes(), caches);
        InMemoryRateLimits rates = new InMemoryRateLimits(b.perMinute(), b.rateBytes(), caches);
        return new StateStores(
                new InMemoryThreadStore(b.threadTtl(), b.threadBytes(), caches),
                events, messages, replied, rates, new LocalAdmissions(events, messages, rates, replied),
                new InMemoryRecentAnswers(b.answersTtl(), b.answerBytes(), caches),
                new InMemoryFeedback(b.feedbackTtl(), b.feedbackBytes(), caches),
                health);
    }
}
