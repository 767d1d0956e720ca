package org.thesisbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.thesisbot.slack.testkit.SlackEventsClient;
import org.thesisbot.slack.testkit.SlackFixtures;
import org.thesisbot.slack.testkit.SlackRequestSigner;

/**
 * The load generator of {@code bench/run.sh} (a harness, not a test: surefire skips {@code bench} packages): many
 * targets up at once, in alternating rounds (or loaded all at once, {@code --interleave}), then capacity. ({@link LoadGenerator} is the one-target, phase-list
 * generator of {@code bench/state.sh}, with replicas and failover.)
 *
 * <p>It starts a local fake Slack Web API ({@link LeanSlackApi}), writes its URL to {@code --fake-url-file} (the
 * script hands it to every target as {@code SLACK_API_URL}), waits until every {@code --target} answers HTTP,
 * then runs the plan:
 * <ol>
 *   <li><b>initial warm-up</b>: each target in turn, each {@code --initial-warmup} phase in turn (discarded); with
 *       {@code --warmup-block-seconds} it runs in blocks whose p99s are recorded, and goes on past its seconds while
 *       p99 is still falling, up to {@code --warmup-max-seconds} ({@code --warmup-per-replica}: both per replica; see
 *       {@link Settle});</li>
 *   <li><b>rounds</b>: {@code --rounds N} times, each {@code --compare} phase on each of its targets in turn
 *       (A B C A B C ...), every measured window preceded by the same {@code --round-warmup-seconds} at its rate;
 *       with {@code --rotate} the order turns by one each round (A B C, B C A, C A B, A B C ...), so that no target
 *       always runs first after a switch, or always right after the same other one; with {@code --interleave} each
 *       round runs the phase on all its targets at the same time instead, each at the phase's rate, the events
 *       interleaved in a seeded-random order per slot ({@link #run(List, Phase, boolean)}), so that each round is a
 *       time block in which every target saw the same machine noise (one pair per round for a paired comparison);</li>
 *   <li><b>extras</b>: single phases on one target ({@code --extra}, e.g. thesisbot's slash command);</li>
 *   <li><b>capacity</b>: the open-loop rate stepped through {@code --capacity-rates} for each {@code --capacity}
 *       entry (interleaved by step) until end-to-end p99 exceeds {@code --capacity-e2e-limit-ms}, an error, a
 *       missing reply, a duplicate or a "busy" notice appears; then {@code --capacity-refine} bisections between
 *       the last rate sustained and the first that was not.</li>
 * </ol>
 *
 * <p>Every phase is <b>open loop</b>: request {@code i} is due at {@code start + i / rate}; its latency is measured
 * from that scheduled time, not from when it actually left, so a stall anywhere (target, network stack, or this
 * sender) shows in the figures instead of silently delaying the requests behind it (no coordinated omission).
 * Each event comes from a distinct user in its own thread. Measured per phase: ack latency (until the full HTTP
 * response is read); errors (non-2xx, exceptions, no response); for replying targets, end-to-end latency
 * (scheduled send to the reply's arrival at the fake), missing and duplicate replies; machine and per-core CPU
 * busy, this generator's CPU, and the target process's CPU (from {@code --pid-dir}/NAME.pid). With
 * {@code --events-out FILE}, every event of the rounds is also written there, one line each (its target, phase and
 * message, and when it was due, handed to the HTTP client, replied to at the fake and answered by the fake, in
 * {@link System#nanoTime} ns: see {@link ReplyTracker.Event}), for {@link EdgeSummary}.
 *
 * <p>A target may be several replicas, {@code --target two=http://127.0.0.1:3002,http://127.0.0.1:3003}: its
 * requests go to them in turn, as a load balancer would (its pid file then holds one pid per line).
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.thesisbot.bench.RoundsLoadGenerator \
 *     --target thesisbot=http://127.0.0.1:3000 --target bare-reply=http://127.0.0.1:3001 --replies thesisbot,bare-reply \
 *     --fake-url-file /tmp/fake.url --pid-dir /tmp/pids --initial-warmup mention-numeric:100:30 \
 *     --rounds 5 --round-warmup-seconds 5 --compare main:mention-numeric:50:20@thesisbot,bare-reply \
 *     --capacity thesisbot-numeric=thesisbot:mention-numeric --out /tmp/loadgen.json
 * </pre>
 * The signing secret comes from {@code SLACK_SIGNING_SECRET}; {@code api-numeric} phases send
 * {@code THESISBOT_API_TOKEN} as a bearer token.
 */
public final class RoundsLoadGenerator {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** The seed of the interleaved phases' orders (issue 13's number, as {@link PairedRounds#SEED}). */
    static final long INTERLEAVE_SEED = 13;

    private final Options options;
    private final HttpClient http;
    private final SlackRequestSigner signer;
    private final ReplyTracker tracker;
    private final LeanSlackApi fake;
    private final SlackFixtures fixtures = new SlackFixtures();
    private final Questions questions = new Questions(42);
    private final AtomicInteger users = new AtomicInteger();
    /** The order of the targets in each slot of an interleaved phase ({@link #interleaved}): the same every run. */
    private final SplittableRandom interleaving = new SplittableRandom(INTERLEAVE_SEED);

    private RoundsLoadGenerator(Options options, HttpClient http, ReplyTracker tracker, LeanSlackApi fake) {
        this.options = options;
        this.http = http;
        this.signer = new SlackRequestSigner(options.signingSecret());
        this.tracker = tracker;
        this.fake = fake;
    }

    /** A comparison: one phase, run on each of its targets in turn, every round. */
    record Compare(Phase phase, List<String> targets) {
    }

    /** A single phase on one target, after the rounds. */
    record Extra(String target, Phase phase) {
    }

    /** One capacity curve: a label, the target, and what it is asked. */
    record CapacityEntry(String label, String target, Phase.Workload workload) {
    }

    /**
     * How the initial warm-up runs. {@code perReplica}: each warm-up's seconds (and {@code maxSeconds}) are per replica,
     * so a target of two replicas warms up twice as long and each replica serves as many requests as a lone one.
     * {@code blockSeconds} > 0: the warm-up runs in blocks of that length, each one's p99 recorded (e2e for a replying
     * target, else ack); after the warm-up's seconds it goes on, block by block up to {@code maxSeconds}, while the
     * last block's p99 is under {@code stillFalling} times the block's before (still clearly falling). When the rounds
     * begin, the epoch milliseconds are written to {@code roundsStartFile} (null: not written), so that what the targets
     * logged during the warm-up can be told apart.
     */
    record Settle(boolean perReplica, int blockSeconds, int maxSeconds, double stillFalling, Path roundsStartFile) {
    }

    /** Command-line options. */
    record Options(Map<String, Target> targets, Path fakeUrlFile, Path out, List<Phase> initialWarmups, Settle settle,
                   int rounds,
                   int roundWarmupSeconds, List<Compare> compares, List<Extra> extras, List<CapacityEntry> capacity,
                   List<Integer> capacityRates, int capacitySeconds, int capacityRefine, double capacityE2eLimitMs,
                   Duration grace, Duration readyTimeout, String signingSecret, String apiToken, long clockTicks,
                   int targetCore, int fakePort, boolean rotate, boolean interleave, Path eventsOut) {
        static Options parse(String[] args) {
            Map<String, List<URI>> urls = new LinkedHashMap<>();
            List<String> replying = new ArrayList<>();
            Path pidDir = null;
            Path fakeUrlFile = null;
            int fakePort = 0;
            Path out = null;
            List<Phase> warmups = new ArrayList<>();
            boolean perReplica = false;
            int blockSeconds = 0;
            int maxSeconds = 0;
            double stillFalling = 0.85;
            Path roundsStartFile = null;
            int rounds = 1;
            int roundWarmup = 0;
            List<Compare> compares = new ArrayList<>();
            List<Extra> extras = new ArrayList<>();
            List<CapacityEntry> capacity = new ArrayList<>();
            List<Integer> rates = List.of(50, 100, 200, 400, 800, 1600, 3200);
            int capacitySeconds = 20;
            int refine = 2;
            double limit = 100;
            int grace = 10;
            int readyTimeout = 240;
            long ticks = 100;
            int targetCore = -1;
            boolean rotate = false;
            boolean interleave = false;
            Path eventsOut = null;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--target" -> {
                        String[] kv = args[++i].split("=", 2);
                        urls.put(kv[0], Stream.of(kv[1].split(",")).map(URI::create).toList());
                    }
                    case "--replies" -> replying.addAll(List.of(args[++i].split(",")));
                    case "--pid-dir" -> pidDir = Path.of(args[++i]);
                    case "--fake-url-file" -> fakeUrlFile = Path.of(args[++i]);
                    case "--fake-port" -> fakePort = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--initial-warmup" -> warmups.add(Phase.parse("warmup:" + args[++i]));
                    case "--warmup-per-replica" -> perReplica = true;
                    case "--warmup-block-seconds" -> blockSeconds = Integer.parseInt(args[++i]);
                    case "--warmup-max-seconds" -> maxSeconds = Integer.parseInt(args[++i]);
                    case "--warmup-still-falling" -> stillFalling = Double.parseDouble(args[++i]);
                    case "--rounds-start-file" -> roundsStartFile = Path.of(args[++i]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--round-warmup-seconds" -> roundWarmup = Integer.parseInt(args[++i]);
                    case "--rotate" -> rotate = true;
                    case "--interleave" -> interleave = true;
                    case "--events-out" -> eventsOut = Path.of(args[++i]);
                    case "--compare" -> {
                        String[] p = args[++i].split("@", 2);
                        compares.add(new Compare(Phase.parse(p[0]), List.of(p[1].split(","))));
                    }
                    case "--extra" -> {
                        String[] p = args[++i].split("@", 2);
                        extras.add(new Extra(p[0], Phase.parse(p[1])));
                    }
                    case "--capacity" -> {
                        String[] kv = args[++i].split("=", 2);
                        String[] tw = kv[1].split(":", 2);
                        capacity.add(new CapacityEntry(kv[0], tw[0], Phase.Workload.of(tw[1])));
                    }
                    case "--capacity-rates" -> rates = List.of(args[++i].split(",")).stream().map(Integer::parseInt).toList();
                    case "--capacity-seconds" -> capacitySeconds = Integer.parseInt(args[++i]);
                    case "--capacity-refine" -> refine = Integer.parseInt(args[++i]);
                    case "--capacity-e2e-limit-ms" -> limit = Double.parseDouble(args[++i]);
                    case "--grace-seconds" -> grace = Integer.parseInt(args[++i]);
                    case "--ready-timeout-seconds" -> readyTimeout = Integer.parseInt(args[++i]);
                    case "--clock-ticks" -> ticks = Long.parseLong(args[++i]);
                    case "--target-core" -> targetCore = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            String secret = System.getenv("SLACK_SIGNING_SECRET");
            if (urls.isEmpty() || out == null || secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("need at least one --target, --out, and SLACK_SIGNING_SECRET");
            }
            Map<String, Target> targets = new LinkedHashMap<>();
            for (Map.Entry<String, List<URI>> e : urls.entrySet()) {
                targets.put(e.getKey(), new Target(e.getKey(), e.getValue(), replying.contains(e.getKey()),
                        pidDir == null ? null : pidDir.resolve(e.getKey() + ".pid")));
            }
            for (Compare c : compares) {
                c.targets().forEach(t -> require(targets, t));
            }
            extras.forEach(x -> require(targets, x.target()));
            capacity.forEach(c -> {
                require(targets, c.target());
                if (!targets.get(c.target()).replies()) {
                    throw new IllegalArgumentException("capacity needs a replying target: " + c.target());
                }
            });
            return new Options(targets, fakeUrlFile, out, List.copyOf(warmups),
                    new Settle(perReplica, blockSeconds, maxSeconds, stillFalling, roundsStartFile), rounds, roundWarmup, compares, extras, capacity,
                    rates, capacitySeconds, refine, limit, Duration.ofSeconds(grace), Duration.ofSeconds(readyTimeout),
                    secret, System.getenv("THESISBOT_API_TOKEN"), ticks, targetCore, fakePort, rotate, interleave, eventsOut);
        }

        private static void require(Map<String, Target> targets, String name) {
            if (!targets.containsKey(name)) {
                throw new IllegalArgumentException("no --target named " + name);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("loadgen: " + e.getMessage());
            System.exit(2);
            return;
        }
        ReplyTracker tracker = new ReplyTracker();
        try (LeanSlackApi fake = new LeanSlackApi(options.fakePort(), tracker)) {
            if (options.fakeUrlFile() != null) {
                Path tmp = options.fakeUrlFile().resolveSibling(options.fakeUrlFile().getFileName() + ".tmp");
                Files.writeString(tmp, fake.apiUrl());
                Files.move(tmp, options.fakeUrlFile(), StandardCopyOption.ATOMIC_MOVE);
            }
            // Completions run on the client's selector thread (a direct executor): one thread hop fewer between
            // the response arriving and its time being taken, so less of the client's own jitter in the figures.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).executor(Runnable::run).build();
            RoundsLoadGenerator gen = new RoundsLoadGenerator(options, http, tracker, fake);
            for (Target t : options.targets().values()) {
                gen.awaitReady(t);
            }
            gen.write(gen.runPlan());
        }
    }

    private ObjectNode runPlan() throws InterruptedException, IOException {
        ObjectNode root = JSON.createObjectNode().put("started_utc", Instant.now().toString());
        ObjectNode targets = root.putObject("targets");
        options.targets().values().forEach(t -> targets.putObject(t.name()).put("url", t.bases().toString())
                .put("replies", t.replies()));
        if (!options.initialWarmups().isEmpty()) {
            ArrayNode w = root.putArray("initial_warmup");
            ArrayNode settled = root.putArray("warmup_settle");
            for (Target t : options.targets().values()) {
                for (Phase p : options.initialWarmups()) {
                    settled.add(warmUp(t, p, w));
                }
            }
        }
        if (options.settle().roundsStartFile() != null) {
            Files.writeString(options.settle().roundsStartFile(), Long.toString(System.currentTimeMillis()));
        }
        if (options.eventsOut() != null) {
            tracker.keepEvents();   // the rounds' events, for the stages outside the target (written at the end)
        }
        Map<String, Map<String, List<PhaseStats>>> byCompare = new LinkedHashMap<>();
        Map<String, List<List<String>>> orders = new LinkedHashMap<>();
        for (int round = 1; round <= options.rounds(); round++) {
            for (Compare c : options.compares()) {
                Map<String, List<PhaseStats>> byTarget = byCompare.computeIfAbsent(c.phase().name(), k -> new LinkedHashMap<>());
                if (options.interleave()) {
                    // every target at once, each event to one of them (run's slots): one round is one paired block
                    List<Target> together = c.targets().stream().map(options.targets()::get).toList();
                    System.out.printf("loadgen: round %d/%d %s, interleaved %s%n", round, options.rounds(), c.phase().name(),
                            c.targets());
                    if (options.roundWarmupSeconds() > 0) {
                        run(together, c.phase().named("warmup-" + c.phase().name(), c.phase().rate(),
                                options.roundWarmupSeconds()), false);
                    }
                    for (PhaseStats s : run(together, c.phase(), false)) {
                        byTarget.computeIfAbsent(s.target, k -> new ArrayList<>()).add(s);
                    }
                    System.out.printf("loadgen: round %d/%d %s done%n", round, options.rounds(), c.phase().name());
                    continue;
                }
                List<String> order = options.rotate() ? rotated(c.targets(), round - 1) : c.targets();
                orders.computeIfAbsent(c.phase().name(), k -> new ArrayList<>()).add(order);
                System.out.printf("loadgen: round %d/%d %s, order %s%n", round, options.rounds(), c.phase().name(), order);
                for (String name : order) {
                    Target t = options.targets().get(name);
                    if (options.roundWarmupSeconds() > 0) {
                        run(t, c.phase().named("warmup-" + c.phase().name(), c.phase().rate(), options.roundWarmupSeconds()));
                    }
                    PhaseStats s = run(t, c.phase());
                    byTarget.computeIfAbsent(name, k -> new ArrayList<>()).add(s);
                    System.out.printf("loadgen: round %d/%d %s %s done%n", round, options.rounds(), c.phase().name(), name);
                }
            }
        }
        ArrayNode compares = root.putArray("comparisons");
        for (Compare c : options.compares()) {
            ObjectNode o = compares.addObject().put("phase", c.phase().name()).put("workload", c.phase().workload().wireName())
                    .put("rate_per_s", c.phase().rate()).put("seconds", c.phase().seconds())
                    .put("round_warmup_seconds", options.roundWarmupSeconds()).put("rounds", options.rounds())
                    .put("rotated", options.rotate() && !options.interleave()).put("interleaved", options.interleave());
            ArrayNode ord = o.putArray("orders");
            for (List<String> order : orders.getOrDefault(c.phase().name(), List.of())) {
                ArrayNode one = ord.addArray();
                order.forEach(one::add);
            }
            ObjectNode ts = o.putObject("targets");
            byCompare.getOrDefault(c.phase().name(), Map.of()).forEach((name, stats) -> ts.set(name, Rounds.json(stats)));
        }
        ArrayNode extras = root.putArray("extras");
        for (Extra x : options.extras()) {
            extras.add(run(options.targets().get(x.target()), x.phase()).json());
        }
        if (!options.capacity().isEmpty()) {
            root.set("capacity", new Capacity(this, options).run());
        }
        root.put("finished_utc", Instant.now().toString());
        return root;
    }

    /** {@code targets} turned left by {@code by} places: round 1 A B C, round 2 B C A, round 3 C A B, ... */
    static List<String> rotated(List<String> targets, int by) {
        int n = targets.size();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(targets.get((i + by) % n));
        }
        return out;
    }

    /**
     * One initial warm-up of one target ({@link Settle}): its blocks go to {@code phases}; returns what it did, with
     * each block's p99 and whether it stopped falling before the cap.
     */
    private ObjectNode warmUp(Target t, Phase p, ArrayNode phases) throws InterruptedException {
        Settle settle = options.settle();
        int replicas = settle.perReplica() ? t.bases().size() : 1;
        int least = p.seconds() * replicas;
        int most = Math.max(least, settle.maxSeconds() * replicas);
        int block = settle.blockSeconds() > 0 ? settle.blockSeconds() : least;
        ObjectNode o = JSON.createObjectNode().put("target", t.name()).put("workload", p.workload().wireName())
                .put("rate_per_s", p.rate()).put("least_seconds", least).put("most_seconds", most)
                .put("block_seconds", block);
        ArrayNode p99s = o.putArray("block_p99_ms");
        double before = Double.NaN;
        boolean falling = false;
        int done = 0;
        for (int b = 1; done < most; b++) {
            int secs = Math.min(block, (done < least ? least : most) - done);
            PhaseStats s = run(t, p.named(p.name() + "-" + b, p.rate(), secs));
            phases.add(s.json());
            done += secs;
            double p99 = s.expected.get() > 0 ? s.e2eAll().ms(99) : s.ack.ms(99);
            p99s.add(Latencies.round(p99));
            falling = !Double.isNaN(before) && p99 < settle.stillFalling() * before;
            before = p99;
            if (done >= least && !falling) {
                break;
            }
        }
        o.put("seconds", done).put("settled", !falling);
        System.out.printf(Locale.ROOT, "loadgen[%s]: warm-up %s at %d/s for %d s, p99 per %d s block %s ms: %s%n", t.name(),
                p.workload().wireName(), p.rate(), done, block, p99s, falling ? "STILL FALLING at the cap" : "settled");
        return o;
    }

    private void awaitReady(Target target) throws InterruptedException {
        for (URI base : target.bases()) {
            awaitReady(target, base);
        }
    }

    private void awaitReady(Target target, URI base) throws InterruptedException {
        URI uri = base.resolve("/health");
        long deadline = System.nanoTime() + options.readyTimeout().toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                System.out.printf("loadgen[%s]: target up at %s%n", target.name(), base);
                return; // any HTTP status: the server is listening
            } catch (IOException e) {
                last = e.toString();
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("target " + target.name() + " did not answer at " + uri + " within "
                + options.readyTimeout().toSeconds() + " s (" + last + ")");
    }

    /**
     * One request, built before its send time so only sending is on the clock: {@code ts} is the thread its reply goes
     * to, {@code messageTs} the message itself (the same for a mention).
     */
    private record Shot(String path, byte[] body, String contentType, boolean slack, String channel, String ts,
                        String messageTs, String kind) {
    }

    private Shot shot(Target target, Phase.Workload workload, int i) {
        int user = users.incrementAndGet();
        String channel = "CBENCH" + (user % 50);
        return switch (workload) {
            case FOLLOWUP_NUMERIC -> {
                ReplyTracker.Thread thread = tracker.answeredThread(target.name());
                if (thread == null) {
                    throw new IllegalStateException("no thread answered by " + target.name() + " is left to follow up in: "
                            + "run mentions on it first (e.g. an initial warm-up of mention-numeric)");
                }
                String ts = fixtures.nextTs();
                byte[] body = fixtures.message("UB" + user, thread.channel(), "channel", questions.followUp(),
                        ts, thread.ts()).toString().getBytes(StandardCharsets.UTF_8);
                yield new Shot("/slack/events", body, "application/json", true, thread.channel(), thread.ts(), ts, "followup");
            }
            case MENTION_NUMERIC, MENTION_MIXED, MENTION_NARRATIVE -> {
                boolean narrative = workload == Phase.Workload.MENTION_NARRATIVE
                        || (workload == Phase.Workload.MENTION_MIXED && i % 2 == 1);
                String ts = fixtures.nextTs();
                String text = narrative ? questions.narrative() : questions.numeric();
                byte[] body = fixtures.appMention("UB" + user, channel, text, ts, null).toString()
                        .getBytes(StandardCharsets.UTF_8);
                yield new Shot("/slack/events", body, "application/json", true, channel, ts, ts,
                        narrative ? "narrative" : "numeric");
            }
            case SLASH_NUMERIC -> new Shot("/slack/events", SlackEventsClient.form(fixtures.slashCommand("/scenario",
                    "UB" + user, channel, questions.command(), fake.responseUrl("cmd" + user)))
                    .getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded", true, null, null, null, "numeric");
            case API_NUMERIC -> new Shot("/api/ask", JSON.createObjectNode().put("question", questions.numeric())
                    .toString().getBytes(StandardCharsets.UTF_8), "application/json", false, null, null, null, "numeric");
        };
    }

    private HttpRequest request(Target target, Shot s, int i) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.base(i).resolve(s.path()))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", s.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(s.body()));
        if (s.slack()) {
            long ts = System.currentTimeMillis() / 1000;
            b.header("X-Slack-Request-Timestamp", String.valueOf(ts)).header("X-Slack-Signature", signer.sign(ts, s.body()));
        } else if (options.apiToken() != null) {
            b.header("Authorization", "Bearer " + options.apiToken());
        }
        return b.build();
    }

    /** Runs one phase against one target and waits for its replies. */
    PhaseStats run(Target target, Phase phase) throws InterruptedException {
        return run(target, phase, false);
    }

    /**
     * Runs one phase. With {@code abortWhenBehind} (capacity steps), sending stops as soon as more than a second's
     * worth of requests are unanswered or replies are more than a second behind: the step has failed, and an
     * unbounded backlog would only delay (and disturb) the steps after it.
     */
    PhaseStats run(Target target, Phase phase, boolean abortWhenBehind) throws InterruptedException {
        return run(List.of(target), phase, abortWhenBehind).get(0);
    }

    /**
     * Runs one phase on {@code targets} at the same time, each at the phase's rate ({@code --interleave}; one target:
     * the phase as it always ran), and returns each target's figures, in the order given. Time is cut into slots of
     * 1 / rate s; each slot sends one event to every target, 1 / (rate × targets) s apart, in an order drawn for that
     * slot ({@link #interleaved}), so every target gets exactly the rate and sees the same moment-to-moment machine
     * noise, and none always goes first.
     */
    List<PhaseStats> run(List<Target> targets, Phase phase, boolean abortWhenBehind) throws InterruptedException {
        int n = targets.size();
        List<PhaseStats> all = new ArrayList<>(n);
        List<CountDownLatch> done = new ArrayList<>(n);
        for (Target t : targets) {
            all.add(new PhaseStats(t.name(), phase));
            done.add(new CountDownLatch(phase.total()));
        }
        int total = phase.total() * n;
        int[] order = interleaved(n, phase.total(), interleaving);
        List<Shot> shots = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            shots.add(shot(targets.get(order[i]), phase.workload(), i / n));
        }
        boolean numeric = phase.workload() == Phase.Workload.SLASH_NUMERIC || phase.workload() == Phase.Workload.API_NUMERIC;
        List<CpuMeter> cpu = targets.stream().map(t -> new CpuMeter(t, options.clockTicks())).toList();
        double intervalNanos = 1e9 / phase.rate() / n;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        int[] sentCount = new int[n];
        sending:
        for (int i = 0; i < total; i++) {
            long intended = start + Math.round(i * intervalNanos);
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int k = order[i];
            Target target = targets.get(k);
            PhaseStats stats = all.get(k);
            if (abortWhenBehind && (i / n) % 10 == 0 && i % n == 0) {
                for (PhaseStats s : all) {
                    boolean replies = s.expected.get() > 0;
                    long unacked = s.sent.get() - s.acked.get();
                    long unreplied = replies ? s.sent.get() - s.replied.get() : 0;
                    if (unacked > Math.max(50, phase.rate()) || unreplied > Math.max(50, phase.rate())) {
                        s.abort(String.format("stopped after %.1f s: %d requests unacknowledged, %d replies outstanding",
                                (i / n) / (double) phase.rate(), unacked, unreplied));
                        break sending;
                    }
                }
            }
            stats.sendLag.record(System.nanoTime() - intended);
            Shot s = shots.get(i);
            ReplyTracker.Event event = target.replies() && s.ts() != null
                    ? tracker.expect(s.channel(), s.ts(), s.messageTs(), intended, s.kind(), stats) : null;
            HttpRequest req = request(target, s, i / n);
            stats.sent.incrementAndGet();
            sentCount[k]++;
            if (event != null) {
                event.handed();
            }
            CountDownLatch latch = done.get(k);
            http.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((resp, err) -> {
                stats.ack.record(System.nanoTime() - intended);
                stats.acked.incrementAndGet();
                if (err != null) {
                    stats.error(err.toString());
                } else if (resp.statusCode() / 100 != 2) {
                    stats.error("HTTP " + resp.statusCode() + " " + snippet(resp.body()));
                } else if (numeric && resp.body().contains("`")) {
                    stats.withFormula.incrementAndGet();
                }
                latch.countDown();
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        for (int k = 0; k < n; k++) {
            for (int unsent = phase.total() - sentCount[k]; unsent > 0; unsent--) {
                done.get(k).countDown();
            }
            if (!done.get(k).await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                for (long left = done.get(k).getCount(); left > 0; left--) {
                    all.get(k).error("no response within 60 s after the phase");
                }
            }
        }
        awaitReplies(all);
        List<CpuMeter.Usage> usage = cpu.stream().map(CpuMeter::stop).toList();
        double together = usage.stream().mapToDouble(u -> Math.max(0, u.targetCores())).sum();
        for (int k = 0; k < n; k++) {
            all.get(k).cpu(usage.get(k), options.targetCore());
            all.get(k).alongside(together - Math.max(0, usage.get(k).targetCores()));
            print(all.get(k));
        }
        return all;
    }

    /**
     * Which of {@code targets} each event of an interleaved phase goes to, for {@code slots} slots: slot {@code j} is
     * events {@code j × targets} to {@code j × targets + targets - 1}, one per target, in an order shuffled
     * (Fisher-Yates) with {@code random}; one target: all zeros, and nothing drawn.
     */
    static int[] interleaved(int targets, int slots, SplittableRandom random) {
        int[] order = new int[targets * slots];
        for (int j = 0; j < slots; j++) {
            int base = j * targets;
            for (int k = 0; k < targets; k++) {
                order[base + k] = k;
            }
            for (int k = targets - 1; k > 0; k--) {
                int r = random.nextInt(k + 1);
                int swap = order[base + k];
                order[base + k] = order[base + r];
                order[base + r] = swap;
            }
        }
        return order;
    }

    /** Waits until every event of the phases has its reply, or the grace period has passed. */
    private void awaitReplies(List<PhaseStats> phases) throws InterruptedException {
        long deadline = System.nanoTime() + options.grace().toNanos();
        while (phases.stream().anyMatch(s -> s.missing() > 0) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /**
     * Waits (at most {@code max}) until the target's process has been nearly idle for half a second, so that one
     * step's leftover work does not run during the next one. Returns the seconds waited.
     */
    double quiesce(Target target, Duration max) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + max.toNanos();
        double before = target.cpuSeconds(options.clockTicks());
        if (before < 0) {
            Thread.sleep(500);
            return 0.5;
        }
        while (System.nanoTime() < deadline) {
            Thread.sleep(500);
            double now = target.cpuSeconds(options.clockTicks());
            if (now - before < 0.05) { // under 10% of a core over the last half second
                break;
            }
            before = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    Target target(String name) {
        return options.targets().get(name);
    }

    private void print(PhaseStats s) {
        StringBuilder line = new StringBuilder(String.format("loadgen[%s] %-16s %-17s %4d/s x %3d s: sent=%d errors=%d "
                        + "ack p50=%.2f p99=%.2f max=%.2f ms", s.target, s.phase.name(),
                s.phase.workload().wireName(), s.phase.rate(), s.phase.seconds(), s.sent.get(), s.errors.get(),
                s.ack.ms(50), s.ack.ms(99), s.ack.ms(100)));
        if (s.expected.get() > 0) {
            line.append(String.format(" | e2e p50=%.2f p99=%.2f max=%.2f ms missing=%d dup=%d busy=%d",
                    s.e2eAll().ms(50), s.e2eAll().ms(99), s.e2eAll().ms(100), s.missing(), s.duplicates.get(),
                    s.busyNotices.get()));
        }
        CpuMeter.Usage u = s.usage();
        if (u != null) {
            line.append(String.format(" | cpu machine=%.0f%% target=%.2f lg=%.2f other-on-target-core=%.0f%%",
                    u.machineBusy() * 100, u.targetCores(), u.loadGenCores(), s.otherLoadOnTargetCore() * 100));
        }
        if (s.aborted() != null) {
            line.append(" | ABORTED ").append(s.aborted());
        }
        if (s.firstError() != null) {
            line.append(" | first error: ").append(s.firstError());
        }
        System.out.println(line);
    }

    private void write(ObjectNode root) throws IOException {
        if (options.eventsOut() != null) {
            List<String> lines = new ArrayList<>();
            lines.add(ReplyTracker.Event.HEADER);
            tracker.events().forEach(e -> lines.add(e.line()));
            Files.write(options.eventsOut(), lines);
        }
        ObjectNode calls = root.putObject("fake_slack_calls");
        fake.methods().forEach(calls::put);
        root.put("unmatched_replies", tracker.unmatched());
        root.putObject("load_generator").put("http_client", "java.net.http.HttpClient, HTTP/1.1 keep-alive, "
                        + "completions on the selector thread").put("schedule", "open loop, latency from the scheduled send time")
                .put("grace_seconds", options.grace().toSeconds());
        Files.createDirectories(options.out().toAbsolutePath().getParent());
        JSON.writeValue(options.out().toFile(), root);
    }

    private static String snippet(String body) {
        String s = body == null ? "" : body.replaceAll("\\s+", " ");
        return s.length() > 120 ? s.substring(0, 120) + "…" : s;
    }
}
