package org.thesisbot.bench;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppMentionEvent;
import io.javalin.Javalin;
import java.time.Clock;
import org.thesisbot.slack.SlackEndpoint;

/**
 * Baseline (a) of {@code bench/run.sh}: the floor. A Bolt for Java app with Bolt's default configuration and
 * middleware, whose {@code app_mention} listener only acks, served by the same Javalin adapter as the bot
 * ({@link SlackEndpoint}: size limit, signature and timestamp check, Bolt's parser) on
 * {@code POST /slack/events}. Whatever the bot's ack costs beyond this is the bot's own doing.
 *
 * <p>Environment: {@code PORT}, {@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN}, {@code SLACK_API_URL}
 * (Bolt's single-team authorization calls {@code auth.test} once, against the benchmark's fake, then caches it).
 */
public final class BareBoltApp {
    private BareBoltApp() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(require("PORT"));
        String secret = require("SLACK_SIGNING_SECRET");
        SlackConfig slackConfig = new SlackConfig();
        String apiUrl = require("SLACK_API_URL");
        slackConfig.setMethodsEndpointUrlPrefix(apiUrl.endsWith("/") ? apiUrl : apiUrl + "/");
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .singleTeamBotToken(require("SLACK_BOT_TOKEN"))
                .signingSecret(secret)
                .build());
        app.event(AppMentionEvent.class, (payload, ctx) -> ctx.ack());
        SlackEndpoint endpoint = new SlackEndpoint(app, new SlackEndpoint.SignatureCheck(secret, Clock.systemUTC()), 65_536);
        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/slack/events", endpoint);
        }).start("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        System.out.println("bare Bolt for Java baseline listening on 127.0.0.1:" + port + "/slack/events");
    }

    private static String require(String name) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            System.err.println("bare Bolt baseline: " + name + " is not set");
            System.exit(2);
        }
        return v;
    }
}
