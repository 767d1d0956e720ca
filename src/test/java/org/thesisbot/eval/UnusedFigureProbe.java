package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Assistant;

/**
 * A developer's probe, not a check: {@code mvn -q test -Dtest=UnusedFigureProbe -Dunused.sets=val2,end1} counts, per
 * numeric outcome, the answers that named a figure of the question as unused because no input could be told apart
 * for it, and lists those answers. It measures how often "I couldn't tell which input it sets" goes with a right and
 * with a wrong answer, the evidence for what such an answer should do. Skipped without the property.
 */
class UnusedFigureProbe {
    private static final String UNPLACED = "couldn't tell which input it sets";

    @Test
    void unused_figures_by_outcome() throws IOException {
        byOutcome("unused.sets", "with an unplaced figure",
                o -> o.answer() != null && o.answer().text().contains(UNPLACED) ? "" : null);
    }

    /**
     * Runs the sets named by a system property ({@code all}, or set prefixes separated by commas) and counts, per numeric
     * outcome, the answers {@code flagged} marks (a non-null detail, printed under the question), listing them.
     */
    static void byOutcome(String property, String heading, Function<EvalRun.Outcome, String> flagged) throws IOException {
        String sets = System.getProperty(property);
        Assumptions.assumeTrue(sets != null && !sets.isBlank(), "set -D" + property + " to use this probe");
        Assistant assistant = TestBrains.offline().assistant();
        Map<EvalRun.Numeric, int[]> counts = new EnumMap<>(EvalRun.Numeric.class);
        StringBuilder list = new StringBuilder();
        for (String prefix : sets.split(",")) {
            for (Path f : files(prefix.strip())) {
                for (EvalRun.Outcome o : new EvalRun(assistant).run(EvalRun.load(f))) {
                    if (o.numeric() == null) {
                        continue;
                    }
                    String detail = flagged.apply(o);
                    int[] c = counts.computeIfAbsent(o.numeric(), k -> new int[2]);
                    c[detail == null ? 0 : 1]++;
                    if (detail != null) {
                        list.append(String.format(Locale.ROOT, "  %-8s %-9s %s%n", o.c().id(), o.numeric(), o.c().question().replace('\n', ' ')));
                        if (!detail.isEmpty()) {
                            list.append("      ").append(detail).append('\n');
                        }
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("\noutcome    all  " + heading + "\n");
        counts.forEach((k, v) -> table.append(String.format(Locale.ROOT, "%-9s %4d %4d%n", k, v[0] + v[1], v[1])));
        System.out.println(table + "\n" + list);
    }

    private static List<Path> files(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")
                    && (prefix.equals("all") || p.getFileName().toString().startsWith(prefix))).sorted().toList();
        }
    }
}
