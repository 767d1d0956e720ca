package org.thesisbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ImageBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.SlackFileObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.charts.ChartRenderer;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Grid;

/**
 * Puts an answer's charts into Slack with the current upload flow: {@code files.getUploadURLExternal} (name,
 * length, alt text), the bytes POSTed to the returned URL, then {@code files.completeUploadExternal}. A grid
 * too large for one Slack table also goes up in full as a CSV file. Runs on the answer workers, after the answer
 * itself is posted, and never throws: a chart that cannot be uploaded costs a short note, never the answer.
 *
 * <ul>
 *   <li>In a thread: each file is shared into the thread ({@code channel_id} + {@code thread_ts}).</li>
 *   <li>A slash command's private answer: the chart is uploaded without a channel (only the bot can see it) and
 *       shown to the user alone with {@code chat.postEphemeral} as an image block naming the file; Slack processes
 *       uploads asynchronously, so a refusal of the fresh file is retried briefly. Where that cannot work (the bot
 *       is not in the channel) the user is told that "Share in channel" posts the chart.</li>
 * </ul>
 */
final class ChartUploads {
    private static final Logger log = LoggerFactory.getLogger(ChartUploads.class);
    private static final int MAX_ALT = 1000;

    private final SlackApi api;
    private final ChartRenderer renderer;
    private final SlackApi.Sleeper sleeper;

    ChartUploads(SlackApi api, ChartRenderer renderer, SlackApi.Sleeper sleeper) {
        this.api = api;
        this.renderer = renderer;
        this.sleeper = sleeper;
    }

    /** Uploads the answer's charts (and a summarised grid's CSV) into the thread. */
    void inThread(String channel, String threadTs, Answer answer) {
        if (answer.charts().isEmpty()) {
            return;
        }
        try {
            for (Chart chart : answer.charts()) {
                byte[] png = renderer.render(chart).png();
                upload(chart.fileName(), png, "image/png", chart.alt(), chart.title(), channel, threadTs);
            }
            if (AnswerRenderer.gridSummarised(answer)) {
                Grid g = answer.results().get(0).grid();
                byte[] csv = GridCsv.of(g).getBytes(StandardCharsets.UTF_8);
                upload(g.metric() + "-grid.csv", csv, "text/csv", null, "Full grid: " + g.label() + " (" + g.scenario()
                        + " case)", channel, threadTs);
            }
        } catch (SlackCallException e) {
            note(channel, threadTs, e);
        } catch (RuntimeException e) {
            String id = ErrorIds.next();
            log.error("Drawing or uploading a chart failed [{}] channel={}", id, channel, e);
        }
    }

    /**
     * Shows the answer's charts to {@code user} alone in {@code channel}. Returns false when Slack would not let
     * the bot show them privately (the caller then says that sharing posts them).
     */
    boolean ephemeral(String channel, String user, Answer answer) {
        if (answer.charts().isEmpty()) {
            return true;
        }
        try {
            List<LayoutBlock> blocks = new ArrayList<>();
            for (Chart chart : answer.charts()) {
                byte[] png = renderer.render(chart).png();
                String fileId = upload(chart.fileName(), png, "image/png", chart.alt(), chart.title(), null, null);
                blocks.add(ImageBlock.builder().slackFile(SlackFileObject.builder().id(fileId).build())
                        .altText(SlackText.truncate(chart.alt(), 2000)).title(plainText(SlackText.truncate(chart.title(), 2000)))
                        .build());
            }
            blocks.add(ContextBlock.builder().elements(List.of(markdownText(
                    "Only you can see this chart. *Share in channel* posts the answer with the chart in a thread."))).build());
            String text = answer.charts().get(0).title();
            for (int attempt = 1; ; attempt++) {
                try {
                    api.call("chat.postEphemeral", c -> c.chatPostEphemeral(b -> b.channel(channel).user(user)
                            .text(SlackText.truncate(text, 3000)).blocks(blocks)));
                    return true;
                } catch (SlackCallException e) {
                    if ("invalid_blocks".equals(e.error()) && attempt < 3) {
                        pause(Duration.ofSeconds(attempt)); // the upload may still be processing
                        continue;
                    }
                    throw e;
                }
            }
        } catch (SlackCallException e) {
            log.info("Could not show a chart privately in {} ({}); the user is pointed to Share", channel, e.error());
            return false;
        } catch (RuntimeException e) {
            log.error("Drawing or uploading a chart failed [{}] channel={}", ErrorIds.next(), channel, e);
            return false;
        }
    }

    /** The three steps of Slack's upload flow; returns the file id. */
    private String upload(String fileName, byte[] bytes, String contentType, String alt, String title, String channel,
                          String threadTs) {
        FilesGetUploadURLExternalResponse url = api.call("files.getUploadURLExternal", c -> c.filesGetUploadURLExternal(b -> b
                .filename(fileName).length(bytes.length).altTxt(alt == null ? null : SlackText.truncate(alt, MAX_ALT))));
        if (url.getUploadUrl() == null || url.getFileId() == null) {
            throw new SlackCallException("files.getUploadURLExternal", "no upload_url or file_id in the reply", null);
        }
        api.upload(url.getUploadUrl(), bytes, contentType);
        FilesCompleteUploadExternalRequest.FileDetails details = FilesCompleteUploadExternalRequest.FileDetails.builder()
                .id(url.getFileId()).title(SlackText.truncate(title, 250)).build();
        api.call("files.completeUploadExternal", c -> c.filesCompleteUploadExternal(b -> b
                .files(List.of(details)).channelId(channel).threadTs(threadTs)));
        return url.getFileId();
    }

    private void note(String channel, String threadTs, SlackCallException e) {
        String why = "missing_scope".equals(e.error()) || "not_allowed_token_type".equals(e.error())
                ? "the app lacks the `files:write` scope: reinstall it with the manifest in config/slack-manifest.yaml"
                : "Slack refused the upload (" + SlackText.escape(e.error()) + ")";
        log.warn("Chart upload failed in {}: {}", channel, e.getMessage());
        try {
            api.call("chat.postMessage", c -> c.chatPostMessage(b -> b.channel(channel).threadTs(threadTs)
                    .text(":warning: I couldn't attach the chart: " + why + ". The numbers above are complete.")));
        } catch (SlackCallException again) {
            log.warn("Could not post the chart note in {} ({})", channel, again.getMessage());
        }
    }

    private void pause(Duration d) {
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
