package org.thesisbot.slack;

import com.slack.api.methods.response.chat.ChatStartStreamResponse;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.LinkPolicy;
import org.thesisbot.core.api.AnswerListener;

/**
 * Delivers one answer into its thread, on a worker thread.
 *
 * <p>In DMs and assistant threads the narrative streams: the first {@link #chunk} opens a
 * {@code chat.startStream} message, later chunks go to {@code chat.appendStream}, and {@link #finish}
 * closes it with {@code chat.stopStream}, adding the numbers, sources and feedback buttons as blocks.
 * If the streamed text is not the final narrative (a stream call failed, or the brain replaced the
 * model's text with its fallback) the message is then replaced by the full rendering, so what stays in
 * the thread is always the answer the brain returned. Answers without chunks (numbers, the extractive
 * writer) are posted at once with {@code chat.postMessage}.
 *
 * <p><b>Bounded.</b> Streamed text is standard markdown ({@code markdown_text}), so the brain's mrkdwn is
 * converted ({@link SlackText#toMarkdown}). The first {@value #IMMEDIATE_APPENDS} chunks after the first
 * are appended one call each (an answer of a few sentences appears sentence by sentence); later chunks are
 * batched into calls of at least {@value #BATCH_CHARS} characters, and after {@value #MAX_APPENDS}
 * {@code chat.appendStream} calls nothing more is appended: the rest goes out with {@code chat.stopStream}
 * (or, if it is longer than {@value #MAX_STOP_CHARS} characters, the message is replaced by the full
 * rendering). A model that writes without end costs at most {@value #MAX_APPENDS} + 2 calls.
 *
 * <p>In channels nothing streams: see {@link ThreadReplies} for why.
 */
final class AnswerStream implements AnswerListener {
    private static final Logger log = LoggerFactory.getLogger(AnswerStream.class);
    static final int IMMEDIATE_APPENDS = 8;
    static final int BATCH_CHARS = 1000;
    static final int MAX_APPENDS = 30;
    static final int MAX_STOP_CHARS = 10_000;

    private final SlackApi api;
    private final AnswerRenderer renderer;
    private final ReplyTarget target;
    private final StringBuilder streamed = new StringBuilder();
    /** Markdown received but not yet sent to Slack. */
    private final StringBuilder pending = new StringBuilder();
    private int appends;
    private String streamTs;
    private boolean streamBroken;
    private String lastStatus;

    AnswerStream(SlackApi api, AnswerRenderer renderer, ReplyTarget target) {
        this.api = api;
        this.renderer = renderer;
        this.target = target;
    }

    /** The assistant pane's "is thinking…" line with rotating loading messages. */
    synchronized void loading(List<String> loadingMessages) {
        if (target.surface() == ReplyTarget.Surface.ASSISTANT) {
            setStatus("is thinking…", loadingMessages);
        }
    }

    @Override
    public synchronized void status(String status) {
        if (target.surface() != ReplyTarget.Surface.ASSISTANT || status == null || status.isBlank()
                || status.equals(lastStatus) || streamTs != null) {
            return;
        }
        lastStatus = status;
        setStatus(SlackText.truncate(status, 50), null);
    }

    @Override
    public synchronized void chunk(String mrkdwn) {
        if (!target.streams() || streamBroken || mrkdwn == null || mrkdwn.isEmpty()) {
            return;
        }
        streamed.append(mrkdwn);
        pending.append(defuse(SlackText.toMarkdown(mrkdwn)));
        if (streamTs != null && (appends >= MAX_APPENDS
                || (appends >= IMMEDIATE_APPENDS && pending.length() < BATCH_CHARS))) {
            return; // kept for a later batch, or for chat.stopStream
        }
        String text = pending.toString();
        pending.setLength(0);
        try {
            if (streamTs == null) {
                ChatStartStreamResponse r = api.call("chat.startStream", c -> c.chatStartStream(b -> b
                        .channel(target.channel()).threadTs(target.threadTs()).markdownText(text)
                        .recipientUserId(target.user()).recipientTeamId(target.teamId())));
                streamTs = r.getTs();
                if (streamTs == null) {
                    streamBroken = true;
                }
            } else {
                appends++;
                api.call("chat.appendStream", c -> c.chatAppendStream(b -> b
                        .channel(target.channel()).ts(streamTs).markdownText(text)));
            }
        } catch (SlackCallException e) {
            // Keep answering: finish() posts or replaces with the complete answer.
            streamBroken = true;
            log.warn("Streaming into {} stopped ({}); the full answer will be posted when ready", target.channel(), e.getMessage());
        }
    }

    /** Delivers the finished answer (closing the stream if one is open). */
    synchronized void finish(Answer answer) {
        if (streamTs == null) {
            post(renderer.render(answer));
            return;
        }
        boolean complete = !streamBroken && sameText(streamed.toString(), answer.narrative())
                && pending.length() <= MAX_STOP_CHARS;
        String ts = streamTs;
        String rest = complete && pending.length() > 0 ? pending.toString() : null;
        pending.setLength(0);
        try {
            api.call("chat.stopStream", c -> c.chatStopStream(b -> b
                    .channel(target.channel()).ts(ts).markdownText(rest).blocks(renderer.trailer(answer))));
        } catch (SlackCallException e) {
            log.warn("chat.stopStream failed in {} ({}); replacing the message with the full answer", target.channel(), e.getMessage());
            complete = false;
        }
        if (!complete) {
            SlackMessage full = renderer.render(answer);
            try {
                api.call("chat.update", c -> c.chatUpdate(b -> b
                        .channel(target.channel()).ts(ts).text(full.text()).blocks(full.blocks())));
            } catch (SlackCallException e) {
                post(full);
            }
        }
    }

    /** Ends the reply with a short mrkdwn note instead of an answer (a problem with the question, an apology). */
    synchronized void fail(String mrkdwn) {
        if (streamTs != null) {
            String ts = streamTs;
            String rest = pending.length() <= MAX_STOP_CHARS ? pending.toString() : "";
            pending.setLength(0);
            try {
                api.call("chat.stopStream", c -> c.chatStopStream(b -> b
                        .channel(target.channel()).ts(ts).markdownText(rest + "\n\n" + defuse(SlackText.toMarkdown(mrkdwn)))));
                return;
            } catch (SlackCallException e) {
                log.warn("chat.stopStream failed in {} ({}); posting the note separately", target.channel(), e.getMessage());
            }
        }
        post(new SlackMessage(mrkdwn, List.of(com.slack.api.model.block.SectionBlock.builder()
                .text(com.slack.api.model.block.composition.BlockCompositions.markdownText(mrkdwn)).build())));
    }

    private void post(SlackMessage m) {
        api.call("chat.postMessage", c -> c.chatPostMessage(b -> b
                .channel(target.channel()).threadTs(target.threadTs())
                .text(m.text()).blocks(m.blocks()).unfurlLinks(false).unfurlMedia(false)));
    }

    private void setStatus(String status, List<String> loadingMessages) {
        try {
            api.call("assistant.threads.setStatus", c -> c.assistantThreadsSetStatus(b -> b
                    .channelId(target.channel()).threadTs(target.threadTs()).status(status)
                    .loadingMessages(loadingMessages == null || loadingMessages.isEmpty() ? null : loadingMessages)));
        } catch (SlackCallException e) {
            log.debug("assistant.threads.setStatus failed in {} ({})", target.channel(), e.getMessage());
        }
    }

    /**
     * Streams take markdown, where mention syntax and links still work: break mentions so model text cannot
     * ping anyone, and turn any link whose label differs from its target into its label (the core has already
     * removed links to hosts the documents do not own; this holds even if it had not).
     */
    static String defuse(String text) {
        return LinkPolicy.withoutDisguisedLinks(text)
                .replace("<!", "<\u200B!").replace("<@", "<\u200B@").replace("<#", "<\u200B#");
    }

    private static boolean sameText(String streamed, String narrative) {
        if (narrative == null) {
            return false;
        }
        return streamed.replaceAll("\\s+", " ").strip().equals(narrative.replaceAll("\\s+", " ").strip());
    }
}
