package org.thesisbot.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.route.Router;
import org.thesisbot.core.route.Routing;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.reading.Reader;
import org.thesisbot.core.reading.Reading;
import org.thesisbot.core.assistant.ScenarioQuery;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * The brain's numeric path, piece by piece, on the real configuration ({@code config/}, {@code documents/}):
 * interpreter + calculator, the router, and a whole numeric {@link RoutingAssistant#ask} (issue 4: p99 &lt; 5 ms
 * after warm-up). Questions cycle through 256 seeded numeric questions with varied figures (and, for the router,
 * as many narrative ones). Sample-time mode, so the JSON has percentiles. Retrieval and the extractive writer are
 * in {@link org.thesisbot.bench.grounding.ExtractiveAnswerBenchmark}.
 *
 * <pre>
 * java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main 'org.thesisbot.bench.*'
 * </pre>
 * (from the repository root; {@code bench/run.sh} passes its own iteration settings).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BrainBenchmark {
    private static final int QUESTIONS = 256;

    private List<String> numeric;
    private List<String> mixed;
    private Reader reader;
    private Calculator calculator;
    private Router router;
    private Assistant assistant;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        Path home = Path.of("").toAbsolutePath();
        Settings settings = new SettingsLoader().load(home.resolve("config").resolve("thesisbot.yaml"), Map.of());
        Thesisbot bot = Thesisbot.build(home, settings, Secrets.none(), Telemetry.NOOP, Clock.systemUTC());
        ScenarioModel model = bot.model();
        reader = bot.reader();
        calculator = new Calculator(model);
        Set<String> vocabulary = Thesisbot.vocabulary(bot.library().passages());
        router = new Router(reader, vocabulary::contains, settings.grounding().minRelevance(),
                org.thesisbot.core.lexicon.TestLexicons.real().routing());
        assistant = bot.assistant();
        Questions q = new Questions(7);
        numeric = new ArrayList<>();
        mixed = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            numeric.add(q.numeric());
            mixed.add(i % 2 == 0 ? q.numeric() : q.narrative());
        }
    }

    private int index() {
        next = (next + 1) % QUESTIONS;
        return next;
    }

    /** Text to numbers: {@code Reader.read} then {@code Calculator.compute} in the base case. */
    @Benchmark
    public List<MetricResult> interpretAndCompute() {
        Reading in = reader.read(numeric.get(index()), null);
        return calculator.compute(in.metrics().isEmpty() ? org.thesisbot.core.scenario.Metric.KEY : in.metrics(),
                ScenarioModel.BASE, ScenarioQuery.apply(in, null).byId());
    }

    /**
     * {@code Router.route} with the real interpreter over numeric and narrative questions alternately. The
     * retrieval score is a constant here: retrieval has its own benchmark.
     */
    @Benchmark
    public Routing route() {
        return router.route(mixed.get(index()), null, () -> 0.5);
    }

    /** A whole numeric answer in process: route, interpret, compute, render the reply text (issue 4: p99 &lt; 5 ms). */
    @Benchmark
    public Answer askNumeric() {
        return assistant.ask(new Question(numeric.get(index()), null, "UBENCH", "bench"));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(BrainBenchmark.class.getSimpleName()).build()).run();
    }
}
