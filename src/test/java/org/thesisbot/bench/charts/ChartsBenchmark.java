package org.thesisbot.bench.charts;

import java.nio.file.Path;
import java.util.Map;
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
import org.thesisbot.charts.ChartRenderer;
import org.thesisbot.charts.RenderedChart;
import org.thesisbot.config.ScenarioYamlLoader;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Grid;
import org.thesisbot.core.api.Tornado;
import org.thesisbot.core.assistant.NumericReply;
import org.thesisbot.core.assistant.SensitivityAnswers;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.Command;
import org.thesisbot.core.scenario.CommandGrammar;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.scenario.Sensitivity;

/**
 * Issue 11's numbers: a 15 × 15 grid computed exactly (target p99 &lt; 5 ms), a heat map PNG of that grid drawn
 * (target p99 &lt; 150 ms), and, for reference, the other charts and the tornado. Sample-time mode, so the
 * JSON has percentiles. Run by {@code bench/charts.sh} (and by {@code bench/run.sh} with the other JMH benchmarks).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx512m"})
public class ChartsBenchmark {
    private Sensitivity sensitivity;
    private Command.GridQuery irr15;
    private Command.GridQuery stake15;
    private ChartRenderer renderer;
    private Chart heatmap15;
    private Chart heatmap7;
    private Chart line;
    private Chart tornado;
    private Chart bars;

    @Setup(Level.Trial)
    public void setUp() {
        ScenarioModel model = new ScenarioYamlLoader().load(Path.of("config", "scenario.yaml"));
        Calculator calculator = new Calculator(model);
        sensitivity = new Sensitivity(calculator);
        CommandGrammar grammar = new CommandGrammar(model);
        irr15 = (Command.GridQuery) grammar.parse("grid irr exit_valuation=500B..4T step 250B holding_years=1..15");
        stake15 = (Command.GridQuery) grammar.parse("grid combined_payoff aws_capture_share=0%..70% step 5% aws_operating_margin=10%..45% step 2.5%");
        SensitivityAnswers answers = new SensitivityAnswers(calculator, new NumericReply(model));
        RouteDecision d = new RouteDecision(Route.NUMERIC, 1, -1, java.util.List.of());
        heatmap15 = answers.grid("q-0000000000", d, irr15.metric(), "base", Map.of(), irr15.rows(), irr15.cols(), java.util.List.of())
                .charts().get(0);
        Command.GridQuery g7 = (Command.GridQuery) grammar.parse("grid irr exit_valuation=500B..2T holding_years=3..9");
        heatmap7 = answers.grid("q-0000000000", d, g7.metric(), "base", Map.of(), g7.rows(), g7.cols(), java.util.List.of()).charts().get(0);
        Command.GridQuery l = (Command.GridQuery) grammar.parse("grid stake post_money_valuation=500B..1.2T step 50B");
        line = answers.grid("q-0000000000", d, l.metric(), "base", Map.of(), l.rows(), null, java.util.List.of()).charts().get(0);
        Answer t = answers.tornado("q-0000000000", d, Metric.COMBINED_PAYOFF, Map.of(), java.util.List.of());
        tornado = t.charts().get(0);
        renderer = new ChartRenderer();
        bars = null;
    }

    /** 225 cells of IRR (an n-th root each), exact. Target: p99 under 5 ms. */
    @Benchmark
    public Grid grid15x15Irr() {
        return sensitivity.grid(irr15.metric(), irr15.scenario(), irr15.overrides(), irr15.rows(), irr15.cols());
    }

    /** 225 cells of the combined payoff (no roots): the calculator's floor. */
    @Benchmark
    public Grid grid15x15Payoff() {
        return sensitivity.grid(stake15.metric(), stake15.scenario(), stake15.overrides(), stake15.rows(), stake15.cols());
    }

    @Benchmark
    public Tornado tornadoCombinedPayoff() {
        return sensitivity.tornado(Metric.COMBINED_PAYOFF, Map.of());
    }

    /** The 15 × 15 heat map drawn and PNG-encoded. Target: p99 under 150 ms. */
    @Benchmark
    public RenderedChart heatmapPng15x15() {
        return renderer.render(heatmap15);
    }

    @Benchmark
    public RenderedChart heatmapPng7x7() {
        return renderer.render(heatmap7);
    }

    @Benchmark
    public RenderedChart linePng() {
        return renderer.render(line);
    }

    @Benchmark
    public RenderedChart tornadoPng() {
        return renderer.render(tornado);
    }
}
