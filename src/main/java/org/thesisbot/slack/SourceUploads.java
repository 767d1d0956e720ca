package org.thesisbot.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.model.File;
import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.ButtonElement;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.core.grounding.SourceDocument;
import org.thesisbot.core.grounding.SourceLibrary;
import org.thesisbot.sources.DocumentFormat;
import org.thesisbot.sources.DocumentProblem;
import org.thesisbot.sources.Metadata;
import org.thesisbot.sources.SourceDesk;

/**
 * "Add this source": an admin shares a Markdown, text, HTML or PDF file with the bot in a DM. On an answer
 * worker (never the ack path) the bot reads the file's details ({@code files.info}), checks type and size,
 * downloads it with the bot token (only from Slack's own hosts), reads and checks it exactly as a file in
 * {@code documents/} would be, and replies with a preview (title, publisher, date, passage count, first
 * lines) and Confirm / Cancel buttons. Confirm writes the file (and, for HTML and PDF, its
 * {@code .meta.yaml} sidecar) into {@code documents/} and reloads; Cancel writes nothing. Anyone not in
 * {@code slack.admins} gets a clear refusal, and nothing is downloaded or written.
 *
 * <p>Metadata comes from the file (Markdown and text front matter), from "key: value" lines in the message
 * ({@code published: 2026-03-02}, {@code url: https://…}), or for HTML from the page's own meta tags; a
 * preview that still lacks a key says which and offers no Confirm button.
 */
final class SourceUploads {
    private static final Logger log = LoggerFactory.getLogger(SourceUploads.class);
    static final String CONFIRM_ACTION = "source_confirm";
    static final String CANCEL_ACTION = "source_cancel";
    /** "add this source", "please add these as sources", "add the file to the sources". */
    static final Pattern ADD = Pattern.compile("(?i)\\badd (?:this|these|the|it|that)?\\s*(?:file|files|doc|document|documents|pdf|source|sources)?\\b.{0,30}\\bsources?\\b|\\badd (?:this|these) (?:source|sources|file|document)\\b");
    private static final Pattern META_LINE = Pattern.compile("(?im)^\\s*(title|publisher|published|url)\\s*[:=]\\s*(.+?)\\s*$");
    private static final Duration PENDING_TTL = Duration.ofMinutes(30);
    private static final int MAX_PENDING = 20;
    private static final int PREVIEW_CHARS = 400;

    /** A checked file waiting for its uploader's Confirm. */
    private record Pending(String user, String fileName, byte[] content, String sidecar, String documentId, Instant expires) {
    }

    private final SlackApi api;
    private final SourceDesk desk;
    private final List<String> admins;
    private final HttpClient http;
    private final String botToken;
    private final String slackApiHost;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    SourceUploads(SlackApi api, SourceDesk desk, List<String> admins, String botToken, String slackApiUrl, Clock clock) {
        this.api = api;
        this.desk = desk;
        this.admins = List.copyOf(admins);
        this.botToken = botToken;
        this.slackApiHost = slackApiUrl == null ? "slack.com" : URI.create(slackApiUrl).getHost();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    static boolean asksToAdd(String text) {
        return text != null && ADD.matcher(text).find();
    }

    boolean isAdmin(String user) {
        return user != null && admins.contains(user);
    }

    /** The uploader's message: refuse, or fetch, check and preview each file. Runs on a worker. */
    void offer(String channel, String threadTs, String user, String text, List<String> fileIds) {
        if (!isAdmin(user)) {
            post(channel, threadTs, ":no_entry: Only the admins listed in `slack.admins` can add sources, so I haven't "
                    + "downloaded or saved anything. Ask an admin to add it, or ask me a question about the sources.");
            return;
        }
        if (desk == null) {
            post(channel, threadTs, "Adding sources from Slack is not available on this bot.");
            return;
        }
        if (fileIds.isEmpty()) {
            post(channel, threadTs, "I don't see a file on that message. Share a Markdown, text, HTML or PDF file with me "
                    + "and say \"add this source\".");
            return;
        }
        for (String id : fileIds.subList(0, Math.min(5, fileIds.size()))) {
            try {
                preview(channel, threadTs, user, text, id);
            } catch (DocumentProblem e) {
                post(channel, threadTs, ":warning: I can't add that file: " + SlackText.escape(e.getMessage()));
            } catch (RuntimeException e) {
                String errorId = ErrorIds.next();
                log.error("Adding a source failed [{}]", errorId, e);
                post(channel, threadTs, ErrorIds.apology(errorId));
            }
        }
    }

    private void preview(String channel, String threadTs, String user, String text, String fileId) {
        FilesInfoResponse info = api.call("files.info", c -> c.filesInfo(r -> r.file(fileId)));
        File f = info.getFile();
        String name = f == null || f.getName() == null ? "" : f.getName().replaceAll("[/\\\\]", "_");
        DocumentFormat format = DocumentFormat.of(name).orElseThrow(() -> new DocumentProblem("\"" + name
                + "\" is not a supported type (supported: " + DocumentFormat.supported() + ")"));
        long max = desk.reader().maxBytes();
        if (f.getSize() != null && f.getSize() > max) {
            throw new DocumentProblem("\"" + name + "\" is " + f.getSize() / 1024 + " KB, over the " + max / 1024
                    + " KB limit (sources.max_file_bytes)");
        }
        String url = f.getUrlPrivateDownload() != null ? f.getUrlPrivateDownload() : f.getUrlPrivate();
        byte[] content = download(url, max);
        Map<String, String> given = metaLines(text);
        String sidecar = null;
        byte[] toWrite = content;
        if (format.frontMatter()) {
            if (!given.isEmpty()) {
                toWrite = withFrontMatter(content, given, name);
            }
        } else {
            Map<String, String> meta = new LinkedHashMap<>(format == DocumentFormat.HTML ? fromHtml(content) : Map.of());
            meta.putAll(given);
            List<String> missing = Metadata.KEYS.stream().filter(k -> !meta.containsKey(k)).toList();
            if (!missing.isEmpty()) {
                throw new DocumentProblem("\"" + name + "\" needs " + String.join(", ", missing) + ". Share it again with "
                        + "those on lines of their own, e.g.\n```add this source\npublisher: Reuters\npublished: 2026-03-02\n"
                        + "url: https://www.reuters.com/…```");
            }
            sidecar = yaml(meta);
        }
        SourceDocument doc = desk.reader().read(name, toWrite, sidecar);
        int passages = SourceLibrary.of(List.of(doc)).passages().size();
        boolean replaces = Files.exists(desk.documentsDir().resolve(name));
        String token = token();
        prune();
        pending.put(token, new Pending(user, name, toWrite, sidecar, doc.id(), clock.instant().plus(PENDING_TTL)));
        StringBuilder sb = new StringBuilder("*Add this source?*\n")
                .append("*").append(SlackText.escape(doc.title())).append("*\n")
                .append(SlackText.escape(doc.publisher())).append(", ").append(doc.published()).append(" — ")
                .append(passages).append(passages == 1 ? " passage" : " passages").append(" — ")
                .append(SlackText.escape(doc.url())).append('\n')
                .append("> ").append(SlackText.escape(firstLines(doc))).append('\n')
                .append("_Will be saved as_ `").append(SlackText.escape(name)).append('`')
                .append(sidecar == null ? "" : " _with its metadata in_ `" + SlackText.escape(name) + ".meta.yaml`")
                .append(replaces ? ". :warning: _It replaces the document of that name._" : ".");
        List<LayoutBlock> blocks = List.of(
                SectionBlock.builder().text(markdownText(SlackText.truncate(sb.toString(), 2900))).build(),
                ActionsBlock.builder().elements(List.of(
                        ButtonElement.builder().actionId(CONFIRM_ACTION).text(plainText("Add to sources")).style("primary")
                                .value(token).build(),
                        ButtonElement.builder().actionId(CANCEL_ACTION).text(plainText("Cancel")).value(token).build()))
                        .build());
        api.call("chat.postMessage", c -> c.chatPostMessage(b -> b.channel(channel).threadTs(threadTs)
                .text("Add \"" + doc.title() + "\" to the sources?").blocks(blocks)));
    }

    /** Confirm: write the file (and sidecar) into documents/ and reload. Cancel: forget it. Runs on a worker. */
    void decide(String action, String token, String user, String channel, String threadTs) {
        Pending p = token == null ? null : pending.get(token);
        if (p == null || p.expires().isBefore(clock.instant())) {
            pending.remove(token == null ? "" : token);
            post(channel, threadTs, "That preview has expired or was already handled; share the file again to add it.");
            return;
        }
        if (!isAdmin(user) || !user.equals(p.user())) {
            post(channel, threadTs, ":no_entry: Only the admin who shared the file can confirm or cancel adding it.");
            return;
        }
        pending.remove(token);
        if (CANCEL_ACTION.equals(action)) {
            post(channel, threadTs, "Cancelled: nothing was written.");
            return;
        }
        Path dir = desk.documentsDir();
        Path file = dir.resolve(p.fileName());
        Path meta = dir.resolve(p.fileName() + DocumentFormat.SIDECAR_SUFFIX);
        try {
            if (p.sidecar() != null) {
                write(meta, p.sidecar().getBytes(StandardCharsets.UTF_8));
            }
            write(file, p.content());
        } catch (IOException e) {
            String errorId = ErrorIds.next();
            log.error("Writing a source failed [{}] file={}", errorId, file, e);
            post(channel, threadTs, ErrorIds.apology(errorId));
            return;
        }
        log.info("source added from Slack by {}: {}", user, file.getFileName());
        SourceDesk.Reloaded r = desk.reload("added from Slack by " + user + ": " + p.fileName());
        if (r.ok()) {
            post(channel, threadTs, ":white_check_mark: Added `" + SlackText.escape(p.fileName()) + "`; now serving "
                    + r.documents() + " documents, " + r.passages() + " passages.");
        } else {
            post(channel, threadTs, ":warning: I saved `" + SlackText.escape(p.fileName()) + "` but the reload was refused, so "
                    + "the previous sources keep serving:\n" + SlackText.escape(String.join("\n", r.problems())));
        }
    }

    private byte[] download(String url, long max) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url);
        } catch (IllegalArgumentException e) {
            throw new DocumentProblem("Slack gave no download address for that file");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        boolean slackHost = host.equals("slack.com") || host.endsWith(".slack.com") || host.equals(slackApiHost);
        if (!slackHost || !(uri.getScheme() != null && uri.getScheme().startsWith("http"))) {
            // the bot token goes only to Slack
            throw new DocumentProblem("the file's download address is not on Slack, so I won't send it the bot token");
        }
        HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + botToken).GET().build();
        try {
            HttpResponse<InputStream> res = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = res.body()) {
                if (res.statusCode() != 200) {
                    throw new DocumentProblem("Slack refused the download (HTTP " + res.statusCode() + "); check the "
                            + "app has the files:read scope");
                }
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
                if (bytes.length > max) {
                    throw new DocumentProblem("the file is over the " + max / 1024 + " KB limit (sources.max_file_bytes)");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new DocumentProblem("the download from Slack failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentProblem("the download was interrupted");
        }
    }

    /** "published: 2026-03-02" lines of the message; Slack's <url|label> and <url> forms unwrapped. */
    static Map<String, String> metaLines(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        Matcher m = META_LINE.matcher(text);
        while (m.find()) {
            String v = m.group(2).replaceAll("^<([^|>]+)(?:\\|[^>]*)?>$", "$1").strip();
            out.put(m.group(1).toLowerCase(Locale.ROOT), v);
        }
        return out;
    }

    /** The page's own title, site name, publication date and canonical address, where it states them. */
    static Map<String, String> fromHtml(byte[] content) {
        Map<String, String> out = new LinkedHashMap<>();
        Document d = Jsoup.parse(new String(content, StandardCharsets.UTF_8));
        put(out, "title", attr(d, "meta[property=og:title]", "content"));
        if (!out.containsKey("title") && !d.title().isBlank()) {
            out.put("title", d.title().strip());
        }
        put(out, "publisher", attr(d, "meta[property=og:site_name]", "content"));
        String date = attr(d, "meta[property=article:published_time]", "content");
        if (date != null && date.length() >= 10) {
            try {
                out.put("published", LocalDate.parse(date.substring(0, 10)).toString());
            } catch (DateTimeParseException e) {
                // not a date: the admin gives it in the message
            }
        }
        put(out, "url", attr(d, "link[rel=canonical]", "href"));
        put(out, "url", attr(d, "meta[property=og:url]", "content"));
        return out;
    }

    private static String attr(Document d, String css, String attr) {
        Element e = d.selectFirst(css);
        return e == null ? null : e.attr(attr);
    }

    private static void put(Map<String, String> out, String key, String value) {
        if (value != null && !value.isBlank() && !out.containsKey(key)) {
            out.put(key, value.strip());
        }
    }

    private static String yaml(Map<String, String> meta) {
        StringBuilder sb = new StringBuilder();
        for (String k : Metadata.KEYS) {
            sb.append(k).append(": ").append(k.equals("published") ? meta.get(k) : quote(meta.get(k))).append('\n');
        }
        return sb.toString();
    }

    /** Markdown or text without complete front matter: the message's metadata lines become its front matter. */
    private static byte[] withFrontMatter(byte[] content, Map<String, String> given, String name) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("---")) {
            return content; // the file has its own front matter: it is the source of truth
        }
        List<String> missing = Metadata.KEYS.stream().filter(k -> !given.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new DocumentProblem("\"" + name + "\" has no front matter and the message lacks " + String.join(", ", missing));
        }
        return ("---\n" + yaml(given) + "---\n" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String firstLines(SourceDocument d) {
        String joined = String.join(" ", d.paragraphs().subList(0, Math.min(2, d.paragraphs().size())));
        return joined.length() <= PREVIEW_CHARS ? joined : joined.substring(0, PREVIEW_CHARS) + "…";
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void prune() {
        Instant now = clock.instant();
        pending.entrySet().removeIf(e -> e.getValue().expires().isBefore(now));
        while (pending.size() >= MAX_PENDING) {
            pending.keySet().stream().findFirst().ifPresent(pending::remove);
        }
    }

    private String token() {
        byte[] b = new byte[12];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private void post(String channel, String threadTs, String mrkdwn) {
        try {
            api.call("chat.postMessage", c -> c.chatPostMessage(b -> b.channel(channel).threadTs(threadTs).text(mrkdwn)));
        } catch (RuntimeException e) {
            log.error("Could not reply about a source upload", e);
        }
    }
}
