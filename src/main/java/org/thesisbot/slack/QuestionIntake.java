package org.thesisbot.slack;

import org.thesisbot.core.state.Admissions;
import org.thesisbot.core.state.Admissions.Admission;
import org.thesisbot.core.state.Admissions.Arrival;

/**
 * The ack-path half of answering: decides whether a message gets an answer, and hands the work to the
 * answer workers once the ack is written ({@link AfterAck}). Nothing here calls Slack or the brain; the
 * state it consults (event and message dedupe, the rate limit, the thread's mark) is one {@link Admissions} call:
 * in memory, or one Redis round trip bounded by {@code state.redis_timeout_ms}.
 */
final class QuestionIntake {
    static final String BUSY = ":hourglass_flowing_sand: I'm busy right now, try again in a minute.";
    static final String RESTARTING = ":arrows_counterclockwise: I'm restarting and couldn't answer this one. "
            + "Please ask again in a minute.";

    private final Admissions admissions;
    private final int perMinute;
    private final WorkQueue queue;
    private final ThreadReplies replies;
    private final int maxChars;

    QuestionIntake(Admissions admissions, int perMinute, WorkQueue queue, ThreadReplies replies, int maxChars) {
        this.admissions = admissions;
        this.perMinute = perMinute;
        this.maxChars = maxChars;
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
        return "You're asking faster than I can answer well (" + perMinute
                + " questions a minute). Give me a moment, then ask again.";
    }

    /**
     * Accepts a question asked by the message {@code messageTs}. One message is answered once, whichever
     * of its events arrives first: a mention in a channel the bot is in comes both as {@code app_mention}
     * and as {@code message.channels}, with different event ids.
     *
     * @param eventId  the event's id, claimed so that Slack's retries (on any replica) are answered once; null
     *                 where there is none (a button click)
     * @param followUp true for a message without a mention: answered only in a thread the bot answered in
     * @return what became of it (the caller counts repeated deliveries)
     */
    Admission accept(String eventId, ReplyTarget target, String messageTs, String question, boolean followUp) {
        String tooLong = tooLong(question, maxChars);
        Admission admission = admissions.admit(new Arrival(eventId, target.channel() + ":" + messageTs, target.user(),
                target.threadKey(), followUp, tooLong != null));
        switch (admission) {
            case TOO_LONG -> queue.noticeAfterAck(() -> replies.notice(target, tooLong));
            case RATE_LIMITED -> queue.noticeAfterAck(() -> replies.notice(target, rateLimitNote()));
            case ANSWER, ANSWER_FIRST_IN_THREAD -> {
                boolean firstInThread = admission == Admission.ANSWER_FIRST_IN_THREAD;
                queue.submitAfterAck(() -> replies.answer(target, question, firstInThread),
                        () -> replies.notice(target, BUSY), () -> replies.notice(target, RESTARTING));
            }
            case REPEATED_EVENT, NOT_FOLLOWED, REPEATED_MESSAGE -> {
                // nothing to say: another delivery, or a message not for the bot
            }
        }
        return admission;
    }

    /** A question with no event behind it (a button click), answered in its thread. */
    void accept(ReplyTarget target, String messageTs, String question) {
        accept(null, target, messageTs, question, false);
    }

    /** Greetings need no worker: they go on the notice thread. */
    void greet(String channel, String threadTs) {
        queue.noticeAfterAck(() -> replies.greet(channel, threadTs));
    }
}
