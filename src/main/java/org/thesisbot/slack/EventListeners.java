package org.thesisbot.slack;

import com.slack.api.app_backend.events.payload.Authorization;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.assistant.AssistantThread;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.AssistantThreadContextChangedEvent;
import com.slack.api.model.event.AssistantThreadStartedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.config.Settings;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.state.ExpiringKeys;

/**
 * Events API listeners. Each one runs on the ack path and only decides and enqueues: dedupe by
 * {@code event_id}, drop what must not be answered, hand the rest to {@link QuestionIntake}.
 *
 * <p>Who sent a message is read from the signed payload itself, never from Slack: the bot's user id
 * from {@code authorizations[].user_id} (is_bot), the app from {@code api_app_id}. That is why Bolt's
 * {@code IgnoringSelfEvents} middleware is off: it calls {@code bots.info} on the ack path.
 *
 * <p>Message subtypes ({@code message_changed}, {@code message_deleted}, {@code bot_message},
 * joins, topics...) have no listener: Bolt routes them by subtype, and they are acked unanswered.
 */
final class EventListeners {
    private static final Logger log = LoggerFactory.getLogger(EventListeners.class);

    private final Settings.Slack config;
    private final QuestionIntake intake;
    private final ExpiringKeys seenEvents;
    private final Telemetry telemetry;
    private final SourceUploads uploads;
    private final WorkQueue queue;

    EventListeners(Settings.Slack config, QuestionIntake intake, ExpiringKeys seenEvents, Telemetry telemetry,
                   SourceUploads uploads, WorkQueue queue) {
        this.config = config;
        this.intake = intake;
        this.seenEvents = seenEvents;
        this.telemetry = telemetry;
        this.uploads = uploads;
        this.queue = queue;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, (p, ctx) -> guarded(ctx, () -> onMention(p, ctx)));
        app.event(MessageEvent.class, (p, ctx) -> guarded(ctx, () -> onMessage(p, ctx)));
        app.event(MessageFileShareEvent.class, (p, ctx) -> guarded(ctx, () -> onFileShare(p, ctx)));
        app.event(AssistantThreadStartedEvent.class, (p, ctx) -> guarded(ctx, () -> onThreadStarted(p, ctx)));
        // The context (which channel the user is viewing) is not used for answers: ack and move on.
        app.event(AssistantThreadContextChangedEvent.class, (p, ctx) -> ctx.ack());
    }

    private Response onMention(EventsApiPayload<AppMentionEvent> p, EventContext ctx) {
        AppMentionEvent e = p.getEvent();
        if (isRepeat(p) || e == null || blank(e.getChannel()) || blank(e.getTs())) {
            return ctx.ack();
        }
        String botProfileApp = e.getBotProfile() == null ? null : e.getBotProfile().getAppId();
        if (!answerable(p, e.getUser(), e.getBotId(), first(e.getAppId(), botProfileApp))) {
            return ctx.ack();
        }
        String threadTs = blank(e.getThreadTs()) ? e.getTs() : e.getThreadTs();
        ReplyTarget target = new ReplyTarget(e.getChannel(), threadTs, e.getUser(), teamOf(p, e.getTeam()),
                ReplyTarget.Surface.CHANNEL);
        intake.accept(target, e.getTs(), SlackText.toQuestion(e.getText(), botUserId(p)));
        return ctx.ack();
    }

    private Response onMessage(EventsApiPayload<MessageEvent> p, EventContext ctx) {
        MessageEvent e = p.getEvent();
        if (isRepeat(p) || e == null || blank(e.getChannel()) || blank(e.getTs()) || !blank(e.getSubtype())) {
            return ctx.ack();
        }
        String botProfileApp = e.getBotProfile() == null ? null : e.getBotProfile().getAppId();
        if (!answerable(p, e.getUser(), e.getBotId(), botProfileApp)) {
            return ctx.ack();
        }
        String botUserId = botUserId(p);
        String question = SlackText.toQuestion(e.getText(), botUserId);
        String team = teamOf(p, e.getTeam());
        if ("im".equals(e.getChannelType())) {
            // As Bolt does: a DM message inside a thread is an assistant-pane thread.
            boolean assistantThread = !blank(e.getThreadTs());
            String threadTs = assistantThread ? e.getThreadTs() : e.getTs();
            intake.accept(new ReplyTarget(e.getChannel(), threadTs, e.getUser(), team,
                    assistantThread ? ReplyTarget.Surface.ASSISTANT : ReplyTarget.Surface.DM), e.getTs(), question);
            return ctx.ack();
        }
        // Channels: only follow-ups in threads the bot answered. Mentions of the bot come as app_mention;
        // a reply that mentions someone else is addressed to them, not to the bot.
        if (!config.followUps() || blank(e.getThreadTs()) || SlackText.mentions(e.getText(), botUserId)
                || SlackText.mentionsSomeoneElse(e.getText(), botUserId)
                || !intake.followsThread(e.getChannel(), e.getThreadTs())) {
            return ctx.ack();
        }
        intake.accept(new ReplyTarget(e.getChannel(), e.getThreadTs(), e.getUser(), team,
                ReplyTarget.Surface.CHANNEL), e.getTs(), question);
        return ctx.ack();
    }

    /**
     * A message with files ({@code file_share}). In a DM, "add this source" starts the admin's add-a-source flow
     * (on a worker: files.info, download, preview); any other DM text is answered like a message. In channels a
     * mention of the bot arrives as {@code app_mention} and is answered there.
     */
    private Response onFileShare(EventsApiPayload<MessageFileShareEvent> p, EventContext ctx) {
        MessageFileShareEvent e = p.getEvent();
        if (isRepeat(p) || e == null || blank(e.getChannel()) || blank(e.getTs()) || !"im".equals(e.getChannelType())) {
            return ctx.ack();
        }
        if (Boolean.TRUE.equals(e.getDisplayAsBot()) || !answerable(p, e.getUser(), null, null)) {
            return ctx.ack();
        }
        String text = e.getText() == null ? "" : e.getText();
        String threadTs = blank(e.getThreadTs()) ? e.getTs() : e.getThreadTs();
        if (SourceUploads.asksToAdd(text)) {
            java.util.List<String> ids = e.getFiles() == null ? java.util.List.of()
                    : e.getFiles().stream().map(com.slack.api.model.File::getId).filter(id -> !blank(id)).toList();
            String channel = e.getChannel();
            String user = e.getUser();
            queue.submit(() -> uploads.offer(channel, threadTs, user, text, ids), () -> { });
            return ctx.ack();
        }
        String question = SlackText.toQuestion(text, botUserId(p));
        if (!question.isBlank()) {
            intake.accept(new ReplyTarget(e.getChannel(), threadTs, e.getUser(), teamOf(p, null),
                    blank(e.getThreadTs()) ? ReplyTarget.Surface.DM : ReplyTarget.Surface.ASSISTANT), e.getTs(), question);
        }
        return ctx.ack();
    }

    private Response onThreadStarted(EventsApiPayload<AssistantThreadStartedEvent> p, EventContext ctx) {
        AssistantThread thread = p.getEvent() == null ? null : p.getEvent().getAssistantThread();
        if (isRepeat(p) || thread == null || blank(thread.getChannelId()) || blank(thread.getThreadTs())) {
            return ctx.ack();
        }
        intake.greet(thread.getChannelId(), thread.getThreadTs());
        return ctx.ack();
    }

    /** Own messages never; other bots when configured; humans always. */
    private boolean answerable(EventsApiPayload<?> p, String user, String botId, String appId) {
        String botUserId = botUserId(p);
        boolean own = (!blank(user) && user.equals(botUserId))
                || (!blank(appId) && appId.equals(p.getApiAppId()));
        if (own) {
            return false;
        }
        if (!blank(botId) || !blank(appId)) {
            return !config.ignoreOtherBots();
        }
        return !blank(user);
    }

    private boolean isRepeat(EventsApiPayload<?> p) {
        String id = p.getEventId();
        if (blank(id) || seenEvents.claim(id)) {
            return false;
        }
        telemetry.increment("thesisbot.slack.dedupe.hits");
        log.debug("Ignored a repeated delivery of event {}", id);
        return true;
    }

    private static Response guarded(EventContext ctx, Supplier<Response> listener) {
        try {
            return listener.get();
        } catch (RuntimeException e) {
            // Ack anyway: a retry would fail the same way. The id ties any report to this log line.
            log.error("Slack event listener failed [{}]", ErrorIds.next(), e);
            return ctx.ack();
        }
    }

    static String botUserId(EventsApiPayload<?> p) {
        if (p.getAuthorizations() != null) {
            for (Authorization a : p.getAuthorizations()) {
                if (a != null && Boolean.TRUE.equals(a.getIsBot()) && !blank(a.getUserId())) {
                    return a.getUserId();
                }
            }
        }
        return null;
    }

    private static String teamOf(EventsApiPayload<?> p, String eventTeam) {
        return blank(eventTeam) ? p.getTeamId() : eventTeam;
    }

    private static String first(String a, String b) {
        return blank(a) ? b : a;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
