package org.thesisbot.slack;

import org.thesisbot.core.state.ExpiringKeys;
import org.thesisbot.core.state.RateLimits;

/**
 * The ack-path half of answering: decides whether a message gets an answer, and hands the work to the
 * answer workers once the ack is written ({@link AfterAck}). Nothing here calls Slack or the brain; the
 * state it consults is in memory, or in Redis with each command bounded by {@code state.redis_timeout_ms}.
 */
final class QuestionIntake {
    static final String BUSY = ":hourglass_flowing_sand: I'm busy right now, try again in a minute.";

    private final RateLimits limiter;
    private final ExpiringKeys claimedMessages;
    private final ExpiringKeys answeredThreads;
    private final WorkQueue queue;
    private final ThreadReplies replies;
    private final int maxChars;

    QuestionIntake(RateLimits limiter, ExpiringKeys claimedMessages, ExpiringKeys answeredThreads,
                   WorkQueue queue, ThreadReplies replies, int maxChars) {
        this.maxChars = maxChars;
        this.limiter = limiter;
        this.claimedMessages = claimedMessages;
        this.answeredThreads = answeredThreads;
        this.queue = queue;
        this.replies = replies;
    }

    /** The note for a question over {@code server.question_max_chars}, or null when it is short enough. */
    static String tooLong(String question, int maxChars) {
        int chars = question.codePointCount(0, question.length());
        return chars <= maxChars ? null : "That question is too long for me (" + chars + " characters; the limit is "
                + maxChars + "). Could you ask it more briefly?";
    }

    String rateLimitNote() {
        return "You're asking faster than I can answer well (" + limiter.perMinute()
                + " questions a minute). Give me a moment, then ask again.";
    }

    /**
     * Accepts a question asked by the message {@code messageTs}. One message is answered once, whichever
     * of its events arrives first: a mention in a channel the bot is in comes both as {@code app_mention}
     * and as {@code message.channels}, with different event ids.
     */
    void accept(ReplyTarget target, String messageTs, String question) {
        if (!claimedMessages.claim(target.channel() + ":" + messageTs)) {
            return;
        }
        String tooLong = tooLong(question, maxChars);
        if (tooLong != null) {
            queue.noticeAfterAck(() -> replies.notice(target, tooLong));
            return;
        }
        if (!limiter.tryAcquire(target.user())) {
            queue.noticeAfterAck(() -> replies.notice(target, rateLimitNote()));
            return;
        }
        boolean firstInThread = !answeredThreads.touch(target.threadKey());
        queue.submitAfterAck(() -> replies.answer(target, question, firstInThread), () -> replies.notice(target, BUSY));
    }

    /** True when the bot answered in this thread recently enough to take follow-ups without a mention. */
    boolean followsThread(String channel, String threadTs) {
        return answeredThreads.contains(channel + ":" + threadTs);
    }

    /** Greetings need no worker: they go on the notice thread. */
    void greet(String channel, String threadTs) {
        queue.noticeAfterAck(() -> replies.greet(channel, threadTs));
    }
}
