package org.thesisbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.slack.testkit.SlackRequestSigner;

/**
 * The load generator of {@code bench/run.sh} (a harness, not a test: surefire skips {@code bench} packages).
 *
 * <p>It starts a local fake Slack Web API ({@link LeanSlackApi}), writes its URL to {@code --fake-url-file} (the script hands it to
 * the target as {@code SLACK_API_URL}), waits until the target answers HTTP, then runs each {@code --phase}:
 * signed Slack requests at a fixed rate, <b>open loop</b>. Request {@code i} is due at
 * {@code start + i / rate}; its latency is measured from that scheduled time, not from when it actually left,
 * so a stall anywhere (target, network stack, or this sender) shows in the figures instead of silently delaying
 * the requests behind it (no coordinated omission). Each event comes from a distinct user in its own thread.
 *
 * <p>Measured per phase: ack latency (until the full HTTP response is read) in an HdrHistogram; errors
 * (non-2xx, exceptions, no response); and with {@code --replies}, end-to-end latency (scheduled send to the
 * reply's arrival at the fake), events with no reply after {@code --grace-seconds}, and duplicate replies.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.thesisbot.bench.LoadGenerator \
 *     --target thesisbot --url http://127.0.0.1:3000 --ready-path /health --fake-url-file /tmp/fake.url \
 *     --replies --phase warmup:mention-numeric:50:10 --phase e2e:mention-numeric:50:60 --out /tmp/thesisbot.json
 * </pre>
 * The signing secret comes from {@code SLACK_SIGNING_SECRET}; {@code api-numeric} phases send
 * {@code THESISBOT_API_TOKEN} as a bearer token.
 *
 * <p>Several replicas: {@code --url} given more than once spreads requests over them in turn, as a load balancer
 * would. {@code --failover} makes it behave like Slack behind that load balancer when a replica restarts: a Slack
 * request refused (no connection, or a 5xx such as a draining replica's 503 before its ack) is delivered again
 * to the next replica with {@code X-Slack-Retry-Num}, up to {@value #MAX_ATTEMPTS} attempts; the phase counts
 * those retries ({@code failover_retries}) and only a request no replica acked is an error.
 *
 * <p>{@code --stop-file PATH} ends a phase early, once that file exists (the script is done with it, e.g. its
 * restarts): every request sent until then is still awaited and counted.
 *
 * <p>{@code --start-at <epoch ms>} holds the first phase until that moment, so several load generators (one per
 * target, run at once) send the same schedule at the same time and share whatever else the machine is doing.
 */
public final class LoadGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int MAX_ATTEMPTS = 8;

    private final Options options;
    private final HttpClient http;
    private final SlackRequestSigner signer;
    private final ReplyTracker tracker;
    private final LeanSlackApi fake;
    private final SlackFixtures fixtures = new SlackFixtures();
    private final Questions questions = new Questions(42);
    private final AtomicInteger users = new AtomicInteger();

    private LoadGenerator(Options options, HttpClient http, ReplyTracker tracker, LeanSlackApi fake) {
        this.options = options;
        this.http = http;
        this.signer = new SlackRequestSigner(options.signingSecret());
        this.tracker = tracker;
        this.fake = fake;
    }

    /** Command-line options. */
    record Options(String target, List<URI> bases, String readyPath, Path fakeUrlFile, Path out, List<Phase> phases,
                   boolean replies, Duration grace, Duration readyTimeout, String signingSecret, String apiToken,
                   boolean failover, long startAtMillis, Path stopFile) {
        URI base() {
            return bases.get(0);
        }

        static Options parse(String[] args) {
            String target = "target";
            List<URI> bases = new ArrayList<>();
            boolean failover = false;
            long startAt = 0;
            Path stopFile = null;
            String readyPath = "/";
            Path fakeUrlFile = null;
            Path out = null;
            List<Phase> phases = new ArrayList<>();
            boolean replies = false;
            int grace = 10;
            int readyTimeout = 180;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--target" -> target = args[++i];
                    case "--url" -> bases.add(URI.create(args[++i]));
                    case "--failover" -> failover = true;
                    case "--start-at" -> startAt = Long.parseLong(args[++i]);
                    case "--stop-file" -> stopFile = Path.of(args[++i]);
                    case "--ready-path" -> readyPath = args[++i];
                    case "--fake-url-file" -> fakeUrlFile = Path.of(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--phase" -> phases.add(Phase.parse(args[++i]));
                    case "--replies" -> replies = true;
                    case "--grace-seconds" -> grace = Integer.parseInt(args[++i]);
                    case "--ready-timeout-seconds" -> readyTimeout = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            String secret = System.getenv("SLACK_SIGNING_SECRET");
            if (bases.isEmpty() || out == null || phases.isEmpty() || secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("need --url, --out, at least one --phase, and SLACK_SIGNING_SECRET");
            }
            return new Options(target, List.copyOf(bases), readyPath, fakeUrlFile, out, List.copyOf(phases), replies,
                    Duration.ofSeconds(grace), Duration.ofSeconds(readyTimeout), secret, System.getenv("THESISBOT_API_TOKEN"),
                    failover, startAt, stopFile);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("loadgen: " + e.getMessage());
            System.exit(2);
            return;
        }
        ReplyTracker tracker = new ReplyTracker();
        try (LeanSlackApi fake = new LeanSlackApi(0, tracker)) {
            if (options.fakeUrlFile() != null) {
                Path tmp = options.fakeUrlFile().resolveSibling(options.fakeUrlFile().getFileName() + ".tmp");
                Files.writeString(tmp, fake.apiUrl());
                Files.move(tmp, options.fakeUrlFile(), StandardCopyOption.ATOMIC_MOVE);
            }
            // Completions run on the client's selector thread (a direct executor): one thread hop fewer between
            // the response arriving and its time being taken, so less of the client's own jitter in the figures.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(Runnable::run).build();
            LoadGenerator gen = new LoadGenerator(options, http, tracker, fake);
            gen.awaitReady();
            long wait = options.startAtMillis() - System.currentTimeMillis();
            if (options.startAtMillis() > 0) {
                System.out.printf("loadgen[%s]: %s%n", options.target(), wait > 0 ? "starting in " + wait + " ms, with the others"
                        : "ready " + -wait + " ms after the common start: starting now (its schedule is late by that much)");
                if (wait > 0) {
                    Thread.sleep(wait);
                }
            }
            List<PhaseStats> results = new ArrayList<>();
            for (Phase phase : options.phases()) {
                results.add(gen.run(phase));
            }
            gen.write(results);
        }
    }

    private void awaitReady() throws InterruptedException {
        for (URI base : options.bases()) {
            awaitReady(base);
        }
    }

    private void awaitReady(URI base) throws InterruptedException {
        URI uri = base.resolve(options.readyPath());
        long deadline = System.nanoTime() + options.readyTimeout().toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                System.out.printf("loadgen[%s]: target up at %s%n", options.target(), base);
                return; // any HTTP status: the server is listening
            } catch (IOException e) {
                last = e.toString();
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("target " + options.target() + " did not answer at " + uri + " within "
                + options.readyTimeout().toSeconds() + " s (" + last + ")");
    }

    /** One request, built before its send time so only sending is on the clock. */
    private record Shot(String path, byte[] body, String contentType, boolean slack, String channel, String ts,
                        String kind) {
    }

    private Shot shot(Phase.Workload workload, int i) {
        int user = users.incrementAndGet();
        String channel = "CBENCH" + (user % 50);
        return switch (workload) {
            case MENTION_NUMERIC, MENTION_MIXED, MENTION_NARRATIVE -> {
                boolean narrative = workload == Phase.Workload.MENTION_NARRATIVE
                        || (workload == Phase.Workload.MENTION_MIXED && i % 2 == 1);
                String ts = fixtures.nextTs();
                String text = narrative ? questions.narrative() : questions.numeric();
                byte[] body = fixtures.appMention("UB" + user, channel, text, ts, null).toString()
                        .getBytes(StandardCharsets.UTF_8);
                yield new Shot("/slack/events", body, "application/json", true, channel, ts,
                        narrative ? "narrative" : "numeric");
            }
            case SLASH_NUMERIC -> new Shot("/slack/events", SlackEventsClient.form(fixtures.slashCommand("/scenario",
                    "UB" + user, channel, questions.command(), fake.responseUrl("cmd" + user)))
                    .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", true, null, null, "numeric");
            case API_NUMERIC -> new Shot("/api/ask", JSON.createObjectNode().put("question", questions.numeric())
                    .toString().getBytes(StandardCharsets.UTF_8), "application/json", false, null, null, "numeric");
            case FOLLOWUP_NUMERIC -> throw new IllegalArgumentException("follow-ups are RoundsLoadGenerator's (bench/state.sh)");
        };
    }

    private HttpRequest request(Shot s, int replica, int attempt) {
        URI base = options.bases().get(Math.floorMod(replica, options.bases().size()));
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(s.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", s.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(s.body()));
        if (s.slack()) {
            long ts = System.currentTimeMillis() / 1000;
            b.header("X-Slack-Request-Timestamp", String.valueOf(ts)).header("X-Slack-Signature", signer.sign(ts, s.body()));
            if (attempt > 0) {
                b.header("X-Slack-Retry-Num", String.valueOf(attempt)).header("X-Slack-Retry-Reason", "http_error");
            }
        } else if (options.apiToken() != null) {
            b.header("Authorization", "Bearer " + options.apiToken());
        }
        return b.build();
    }

    PhaseStats run(Phase phase) throws InterruptedException {
        PhaseStats stats = new PhaseStats(options.target(), phase);
        int total = phase.total();
        List<Shot> shots = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            shots.add(shot(phase.workload(), i));
        }
        boolean expectReplies = options.replies() && shots.get(0).ts() != null;
        boolean numeric = phase.workload() == Phase.Workload.SLASH_NUMERIC || phase.workload() == Phase.Workload.API_NUMERIC;
        CountDownLatch done = new CountDownLatch(total);
        CpuMeter cpu = new CpuMeter(null, 100);
        double intervalNanos = 1e9 / phase.rate();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        int sentCount = 0;
        for (int i = 0; i < total; i++) {
            long intended = start + Math.round(i * intervalNanos);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (options.stopFile() != null && i % 10 == 0 && Files.exists(options.stopFile())) {
                System.out.printf("loadgen[%s]: %s exists: phase %s stopped after %d of %d requests%n", options.target(),
                        options.stopFile(), phase.name(), i, total);
                break;
            }
            sentCount++;
            stats.sendLag.record(System.nanoTime() - intended);
            Shot s = shots.get(i);
            if (expectReplies) {
                tracker.expect(s.channel(), s.ts(), s.ts(), intended, s.kind(), stats);
            }
            stats.sent.incrementAndGet();
            send(s, i, 0, intended, stats, numeric, done);
        }
        for (int unsent = total - sentCount; unsent > 0; unsent--) {
            done.countDown();
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            for (long n = done.getCount(); n > 0; n--) {
                stats.error("no response within 60 s after the phase");
            }
        }
        if (expectReplies) {
            awaitReplies(stats);
        }
        stats.cpu(cpu.stop(), -1);
        print(stats);
        return stats;
    }

    /** Sends one request (attempt 0) or a failover retry of it to the next replica; counts down {@code done} once. */
    private void send(Shot s, int i, int attempt, long intended, PhaseStats stats, boolean numeric, CountDownLatch done) {
        http.sendAsync(request(s, i + attempt, attempt), HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
            boolean refused = err != null || resp.statusCode() / 100 == 5;
            if (refused && options.failover() && s.slack() && attempt + 1 < MAX_ATTEMPTS) {
                stats.failoverRetries.incrementAndGet();
                // the next replica, after a short pause (a restarting replica is refusing connections)
                CompletableFuture.delayedExecutor(50L * (attempt + 1), TimeUnit.MILLISECONDS)
                        .execute(() -> send(s, i, attempt + 1, intended, stats, numeric, done));
                return;
            }
            stats.ack.record(System.nanoTime() - intended);
            if (err != null) {
                stats.error(err.toString());
            } else if (resp.statusCode() / 100 != 2) {
                stats.error("HTTP " + resp.statusCode() + " " + snippet(resp.body()));
            } else if (numeric && resp.body().contains("`")) {
                stats.withFormula.incrementAndGet();
            }
            done.countDown();
        });
    }

    /** Waits until every event of the phase has its reply, or the grace period has passed. */
    private void awaitReplies(PhaseStats stats) throws InterruptedException {
        long deadline = System.nanoTime() + options.grace().toNanos();
        while (stats.missing() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private void print(PhaseStats s) {
        StringBuilder line = new StringBuilder(String.format("loadgen[%s] %-16s %-16s %4d/s x %3d s: sent=%d errors=%d "
                        + "ack p50=%.2f p99=%.2f p99.9=%.2f max=%.2f ms", options.target(), s.phase.name(),
                s.phase.workload().wireName(), s.phase.rate(), s.phase.seconds(), s.sent.get(), s.errors.get(),
                s.ack.ms(50), s.ack.ms(99), s.ack.ms(99.9), s.ack.ms(100)));
        if (s.expected.get() > 0) {
            line.append(String.format(" | e2e p50=%.2f p99=%.2f max=%.2f ms missing=%d duplicates=%d",
                    s.e2eAll().ms(50), s.e2eAll().ms(99), s.e2eAll().ms(100), s.missing(), s.duplicates.get()));
        }
        System.out.println(line);
    }

    private void write(List<PhaseStats> results) throws IOException {
        ObjectNode root = JSON.createObjectNode().put("target", options.target()).put("url", options.bases().toString())
                .put("finished_utc", Instant.now().toString()).put("replies_expected", options.replies());
        ArrayNode phases = root.putArray("phases");
        results.forEach(r -> phases.add(r.json()));
        ObjectNode calls = root.putObject("fake_slack_calls");
        fake.methods().forEach(calls::put);
        root.put("unmatched_replies", tracker.unmatched());
        root.putObject("load_generator").put("http_client", "java.net.http.HttpClient, HTTP/1.1 keep-alive, "
                        + "completions on the selector thread").put("schedule", "open loop, latency from the scheduled send time")
                .put("grace_seconds", options.grace().toSeconds());
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        JSON.writeValue(options.out().toFile(), root);
    }

    private static String snippet(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
