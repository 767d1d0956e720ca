package org.thesisbot.slack;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.Draft;
import org.thesisbot.core.api.Telemetry;
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
    private static final Logger log = LoggerFactory.getLogger(QuestionIntake.class);
    static final String BUSY = ":hourglass_flowing_sand: I'm busy right now, try again in a minute.";
    static final String RESTARTING = ":arrows_counterclockwise: I'm restarting and couldn't answer this one. "
            + "Please ask again in a minute.";

    private final Admissions admissions;
    private final int perMinute;
    private final WorkQueue queue;
    private final ThreadReplies replies;
    private final int maxChars;
    private final Telemetry telemetry;

    QuestionIntake(Admissions admissions, int perMinute, WorkQueue queue, ThreadReplies replies, int maxChars,
                   Telemetry telemetry) {
        this.telemetry = telemetry;
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
     * <p>A question that opens its thread (a mention or DM at the top level) is <b>drafted while it is admitted</b>:
     * the admission is started (with Redis: its script is sent) and, unless it was decided at once (in memory, or a
     * repeat this replica knows), the request is acked without waiting for it; an
     * answer worker then computes the answer from the scenario core ({@link ThreadReplies#draft}: such a question has
     * no thread state to wait for) and only then waits for the admission. An admitted question keeps the draft (its
     * thread state is written) and posts it; a refused one posts what it would have got anyway (the rate-limit note)
     * or nothing, and writes no state: its draft is thrown away. Any other question is admitted before its ack, and
     * answered after it, as before.
     *
     * @param eventId  the event's id, claimed so that Slack's retries (on any replica) are answered once; null
     *                 where there is none (a button click)
     * @param followUp true for a message without a mention: answered only in a thread the bot answered in
     */
    void accept(String eventId, ReplyTarget target, String messageTs, String question, boolean followUp) {
        String tooLong = tooLong(question, maxChars);
        Arrival arrival = new Arrival(eventId, target.channel() + ":" + messageTs, target.user(), target.threadKey(),
                followUp, tooLong != null);
        Admission admission;
        if (eventId != null && !followUp && tooLong == null && messageTs.equals(target.threadTs())
                && target.surface() != ReplyTarget.Surface.ASSISTANT) {
            Admissions.Pending pending = admissions.start(arrival);
            if (!pending.decided()) {
                queue.submitAfterAck(() -> draftThenAnswer(target, question, pending, eventId),
                        () -> ifAnswered(pending, eventId, target, BUSY), () -> ifAnswered(pending, eventId, target, RESTARTING));
                return;
            }
            admission = counted(pending.outcome(), eventId);   // decided here (in memory, or a repeat known locally)
        } else {
            admission = counted(admissions.admit(arrival), eventId);
        }
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
    }

    /** On an answer worker: the draft first, then the admission's decision, then the answer or the note or nothing. */
    private void draftThenAnswer(ReplyTarget target, String question, Admissions.Pending pending, String eventId) {
        Optional<Draft> draft = replies.draft(target, question);
        Admission admission = counted(pending.outcome(), eventId);
        if (admission.answers()) {
            replies.answer(target, question, admission == Admission.ANSWER_FIRST_IN_THREAD, draft);
        } else if (admission == Admission.RATE_LIMITED) {
            queue.notice(() -> replies.notice(target, rateLimitNote()));
        }
    }

    /**
     * When a drafted question gets no worker (the pool is full, or shutdown came first): {@code note} if it was
     * admitted, the rate-limit note if it was over the limit, else nothing. Runs on the notice thread.
     */
    private void ifAnswered(Admissions.Pending pending, String eventId, ReplyTarget target, String note) {
        Admission admission = counted(pending.outcome(), eventId);
        if (admission.answers()) {
            replies.notice(target, note);
        } else if (admission == Admission.RATE_LIMITED) {
            replies.notice(target, rateLimitNote());
        }
    }

    private Admission counted(Admission admission, String eventId) {
        if (admission == Admission.REPEATED_EVENT) {
            telemetry.increment("thesisbot.slack.dedupe.hits");
            log.debug("Ignored a repeated delivery of event {}", eventId);
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
