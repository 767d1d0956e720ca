package org.thesisbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.thesisbot.llm.FakeOpenAiServer;
import org.thesisbot.process.BotProcess;
import org.thesisbot.slack.testkit.FakeSlackWebApi;
import org.thesisbot.slack.testkit.FakeSlackWebApi.ApiCall;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;

/**
 * Issue 10's "Done means" measurements, each on a real bot process ({@link BotProcess}: the real jar's
 * classes, the repository's config and documents, embeddings on) with a local fake Slack Web API and a
 * local fake OpenAI-compatible server in this JVM. Run by {@code bench/hardening.sh}.
 *
 * <ol>
 *   <li><b>cpu</b>: the nastiest numeric inputs (from the issue and the input bounds), each sent 20 times as
 *       warm-up then 50 times one after another; CPU per request = the bot process's utime + stime
 *       ({@code /proc/<pid>/stat}) over the 50, divided by 50; wall = the slowest of the 50 round trips.
 *       Target: under 50 ms each.</li>
 *   <li><b>ack</b>: per run (two by default, each a fresh process), 30 s of 20 app_mention events/s and 10 GET
 *       /health/s on a fixed schedule, latency measured from each request's scheduled time (no coordinated
 *       omission); then 300 narrative questions on /api/ask and 300 narrative Slack mentions against a model
 *       that takes 15 s per answer, all sent at once; then the same 30 s again. The quiet figures, side by side,
 *       say how much of the latency is the machine. Target: ack p99 under 100 ms with the 300 queued.</li>
 *   <li><b>threads</b>: 100 narrative questions on /api/ask at once (server.ask_workers 100) against a model
 *       that streams two tokens and then hangs; clients give up after 2 s (abandoned); llm.deadline_seconds 5. The bot's thread count
 *       ({@code /proc/<pid>/status}) before, at its peak, and 5 s after the last deadline; and how many of
 *       the model's connections were closed by the bot. Target: back to the baseline within deadline + 5 s.</li>
 *   <li><b>restarts</b>: 20 times: start the bot, send app_mention events at 10/s (numeric and narrative,
 *       the model taking about 2 s per answer), SIGTERM it after 4 s while events keep coming for 2 s more.
 *       An event answered 503 is sent again to the next process, as Slack retries; an acked one must get
 *       exactly one reply. Target: zero acked and unanswered.</li>
 * </ol>
 * Arguments: {@code --out file.json} and optionally {@code --only cpu,ack,threads,restarts} and
 * {@code --restarts N}.
 */
public final class HardeningBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "bench-hardening-signing-secret-5c2e";
    private static final String BOT_TOKEN = "xoxb-0000-bench-hardening";
    private static final String API_TOKEN = "bench-hardening-api-token";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(64, r -> {
                Thread t = new Thread(r, "bench-http");
                t.setDaemon(true);
                return t;
            })).build();

    private final Path cacheDir;
    private final SlackFixtures fixtures = new SlackFixtures();
    private final Map<String, Object> results = new LinkedHashMap<>();

    private HardeningBench(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    public static void main(String[] args) throws Exception {
        String out = null;
        List<String> only = List.of("cpu", "ack", "threads", "restarts");
        int restarts = 20;
        int ackRuns = 2;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = args[++i];
                case "--only" -> only = Arrays.asList(args[++i].split(","));
                case "--restarts" -> restarts = Integer.parseInt(args[++i]);
                case "--ack-runs" -> ackRuns = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        HardeningBench bench = new HardeningBench(Files.createTempDirectory("thesisbot-hardening-cache"));
        if (only.contains("cpu")) {
            bench.cpu();
        }
        if (only.contains("ack")) {
            bench.ack(ackRuns);
        }
        if (only.contains("threads")) {
            bench.threads();
        }
        if (only.contains("restarts")) {
            bench.restarts(restarts);
        }
        String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bench.results);
        if (out != null) {
            Files.writeString(Path.of(out), json);
        }
        System.out.println(json);
        System.exit(0);
    }

    // --- the bot --------------------------------------------------------------------------------------------

    private BotProcess bot(FakeSlackWebApi slack, FakeOpenAiServer llm) throws IOException {
        BotProcess b = new BotProcess()
                .env("THESISBOT_GROUNDING_EMBEDDINGS", "true")       // as shipped
                .env("THESISBOT_GROUNDING_CACHE_DIR", cacheDir.toString()) // embedded once, reused by every restart
                .env("SLACK_BOT_TOKEN", BOT_TOKEN).env("SLACK_SIGNING_SECRET", SECRET)
                .env("SLACK_API_URL", slack.apiUrl()).env("THESISBOT_API_TOKEN", API_TOKEN)
                .env("THESISBOT_SLACK_RATE_LIMIT_PER_MINUTE", "100000")
                .jvm("-Dfile.encoding=UTF-8");
        if (llm != null) {
            b.env("OPENAI_API_KEY", "sk-bench-hardening").env("THESISBOT_LLM_BASE_URL", llm.baseUrl());
        }
        return b;
    }

    // --- 1. worst-case CPU of nasty numeric inputs -----------------------------------------------------------

    private void cpu() throws Exception {
        List<String[]> inputs = List.of(
                new String[] {"api", "irr bull over 0.000001 years"},
                new String[] {"api", "irr bull over 0.0000001 years"},
                new String[] {"api", "what's the IRR over 0.1 years if OpenAI ends up worth $1,000T and Amazon invests $1M at a $1M valuation?"},
                new String[] {"api", "what exit gives a 20% IRR over 1000000 years?"},
                new String[] {"api", "what stake does $0.000000000000000000000000000000000000000001B buy?"},
                new String[] {"api", "what stake does $50B buy at $" + "9".repeat(1900) + "B?"},
                new String[] {"api", "compare the bull, base and bear scenarios"},
                // the slowest of a fuzz over 40 repeated fragments (docs/benchmarks.md, Hardening bench): figures refused over 24, words not
                new String[] {"api", "irr " + "irr ".repeat(495)},
                new String[] {"api", "what stake does $50B buy at " + "half of ".repeat(240)},
                new String[] {"api", "what stake does $50B buy at " + "9..".repeat(600)},
                new String[] {"api", "IRR by exit valuation from $500B to $2T and holding years from 3 to 7"},
                // probability trees at their bounds (64 leaves, the 24 figures a question may hold): every leaf computed, and a goal on
                // the expected value solved across the 16 leaves an unknown branch ends (each solve computes every leaf 3+ times)
                new String[] {"api", "exit node: 1.5T (25%) / 1.2T (25%) / 900bn (25%) / 600bn (25%); post node: 700bn (25%) / 830bn (25%) / 1T (25%)"
                        + " / 1.2T (25%); margin node: 30% (25%) / 35% (25%) / 40% (25%) / 45% (25%). ev of the combined payoff?"},
                new String[] {"api", "exit node: 1.5T (25%) / 1.2T (25%) / 900bn (25%) / x (25%); post node: 700bn (25%) / 830bn (25%) / 1T (25%)"
                        + " / 1.2T (25%); margin node: 30% (25%) / 35% (25%) / 40% (25%) / 45% (25%). solve for x so the ev of the combined payoff is 40bn"},
                new String[] {"api", "round: 700 post (50%) -> exit 1.5T (50%) / 600bn (50%); 1.2T post (50%) -> exit 2.5T (25%) / 1.5T (25%) / 1T (25%)"
                        + " / 500bn (25%). expected irr?"},
                new String[] {"command", "irr bull holding_years=0.000001"},
                new String[] {"command", "irr holding_years=0.1 exit_valuation=1000000 investment=0.001 post_money_valuation=0.001"},
                new String[] {"command", "stake post_money_valuation=" + "9".repeat(1900)},
                new String[] {"command", "compare"},
                new String[] {"command", "grid irr exit_valuation=500B..2T holding_years=3..7"});
        try (FakeSlackWebApi slack = new FakeSlackWebApi(); BotProcess bot = bot(slack, null).start()) {
            SlackEventsClient events = new SlackEventsClient(URI.create(bot.url("/slack/events")), SECRET);
            List<Map<String, Object>> rows = new ArrayList<>();
            double worst = 0;
            for (String[] in : inputs) {
                Runnable send = in[0].equals("api") ? () -> ask(bot, in[1], 10_000) : () -> {
                    HttpResponse<String> r = events.command(fixtures.slashCommand("/scenario", "U0BENCH", "C0BENCH", in[1],
                            slack.responseUrl("cpu")));
                    if (r.statusCode() != 200) {
                        throw new IllegalStateException("/scenario " + in[1] + " -> " + r.statusCode());
                    }
                };
                for (int i = 0; i < 20; i++) {
                    send.run();
                }
                long cpu0 = cpuMillis(bot.pid());
                long maxWall = 0;
                for (int i = 0; i < 50; i++) {
                    long t0 = System.nanoTime();
                    send.run();
                    maxWall = Math.max(maxWall, System.nanoTime() - t0);
                }
                double cpuPer = (cpuMillis(bot.pid()) - cpu0) / 50.0;
                worst = Math.max(worst, cpuPer);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("mouth", in[0]);
                row.put("input", in[1].length() > 120 ? in[1].substring(0, 60) + "…(" + in[1].length() + " chars)" : in[1]);
                row.put("cpu_ms_per_request", round(cpuPer));
                row.put("max_wall_ms", round(maxWall / 1e6));
                rows.add(row);
                System.err.printf("cpu  %-8s %7.2f ms cpu  %7.2f ms max wall  %s%n", in[0], cpuPer, maxWall / 1e6, row.get("input"));
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("method", "each input 20x warm-up then 50x sequentially; bot process utime+stime (/proc) / 50; "
                    + "wall = slowest round trip");
            r.put("inputs", rows);
            r.put("worst_cpu_ms", round(worst));
            r.put("load_average_after", loadAverage());
            results.put("cpu", r);
        }
    }

    // --- 2. ack p99 while 300 slow LLM questions are queued ---------------------------------------------------

    private void ack(int repetitions) throws Exception {
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int rep = 1; rep <= repetitions; rep++) {
            try (FakeSlackWebApi slack = new FakeSlackWebApi(); FakeOpenAiServer llm = new FakeOpenAiServer()) {
                llm.always(new FakeOpenAiServer.SlowStream(Collections.nCopies(30, "Amazon would gain a partner [1]. "), 500));
                try (BotProcess bot = bot(slack, llm).start()) {
                    SlackEventsClient events = new SlackEventsClient(URI.create(bot.url("/slack/events")), SECRET);
                    // its own client, so the flood's slow /api/ask connections cannot delay it on this side
                    HttpClient healthClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                    for (int i = 0; i < 200; i++) { // warm-up: the JIT compiles the ack path
                        events.event(fixtures.appMention("U0WARM", "C0WARM" + i, "what stake would $50B buy at $830B?",
                                fixtures.nextTs(), null));
                    }
                    Thread.sleep(2_000);
                    Map<String, Object> quiet = measure(bot, events, healthClient, 30, "C0QUIET" + rep);

                    ExecutorService senders = Executors.newFixedThreadPool(32);
                    List<CompletableFuture<HttpResponse<String>>> api = new ArrayList<>();
                    AtomicInteger slackAcked = new AtomicInteger();
                    for (int i = 0; i < 300; i++) {
                        api.add(askAsync(bot, "Why would Amazon invest in OpenAI when it already backs Anthropic?", 120_000));
                        String channel = "C0SLOW" + rep + "X" + i;
                        senders.submit(() -> {
                            if (events.event(fixtures.appMention("U0SLOW", channel, "why would Amazon invest in OpenAI?",
                                    fixtures.nextTs(), null)).statusCode() == 200) {
                                slackAcked.incrementAndGet();
                            }
                        });
                    }
                    senders.shutdown();
                    senders.awaitTermination(60, TimeUnit.SECONDS);
                    Thread.sleep(2_000); // workers busy with the slow model, queues full
                    long threadsLoaded = threads(bot.pid());
                    Map<String, Object> flooded = measure(bot, events, healthClient, 30, "C0FLOOD" + rep);
                    int api200 = 0;
                    int api503 = 0;
                    for (CompletableFuture<HttpResponse<String>> f : api) {
                        if (f.isDone() && !f.isCompletedExceptionally()) {
                            int st = f.join().statusCode();
                            api200 += st == 200 ? 1 : 0;
                            api503 += st == 503 ? 1 : 0;
                        }
                    }
                    Map<String, Object> run = new LinkedHashMap<>();
                    run.put("quiet", quiet);
                    run.put("with_300_slow_queued", flooded);
                    run.put("slow_api_refused_503_at_once", api503);
                    run.put("slow_api_answered_by_then", api200);
                    run.put("slow_slack_mentions_acked", slackAcked.get());
                    run.put("bot_threads_under_load", threadsLoaded);
                    runs.add(run);
                    System.err.println("ack run " + rep + ": " + run);
                }
            }
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("method", "per run, a fresh bot: 200 mentions warm-up; 30 s quiet (20 mentions/s and 10 GET /health/s on a "
                + "fixed schedule, latency from the scheduled time); then 300 narrative /api/ask and 300 narrative mentions "
                + "against a model taking 15 s per answer, sent at once; then the same 30 s schedule");
        r.put("runs", runs);
        results.put("ack", r);
    }

    /** {@code seconds} of 20 mentions/s and 10 GET /health/s, on a fixed schedule merged by due time. */
    private Map<String, Object> measure(BotProcess bot, SlackEventsClient events, HttpClient healthClient, int seconds,
                                        String channelPrefix) throws InterruptedException {
        List<Long> acks = Collections.synchronizedList(new ArrayList<>());
        List<Long> health = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
        // both schedules merged by due time, so no request waits behind one due later (no coordinated omission)
        java.util.TreeMap<Long, Runnable> schedule = new java.util.TreeMap<>();
        for (int i = 0; i < seconds * 20; i++) {
            long due = start + i * 50_000_000L;
            String channel = channelPrefix + "X" + i;
            schedule.put(due, () -> {
                sleepUntil(due);
                try {
                    HttpResponse<String> r = events.event(fixtures.appMention("U0ACK", channel,
                            "what stake would $50B buy at $830B?", fixtures.nextTs(), null));
                    acks.add(System.nanoTime() - due);
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    errors.incrementAndGet();
                }
            });
        }
        for (int i = 0; i < seconds * 10; i++) {
            long due = start + i * 100_000_000L + 25_000_000L;
            schedule.put(due, () -> {
                sleepUntil(due);
                try {
                    HttpResponse<String> r = healthClient.send(HttpRequest.newBuilder(URI.create(bot.url("/health")))
                            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    health.add(System.nanoTime() - due);
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            });
        }
        ExecutorService load = Executors.newFixedThreadPool(64);
        schedule.values().forEach(load::submit);
        load.shutdown();
        load.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slack_ack_ms", percentiles(acks));
        m.put("health_ms", percentiles(health));
        m.put("errors", errors.get());
        m.put("load_average", loadAverage());
        return m;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    // --- 3. threads after 100 abandoned streams ---------------------------------------------------------------

    private void threads() throws Exception {
        int deadline = 5;
        try (FakeSlackWebApi slack = new FakeSlackWebApi(); FakeOpenAiServer llm = new FakeOpenAiServer()) {
            llm.always(new FakeOpenAiServer.SlowStream(List.of("Amazon would gain ", "a partner [1]."), 50));
            // 100 streams at once: the ask pool has a worker for each
            try (BotProcess bot = bot(slack, llm).env("THESISBOT_LLM_DEADLINE_SECONDS", String.valueOf(deadline))
                    .env("THESISBOT_SERVER_ASK_WORKERS", "100").env("THESISBOT_SERVER_ASK_QUEUE", "0").start()) {
                for (int i = 0; i < 10; i++) { // warm: numeric, narrative with a model that finishes
                    ask(bot, "What stake would $50B buy at $830B?", 10_000);
                    ask(bot, "Why would Amazon invest in OpenAI?", 30_000);
                }
                Thread.sleep(4_000); // idle threads of the warm-up leave (2 s keep-alive)
                threadNames(bot.pid()); // jcmd starts the JVM's Attach Listener once; count it in the baseline
                Thread.sleep(1_000);
                long baseline = threads(bot.pid());
                Map<String, Integer> baselineNames = threadNames(bot.pid());
                llm.always(new FakeOpenAiServer.Stream(List.of("Amazon would gain ", "a partner"), true)); // then hangs
                int before = llm.disconnects();
                AtomicInteger abandoned = new AtomicInteger();
                long[] peak = {baseline};
                long sent = System.nanoTime();
                List<CompletableFuture<?>> all = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    // the caller gives up after 2 s; the bot holds the model call until its deadline, then cancels it
                    all.add(HTTP.sendAsync(askRequest(bot, "Why would Amazon invest in OpenAI when it backs Anthropic?", 2_000),
                            HttpResponse.BodyHandlers.ofString()).handle((resp, error) -> {
                                if (error != null) {
                                    abandoned.incrementAndGet();
                                }
                                return null;
                            }));
                }
                long lastDeadline = sent + TimeUnit.SECONDS.toNanos(deadline);
                while (System.nanoTime() < lastDeadline + TimeUnit.SECONDS.toNanos(1)) {
                    peak[0] = Math.max(peak[0], threads(bot.pid()));
                    Thread.sleep(100);
                }
                sleepUntil(lastDeadline + TimeUnit.SECONDS.toNanos(5));
                long after5 = threads(bot.pid());
                Map<String, Integer> after5Names = threadNames(bot.pid());
                Thread.sleep(10_000);
                long after15 = threads(bot.pid());
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
                Map<String, Object> r = new LinkedHashMap<>();
                r.put("method", "100 narrative /api/ask at once (server.ask_workers 100), the model streams 2 tokens then "
                        + "hangs, llm.deadline_seconds 5, clients give up after 2 s; bot threads from /proc/<pid>/status, "
                        + "groups from jcmd Thread.print");
                r.put("baseline_threads", baseline);
                r.put("peak_threads", peak[0]);
                r.put("threads_deadline_plus_5s", after5);
                r.put("threads_deadline_plus_15s", after15);
                r.put("abandoned_by_client", abandoned.get());
                r.put("thread_groups_baseline", baselineNames);
                r.put("thread_groups_deadline_plus_5s", after5Names);
                r.put("model_connections_closed_by_bot", llm.disconnects() - before);
                r.put("load_average_after", loadAverage());
                results.put("threads", r);
                System.err.println("threads " + r);
            }
        }
    }

    // --- 4. questions lost over N SIGTERM restarts under load -------------------------------------------------

    private record Event(String channel, String ts, ObjectNode payload) {
    }

    private void restarts(int n) throws Exception {
        try (FakeSlackWebApi slack = new FakeSlackWebApi(); FakeOpenAiServer llm = new FakeOpenAiServer()) {
            llm.always(new FakeOpenAiServer.SlowStream(Arrays.asList("Amazon ", "would ", "gain ", "a ", "second ",
                    "frontier-model ", "partner ", "[1]."), 250));
            List<Event> acked = Collections.synchronizedList(new ArrayList<>());
            List<Event> retry = Collections.synchronizedList(new ArrayList<>());
            Map<String, Integer> refusedTimes = new ConcurrentHashMap<>();
            List<Integer> exits = new ArrayList<>();
            List<Long> exitMillis = new ArrayList<>();
            int sent = 0;
            int errors = 0;
            for (int round = 0; round < n; round++) {
                try (BotProcess bot = bot(slack, llm).start()) {
                    SlackEventsClient events = new SlackEventsClient(URI.create(bot.url("/slack/events")), SECRET);
                    List<Event> redeliver = new ArrayList<>(retry);
                    retry.clear();
                    for (Event e : redeliver) { // Slack retries what was not acked
                        send(events, e, acked, retry, refusedTimes);
                    }
                    long start = System.nanoTime();
                    long signalAt = start + TimeUnit.SECONDS.toNanos(4);
                    long stopAt = start + TimeUnit.SECONDS.toNanos(6);
                    boolean signalled = false;
                    long signalledAt = 0;
                    for (int i = 0; System.nanoTime() < stopAt; i++) {
                        sleepUntil(start + i * 100_000_000L);
                        if (!signalled && System.nanoTime() >= signalAt) {
                            bot.sigterm();
                            signalled = true;
                            signalledAt = System.nanoTime();
                        }
                        String channel = "C0R" + round + "X" + i;
                        String ts = fixtures.nextTs();
                        String q = i % 3 == 0 ? "what stake would $50B buy at $830B?" : "why would Amazon invest in OpenAI?";
                        Event e = new Event(channel, ts, fixtures.appMention("U0LOAD", channel, q, ts, null));
                        sent++;
                        try {
                            send(events, e, acked, retry, refusedTimes);
                        } catch (RuntimeException down) {
                            retry.add(e); // connection refused: the process is gone; Slack would retry
                        }
                    }
                    int exit = bot.awaitExit(Duration.ofSeconds(60));
                    exits.add(exit);
                    exitMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalledAt));
                    if (exit != 0) {
                        errors++;
                    }
                    System.err.printf("restart %2d: exit %d after %d ms; acked so far %d, to redeliver %d%n", round + 1,
                            exit, exitMillis.get(exitMillis.size() - 1), acked.size(), retry.size());
                }
            }
            // the last refusals go to one more process, as Slack would deliver them
            try (BotProcess bot = bot(slack, llm).start()) {
                SlackEventsClient events = new SlackEventsClient(URI.create(bot.url("/slack/events")), SECRET);
                List<Event> redeliver = new ArrayList<>(retry);
                retry.clear();
                for (Event e : redeliver) {
                    send(events, e, acked, retry, refusedTimes);
                }
                Thread.sleep(15_000);
                bot.sigterm();
                bot.awaitExit(Duration.ofSeconds(60));
            }
            int unanswered = 0;
            int duplicates = 0;
            int restartingNotices = 0;
            List<ApiCall> posts = slack.calls("chat.postMessage");
            Map<String, Integer> replies = new LinkedHashMap<>();
            for (ApiCall c : posts) {
                replies.merge(c.param("channel") + ":" + c.param("thread_ts"), 1, Integer::sum);
                if (String.valueOf(c.param("text")).contains("restarting")) {
                    restartingNotices++;
                }
            }
            for (Event e : acked) {
                int k = replies.getOrDefault(e.channel() + ":" + e.ts(), 0);
                if (k == 0) {
                    unanswered++;
                } else if (k > 1) {
                    duplicates++;
                }
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("method", n + " rounds: start, 10 mentions/s (a third numeric; the model ~2 s per answer), SIGTERM at "
                    + "4 s, mentions until 6 s; 503s redelivered to the next process as Slack retries");
            r.put("events_sent", sent);
            r.put("acked", acked.size());
            r.put("refused_503_then_redelivered", refusedTimes.size());
            r.put("acked_and_unanswered", unanswered);
            r.put("answered_twice", duplicates);
            r.put("restarting_notices", restartingNotices);
            r.put("nonzero_exits", errors);
            r.put("exit_ms_after_sigterm", percentiles(exitMillis.stream().map(ms -> ms * 1_000_000L).toList()));
            r.put("load_average_after", loadAverage());
            results.put("restarts", r);
            System.err.println("restarts " + r);
        }
    }

    private static void send(SlackEventsClient events, Event e, List<Event> acked, List<Event> retry,
                             Map<String, Integer> refused) {
        int status = events.event(e.payload()).statusCode();
        if (status == 200) {
            acked.add(e);
        } else if (status == 503) {
            refused.merge(e.channel(), 1, Integer::sum);
            retry.add(e);
        } else {
            throw new IllegalStateException("unexpected " + status + " for " + e.channel());
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static HttpRequest askRequest(BotProcess bot, String question, long timeoutMillis) {
        String body = JSON.createObjectNode().put("question", question).toString();
        return HttpRequest.newBuilder(URI.create(bot.url("/api/ask"))).timeout(Duration.ofMillis(timeoutMillis))
                .header("Authorization", "Bearer " + API_TOKEN).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static void ask(BotProcess bot, String question, long timeoutMillis) {
        try {
            HttpResponse<String> r = HTTP.send(askRequest(bot, question, timeoutMillis), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 && r.statusCode() != 400) {
                throw new IllegalStateException(question + " -> " + r.statusCode() + " " + r.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static CompletableFuture<HttpResponse<String>> askAsync(BotProcess bot, String question, long timeoutMillis) {
        return HTTP.sendAsync(askRequest(bot, question, timeoutMillis), HttpResponse.BodyHandlers.ofString());
    }

    /** The process's user + system CPU time in milliseconds, from /proc/<pid>/stat (clock ticks of 10 ms). */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of stat
        return ticks * 1000 / clockTicks();
    }

    private static long clockTicks() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").start();
            return Long.parseLong(new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip());
        } catch (IOException | RuntimeException e) {
            return 100;
        }
    }

    private static long threads(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("Threads:")) {
                return Long.parseLong(line.substring(8).strip());
            }
        }
        return -1;
    }

    /** Thread names of the process grouped without their numbers ("llm-http-12" -> "llm-http-#"), from jcmd. */
    private static Map<String, Integer> threadNames(long pid) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "Thread.print").redirectErrorStream(true).start();
            for (String line : new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("\"")) {
                    String name = line.substring(1, line.indexOf('"', 1)).replaceAll("\\d+", "#");
                    out.merge(name, 1, Integer::sum);
                }
            }
            p.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException | RuntimeException e) {
            out.put("(jcmd failed: " + e + ")", 0);
        }
        return out;
    }

    private static Map<String, Object> percentiles(List<Long> nanos) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n", s.size());
        if (s.isEmpty()) {
            return m;
        }
        m.put("p50", round(at(s, 0.50) / 1e6));
        m.put("p90", round(at(s, 0.90) / 1e6));
        m.put("p99", round(at(s, 0.99) / 1e6));
        m.put("max", round(s.get(s.size() - 1) / 1e6));
        return m;
    }

    private static long at(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void sleepUntil(long nanoTime) {
        long ms = TimeUnit.NANOSECONDS.toMillis(nanoTime - System.nanoTime());
        if (ms > 0) {
            sleepQuietly(ms);
        }
    }

    private static void sleepQuietly(long ms) {
        try {
            Thread.sleep(Math.max(0, ms));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
