package org.thesisbot.bench.charts;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.scenario.ScenarioModel;

/**
 * Memory over many charts: draws N charts (heat maps, lines, tornados and grids of varying sizes, so nothing is a
 * cache hit), and after every 100 records the heap in use after a full GC and the process's resident set. Flat
 * means the last post-GC heap is within 5 MB of the first and the RSS within 10%.
 *
 * <pre>java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.cp)" org.thesisbot.bench.charts.ChartsMemory 1000</pre>
 */
public final class ChartsMemory {
    private ChartsMemory() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        ScenarioModel model = new ScenarioYamlLoader().load(Path.of("config", "scenario.yaml"));
        Calculator calculator = new Calculator(model);
        CommandGrammar grammar = new CommandGrammar(model);
        SensitivityAnswers answers = new SensitivityAnswers(calculator, new NumericReply(model));
        RouteDecision d = new RouteDecision(Route.NUMERIC, 1, -1, List.of());
        ChartRenderer renderer = new ChartRenderer();
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        List<long[]> samples = new ArrayList<>();
        long bytes = 0;
        for (int i = 0; i <= n; i++) {
            if (i % 100 == 0) {
                System.gc();
                Thread.sleep(50);
                System.gc();
                long heap = mem.getHeapMemoryUsage().getUsed();
                samples.add(new long[] {i, heap, rss()});
                System.out.printf("charts=%5d heap_after_gc_mb=%7.2f rss_mb=%7.1f%n", i, heap / 1048576.0, rss() / 1024.0);
            }
            if (i == n) {
                break;
            }
            Chart chart = chart(i, grammar, answers, d);
            bytes += renderer.render(chart).png().length;
        }
        long[] first = samples.get(1); // after 100 charts: classes loaded, JIT warm
        long[] last = samples.get(samples.size() - 1);
        double heapGrowthMb = (last[1] - first[1]) / 1048576.0;
        double rssGrowth = (last[2] - first[2]) / (double) first[2];
        boolean flat = heapGrowthMb < 5 && rssGrowth < 0.10;
        System.out.printf("charts=%d png_mb=%.1f heap_growth_mb=%.2f rss_growth_pct=%.1f flat=%s%n", n, bytes / 1048576.0,
                heapGrowthMb, rssGrowth * 100, flat);
        System.exit(flat ? 0 : 1);
    }

    private static Chart chart(int i, CommandGrammar grammar, SensitivityAnswers answers, RouteDecision d) {
        int k = i % 4;
        int size = 2 + i % 13; // at most 15 values per side
        if (k == 3) {
            return answers.tornado("q-0000000000", d, Metric.values()[i % Metric.values().length], Map.of(), List.of()).charts()
                    .stream().findFirst().orElseGet(() -> chart(i + 1, grammar, answers, d));
        }
        String text = k == 0 ? "grid irr exit_valuation=500B.." + (500 + 100 * size) + "B step 100B holding_years=1.." + size
                : k == 1 ? "grid moic exit_valuation=500B.." + (500 + 100 * size) + "B step 100B"
                : "grid combined_payoff aws_capture_share=0%..70% step 10% aws_operating_margin=10%.." + (10 + 2 * size) + "% step 2%";
        Command.GridQuery q = (Command.GridQuery) grammar.parse(text);
        return answers.grid("q-0000000000", d, q.metric(), q.scenario(), q.overrides(), q.rows(), q.cols(), List.of())
                .charts().get(0);
    }

    private static long rss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }
}
