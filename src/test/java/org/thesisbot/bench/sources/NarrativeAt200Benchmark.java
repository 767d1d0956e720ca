package org.thesisbot.bench.sources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.thesisbot.TestHomes;
import org.thesisbot.Thesisbot;
import org.thesisbot.config.Secrets;
import org.thesisbot.config.Settings;
import org.thesisbot.config.SettingsLoader;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Telemetry;
import org.thesisbot.core.grounding.GroundingFixtures;

/**
 * A whole narrative answer (routing, hybrid retrieval over every passage, the extractive writer, the guard,
 * citations with dates and the disagreement check) through the live assistant, with the seed article and 200
 * generated documents (about 1,800 passages). Sample-time mode reports p50/p99 (issue 12: p99 &lt; 20 ms).
 *
 * <pre>
 * bash bench/sources.sh     (or, after mvn test-compile and dependency:build-classpath as in that script:)
 * java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.openjdk.jmh.Main NarrativeAt200Benchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class NarrativeAt200Benchmark {
    @Param({"200"})
    public int documents;
    @Param({"true"})
    public boolean embeddings;

    private Thesisbot bot;
    private List<String> questions;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path home = Files.createTempDirectory("thesisbot-narrative-bench");
        TestHomes.create(home);
        GeneratedCorpus.write(home.resolve("documents"), documents, 12);
        Settings settings = new SettingsLoader().load(home.resolve("config").resolve("thesisbot.yaml"),
                Map.of("THESISBOT_SOURCES_WATCH", "false", "THESISBOT_GROUNDING_EMBEDDINGS", String.valueOf(embeddings)));
        bot = Thesisbot.build(home, settings, Secrets.none(), Telemetry.NOOP, Clock.systemUTC());
        questions = new ArrayList<>(GroundingFixtures.narrativeQuestions().stream().map(GroundingFixtures.NarrativeQuestion::question).toList());
        questions.addAll(List.of("Why is CoreWeave worried about power contracts in Texas?",
                "What did analysts say about Oracle and chip supply?", "What are investors watching on custom silicon?"));
    }

    @Benchmark
    public Answer narrativeAnswer() {
        next = (next + 1) % questions.size();
        return bot.assistant().ask(Question.of(questions.get(next)));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(NarrativeAt200Benchmark.class.getSimpleName()).build()).run();
    }
}
