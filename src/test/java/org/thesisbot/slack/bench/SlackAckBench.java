package org.thesisbot.slack.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.thesisbot.slack.testkit.ScriptedAssistant;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.slack.testkit.SlackHarness;
import org.thesisbot.slack.testkit.SlackRequestSigner;

/**
 * Ack latency of {@code POST /slack/events} on loopback (a harness, not a test; surefire skips bench/).
 * Open loop: requests are sent on a fixed schedule and latency is measured from the scheduled send time,
 * so a stall is not hidden by the sender waiting for it (no coordinated omission). While the signed
 * {@code app_mention}s are acked, the workers answer them and post to the fake Slack Web API.
 *
 * <pre>
 * mvn -q -B test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.thesisbot.slack.bench.SlackAckBench -Dexec.args="60 100"
 * </pre>
 * Arguments: seconds per phase (default 60), requests per second (default 100).
 */
public final class SlackAckBench {
    private SlackAckBench() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        ScriptedAssistant assistant = new ScriptedAssistant();
        try (SlackHarness h = SlackHarness.builder(assistant)
                .setting("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "1000000")
                .setting("THESISBOT_SLACK_QUEUE_CAPACITY", "100000").start()) {
            java.util.concurrent.ExecutorService clientThreads = Executors.newFixedThreadPool(16);
            HttpClient http = HttpClient.newBuilder().executor(clientThreads).build();
            SlackRequestSigner signer = new SlackRequestSigner(SlackHarness.SIGNING_SECRET);
            SlackFixtures f = h.fixtures();
            String command = h.settings().slack().command();

            // Warm-up: JIT, connection pool, Bolt's lazy start.
            run(http, signer, h.endpoint(), Math.min(10, seconds), rate, i -> event(f, i), "warm-up");
            Histogram mentions = run(http, signer, h.endpoint(), seconds, rate, i -> event(f, i), "app_mention acks");
            Histogram commands = run(http, signer, h.endpoint(), seconds, rate, i -> command(f, command, h, i), "/scenario numeric acks");

            System.out.printf("%nmachine: %d cores, %s %s, %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.vm.name"), System.getProperty("java.version"), System.getProperty("os.name"));
            report("app_mention ack", mentions);
            report("/scenario numeric ack", commands);
            System.out.printf("replies posted meanwhile: %d%n", h.slack().calls("chat.postMessage").size());
            clientThreads.shutdownNow();
        }
    }

    private static Request event(SlackFixtures f, int i) {
        String body = f.appMention("U" + i, "C" + (i % 50), "what stake would $50B buy?", f.nextTs(), null).toString();
        return new Request(body, "application/json");
    }

    private static Request command(SlackFixtures f, String command, SlackHarness h, int i) {
        return new Request(SlackEventsClient.form(f.slashCommand(command, "U" + i, "C" + (i % 50), "stake valuation=1000",
                h.slack().responseUrl("b" + i))), "application/x-www-form-urlencoded");
    }

    private record Request(String body, String contentType) {
    }

    private static Histogram run(HttpClient http, SlackRequestSigner signer, URI endpoint, int seconds, int rate,
                                 IntFunction<Request> next, String name) throws Exception {
        Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
        int total = seconds * rate;
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        AtomicInteger failures = new AtomicInteger();
        List<CompletableFuture<?>> inflight = new ArrayList<>(total);
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        for (int i = 0; i < total; i++) {
            long intended = start + i * intervalNanos;
            Request r = next.apply(i); // built ahead of time: only sending is on the clock
            CompletableFuture<Void> done = new CompletableFuture<>();
            inflight.add(done);
            scheduler.schedule(() -> {
                long ts = System.currentTimeMillis() / 1000;
                byte[] bytes = r.body().getBytes(StandardCharsets.UTF_8);
                HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", r.contentType())
                        .header("X-Slack-Request-Timestamp", String.valueOf(ts))
                        .header("X-Slack-Signature", signer.sign(ts, bytes))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
                http.sendAsync(req, HttpResponse.BodyHandlers.discarding()).whenComplete((resp, err) -> {
                    long latency = System.nanoTime() - intended;
                    synchronized (histogram) {
                        histogram.recordValue(Math.min(latency, histogram.getHighestTrackableValue()));
                    }
                    if (err != null || resp.statusCode() != 200) {
                        failures.incrementAndGet();
                    }
                    done.complete(null);
                });
            }, Math.max(0, intended - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
        CompletableFuture.allOf(inflight.toArray(CompletableFuture[]::new)).get(seconds + 60L, TimeUnit.SECONDS);
        scheduler.shutdown();
        System.out.printf("%s: %d requests, %d not 200%n", name, total, failures.get());
        return histogram;
    }

    private static void report(String name, Histogram h) {
        System.out.printf("%-24s n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms%n", name,
                h.getTotalCount(), ms(h.getValueAtPercentile(50)), ms(h.getValueAtPercentile(90)),
                ms(h.getValueAtPercentile(99)), ms(h.getValueAtPercentile(99.9)), ms(h.getMaxValue()));
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
