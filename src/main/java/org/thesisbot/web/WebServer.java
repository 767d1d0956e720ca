package org.thesisbot.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.javalin.util.JavalinBindException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.thesisbot.charts.ChartRenderer;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.edge.BodyTooLargeException;
import org.thesisbot.edge.DrainGate;
import org.thesisbot.edge.ErrorIds;

/**
 * The HTTP face of the bot: the playground ({@code GET /}), {@code POST /api/ask}, {@code GET /charts/{id}.png}
 * (the charts of recent answers, behind the same access rules as the API), {@code GET /health},
 * {@code GET /ready}, {@code GET /metrics} and, when given a handler, Slack's {@code POST /slack/events}.
 * Errors are mapped here once: JSON {@code {"error": ...}} with a 4xx for anything the caller got wrong,
 * and a 500 with only an error id (the details go to the log) for anything else.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);
    static final String JSON = "application/json; charset=utf-8";

    private final Settings settings;
    private final AccessPolicy access;
    private final ObjectMapper mapper = AnswerJson.mapper();
    private final Javalin app;
    private final boolean slackMounted;
    private final DrainGate gate;
    private final AskPool askPool;
    private volatile boolean closed;

    public WebServer(Settings settings, Secrets secrets, Assistant assistant, Readiness readiness,
                     PrometheusMeterRegistry registry, Handler slackHandler) {
        this(settings, secrets, assistant, readiness, registry, slackHandler, new DrainGate());
    }

    /**
     * @param gate flipped on shutdown: {@code /api/ask} then answers 503 with Retry-After and {@code /ready}
     *             503, while the questions already accepted are answered
     */
    public WebServer(Settings settings, Secrets secrets, Assistant assistant, Readiness readiness,
                     PrometheusMeterRegistry registry, Handler slackHandler, DrainGate gate) {
        this.gate = gate;
        this.askPool = new AskPool(settings.server().askWorkers(), settings.server().askQueue(),
                () -> registry.counter(MicrometerTelemetry.API_BUSY).increment());
        this.settings = settings;
        this.access = AccessPolicy.from(settings, secrets);
        this.slackMounted = slackHandler != null;
        Playground playground = new Playground();
        ChartStore charts = new ChartStore(new ChartRenderer(), 1000, java.time.Duration.ofHours(1));
        AskHandler ask = new AskHandler(assistant, mapper, settings.server().maxBodyBytes(),
                settings.server().questionMaxChars(), askPool, (answer, i, chart) -> charts.put(answer.id(), i, chart));
        this.app = Javalin.create(cfg -> {
            configure(cfg);
            cfg.routes.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff")
                    .header("Referrer-Policy", "no-referrer"));
            cfg.routes.get("/health", ctx -> json(ctx, 200, mapper.createObjectNode().put("status", "ok")));
            cfg.routes.get("/ready", ctx -> ready(ctx, readiness));
            cfg.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(registry.scrape()));
            cfg.routes.post("/api/ask", ctx -> {
                ctx.header("Cache-Control", "no-store");
                if (!gate.admit()) {
                    ctx.header("Connection", "close");
                    throw new ApiException(503, "the bot is restarting; try again in " + AskPool.RETRY_AFTER_SECONDS + " s",
                            AskPool.RETRY_AFTER_SECONDS);
                }
                try {
                    guard(ctx);
                    ask.handle(ctx); // once accepted, the ask pool counts it until it is answered
                } finally {
                    gate.leave();
                }
            });
            cfg.routes.get("/charts/{file}", ctx -> {
                guard(ctx); // the same rules as /api/ask: the chart shows an answer's numbers
                String file = ctx.pathParam("file");
                Optional<byte[]> png = file.endsWith(".png") ? charts.png(file.substring(0, file.length() - 4)) : Optional.empty();
                if (png.isEmpty()) {
                    throw new ApiException(404, "no such chart: charts are kept for an hour after the answer; ask again");
                }
                ctx.header("Cache-Control", "private, max-age=3600").contentType("image/png").result(png.get());
            });
            for (String path : playground.paths()) {
                cfg.routes.get(path, ctx -> {
                    if (!access.playgroundServed()) {
                        ctx.status(403).contentType("text/plain; charset=utf-8").result(AccessPolicy.OFF_MESSAGE);
                        return;
                    }
                    playground.serve(ctx, path);
                });
            }
            if (slackHandler != null) {
                cfg.routes.post("/slack/events", slackHandler);
            }
            cfg.routes.exception(ApiException.class, (e, ctx) -> {
                if (e.retryAfterSeconds() > 0) {
                    ctx.header("Retry-After", String.valueOf(e.retryAfterSeconds()));
                }
                error(ctx, e.status(), e.getMessage());
            });
            cfg.routes.exception(BodyTooLargeException.class, (e, ctx) -> error(ctx, 413, e.getMessage()));
            cfg.routes.exception(BadQuestionException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), message(e)));
            cfg.routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e));
        });
    }

    private void configure(JavalinConfig cfg) {
        // Jetty's own pool (the default size), but idle threads leave after 3 s, all of them at once, instead of
        // one per 60 s: after a burst (300 callers at once) the thread count is back to its baseline in seconds
        QueuedThreadPool jetty = new QueuedThreadPool(250, 8, 3_000);
        jetty.setName("JettyServerThreadPool");
        jetty.setMaxEvictCount(250);
        cfg.jetty.threadPool = jetty;
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = settings.server().maxBodyBytes();
        cfg.http.prefer405over404 = true;
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            http.setSendXPoweredBy(false);
        });
    }

    /**
     * Binds {@code server.port} (0 picks a free port; see {@link #port()}).
     *
     * @throws ConfigException when the port is taken, naming the port and how to change it
     */
    public WebServer start() {
        String host = settings.server().bindAddress(slackMounted);
        try {
            app.start(host, settings.server().port());
        } catch (JavalinBindException e) {
            throw new ConfigException("cannot listen on " + host + ":" + settings.server().port() + " (" + e.getMessage()
                    + "): if the port is already in use, stop the other process or set PORT (server.port in "
                    + "config/thesisbot.yaml) to a free port; check server.host (THESISBOT_SERVER_HOST)", e);
        }
        log.info("HTTP on {}:{}{}: playground and /api/ask {}; /slack/events {}", host, port(),
                host.equals("127.0.0.1") ? " (this machine only; set THESISBOT_SERVER_HOST=0.0.0.0 to listen on every interface)" : "",
                describe(access.mode()), slackMounted ? "mounted" : "not mounted");
        return this;
    }

    public int port() {
        return app.port();
    }

    /** True when every {@code /api/ask} question accepted has been answered. */
    public boolean idle() {
        return gate.inFlight() == 0 && askPool.pending() == 0;
    }

    /** {@code /api/ask} questions accepted and not yet answered (for the shutdown log). */
    public int pendingQuestions() {
        return askPool.pending();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            app.stop(); // also releases what a failed start() left behind
            askPool.close();
        }
    }

    private static String describe(AccessPolicy.Mode mode) {
        return switch (mode) {
            case OPEN -> "open (local mode)";
            case LOCAL_ONLY -> "open to this machine only (an LLM is configured; set THESISBOT_API_TOKEN to allow others)";
            case TOKEN -> "require 'Authorization: Bearer $THESISBOT_API_TOKEN'";
            case OFF -> "off (serving Slack without THESISBOT_API_TOKEN)";
        };
    }

    private void guard(Context ctx) {
        boolean forwarded = ctx.header("X-Forwarded-For") != null || ctx.header("Forwarded") != null
                || ctx.header("X-Real-IP") != null;
        AccessPolicy.Caller caller = new AccessPolicy.Caller(ctx.header("Authorization"), ctx.req().getRemoteAddr(),
                ctx.header("Host"), forwarded, ctx.header("Sec-Fetch-Site"));
        Optional<AccessPolicy.Denial> denial = access.check(caller);
        if (denial.isPresent()) {
            if (denial.get().status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"thesisbot\"");
            }
            throw new ApiException(denial.get().status(), denial.get().message());
        }
    }

    private void ready(Context ctx, Readiness readiness) {
        if (gate.draining()) {
            json(ctx, 503, mapper.createObjectNode().put("status", "draining")
                    .put("detail", "shutting down: finishing the questions already accepted"));
            return;
        }
        boolean ready;
        boolean degraded = false;
        String detail;
        try {
            ready = readiness.ready();
            degraded = ready && readiness.degraded();
            detail = readiness.detail();
        } catch (RuntimeException e) {
            log.warn("readiness check failed", e);
            ready = false;
            detail = "readiness check failed";
        }
        ObjectNode body = mapper.createObjectNode().put("status", !ready ? "not ready" : degraded ? "degraded" : "ready")
                .put("detail", detail);
        json(ctx, ready ? 200 : 503, body);
    }

    private void error(Context ctx, int status, String message) {
        json(ctx, status, mapper.createObjectNode().put("error", message));
    }

    private void internalError(Context ctx, Exception e) {
        String id = ErrorIds.next();
        log.error("internal error {} on {} {}", id, ctx.method(), ctx.path(), e);
        json(ctx, 500, mapper.createObjectNode().put("error", "internal error").put("id", id));
    }

    private static String message(HttpResponseException e) {
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        HttpStatus s = HttpStatus.forStatus(e.getStatus());
        return s.getMessage();
    }

    private void json(Context ctx, int status, ObjectNode body) {
        try {
            ctx.status(status).contentType(JSON).result(mapper.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON body", e);
        }
    }
}
