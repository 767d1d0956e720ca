package org.thesisbot.bench;

import io.javalin.Javalin;

/**
 * Reference point for {@code bench/run.sh}: the HTTP floor of the JVM stack the bot runs on. Javalin (Jetty)
 * answering {@code POST /slack/events} with an empty 200: no Bolt, no signature check, no JSON. Compared with
 * {@code bench/boltjs/floor.js} (Node's own http server doing the same), it shows how much of an ack's latency
 * is the server stack rather than Bolt or the bot. Environment: {@code PORT}.
 */
public final class JavalinFloorApp {
    private JavalinFloorApp() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(System.getenv("PORT"));
        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/slack/events", ctx -> ctx.status(200).result(""));
        }).start("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        System.out.println("Javalin floor listening on 127.0.0.1:" + port + "/slack/events");
    }
}
