package org.thesisbot.slack;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.Draft;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.state.Admissions;
import org.thesisbot.core.state.Admissions.Admission;
import org.thesisbot.core.state.Admissions.Arrival;
import org.thesisbot.core.state.ThreadStore;

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
    private final ThreadStore threads;

    /** @param threads the thread states, only {@link ThreadStore#peek peeked} here: is there one to draft from? */
    QuestionIntake(Admissions admissions, ThreadStore threads, int perMinute, WorkQueue queue, ThreadReplies replies,
                   int maxChars, Telemetry telemetry) {
        this.telemetry = telemetry;
        this.threads = threads;
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
     * <p>A question with an event id is <b>answered while it is admitted</b>: the admission is started (with Redis: its
     * script is sent, which also reads the thread's shared state) and, unless it was decided at once (in memory, or a
     * repeat this replica knows), the request is acked without waiting for it. An answer worker then drafts the answer
     * ({@link ThreadReplies#draft}: the scenario core alone, from the thread's state as this replica holds it) when
     * there is a state to draft from, or none is needed (the question opens its thread), and only then waits for the
     * admission. An admitted question keeps the draft (checked against the thread's shared state, and computed again
     * when another replica answered in the thread meanwhile; its thread state is saved here, and in Redis once posted)
     * and posts it, or is answered as usual when there is no draft; a refused one posts what it would have got anyway
     * (the rate-limit note) or
     * nothing, and writes no state: its draft is thrown away. A question over the length limit, or a button click (no
     * event id), is admitted before its ack, and answered after it, as before.
     *
     * @param eventId  the event's id, claimed so that Slack's retries (on any replica) are answered once; null
     *                 where there is none (a button click)
     * @param followUp true for a message without a mention: answered only in a thread the bot answered in
     */
    void accept(String eventId, ReplyTarget target, String messageTs, String question, boolean followUp) {
        String tooLong = tooLong(question, maxChars);
        boolean opensThread = !followUp && messageTs.equals(target.threadTs());
        Arrival arrival = new Arrival(eventId, target.channel() + ":" + messageTs, target.user(), target.threadKey(),
                followUp, tooLong != null, opensThread);
        Stages stages = Stages.begin(target.channel(), messageTs);
        Admission admission;
        if (eventId != null && tooLong == null) {
            Admissions.Pending pending = admissions.start(arrival);
            stages.mark(Stages.Stage.ADMISSION);
            if (!pending.decided()) {
                queue.submitAfterAck(() -> draftThenAnswer(target, question, opensThread, pending, eventId, stages),
                        () -> ifAnswered(pending, eventId, target, BUSY), () -> ifAnswered(pending, eventId, target, RESTARTING));
                return;
            }
            admission = counted(pending.outcome(), eventId);   // decided here (in memory, or a repeat known locally)
        } else {
            admission = counted(admissions.admit(arrival), eventId);
            stages.mark(Stages.Stage.ADMISSION);
        }
        stages.mark(Stages.Stage.DECIDED);
        switch (admission) {
            case TOO_LONG -> queue.noticeAfterAck(() -> replies.notice(target, tooLong));
            case RATE_LIMITED -> queue.noticeAfterAck(() -> replies.notice(target, rateLimitNote()));
            case ANSWER, ANSWER_FIRST_IN_THREAD -> {
                boolean firstInThread = admission == Admission.ANSWER_FIRST_IN_THREAD;
                queue.submitAfterAck(() -> {
                            stages.mark(Stages.Stage.WORKER);
                            replies.answer(target, question, firstInThread, Optional.empty(), stages);
                        },
                        () -> replies.notice(target, BUSY), () -> replies.notice(target, RESTARTING));
            }
            case REPEATED_EVENT, NOT_FOLLOWED, REPEATED_MESSAGE -> {
                // nothing to say: another delivery, or a message not for the bot
            }
        }
    }

    /**
     * On an answer worker: the draft first (when the question opens its thread, or this replica holds the thread's
     * state: a follow-up in a thread known only elsewhere waits for the state the admission reads), then the
     * admission's decision, then the answer or the note or nothing.
     */
    private void draftThenAnswer(ReplyTarget target, String question, boolean opensThread, Admissions.Pending pending,
                                 String eventId, Stages stages) {
        stages.mark(Stages.Stage.WORKER);
        Optional<Draft> draft = opensThread || threads.peek(target.threadKey()).isPresent()
                ? replies.draft(target, question) : Optional.empty();
        if (draft.isPresent()) {
            stages.mark(Stages.Stage.DRAFT);
        }
        Admission admission = counted(pending.outcome(), eventId);
        stages.mark(Stages.Stage.DECIDED);
        if (admission.answers()) {
            replies.answer(target, question, admission == Admission.ANSWER_FIRST_IN_THREAD, draft, stages);
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
