package org.thesisbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.assistant.SuggestedPrompt;
import com.slack.api.model.block.SectionBlock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.config.Settings;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Draft;
import org.thesisbot.core.api.Question;

/**
 * The work behind an acked message: ask the brain, deliver the answer in the thread. Runs on the
 * answer workers only.
 *
 * <p><b>Channels: post when ready, no placeholder.</b> A placeholder ("Thinking…") that is later
 * edited would (1) notify everyone following the thread with the placeholder, not the answer, since
 * Slack notifies on post and not on edit; (2) double the calls against {@code chat.postMessage}'s
 * roughly one message per second per channel; (3) leave a stale placeholder behind whenever the worker
 * dies or Slack fails between the two calls; and (4) mark every answer "(edited)". The brain has a hard
 * deadline ({@code llm.deadline_seconds}), so the wait is bounded, and the asker already saw their
 * mention acknowledged. DMs and assistant threads stream instead (see {@link AnswerStream}).
 */
final class ThreadReplies {
    private static final Logger log = LoggerFactory.getLogger(ThreadReplies.class);

    private final Assistant assistant;
    private final SlackApi api;
    private final AnswerRenderer renderer;
    private final Settings.Slack config;
    private final ChartUploads charts;

    ThreadReplies(Assistant assistant, SlackApi api, AnswerRenderer renderer, Settings.Slack config, ChartUploads charts) {
        this.charts = charts;
        this.assistant = assistant;
        this.api = api;
        this.renderer = renderer;
        this.config = config;
    }

    /**
     * The answer to a question, computed before it is known whether it will be sent, from the thread's state as this
     * replica holds it ({@link Assistant#draft}); empty when it needs more than the scenario core, or cannot be drafted
     * (unusable input: {@link #answer} says why, once the question is admitted). Remembers and posts nothing.
     */
    Optional<Draft> draft(ReplyTarget target, String question) {
        try {
            return assistant.draft(new Question(question, target.threadKey(), target.user(), "slack"));
        } catch (RuntimeException e) {
            log.debug("No draft for a question in {} ({})", target.channel(), e.toString());
            return Optional.empty();
        }
    }

    /**
     * Answers one question in its thread, keeping its {@code draft} and posting it, when there is one, instead of asking
     * the brain again: the draft's thread state is saved here before the post and shared with other replicas right after
     * it ({@link Draft#keep}). Never throws: every failure ends as a reply or a log line with an id. {@code stages} notes
     * when the answer was computed and posted (for bench/stages.sh).
     */
    void answer(ReplyTarget target, String question, boolean firstInThread, Optional<Draft> draft, Stages stages) {
        AnswerStream stream = new AnswerStream(api, renderer, target);
        try {
            if (target.surface() == ReplyTarget.Surface.ASSISTANT) {
                if (firstInThread) {
                    setTitle(target, SlackText.gist(question));
                }
                stream.loading(config.loadingMessages());
            }
            Answer answer = draft.isPresent() ? draft.get().keep(a -> post(stream, target, a, stages))
                    : post(stream, target, assistant.ask(new Question(question, target.threadKey(), target.user(), "slack"),
                    stream), stages);
            charts.inThread(target.channel(), target.threadTs(), answer); // after the answer: the numbers never wait for a chart
        } catch (BadQuestionException e) {
            deliver(stream, ":warning: " + SlackText.escape(e.getMessage()), target, null);
        } catch (RuntimeException e) {
            String errorId = ErrorIds.next();
            log.error("Slack answer failed [{}] channel={} thread={}", errorId, target.channel(), target.threadTs(), e);
            deliver(stream, ErrorIds.apology(errorId), target, errorId);
        }
    }

    /** Posts a computed answer (its stages: computed, then posted). */
    private static Answer post(AnswerStream stream, ReplyTarget target, Answer answer, Stages stages) {
        stages.mark(Stages.Stage.COMPUTED);
        log.info("Slack answer {} route={} answerer={} channel={} thread={}", answer.id(),
                answer.route().wireName(), answer.answerer(), target.channel(), target.threadTs());
        stream.finish(answer);
        stages.mark(Stages.Stage.POSTED);
        stages.done();
        return answer;
    }

    /** A short reply in the thread (busy, rate limit). */
    void notice(ReplyTarget target, String mrkdwn) {
        try {
            api.call("chat.postMessage", c -> c.chatPostMessage(b -> b
                    .channel(target.channel()).threadTs(target.threadTs()).text(mrkdwn)
                    .blocks(List.of(SectionBlock.builder().text(markdownText(mrkdwn)).build()))));
        } catch (SlackCallException e) {
            log.warn("Could not post a notice in {} ({})", target.channel(), e.getMessage());
        }
    }

    /** assistant_thread_started: the greeting, then up to four suggested prompts from the config. */
    void greet(String channel, String threadTs) {
        try {
            api.call("chat.postMessage", c -> c.chatPostMessage(b -> b
                    .channel(channel).threadTs(threadTs).text(config.greeting())));
            List<SuggestedPrompt> prompts = config.suggestedPrompts().stream().limit(4)
                    .map(p -> new SuggestedPrompt(p.title(), p.message())).toList();
            if (!prompts.isEmpty()) {
                api.call("assistant.threads.setSuggestedPrompts", c -> c.assistantThreadsSetSuggestedPrompts(b -> b
                        .channelId(channel).threadTs(threadTs).title("Try one of these:").prompts(prompts)));
            }
        } catch (SlackCallException e) {
            log.warn("Could not greet the assistant thread {} in {} ({})", threadTs, channel, e.getMessage());
        }
    }

    private void setTitle(ReplyTarget target, String title) {
        try {
            api.call("assistant.threads.setTitle", c -> c.assistantThreadsSetTitle(b -> b
                    .channelId(target.channel()).threadTs(target.threadTs()).title(title)));
        } catch (SlackCallException e) {
            log.debug("assistant.threads.setTitle failed in {} ({})", target.channel(), e.getMessage());
        }
    }

    private static void deliver(AnswerStream stream, String mrkdwn, ReplyTarget target, String errorId) {
        try {
            stream.fail(mrkdwn);
        } catch (RuntimeException e) {
            log.error("Could not deliver a reply in {} thread {}{}", target.channel(), target.threadTs(),
                    errorId == null ? "" : " for error [" + errorId + "]", e);
        }
    }
}
