package org.thesisbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode over the Tyrus WebSocket client. Connecting happens in the background and is retried with
 * backoff (1 s doubling to 60 s), so a start while Slack is unreachable neither blocks nor fails; once
 * connected, the SDK's session monitor reconnects on its own. A rejected app token stops the retries
 * with an error naming SLACK_APP_TOKEN.
 */
final class SocketModeConnector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketModeConnector.class);
    private static final long MAX_DELAY_SECONDS = 60;

    private final App app;
    private final String appToken;
    private final ScheduledExecutorService scheduler;
    private SocketModeApp socketApp;
    private volatile boolean closed;

    SocketModeConnector(App app, String appToken) {
        this.app = app;
        this.appToken = appToken;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slack-socket-connector");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        scheduler.execute(() -> attempt(1));
    }

    private synchronized void attempt(long delaySeconds) {
        if (closed) {
            return;
        }
        try {
            if (socketApp == null) {
                socketApp = new SocketModeApp(appToken, app, SocketModeClient.Backend.Tyrus, ctx -> {
                    // Ack anyway so Slack does not redeliver a payload that fails the same way every time.
                    log.error("Socket Mode request failed [{}]", ErrorIds.next(), ctx.getException());
                    return Response.ok();
                });
            }
            socketApp.startAsync();
            log.info("Slack Socket Mode connected");
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("invalid_auth") || message.contains("not_authed") || message.contains("not_allowed_token_type")) {
                log.error("Slack rejected SLACK_APP_TOKEN ({}); Socket Mode is off. Use an app-level token (xapp-…) "
                        + "with the connections:write scope.", message);
                return;
            }
            long next = Math.min(delaySeconds * 2, MAX_DELAY_SECONDS);
            // The SDK logs the cause itself and then fails on the missing client with a NullPointerException.
            String why = e instanceof NullPointerException ? "apps.connections.open gave no connection URL" : e.toString();
            log.warn("Slack Socket Mode could not connect ({}); retrying in {} s", why, delaySeconds);
            scheduler.schedule(() -> attempt(next), delaySeconds, TimeUnit.SECONDS);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        scheduler.shutdownNow();
        if (socketApp != null) {
            try {
                socketApp.close();
            } catch (Exception e) {
                log.debug("Closing Socket Mode: {}", e.toString());
            }
        }
    }
}
