package org.thesisbot.bench.charts;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.thesisbot.charts.ChartRenderer;
import org.thesisbot.config.ScenarioYamlLoader;
import org.thesisbot.core.api.Chart;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.assistant.NumericReply;
import org.thesisbot.core.assistant.SensitivityAnswers;
import org.thesisbot.core.scenario.Calculator;
import org.thesisbot.core.scenario.Command;
import org.thesisbot.core.scenario.CommandGrammar;
import org.thesisbot.core.scenario.ScenarioModel;
import org.thesisbot.core.scenario.Sensitivity;

/**
 * The same two targets as {@link ChartsBenchmark}, with each operation's wall time AND its thread's CPU time
 * recorded side by side (HdrHistogram). On a machine shared with other builds (load average far above the core
 * count), wall-time percentiles measure the scheduler; CPU time measures the work. Several rounds, each printed.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.thesisbot.bench.charts.ChartsLatency 3</pre>
 */
public final class ChartsLatency {
    private ChartsLatency() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ScenarioModel model = new ScenarioYamlLoader().load(Path.of("config", "scenario.yaml"));
        Calculator calculator = new Calculator(model);
        Sensitivity sensitivity = new Sensitivity(calculator);
        CommandGrammar grammar = new CommandGrammar(model);
        Command.GridQuery q = (Command.GridQuery) grammar.parse("grid irr exit_valuation=500B..4T step 250B holding_years=1..15");
        SensitivityAnswers answers = new SensitivityAnswers(calculator, new NumericReply(model));
        Chart heatmap = answers.grid("q-0000000000", new RouteDecision(Route.NUMERIC, 1, -1, List.of()), q.metric(), "base",
                Map.of(), q.rows(), q.cols(), List.of()).charts().get(0);
        ChartRenderer renderer = new ChartRenderer();
        System.out.println("load average at start: " + Files.readString(Path.of("/proc/loadavg")).trim());
        for (int r = 1; r <= rounds; r++) {
            run("round " + r + " grid15x15Irr", 2000, 3000,
                    () -> sensitivity.grid(q.metric(), q.scenario(), q.overrides(), q.rows(), q.cols()));
            run("round " + r + " heatmapPng15x15", 100, 300, () -> renderer.render(heatmap));
        }
        System.out.println("load average at end: " + Files.readString(Path.of("/proc/loadavg")).trim());
    }

    private static void run(String name, int warmup, int ops, Supplier<Object> op) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < warmup; i++) {
            op.get();
        }
        Histogram wall = new Histogram(3_600_000_000L, 3);
        Histogram cpu = new Histogram(3_600_000_000L, 3);
        Object sink = null;
        for (int i = 0; i < ops; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            sink = op.get();
            long w1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            wall.recordValue(Math.max(1, (w1 - w0) / 1000));
            cpu.recordValue(Math.max(1, (c1 - c0) / 1000));
        }
        System.out.printf("%-28s ops=%d  wall p50=%.2f p99=%.2f max=%.2f ms   cpu p50=%.2f p99=%.2f max=%.2f ms%s%n", name, ops,
                wall.getValueAtPercentile(50) / 1000.0, wall.getValueAtPercentile(99) / 1000.0, wall.getMaxValue() / 1000.0,
                cpu.getValueAtPercentile(50) / 1000.0, cpu.getValueAtPercentile(99) / 1000.0, cpu.getMaxValue() / 1000.0,
                sink == null ? "" : "");
    }
}
