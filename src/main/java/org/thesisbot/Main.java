package org.thesisbot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thesisbot.config.ConfigException;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.BadQuestionException;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.grounding.EnglishWords;
import org.thesisbot.edge.DrainGate;
import org.thesisbot.llm.ChatModelFactory;
import org.thesisbot.slack.SlackModule;
import org.thesisbot.sources.CorpusWatcher;
import org.thesisbot.state.StateBackend;
import org.thesisbot.web.AnswerJson;
import org.thesisbot.web.MicrometerTelemetry;
import org.thesisbot.web.Readiness;
import org.thesisbot.web.WebServer;

/**
 * Composition root and command line.
 *
 * <pre>
 * java -jar thesisbot.jar                         serve (local mode, or Slack when SLACK_* are set)
 * java -jar thesisbot.jar ask [--json] "question"  answer one question and exit (no server)
 * java -jar thesisbot.jar command "stake post_money_valuation=1T"   the slash-command grammar, locally
 * </pre>
 */
public final class Main {
    private static final String USAGE = """
            usage: java -jar thesisbot.jar [serve]
                   java -jar thesisbot.jar ask [--json] [--thread ID] "question"
                   java -jar thesisbot.jar command [--json] [--chart FILE.png] "grid irr exit_valuation=500B..2T holding_years=3..7"
            (--chart also works with ask: it writes the answer's first chart as a PNG)
            Settings: config/thesisbot.yaml, overridden by THESISBOT_<SECTION>_<KEY> and PORT.
            The working directory must hold config/, prompts/ and documents/ (or set THESISBOT_HOME).""";

    private Main() {
    }

    public static void main(String[] args) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn in-process; never look for a display
        }
        boolean cli = args.length > 0 && (args[0].equals("ask") || args[0].equals("command"));
        if (cli && System.getenv("THESISBOT_LOG_LEVEL") == null) {
            // the CLI prints answers on stdout: keep the bot's info lines out of it
            System.setProperty("THESISBOT_LOG_LEVEL", "WARN");
        }
        // answers hold "×", "…", "—": print them as UTF-8 whatever the JVM's default charset (LC_ALL=C gives US-ASCII)
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, System.getenv(), out, err);
        if (code != 0 || cli) {
            System.exit(code);
        }
    }

    /** Runs the command; for {@code serve} it starts the server and returns 0 while it keeps running. */
    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        List<String> a = List.of(args);
        String verb = a.isEmpty() ? "serve" : a.get(0);
        try {
            switch (verb) {
                case "serve":
                    serve(env);
                    return 0;
                case "ask":
                    return ask(a.subList(1, a.size()), env, out, err);
                case "command":
                    return command(a.subList(1, a.size()), env, out, err);
                case "help", "--help", "-h":
                    out.println(USAGE);
                    return 0;
                default:
                    err.println("thesisbot: unknown command '" + verb + "'\n" + USAGE);
                    return 2;
            }
        } catch (ConfigException e) {
            err.println("thesisbot: configuration problem: " + e.getMessage());
            return 2;
        }
    }

    // --- server ----------------------------------------------------------------------------------

    private static void serve(Map<String, String> env) {
        long t0 = System.nanoTime();
        Logger log = LoggerFactory.getLogger(Main.class);
        Path home = home(env);
        Settings settings = new SettingsLoader().load(home.resolve("config").resolve("thesisbot.yaml"), env);
        Secrets secrets = Secrets.fromEnv(env);
        String mode = !secrets.slackEnabled() ? "local (no SLACK_* variables: playground and JSON API only)"
                : secrets.socketMode() ? "slack-socket (Socket Mode, plus the local playground and API)"
                : "slack-http (events at POST /slack/events, plus the playground and API)";
        String llm = new ChatModelFactory(settings.llm(), secrets).provider();
        log.info("thesisbot starting in {} mode; narrative answers: {}; open http://localhost:{}/",
                mode, llm.equals("none") ? "extractive (no LLM configured)" : "LLM via " + llm, settings.server().port());

        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Telemetry telemetry = new MicrometerTelemetry(registry);
        StateBackend state = StateBackend.open(settings, env.get("THESISBOT_REDIS_URL"), Clock.systemUTC(), telemetry);
        if (state.redisConfigured()) {
            Gauge.builder("thesisbot.state.redis.up", state, s -> s.redisUp() ? 1 : 0)
                    .description("1 while the configured Redis answers; 0 while answers come from local state")
                    .register(registry);
            for (String store : StateBackend.STORES) {
                Counter.builder(StateBackend.FALLBACKS).description("State calls answered from local state, Redis failing")
                        .tag("store", store).register(registry);
            }
        }
        Thesisbot bot = Thesisbot.build(home, settings, secrets, telemetry, Clock.systemUTC(), state.stores().threads());
        DrainGate gate = new DrainGate();
        SlackModule slack = secrets.slackEnabled()
                ? new SlackModule(settings, secrets, bot.assistant(), telemetry, state.stores(), bot.desk(), gate) : null;
        Readiness readiness = new Readiness() {
            @Override
            public boolean ready() {
                return true;
            }

            @Override
            public boolean degraded() {
                return state.health().degraded();
            }

            @Override
            public String detail() {
                return bot.readinessDetail() + "; " + state.health().detail();
            }
        };
        WebServer web = new WebServer(settings, secrets, bot.assistant(), readiness, registry,
                slack != null && !secrets.socketMode() ? slack.httpHandler() : null, gate).start();
        if (slack != null && secrets.socketMode()) {
            slack.startSocketMode();
        }
        CorpusWatcher watcher = watch(bot, settings, log);
        Shutdown shutdown = new Shutdown(gate, web, slack, bot::cutModelCallsShort,
                Duration.ofSeconds(settings.server().drainSeconds()), watcher, state);
        onTermination(shutdown, log);
        log.info("ready in {} ms: playground http://localhost:{}/ , API POST http://localhost:{}/api/ask{}",
                Duration.ofNanos(System.nanoTime() - t0).toMillis(), web.port(), web.port(),
                slack == null ? "" : secrets.socketMode() ? ", Slack via Socket Mode" : ", Slack at /slack/events");
        // WordNet (about a second) loads after ready, not before, and not in the first question that needs it
        Thread warm = new Thread(() -> EnglishWords.known("margin"), "wordnet-load");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * SIGTERM and SIGINT drain (see {@link Shutdown}) and then exit with status 0; a second signal exits at
     * once. Without a signal handler (another JVM), a shutdown hook drains instead. Either way other exits
     * (System.exit) also drain through the hook.
     */
    private static void onTermination(Shutdown shutdown, Logger log) {
        java.util.concurrent.atomic.AtomicBoolean signalled = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::drain, "shutdown-hook"));
        try {
            for (String name : new String[] {"TERM", "INT"}) {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> {
                    if (!signalled.compareAndSet(false, true)) {
                        log.warn("second SIG{}: exiting now without draining", signal.getName());
                        Runtime.getRuntime().halt(1);
                    }
                    log.info("SIG{} received: draining, then exiting", signal.getName());
                    Thread t = new Thread(() -> {
                        shutdown.drain();
                        System.exit(0);
                    }, "shutdown");
                    t.start();
                });
            }
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            log.info("no signal handler on this JVM ({}); draining in a shutdown hook instead", e.toString());
        }
    }

    /** Hot reload: documents/ and config/ are watched unless sources.watch is false. */
    private static CorpusWatcher watch(Thesisbot bot, Settings settings, Logger log) {
        if (!settings.sources().watch()) {
            log.info("sources.watch is false: documents/ and config/ are read at start and on /scenario reload only");
            return null;
        }
        try {
            return new CorpusWatcher(bot.documentsDir(), bot.configDir(), Duration.ofMillis(settings.sources().debounceMs()),
                    bot::reload).start();
        } catch (java.io.IOException e) {
            log.warn("cannot watch {} for changes ({}); use /scenario reload after editing documents", bot.documentsDir(),
                    e.getMessage());
            return null;
        }
    }

    // --- CLI -------------------------------------------------------------------------------------

    private static int ask(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        boolean json = false;
        String thread = null;
        Path chart = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String w = args.get(i);
            if (w.equals("--json")) {
                json = true;
            } else if (w.equals("--thread") && i + 1 < args.size()) {
                thread = "cli:" + args.get(++i);
            } else if (w.equals("--chart") && i + 1 < args.size()) {
                chart = Path.of(args.get(++i));
            } else {
                words.add(w);
            }
        }
        if (words.isEmpty()) {
            err.println("thesisbot: ask needs a question, e.g. java -jar thesisbot.jar ask \"What stake does $50B buy?\"");
            return 2;
        }
        Thesisbot bot = cliBot(env);
        try {
            Answer answer = bot.assistant().ask(new Question(String.join(" ", words), thread, null, "cli"));
            print(answer, json, out);
            return writeChart(answer, chart, err);
        } catch (BadQuestionException e) {
            return badInput(e, json, out, err);
        }
    }

    private static int command(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        boolean json = false;
        Path chart = null;
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--json")) {
                json = true;
            } else if (args.get(i).equals("--chart") && i + 1 < args.size()) {
                chart = Path.of(args.get(++i));
            } else {
                words.add(args.get(i));
            }
        }
        String text = String.join(" ", words);
        Thesisbot bot = cliBot(env);
        try {
            Answer answer = bot.assistant().command(text, null);
            print(answer, json, out);
            return writeChart(answer, chart, err);
        } catch (BadQuestionException e) {
            return badInput(e, json, out, err);
        }
    }

    /** --chart FILE: the answer's first chart as a PNG, drawn exactly as Slack and /charts get it. */
    private static int writeChart(Answer answer, Path file, PrintStream err) {
        if (file == null) {
            return 0;
        }
        if (answer.charts().isEmpty()) {
            err.println("thesisbot: this answer has no chart (grids, tornado and chart compare do)");
            return 2;
        }
        org.thesisbot.charts.RenderedChart png = new org.thesisbot.charts.ChartRenderer().render(answer.charts().get(0));
        try {
            Files.write(file, png.png());
        } catch (java.io.IOException e) {
            err.println("thesisbot: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
        err.println("chart written to " + file + " (" + png.width() + "x" + png.height() + ", " + png.png().length + " bytes)");
        return 0;
    }

    private static Thesisbot cliBot(Map<String, String> env) {
        Path home = home(env);
        Settings settings = new SettingsLoader().load(home.resolve("config").resolve("thesisbot.yaml"), env);
        return Thesisbot.build(home, settings, Secrets.fromEnv(env), Telemetry.NOOP, Clock.systemUTC());
    }

    private static void print(Answer answer, boolean json, PrintStream out) {
        if (json) {
            ObjectMapper m = AnswerJson.mapper();
            try {
                out.println(m.writeValueAsString(AnswerJson.toJson(answer, m)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        } else {
            out.println(answer.text());
            if (!answer.citations().isEmpty() && !answer.text().contains("*Sources*")) {
                out.println();
                answer.citations().forEach(c -> out.println("[" + c.n() + "] " + c.source() + ": \"" + c.quote() + "\""));
            }
        }
    }

    private static int badInput(BadQuestionException e, boolean json, PrintStream out, PrintStream err) {
        if (json) {
            ObjectMapper m = AnswerJson.mapper();
            out.println(m.createObjectNode().put("error", e.getMessage()).toString());
        } else {
            err.println("thesisbot: " + e.getMessage());
        }
        return 2;
    }

    private static Path home(Map<String, String> env) {
        String h = env.get("THESISBOT_HOME");
        Path home = h == null || h.isBlank() ? Path.of("").toAbsolutePath() : Path.of(h).toAbsolutePath();
        if (!Files.isDirectory(home.resolve("config"))) {
            throw new ConfigException("no config/ directory in " + home
                    + ": run from the repository root (or /app in the container), or set THESISBOT_HOME");
        }
        return home;
    }
}
