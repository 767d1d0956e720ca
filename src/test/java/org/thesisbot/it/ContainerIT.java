package org.thesisbot.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thesisbot.slack.testkit.Expect.contains;
import static org.thesisbot.slack.testkit.Expect.lacks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.thesisbot.slack.testkit.FakeSlackWebApi;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.state.RedisServer;

/**
 * The container image, for real: {@code container/build.sh} builds the base images from Debian packages and the
 * image from the Dockerfile with podman; then the image runs as its non-root user until its HEALTHCHECK reports
 * healthy, answers a question, runs the Slack flow against a fake Slack Web API, and runs as two replicas on
 * one Redis. Containers use the host's network (as podman does here), each on its own port.
 *
 * <p>Where podman cannot run containers, this test says so loudly and is skipped; {@code .ci/run} installs
 * podman, runc and mmdebstrap, so on the CI machine it runs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ContainerIT {
    private static final String SECRET = "container-it-signing-secret-6d02";
    private static final String API_TOKEN = "container-it-api-token-51c7a9";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final SlackFixtures fixtures = new SlackFixtures();

    private static String image;
    private static FakeSlackWebApi slack;
    private final Podman podman = new Podman();

    @BeforeAll
    static void build() {
        String why = Podman.unavailable();
        if (why != null) {
            String banner = "\n*** SKIPPED: the container test did not run: " + why + " ***\n"
                    + "*** The image was NOT built or checked on this machine. .ci/run installs podman, runc, mmdebstrap. ***\n";
            System.err.println(banner);
            Assumptions.assumeTrue(false, why);
        }
        image = "localhost/thesisbot:it-" + ProcessHandle.current().pid();
        long t0 = System.nanoTime();
        Podman.Result r = Podman.exec(List.of("bash", "container/build.sh"), Map.of("THESISBOT_IMAGE", image),
                Duration.ofMinutes(25));
        System.err.println(r.output().lines().filter(l -> l.startsWith("== ")).reduce("", (a, b) -> a + b + "\n")
                + "container/build.sh took " + (System.nanoTime() - t0) / 1_000_000_000 + " s");
        r.ok("container/build.sh");
        slack = new FakeSlackWebApi();
    }

    @AfterAll
    static void removeImage() {
        if (slack != null) {
            slack.close();
        }
        if (image != null) {
            Podman.exec(List.of("podman", "rmi", "-f", image), Map.of(), Duration.ofSeconds(60));
        }
    }

    @AfterEach
    void removeContainers() {
        podman.removeAll();
    }

    @Test
    @Order(1)
    void the_image_runs_as_its_own_user_turns_healthy_answers_draws_a_chart_and_serves_slack() throws Exception {
        int port = freePort();
        String id = podman.start("--network", "host", "-e", "PORT=" + port, "-e", "THESISBOT_API_TOKEN=" + API_TOKEN,
                "-e", "SLACK_BOT_TOKEN=xoxb-0000-container-it", "-e", "SLACK_SIGNING_SECRET=" + SECRET,
                "-e", "SLACK_API_URL=" + slack.apiUrl(), image);
        assertEquals("thesisbot", podman.run(Duration.ofSeconds(30), "image", "inspect", "--format", "{{.Config.User}}", image)
                .ok("inspect").line());
        awaitHealthy(id);
        assertEquals("10001", podman.run(Duration.ofSeconds(30), "exec", id, "id", "-u").ok("id -u").line(),
                "the bot runs as the unprivileged user");

        HttpResponse<String> ask = post(port, "/api/ask", "{\"question\":\"What stake does $50B buy at $830B?\"}");
        assertEquals(200, ask.statusCode(), ask.body());
        contains(JSON.readTree(ask.body()).path("text").asText(), "6.02%", "$50B / $830B = 6.02%");

        // charts are drawn inside the image (headless AWT with the fonts the Dockerfile installs): a heat map, as a PNG
        HttpResponse<String> grid = post(port, "/api/ask", "{\"question\":\"IRR by exit valuation and holding years\"}");
        assertEquals(200, grid.statusCode(), grid.body());
        JsonNode chart = JSON.readTree(grid.body()).path("charts").path(0);
        assertTrue(chart.path("url").asText().startsWith("/charts/"), "a chart in the answer: " + grid.body());
        HttpResponse<byte[]> png = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + chart.path("url").asText()))
                .header("Authorization", "Bearer " + API_TOKEN).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertTrue(drawn != null, "the body decodes as an image");
        assertEquals(chart.path("width").asInt(), drawn.getWidth());
        assertEquals(chart.path("height").asInt(), drawn.getHeight());

        // Slack: a mention, a follow-up without mention, an instant slash command and its Share button
        SlackEventsClient events = new SlackEventsClient(URI.create("http://127.0.0.1:" + port + "/slack/events"), SECRET);
        String root = fixtures.nextTs();
        assertEquals(200, events.event(fixtures.appMention(SlackFixtures.ALICE, SlackFixtures.CHANNEL,
                "what stake would $50B buy at $830B?", root, null)).statusCode());
        contains(awaitReplies(root, 1).get(0).jsonText("blocks"), "6.02%");
        events.event(fixtures.message(SlackFixtures.ALICE, SlackFixtures.CHANNEL, "channel", "what if it's a $1T post-money?",
                fixtures.nextTs(), root));
        contains(awaitReplies(root, 2).get(1).jsonText("blocks"), "$50B / $1T = 5%");

        HttpResponse<String> command = events.command(fixtures.slashCommand("/scenario", SlackFixtures.ALICE,
                SlackFixtures.CHANNEL, "stake post_money_valuation=1T", slack.responseUrl("c1")));
        assertEquals(200, command.statusCode());
        contains(command.body(), "5%", "share_answer");

        // stopping sends SIGTERM: the bot shuts down by itself (0, or 143 for "ended by SIGTERM"), before podman's
        // 30 s grace would SIGKILL it (137); nothing secret reached its log
        podman.run(Duration.ofSeconds(60), "stop", "-t", "30", id).ok("podman stop");
        String exit = podman.run(Duration.ofSeconds(30), "inspect", "--format", "{{.State.ExitCode}}", id).ok("inspect").line();
        assertTrue(exit.equals("0") || exit.equals("143"), "exit code " + exit);
        String logs = podman.run(Duration.ofSeconds(30), "logs", id).output();
        lacks(logs, SECRET, API_TOKEN, "xoxb-0000-container-it");
    }

    @Test
    @Order(2)
    void two_containers_on_one_redis_answer_each_event_once_and_share_the_thread() {
        try (RedisServer redis = RedisServer.startOrSkip()) {
            int p1 = freePort();
            int p2 = freePort();
            List<String> ids = new ArrayList<>();
            for (int port : new int[] {p1, p2}) {
                ids.add(podman.start("--network", "host", "-e", "PORT=" + port, "-e", "SLACK_BOT_TOKEN=xoxb-0000-container-it",
                        "-e", "SLACK_SIGNING_SECRET=" + SECRET, "-e", "SLACK_API_URL=" + slack.apiUrl(),
                        "-e", "THESISBOT_REDIS_URL=" + redis.url(), "-e", "THESISBOT_GROUNDING_EMBEDDINGS=false", image));
            }
            ids.forEach(this::awaitHealthy);
            for (int port : new int[] {p1, p2}) {
                contains(get(port, "/ready").body(), "\"status\":\"ready\"", "shared in Redis at redis://127.0.0.1:" + redis.port());
            }
            SlackEventsClient one = new SlackEventsClient(URI.create("http://127.0.0.1:" + p1 + "/slack/events"), SECRET);
            SlackEventsClient two = new SlackEventsClient(URI.create("http://127.0.0.1:" + p2 + "/slack/events"), SECRET);

            List<String> roots = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> sends = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String ts = fixtures.nextTs();
                roots.add(ts);
                var event = fixtures.appMention("U0CTR" + i, SlackFixtures.CHANNEL, "what stake would $50B buy at $830B?", ts, null);
                sends.add(CompletableFuture.supplyAsync(() -> one.event(event)));
                sends.add(CompletableFuture.supplyAsync(() -> two.event(event, two.signedNow().retry(1, "http_timeout"))));
            }
            sends.forEach(s -> assertEquals(200, s.join().statusCode()));
            roots.forEach(ts -> awaitReplies(ts, 1));
            sleep(Duration.ofSeconds(2));
            roots.forEach(ts -> assertEquals(1, replies(ts).size(), "replies to " + ts));

            String root = roots.get(0);
            two.event(fixtures.message("U0CTR0", SlackFixtures.CHANNEL, "channel", "what if it's a $1T post-money?",
                    fixtures.nextTs(), root));
            contains(awaitReplies(root, 2).get(1).jsonText("blocks"), "$50B / $1T = 5%");
        }
    }

    private void awaitHealthy(String id) {
        // podman runs HEALTHCHECKs from systemd timers; without systemd, `podman healthcheck run` runs the image's check
        await(() -> podman.run(Duration.ofSeconds(30), "healthcheck", "run", id).exit() == 0, "container " + id + " healthy",
                Duration.ofSeconds(180), () -> podman.run(Duration.ofSeconds(30), "logs", "--tail", "30", id).output());
        assertEquals("healthy", podman.run(Duration.ofSeconds(30), "inspect", "--format", "{{.State.Health.Status}}", id)
                .ok("inspect").line());
    }

    private static List<ApiCall> replies(String threadTs) {
        return slack.calls("chat.postMessage").stream().filter(c -> threadTs.equals(c.param("thread_ts"))).toList();
    }

    private static List<ApiCall> awaitReplies(String threadTs, int n) {
        await(() -> replies(threadTs).size() >= n, n + " replies in " + threadTs, Duration.ofSeconds(60), () -> "");
        return replies(threadTs);
    }

    private static HttpResponse<String> post(int port, String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + API_TOKEN)
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static void await(BooleanSupplier condition, String what, Duration timeout, java.util.function.Supplier<String> detail) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "\n" + detail.get());
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
