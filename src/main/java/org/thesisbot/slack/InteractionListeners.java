package org.thesisbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.state.FeedbackCounts;
import org.thesisbot.core.state.RateLimits;
import org.thesisbot.core.state.RecentAnswers;

/**
 * The slash command and the buttons, on the ack path.
 *
 * <p>The command acks with the answer itself when {@link Assistant#isInstant} says the scenario core
 * alone answers it (exact arithmetic, no retrieval, no model). Even then the brain does not run on the
 * ack thread: it runs on a small pool and the ack waits at most {@link #INSTANT_BUDGET} for it, so a
 * computation that is not instant after all is answered on the {@code response_url} instead. Anything
 * else is acked with "Looking into it…" and answered on a worker via the command's {@code response_url}.
 */
final class InteractionListeners {
    private static final Logger log = LoggerFactory.getLogger(InteractionListeners.class);
    /** The longest the slash-command ack waits for an instant answer (Slack gives up at 3 s). */
    static final Duration INSTANT_BUDGET = Duration.ofMillis(1500);

    private final String command;
    private final int maxChars;
    private final Assistant assistant;
    private final AnswerRenderer renderer;
    private final RecentAnswers recent;
    private final RateLimits limiter;
    private final FeedbackCounts feedback;
    private final WorkQueue queue;
    private final CommandReplies replies;
    private final Telemetry telemetry;
    private final SourceUploads uploads;
    private final QuestionIntake intake;

    InteractionListeners(String command, int maxChars, Assistant assistant, AnswerRenderer renderer, RecentAnswers recent,
                         RateLimits limiter, FeedbackCounts feedback, WorkQueue queue, CommandReplies replies,
                         Telemetry telemetry, QuestionIntake intake, SourceUploads uploads) {
        this.uploads = uploads;
        this.intake = intake;
        this.command = command;
        this.maxChars = maxChars;
        this.assistant = assistant;
        this.renderer = renderer;
        this.recent = recent;
        this.limiter = limiter;
        this.feedback = feedback;
        this.queue = queue;
        this.replies = replies;
        this.telemetry = telemetry;
    }

    void register(App app) {
        app.command(command, this::onCommand);
        app.blockAction(AnswerRenderer.SHARE_ACTION, this::onShare);
        app.blockAction(AnswerRenderer.FEEDBACK_ACTION, this::onFeedback);
        app.blockAction(SourceUploads.CONFIRM_ACTION, this::onSourceDecision);
        app.blockAction(SourceUploads.CANCEL_ACTION, this::onSourceDecision);
        app.blockAction(AnswerRenderer.CLARIFY_ACTIONS, this::onClarify);
    }

    private Response onCommand(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        String text = p.getText() == null ? "" : p.getText().strip();
        String user = p.getUserId();
        String responseUrl = p.getResponseUrl();
        String channel = p.getChannelId();
        try {
            String tooLong = QuestionIntake.tooLong(text, maxChars);
            if (tooLong != null) {
                return ephemeral(ctx, tooLong);
            }
            if (!limiter.tryAcquire(user)) {
                return ephemeral(ctx, "You're asking faster than I can answer well (" + limiter.perMinute()
                        + " questions a minute). Give me a moment, then ask again.");
            }
            Optional<Answer> instant = instant(text, user, channel, responseUrl);
            if (instant != null) {
                if (instant.isEmpty()) {
                    return ephemeral(ctx, "Looking into it… :mag:"); // over the budget: it follows on the response_url
                }
                Answer answer = instant.get();
                recent.put(answer);
                log.info("Slack command answer {} route={} answerer={} (instant)", answer.id(),
                        answer.route().wireName(), answer.answerer());
                SlackMessage m = renderer.renderEphemeral(answer, CommandReplies.shareValue(answer, text));
                if (!answer.charts().isEmpty()) {
                    // drawing and uploading take a moment: the numbers go in the ack, the chart follows from a worker
                    queue.submitAfterAck(() -> replies.chartsLater(channel, user, answer, responseUrl), () -> {
                    }, null);
                }
                return ctx.ack(r -> r.responseType("ephemeral").text(m.text()).blocks(m.blocks()));
            }
            boolean accepted = queue.submit(() -> replies.answerLater(responseUrl, channel, text, user), () -> {
            }, () -> replies.notice(responseUrl, QuestionIntake.RESTARTING));
            return ephemeral(ctx, accepted ? "Looking into it… :mag:" : QuestionIntake.BUSY);
        } catch (BadQuestionException e) {
            return ephemeral(ctx, ":warning: " + SlackText.escape(e.getMessage()));
        } catch (RuntimeException e) {
            String errorId = ErrorIds.next();
            log.error("Slack command failed [{}]", errorId, e);
            return ephemeral(ctx, ErrorIds.apology(errorId));
        }
    }

    /**
     * The instant answer, computed on the instant pool and waited for at most {@link #INSTANT_BUDGET}: null
     * when the command is not instant (or the pool is full), so it goes to the answer workers; empty when
     * it took longer than the budget, in which case it is delivered on the response_url when done. The
     * ack itself runs no brain code, so nothing can hold it past Slack's 3 s.
     *
     * @throws BadQuestionException the command's own problem, shown in the ack
     */
    private Optional<Answer> instant(String text, String user, String channel, String responseUrl) {
        CompletableFuture<Answer> f;
        try {
            f = queue.instant(() -> assistant.isInstant(text) ? assistant.command(text, user) : null);
        } catch (RejectedExecutionException e) {
            return null;
        }
        try {
            Answer a = f.get(INSTANT_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
            return a == null ? null : Optional.of(a);
        } catch (TimeoutException e) {
            log.warn("An instant /scenario answer took over {} ms; it follows on the response_url", INSTANT_BUDGET.toMillis());
            f.whenComplete((answer, error) -> replies.deliverLater(responseUrl, channel, text, user, answer, error));
            return Optional.empty();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering a command", e);
        }
    }

    private Response onShare(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        BlockActionPayload.Action action = firstAction(p);
        if (action == null) {
            return ctx.ack();
        }
        String channel = channelOf(p);
        String user = userOf(p);
        String responseUrl = p.getResponseUrl();
        if (channel == null || channel.isBlank()) {
            return ctx.ack();
        }
        queue.submitAfterAck(() -> replies.share(channel, user, action.getValue(), responseUrl),
                () -> replies.notice(responseUrl, QuestionIntake.BUSY),
                () -> replies.notice(responseUrl, QuestionIntake.RESTARTING));
        return ctx.ack();
    }

    /** The channel a block action happened in: the payload's channel, else its container's. */
    private static String channelOf(BlockActionPayload p) {
        return p.getChannel() != null && p.getChannel().getId() != null ? p.getChannel().getId()
                : p.getContainer() == null ? null : p.getContainer().getChannelId();
    }

    private static String userOf(BlockActionPayload p) {
        return p.getUser() == null ? null : p.getUser().getId();
    }

    /** Confirm or Cancel on an "add this source" preview: decided on a worker, acked at once. */
    private Response onSourceDecision(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        BlockActionPayload.Action action = firstAction(p);
        if (action == null) {
            return ctx.ack();
        }
        String channel = channelOf(p);
        String user = userOf(p);
        String threadTs = p.getContainer() == null ? null
                : p.getContainer().getThreadTs() != null ? p.getContainer().getThreadTs() : p.getContainer().getMessageTs();
        if (channel == null || channel.isBlank()) {
            return ctx.ack();
        }
        queue.submitAfterAck(() -> uploads.decide(action.getActionId(), action.getValue(), user, channel, threadTs), () -> { },
                null);
        return ctx.ack();
    }

    /**
     * A click on one reading of an ambiguous question: that reading is asked in the answer's thread, as if the user
     * had typed it (same thread state, rate limit and dedupe: a click Slack delivers twice is answered once). Under a
     * slash command's private reply there is no thread, so the answer goes to the command's response_url.
     */
    private Response onClarify(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        BlockActionPayload.Action action = firstAction(p);
        if (action == null) {
            return ctx.ack();
        }
        String question = action.getValue();
        String user = userOf(p);
        BlockActionPayload.Container c = p.getContainer();
        String channel = c != null && c.getChannelId() != null ? c.getChannelId()
                : p.getChannel() == null ? null : p.getChannel().getId();
        if (question == null || question.isBlank() || channel == null || user == null) {
            return ctx.ack();
        }
        boolean ephemeral = c != null && c.isEphemeral();
        String threadTs = c == null ? null : c.getThreadTs() != null ? c.getThreadTs() : c.getMessageTs();
        if (ephemeral || threadTs == null) {
            String responseUrl = p.getResponseUrl();
            queue.submitAfterAck(() -> replies.answerLater(responseUrl, channel, question, user),
                    () -> replies.notice(responseUrl, QuestionIntake.BUSY),
                    () -> replies.notice(responseUrl, QuestionIntake.RESTARTING));
            return ctx.ack();
        }
        String team = p.getTeam() == null ? null : p.getTeam().getId();
        intake.accept(new ReplyTarget(channel, threadTs, user, team, ReplyTarget.Surface.CHANNEL),
                "clarify-" + action.getActionTs(), question);
        return ctx.ack();
    }

    private Response onFeedback(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        BlockActionPayload.Action action = firstAction(p);
        String value = action == null ? null : action.getValue();
        int bar = value == null ? -1 : value.indexOf('|');
        String vote = bar < 0 ? null : value.substring(0, bar);
        String answerId = bar < 0 ? null : value.substring(bar + 1);
        if (("up".equals(vote) || "down".equals(vote)) && answerId.matches(ANSWER_ID)) {
            String user = p.getUser() == null ? null : p.getUser().getId();
            FeedbackCounts.Vote v = "up".equals(vote) ? FeedbackCounts.Vote.UP : FeedbackCounts.Vote.DOWN;
            telemetry.increment("thesisbot.feedback", "vote", vote);
            // counted off the ack path: with Redis the tally is a round trip
            queue.noticeAfterAck(() -> {
                FeedbackCounts.Tally t = feedback.vote(answerId, user, v);
                log.info("Slack feedback vote={} answer={} user={} (answer now up={} down={})", vote, answerId, user,
                        t.up(), t.down());
            });
        } else {
            log.debug("Ignored a feedback click without a vote");
        }
        return ctx.ack();
    }

    /** The clicked action; null for a payload without one (Bolt routed it here by action id, so rare). */
    private static BlockActionPayload.Action firstAction(BlockActionPayload p) {
        return p == null || p.getActions() == null || p.getActions().isEmpty() ? null : p.getActions().get(0);
    }
    /** Answer ids as the renderer writes them into the feedback buttons ("q-" and hex); anything else is not ours. */
    private static final String ANSWER_ID = "[A-Za-z0-9_-]{1,64}";

    private static Response ephemeral(SlashCommandContext ctx, String mrkdwn) {
        return ctx.ack(r -> r.responseType("ephemeral").text(mrkdwn));
    }
}
