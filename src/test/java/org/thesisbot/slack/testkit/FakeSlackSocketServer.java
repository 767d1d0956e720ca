package org.thesisbot.slack.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.websocket.WsContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A local stand-in for Slack's Socket Mode WebSocket endpoint (a Javalin WebSocket on port 0). Point
 * {@link FakeSlackWebApi#socketModeUrl} at {@link #url()} so {@code apps.connections.open} hands it out.
 * It greets each connection with {@code hello}, lets a test push envelopes, and records what the app
 * sends back (acks).
 */
public final class FakeSlackSocketServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin server;
    private final List<WsContext> sessions = new ArrayList<>();
    private final List<JsonNode> received = new ArrayList<>();

    public FakeSlackSocketServer() {
        server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.ws("/link", ws -> {
                ws.onConnect(ctx -> {
                    ctx.session.setIdleTimeout(java.time.Duration.ofMinutes(5));
                    ctx.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                            + "\"connection_info\":{\"app_id\":\"" + SlackFixtures.APP_ID + "\"}}");
                    synchronized (this) {
                        sessions.add(ctx);
                        notifyAll();
                    }
                });
                ws.onMessage(ctx -> {
                    JsonNode msg = JSON.readTree(ctx.message());
                    synchronized (this) {
                        received.add(msg);
                        notifyAll();
                    }
                });
                ws.onClose(ctx -> {
                    synchronized (this) {
                        sessions.remove(ctx);
                    }
                });
            });
        }).start("127.0.0.1", 0);
    }

    public String url() {
        return "ws://127.0.0.1:" + server.port() + "/link";
    }

    /** Waits (up to 15 s) for the app to connect. */
    public synchronized void awaitConnection() {
        long deadline = System.currentTimeMillis() + 15_000;
        while (sessions.isEmpty()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("the app never connected over Socket Mode");
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Sends an envelope to the most recent connection. */
    public void send(JsonNode envelope) {
        WsContext session;
        synchronized (this) {
            session = sessions.get(sessions.size() - 1);
        }
        session.send(envelope.toString());
    }

    /** Waits (up to 15 s) for a message from the app that matches. */
    public synchronized JsonNode await(Predicate<JsonNode> match, String what) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            for (JsonNode m : received) {
                if (match.test(m)) {
                    return m;
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no " + what + " from the app; received " + received);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The app's acknowledgement of an envelope. */
    public JsonNode awaitAck(String envelopeId) {
        return await(m -> envelopeId.equals(m.path("envelope_id").asText()), "ack for " + envelopeId);
    }

    @Override
    public void close() {
        server.stop();
    }
}
