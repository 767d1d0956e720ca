package org.thesisbot.slack.testkit;

import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.state.StateStores;
import org.thesisbot.state.StateBackend;
import java.time.Clock;
import org.thesisbot.slack.SlackModule;

/**
 * The Slack app end to end on loopback: a {@link FakeSlackWebApi}, a {@link SlackModule} around any
 * {@link Assistant} (scripted or real), and a Javalin server on port 0 serving only
 * {@code POST /slack/events} with the module's handler. Settings come from {@code config/thesisbot.yaml}
 * with {@code THESISBOT_*} overrides, as in production.
 *
 * <pre>
 * try (SlackHarness h = SlackHarness.builder(assistant).setting("THESISBOT_SLACK_WORKERS", "1").start()) {
 *     h.events().event(h.fixtures().appMention(ALICE, CHANNEL, "what stake?", ts, null));
 *     h.slack().awaitCalls("chat.postMessage", 1);
 * }
 * </pre>
 */
public final class SlackHarness implements AutoCloseable {
    public static final String SIGNING_SECRET = "test-signing-secret-8f14e45fceea167a";
    public static final String BOT_TOKEN = "xoxb-0000-test-bot-token-never-logged";
    public static final String APP_TOKEN = "xapp-1-test-app-token-never-logged";

    private final FakeSlackWebApi slack;
    private final RecordingTelemetry telemetry = new RecordingTelemetry();
    private final SlackFixtures fixtures = new SlackFixtures();
    private final Settings settings;
    private final SlackModule module;
    private final Javalin server;
    private final SlackEventsClient events;

    private SlackHarness(Builder b) {
        this.slack = new FakeSlackWebApi();
        try {
            Map<String, String> env = new LinkedHashMap<>(b.env);
            this.settings = new SettingsLoader().load(Path.of("config", "thesisbot.yaml"), env);
            Secrets secrets = new Secrets(BOT_TOKEN, SIGNING_SECRET, b.socketMode ? APP_TOKEN : null,
                    b.apiUrl != null ? b.apiUrl : slack.apiUrl(), null, null, null);
            this.module = new SlackModule(settings, secrets, b.assistant, telemetry,
                    b.state != null ? b.state : StateBackend.inMemory(settings, Clock.systemUTC()), b.sources);
            this.server = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.routes.post("/slack/events", module.httpHandler());
            }).start("127.0.0.1", 0);
        } catch (RuntimeException e) {
            slack.close();
            throw e;
        }
        this.events = new SlackEventsClient(endpoint(), SIGNING_SECRET);
    }

    public static Builder builder(Assistant assistant) {
        return new Builder(assistant);
    }

    public static final class Builder {
        private final Assistant assistant;
        private final Map<String, String> env = new LinkedHashMap<>();
        private boolean socketMode;
        private String apiUrl;
        private org.thesisbot.sources.SourceDesk sources;
        private StateStores state;

        private Builder(Assistant assistant) {
            this.assistant = assistant;
        }

        /** A settings override, e.g. {@code setting("THESISBOT_SLACK_WORKERS", "1")}. */
        public Builder setting(String envName, String value) {
            env.put(envName, value);
            return this;
        }

        /** Also give the module an app token, so {@link SlackModule#startSocketMode()} can be called. */
        public Builder socketMode() {
            this.socketMode = true;
            return this;
        }

        /** Point the Slack client somewhere else than the fake (e.g. a closed port: Slack unreachable). */
        public Builder apiUrl(String url) {
            this.apiUrl = url;
            return this;
        }

        /** Where "add this source" writes and reloads (a real bot's {@code desk()}). */
        public Builder sources(org.thesisbot.sources.SourceDesk desk) {
            this.sources = desk;
            return this;
        }

        /** Run on these state stores (e.g. Redis-backed) instead of fresh in-memory ones. */
        public Builder state(StateStores stores) {
            this.state = stores;
            return this;
        }

        public SlackHarness start() {
            return new SlackHarness(this);
        }
    }

    public FakeSlackWebApi slack() {
        return slack;
    }

    public SlackEventsClient events() {
        return events;
    }

    public SlackFixtures fixtures() {
        return fixtures;
    }

    public RecordingTelemetry telemetry() {
        return telemetry;
    }

    public Settings settings() {
        return settings;
    }

    public SlackModule module() {
        return module;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.port() + "/slack/events");
    }

    @Override
    public void close() {
        server.stop();
        module.close();
        slack.close();
    }
}
