package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slack.api.Slack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.FakeSlackWebApi;
import org.thesisbot.slack.testkit.FakeSlackWebApi.Scripted;
import org.thesisbot.slack.testkit.RecordingTelemetry;

class SlackApiTest {
    private final FakeSlackWebApi fake = new FakeSlackWebApi();
    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Slack slack;
    private final SlackApi api;

    SlackApiTest() {
        slack = Slack.getInstance(SlackModule.slackConfig(fake.apiUrl()));
        api = new SlackApi(slack, "xoxb-test-" + java.util.UUID.randomUUID(), telemetry, waits::add);
    }

    @AfterEach
    void stop() throws Exception {
        fake.close();
        slack.close();
    }

    private void post() {
        api.call("chat.postMessage", c -> c.chatPostMessage(b -> b.channel("C1").text("hi")));
    }

    @Test
    void waits_exactly_as_long_as_retry_after_says_then_succeeds() {
        fake.script("chat.postMessage", Scripted.rateLimited(7), Scripted.rateLimited(2));
        post();

        assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(2)), waits);
        assertEquals(3, fake.calls("chat.postMessage").size());
        assertEquals(2, telemetry.count("thesisbot.slack.api.ratelimited"));
        assertEquals(0, telemetry.count("thesisbot.slack.api.errors", "method", "chat.postMessage"));
    }

    @Test
    void caps_an_absurd_retry_after_and_gives_up_after_four_attempts() {
        fake.script("chat.postMessage", Scripted.rateLimited(3600), Scripted.rateLimited(3600),
                Scripted.rateLimited(3600), Scripted.rateLimited(3600));
        SlackCallException e = assertThrows(SlackCallException.class, this::post);

        assertEquals("ratelimited", e.error());
        assertEquals(List.of(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60)), waits);
        assertEquals(1, telemetry.count("thesisbot.slack.api.errors", "method", "chat.postMessage"));
    }

    @Test
    void retries_slacks_edge_being_unavailable_with_backoff() {
        fake.script("chat.postMessage", new Scripted(503, Map.of(), "down"), new Scripted(502, Map.of(), "down"));
        post();
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2)), waits);
        assertEquals(3, fake.calls("chat.postMessage").size());
    }

    @Test
    void a_slack_error_is_not_retried_and_is_counted_by_method() {
        fake.script("chat.postMessage", Scripted.error("channel_not_found"));
        SlackCallException e = assertThrows(SlackCallException.class, this::post);

        assertEquals("channel_not_found", e.error());
        assertEquals("chat.postMessage", e.method());
        assertEquals(1, fake.calls("chat.postMessage").size());
        assertEquals(List.of(), waits);
        assertEquals(1, telemetry.count("thesisbot.slack.api.errors", "method", "chat.postMessage"));
    }

    @Test
    void response_urls_honour_retry_after_too() {
        fake.script("response_url", Scripted.rateLimited(3));
        api.respond(fake.responseUrl("r"), "{\"text\":\"hi\"}");
        assertEquals(List.of(Duration.ofSeconds(3)), waits);
        assertEquals(2, fake.calls("response_url").size());
    }

    @Test
    void calls_go_straight_to_the_method_without_a_hidden_auth_test() {
        post();
        assertEquals(List.of("chat.postMessage"), fake.calls().stream().map(FakeSlackWebApi.ApiCall::method).toList());
    }

    @Test
    void retry_after_parsing_is_defensive() {
        assertEquals(Duration.ofSeconds(1), SlackApi.retryAfter(null));
        assertEquals(Duration.ofSeconds(1), SlackApi.retryAfter("soon"));
        assertEquals(Duration.ofSeconds(1), SlackApi.retryAfter("0"));
        assertEquals(Duration.ofSeconds(30), SlackApi.retryAfter(" 30 "));
    }
}
