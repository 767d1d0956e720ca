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
 * The Bolt for Java baselines of {@code bench/run.sh}: a Bolt app with Bolt's default configuration and
 * middleware, served by the same Javalin adapter as the bot ({@link SlackEndpoint}: size limit, signature and
 * timestamp check, Bolt's parser) on {@code POST /slack/events}.
 * <ul>
 *   <li>{@code bare} (the floor): the {@code app_mention} listener only acks.</li>
 *   <li>{@code bare-reply} ({@code BENCH_REPLY=1}, the fair baseline): the listener acks at once and posts one
 *       canned reply in the event's thread, the way Bolt's documentation does slow work: on
 *       {@code app.executorService()} (Bolt's own pool, default size), with {@code ctx.client()}, the SDK's
 *       normal Web API client, as shipped. A real bot pays at least this much to answer.</li>
 * </ul>
 *
 * <p>Environment: {@code PORT}, {@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN}, {@code SLACK_API_URL}
 * (Bolt's single-team authorization calls {@code auth.test} once, against the benchmark's fake, then caches it).
 */
public final class BareBoltApp {
    /** The canned reply: about the length of a short numeric answer. */
    static final String REPLY = "*Stake:* 4.40% = investment / post-money valuation = `40 / 910` "
            + "(source: bench canned reply, as of 2026-01-01)";

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
        if ("1".equals(System.getenv("BENCH_REPLY"))) {
            app.event(AppMentionEvent.class, (payload, ctx) -> {
                AppMentionEvent e = payload.getEvent();
                String thread = e.getThreadTs() == null ? e.getTs() : e.getThreadTs();
                app.executorService().submit(() -> {
                    try {
                        ctx.client().chatPostMessage(r -> r.channel(e.getChannel()).threadTs(thread).text(REPLY));
                    } catch (Exception ex) {
                        ctx.logger.error("reply failed: {}", ex.toString());
                    }
                });
                return ctx.ack();
            });
        } else {
            app.event(AppMentionEvent.class, (payload, ctx) -> ctx.ack());
        }
        SlackEndpoint endpoint = new SlackEndpoint(app, new SlackEndpoint.SignatureCheck(secret, Clock.systemUTC()), 65_536);
        Javalin server = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.post("/slack/events", endpoint);
        }).start("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "shutdown"));
        System.out.println("bare Bolt for Java baseline (" + ("1".equals(System.getenv("BENCH_REPLY")) ? "replying" : "ack only")
                + ") listening on 127.0.0.1:" + port + "/slack/events");
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
