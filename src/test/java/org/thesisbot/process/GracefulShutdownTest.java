package org.thesisbot.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.thesisbot.llm.FakeOpenAiServer;
import org.thesisbot.slack.testkit.FakeSlackWebApi;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.slack.testkit.SlackHarness;

/**
 * Issue 10, item 5, with a real SIGTERM to a real process. Before: questions in flight on the API got a
 * closed connection, events kept being acked during shutdown and none was answered, and 6 of 12 queued
 * questions were lost. Now: after the signal, new events get 503 (not acked, so Slack delivers them again),
 * every event acked before it gets exactly one reply (its answer, or "restarting, ask again"), the API
 * question in flight gets its answer, and the process exits 0 within server.drain_seconds.
 */
class GracefulShutdownTest {
    private static final String API_TOKEN = "process-test-api-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void sigterm_stops_acking_answers_everything_acked_and_exits_zero_within_the_drain_time() throws Exception {
        int drainSeconds = 8;
        try (FakeSlackWebApi slack = new FakeSlackWebApi();
             FakeOpenAiServer llm = new FakeOpenAiServer();
             BotProcess bot = new BotProcess()) {
            // a slow model: about 3 s per answer, so 2 workers cannot finish 8 narrative questions in the drain time
            llm.always(new FakeOpenAiServer.SlowStream(Arrays.asList("Amazon ", "would ", "gain ", "a ", "second ",
                    "frontier-model ", "partner ", "[1]."), 400));
            bot.env("SLACK_BOT_TOKEN", SlackHarness.BOT_TOKEN).env("SLACK_SIGNING_SECRET", SlackHarness.SIGNING_SECRET)
                    .env("SLACK_API_URL", slack.apiUrl()).env("OPENAI_API_KEY", "sk-process-test")
                    .env("THESISBOT_LLM_BASE_URL", llm.baseUrl()).env("THESISBOT_LLM_DEADLINE_SECONDS", "30")
                    .env("THESISBOT_API_TOKEN", API_TOKEN).env("THESISBOT_SLACK_WORKERS", "2")
                    .env("THESISBOT_SERVER_DRAIN_SECONDS", String.valueOf(drainSeconds))
                    .env("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "100").start();
            SlackEventsClient events = new SlackEventsClient(URI.create(bot.url("/slack/events")), SlackHarness.SIGNING_SECRET);
            SlackFixtures f = new SlackFixtures();

            Map<String, String> acked = new LinkedHashMap<>(); // channel -> thread_ts of every acked question
            for (int i = 0; i < 10; i++) {
                String channel = "C0Q" + i;
                String ts = f.nextTs();
                String q = i % 5 == 4 ? "what stake would $50B buy at $830B?" : "why would Amazon invest in OpenAI?";
                assertEquals(200, events.event(f.appMention("U0ASKER" + i, channel, q, ts, null)).statusCode());
                acked.put(channel, ts);
            }
            CompletableFuture<HttpResponse<String>> apiInFlight = HTTP.sendAsync(HttpRequest.newBuilder(
                    URI.create(bot.url("/api/ask"))).header("Authorization", "Bearer " + API_TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"Why would Amazon invest in OpenAI?\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);

            long signalled = System.nanoTime();
            bot.sigterm();
            // events keep coming; until the handler flips the gate (a few ms) they are still acked, then 503
            List<Integer> after = new ArrayList<>();
            for (int i = 0; i < 200 && !after.contains(503); i++) {
                String channel = "C0LATE" + i;
                String ts = f.nextTs();
                int status = events.event(f.appMention("U0LATE", channel, "what stake?", ts, null)).statusCode();
                after.add(status);
                if (status == 200) {
                    acked.put(channel, ts);
                }
                Thread.sleep(5);
            }
            assertTrue(after.contains(503), "new events are refused before the ack during the drain: " + after);
            assertEquals(503, events.event(f.appMention("U0LATE", "C0REFUSED", "what stake?", f.nextTs(), null)).statusCode());
            HttpResponse<String> ready = HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/ready"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, ready.statusCode(), ready.body());
            HttpResponse<String> newApi = HTTP.send(HttpRequest.newBuilder(URI.create(bot.url("/api/ask")))
                    .header("Authorization", "Bearer " + API_TOKEN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"what stake?\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, newApi.statusCode());
            assertEquals("5", newApi.headers().firstValue("Retry-After").orElse(null));

            int exit = bot.awaitExit(Duration.ofSeconds(drainSeconds + 10));
            long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
            assertEquals(0, exit, "exit status 0 after a drain; output:\n" + bot.output());
            assertTrue(tookMs < (drainSeconds + 3) * 1000L, "exited " + tookMs + " ms after SIGTERM");

            assertEquals(200, apiInFlight.get(5, TimeUnit.SECONDS).statusCode(), "the API question in flight was answered");
            for (Map.Entry<String, String> q : acked.entrySet()) {
                List<ApiCall> replies = slack.calls("chat.postMessage").stream()
                        .filter(c -> q.getKey().equals(c.param("channel")) && q.getValue().equals(c.param("thread_ts")))
                        .toList();
                assertEquals(1, replies.size(), "one reply to the acked question in " + q.getKey() + "; output:\n" + bot.output());
            }
            assertEquals(0, slack.calls("chat.postMessage").stream().filter(c -> "C0REFUSED".equals(c.param("channel")))
                    .count(), "a refused event is not answered (Slack will deliver it again)");
            String out = bot.output();
            assertTrue(out.contains("SIGTERM received: draining"), out);
            assertTrue(out.contains("shutdown: drained in") || out.contains("Slack questions had not started"), out);
        }
    }
}
