package org.thesisbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.builtin.RequestVerification;
import com.slack.api.bolt.middleware.builtin.SSLCheck;
import com.slack.api.bolt.response.Response;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.charts.ChartRenderer;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.sources.SourceDesk;
import org.thesisbot.core.state.StateStores;
import org.thesisbot.edge.DrainGate;

/**
 * The Slack app: one Bolt {@link App} with every listener, served over HTTP ({@link #httpHandler()}) or
 * Socket Mode ({@link #startSocketMode()}), both with the same listeners.
 *
 * <h2>Start-up never needs Slack</h2>
 * Bolt's default single-workspace setup calls {@code auth.test} when the app first runs (to learn the
 * bot's user id) and throws if Slack cannot be reached, which would turn a brief Slack outage into
 * failed requests. This app does not give Bolt the bot token ({@code singleTeamBotToken} stays null)
 * and builds the middleware list itself, so Bolt never calls {@code auth.test}:
 * <ul>
 *   <li>the bot's identity comes from the signed payload of each event ({@code authorizations[]} with
 *       {@code is_bot}, and {@code api_app_id}), which is what own-message filtering and mention
 *       stripping need;</li>
 *   <li>the Web API client carries the token itself, and every call is retried through brief outages and
 *       429s ({@link SlackApi});</li>
 *   <li>so constructing this module, and acking the first request, work with Slack unreachable. A wrong
 *       token shows at the first reply as an {@code invalid_auth} error in the log.</li>
 * </ul>
 *
 * <h2>The ack path stays cheap</h2>
 * Listeners only dedupe, filter and enqueue onto bounded pools ({@code slack.workers},
 * {@code slack.queue_capacity}), and over HTTP the jobs reach the pools only once the ack is written
 * ({@link AfterAck}); the brain and all Slack calls run there. The one exception is the
 * slash command's instant numeric answer, which is the ack body itself. Bolt's {@code IgnoringSelfEvents}
 * (calls {@code bots.info}) and its {@code Assistant} middleware (calls {@code conversations.replies},
 * unbounded executor) are deliberately not used, since both call Slack on the ack path.
 */
public final class SlackModule implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SlackModule.class);

    private final Settings settings;
    private final Secrets secrets;
    private final Clock clock;
    private final Slack slack;
    private final App app;
    private final WorkQueue queue;
    private final AfterAck afterAck = new AfterAck();
    private final DrainGate gate;
    private SlackEndpoint endpoint;
    private SocketModeConnector socketMode;

    /**
     * @param state dedupe, rate limits, replied threads, recent answers and votes: in memory, or shared by
     *              every replica (see {@code state.StateBackend})
     */
    public SlackModule(Settings settings, Secrets secrets, Assistant assistant, Telemetry telemetry, StateStores state) {
        this(settings, secrets, assistant, telemetry, state, null);
    }

    /** @param sources where "add this source" from an admin's DM writes and reloads; null turns that flow off */
    public SlackModule(Settings settings, Secrets secrets, Assistant assistant, Telemetry telemetry, StateStores state,
                       SourceDesk sources) {
        this(settings, secrets, assistant, telemetry, state, sources, new DrainGate());
    }

    /** @param gate flipped on shutdown: {@code /slack/events} then answers 503 before any ack */
    public SlackModule(Settings settings, Secrets secrets, Assistant assistant, Telemetry telemetry, StateStores state,
                       SourceDesk sources, DrainGate gate) {
        this(settings, secrets, assistant, telemetry, state, Clock.systemUTC(), d -> Thread.sleep(d.toMillis()), sources, gate);
    }

    SlackModule(Settings settings, Secrets secrets, Assistant assistant, Telemetry telemetry, StateStores state,
                Clock clock, SlackApi.Sleeper sleeper) {
        this(settings, secrets, assistant, telemetry, state, clock, sleeper, null, new DrainGate());
    }

    SlackModule(Settings settings, Secrets secrets, Assistant assistant, Telemetry telemetry, StateStores state,
                Clock clock, SlackApi.Sleeper sleeper, SourceDesk sources, DrainGate gate) {
        requireSecrets(secrets);
        this.gate = gate;
        this.settings = settings;
        this.secrets = secrets;
        this.clock = clock;
        Settings.Slack config = settings.slack();
        this.slack = Slack.getInstance(slackConfig(secrets.slackApiUrl()));
        this.app = boltApp(slack, secrets.slackSigningSecret());
        this.queue = new WorkQueue(config.workers(), config.queueCapacity(), afterAck);

        SlackApi api = new SlackApi(slack, secrets.slackBotToken(), telemetry, sleeper);
        AnswerRenderer renderer = new AnswerRenderer();
        ChartUploads charts = new ChartUploads(api, new ChartRenderer(), sleeper);
        QuestionIntake intake = new QuestionIntake(state.admissions(), state.threads(), state.rateLimits().perMinute(), queue,
                new ThreadReplies(assistant, api, renderer, config, charts), settings.server().questionMaxChars(), telemetry);
        SourceUploads uploads = new SourceUploads(api, sources, config.admins(), secrets.slackBotToken(),
                secrets.slackApiUrl(), clock);
        new EventListeners(config, intake, state.events(), telemetry, uploads, queue).register(app);
        new InteractionListeners(config.command(), settings.server().questionMaxChars(), assistant, renderer,
                state.answers(), state.rateLimits(), state.feedback(), queue,
                new CommandReplies(assistant, api, renderer, state.answers(), charts), telemetry, intake, uploads).register(app);
    }

    /** The handler for {@code POST /slack/events}: events, slash commands and interactivity on one path. */
    public synchronized Handler httpHandler() {
        if (secrets.slackSigningSecret() == null) {
            throw new ConfigException("SLACK_SIGNING_SECRET is not set: /slack/events cannot verify requests without it "
                    + "(Basic Information > App Credentials > Signing Secret)");
        }
        if (endpoint == null) {
            endpoint = new SlackEndpoint(app, new SlackEndpoint.SignatureCheck(secrets.slackSigningSecret(), clock),
                    settings.server().maxBodyBytes(), gate, afterAck);
        }
        return endpoint;
    }

    /** Connects over Socket Mode (SLACK_APP_TOKEN) in the background; returns at once and retries while Slack is unreachable. */
    public synchronized void startSocketMode() {
        if (secrets.slackAppToken() == null) {
            throw new ConfigException("SLACK_APP_TOKEN is not set: Socket Mode needs an app-level token (xapp-…) "
                    + "with the connections:write scope");
        }
        if (socketMode == null) {
            socketMode = new SocketModeConnector(app, secrets.slackAppToken());
            socketMode.start();
        }
    }

    // --- graceful shutdown -------------------------------------------------------------------------

    /**
     * Takes no new work: over HTTP the {@link DrainGate} (already flipped) refuses requests with 503; in
     * Socket Mode the connection is closed, so Slack redelivers what it has not had acked elsewhere.
     */
    public synchronized void stopTakingWork() {
        gate.startDraining();
        if (socketMode != null) {
            socketMode.close();
        }
    }

    /** True when every acked request has been answered (no request in flight, nothing queued or running). */
    public boolean idle() {
        return gate.inFlight() == 0 && queue.idle();
    }

    /** Answers still waiting for a worker get "restarting, ask again" instead; returns how many. */
    public int abandonQueued() {
        return queue.abandonQueued();
    }

    /** For the shutdown log: "2 running, 5 waiting". */
    public String progress() {
        return queue.running() + " running, " + queue.waiting() + " waiting";
    }

    @Override
    public synchronized void close() {
        if (socketMode != null) {
            socketMode.close();
        }
        queue.close();
        app.stop();
        app.executorService().shutdownNow();
        try {
            slack.close();
        } catch (Exception e) {
            log.debug("Closing the Slack client: {}", e.toString());
        }
    }

    private static void requireSecrets(Secrets secrets) {
        List<String> missing = new ArrayList<>();
        if (secrets.slackBotToken() == null) {
            missing.add("SLACK_BOT_TOKEN");
        }
        if (secrets.slackSigningSecret() == null && secrets.slackAppToken() == null) {
            missing.add("SLACK_SIGNING_SECRET");
        }
        if (!missing.isEmpty()) {
            throw new ConfigException(String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " not set: the Slack app needs the bot token (xoxb-…, OAuth & Permissions) and, for HTTP mode, "
                    + "the signing secret (Basic Information); or SLACK_APP_TOKEN (xapp-…) for Socket Mode");
        }
    }

    /**
     * The Web API client's settings. Stats stay off: with them on, the SDK calls {@code auth.test} before
     * the first call of every token (to key its metrics by team) and logs a prefix of the token at DEBUG.
     */
    static SlackConfig slackConfig(String apiUrl) {
        SlackConfig config = new SlackConfig();
        if (apiUrl != null) {
            config.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        }
        config.setHttpClientCallTimeoutMillis(15_000);
        config.setStatsEnabled(false);
        return config;
    }

    private static App boltApp(Slack slack, String signingSecret) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .signingSecret(signingSecret)
                .singleTeamBotToken(null)      // no auth.test: see the class comment
                .clientId(null)
                .clientSecret(null)
                .ignoringSelfEventsEnabled(false)
                .allEventsApiAutoAckEnabled(true)  // every subscribed event type gets a 2xx
                .unmatchedRequestHandler(request -> Response.ok())
                .threadPoolSize(1)
                .build();
        List<Middleware> middleware = new ArrayList<>();
        middleware.add(new SSLCheck(null));
        if (signingSecret != null) {
            // Bolt's own signature check stays on (after SlackEndpoint's own check, which also refuses future timestamps).
            middleware.add(new RequestVerification(new SlackSignature.Verifier(new Utf8SignatureGenerator(signingSecret))));
        }
        App app = new App(config, slack, middleware);
        app.asOAuthApp(false);
        return app;
    }

    /**
     * Bolt's signature generator hashes {@code String.getBytes()}, in the JVM's default charset: under
     * {@code LC_ALL=C} (US-ASCII) a message with "café 🚀" got 401 and Slack retried it forever. This one
     * hashes the same string as UTF-8, which is what Slack signed, whatever the default charset.
     */
    static final class Utf8SignatureGenerator extends SlackSignature.Generator {
        private final SecretKeySpec key;

        Utf8SignatureGenerator(String signingSecret) {
            super(signingSecret);
            this.key = new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        }

        @Override
        public String generate(String timestamp, String requestBody) {
            if (timestamp == null) {
                return null;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + requestBody).getBytes(StandardCharsets.UTF_8));
                return "v0=" + HexFormat.of().formatHex(digest);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 unavailable", e);
            }
        }
    }
}
