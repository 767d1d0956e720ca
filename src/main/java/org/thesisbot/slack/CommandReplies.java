package org.thesisbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.google.gson.Gson;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.state.RecentAnswers;

/**
 * The slash command's slow path and the "Share in channel" button, on the answer workers.
 * Replies go to the interaction's {@code response_url}; a shared answer goes to the channel.
 */
final class CommandReplies {
    private static final Logger log = LoggerFactory.getLogger(CommandReplies.class);
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private final Assistant assistant;
    private final SlackApi api;
    private final AnswerRenderer renderer;
    private final RecentAnswers recent;
    private final ChartUploads charts;

    CommandReplies(Assistant assistant, SlackApi api, AnswerRenderer renderer, RecentAnswers recent, ChartUploads charts) {
        this.charts = charts;
        this.assistant = assistant;
        this.api = api;
        this.renderer = renderer;
        this.recent = recent;
    }

    /** The "Share in channel" button's value: the answer id and the command text, to recompute if needed. */
    static String shareValue(Answer answer, String commandText) {
        return answer.id() + "|" + (commandText == null ? "" : commandText);
    }

    /** Answers a command that is not instant and posts the answer to the command's response_url. */
    void answerLater(String responseUrl, String channel, String text, String user) {
        try {
            Answer answer = assistant.command(text, user);
            recent.put(answer);
            log.info("Slack command answer {} route={} answerer={}", answer.id(), answer.route().wireName(), answer.answerer());
            respond(responseUrl, ephemeral(renderer.renderEphemeral(answer, shareValue(answer, text))));
            chartsLater(channel, user, answer, responseUrl);
        } catch (BadQuestionException e) {
            respondQuietly(responseUrl, ephemeral(note(":warning: " + SlackText.escape(e.getMessage()))), null);
        } catch (RuntimeException e) {
            String errorId = ErrorIds.next();
            log.error("Slack command failed [{}]", errorId, e);
            respondQuietly(responseUrl, ephemeral(note(ErrorIds.apology(errorId))), errorId);
        }
    }

    /** Delivers an instant answer that missed the ack's budget (or its failure) on the response_url. */
    void deliverLater(String responseUrl, String channel, String text, String user, Answer answer, Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        if (cause == null && answer != null) {
            recent.put(answer);
            log.info("Slack command answer {} route={} answerer={} (late)", answer.id(), answer.route().wireName(),
                    answer.answerer());
            respondQuietly(responseUrl, ephemeral(renderer.renderEphemeral(answer, shareValue(answer, text))), null);
            chartsLater(channel, user, answer, responseUrl);
        } else if (cause == null) {
            answerLater(responseUrl, channel, text, user); // not instant after all: answer it the normal way
        } else if (cause instanceof BadQuestionException b) {
            respondQuietly(responseUrl, ephemeral(note(":warning: " + SlackText.escape(b.getMessage()))), null);
        } else {
            String errorId = ErrorIds.next();
            log.error("Slack command failed [{}]", errorId, cause);
            respondQuietly(responseUrl, ephemeral(note(ErrorIds.apology(errorId))), errorId);
        }
    }

    /**
     * Shows a command answer's charts to the user alone, after the answer itself; where Slack does not allow that
     * here, says that sharing posts them.
     */
    void chartsLater(String channel, String user, Answer answer, String responseUrl) {
        if (answer.charts().isEmpty() || channel == null) {
            return;
        }
        if (!charts.ephemeral(channel, user, answer)) {
            respondQuietly(responseUrl, GSON.toJson(ActionResponse.builder().responseType("ephemeral").replaceOriginal(false)
                    .text(":bar_chart: I can't show the chart privately here (I may not be in this channel). "
                            + "*Share in channel* posts the answer with its chart in a thread.").build()), null);
        }
    }

    /** Posts the shared answer to the channel for everyone, then removes the ephemeral original. */
    void share(String channel, String user, String value, String responseUrl) {
        try {
            int bar = value == null ? -1 : value.indexOf('|');
            String id = bar < 0 ? null : value.substring(0, bar);
            String text = bar < 0 ? value : value.substring(bar + 1);
            Answer answer = recent.get(id).orElse(null);
            if (answer == null) {
                answer = assistant.command(text == null ? "" : text, user);
            }
            SlackMessage rendered = renderer.render(answer);
            List<LayoutBlock> blocks = new ArrayList<>();
            blocks.add(ContextBlock.builder().elements(List.of(markdownText(
                    "<@" + user + "> shared `" + SlackText.escape(SlackText.truncate(text, 200)) + "`"))).build());
            blocks.addAll(rendered.blocks().subList(0, Math.min(rendered.blocks().size(), AnswerRenderer.MAX_BLOCKS - 1)));
            Answer shared = answer;
            try {
                var posted = api.call("chat.postMessage", c -> c.chatPostMessage(b -> b
                        .channel(channel).text(rendered.text()).blocks(blocks).unfurlLinks(false)));
                charts.inThread(channel, posted.getTs(), shared); // the chart (and a large grid's CSV) in the shared answer's thread
            } catch (SlackCallException e) {
                if (!List.of("not_in_channel", "channel_not_found").contains(e.error())) {
                    throw e;
                }
                // The bot is not a member of this channel: the response_url can still post there.
                ActionResponse inChannel = ActionResponse.builder().responseType("in_channel")
                        .text(rendered.text()).blocks(blocks).build();
                respond(responseUrl, GSON.toJson(inChannel));
            }
            respondQuietly(responseUrl, GSON.toJson(ActionResponse.builder().deleteOriginal(true).build()), null);
        } catch (RuntimeException e) {
            String errorId = ErrorIds.next();
            log.error("Sharing an answer failed [{}] channel={}", errorId, channel, e);
            respondQuietly(responseUrl, ephemeral(note(ErrorIds.apology(errorId))), errorId);
        }
    }

    /** A short ephemeral note on the response_url (busy, rate limit). */
    void notice(String responseUrl, String mrkdwn) {
        respondQuietly(responseUrl, ephemeral(note(mrkdwn)), null);
    }

    private void respond(String responseUrl, String json) {
        if (responseUrl == null || responseUrl.isBlank()) {
            throw new SlackCallException("response_url", "no response_url in the payload", null);
        }
        api.respond(responseUrl, json);
    }

    private void respondQuietly(String responseUrl, String json, String errorId) {
        try {
            respond(responseUrl, json);
        } catch (RuntimeException e) {
            log.error("Could not reply on the response_url{}", errorId == null ? "" : " for error [" + errorId + "]", e);
        }
    }

    private static String ephemeral(SlackMessage m) {
        return GSON.toJson(ActionResponse.builder().responseType("ephemeral").text(m.text()).blocks(m.blocks()).build());
    }

    private static SlackMessage note(String mrkdwn) {
        return new SlackMessage(mrkdwn, List.of(SectionBlock.builder().text(markdownText(mrkdwn)).build()));
    }
}
