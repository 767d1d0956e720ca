package org.thesisbot.state;

import java.time.Duration;
import org.thesisbot.config.Settings;

/**
 * Time to live and memory share of each store, from the settings. The TTLs are the bot's behaviour and are
 * the same in memory and in Redis; the byte caps apply to what this process keeps.
 *
 * <p>Shares of {@code state.local_memory_mb}: thread state 15/32, thread states read from Redis at the ack and held
 * two seconds for the worker 1/32, event ids 1/8, message ids 1/8, replied threads 1/16, recent answers 1/8, rate
 * windows 1/32, votes 1/32.
 */
record StateBudget(Duration threadTtl, Duration dedupeTtl, Duration answersTtl, Duration feedbackTtl, int perMinute,
                   long totalBytes) {
    /** Votes are kept this long after an answer's last vote. */
    static final Duration FEEDBACK_TTL = Duration.ofDays(30);

    static StateBudget of(Settings s) {
        return new StateBudget(Duration.ofMinutes(s.assistant().threadTtlMinutes()),
                Duration.ofMinutes(s.slack().dedupeTtlMinutes()), Duration.ofMinutes(s.state().recentAnswersMinutes()),
                FEEDBACK_TTL, s.slack().rateLimitPerMinute(), s.state().localMemoryMb() * 1024L * 1024L);
    }

    long threadBytes() {
        return totalBytes / 32 * 15;
    }

    long eventBytes() {
        return totalBytes / 8;
    }

    long messageBytes() {
        return totalBytes / 8;
    }

    long repliedBytes() {
        return totalBytes / 16;
    }

    long answerBytes() {
        return totalBytes / 8;
    }

    long rateBytes() {
        return totalBytes / 32;
    }

    long primedBytes() {
        return totalBytes / 32;
    }

    long feedbackBytes() {
        return totalBytes / 32;
    }
}
