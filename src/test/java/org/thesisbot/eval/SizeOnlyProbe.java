package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Assistant;

/**
 * A developer's probe, not a check: {@code mvn -q test -Dtest=SizeOnlyProbe -Dsizeonly.sets=val2,end1} (or {@code all})
 * counts, per numeric outcome, the answers in which a figure was given an input by its size alone (no word of the
 * question named that input, the figure restated nothing, and the thread had not set it), and lists them. It measures
 * how often such a guess goes with a right and with a wrong answer. Skipped without the property.
 */
class SizeOnlyProbe {
    @Test
    void size_only_figures_by_outcome() throws IOException {
        String sets = System.getProperty("sizeonly.sets");
        Assumptions.assumeTrue(sets != null && !sets.isBlank(), "set -Dsizeonly.sets to use this probe");
        Assistant assistant = TestBrains.offline().assistant();
        Map<EvalRun.Numeric, int[]> counts = new EnumMap<>(EvalRun.Numeric.class);
        StringBuilder list = new StringBuilder();
        for (String prefix : sets.split(",")) {
            for (Path f : files(prefix.strip())) {
                for (EvalRun.Outcome o : new EvalRun(assistant).run(EvalRun.load(f))) {
                    if (o.numeric() == null) {
                        continue;
                    }
                    List<String> guessed = o.answer().decision() == null ? List.of() : o.answer().decision().cues().stream()
                            .filter(c -> c.startsWith("figure ") && c.contains("[no cue") && !c.contains("restates")
                                    && !c.contains("set earlier")).toList();
                    int[] c = counts.computeIfAbsent(o.numeric(), k -> new int[2]);
                    c[guessed.isEmpty() ? 0 : 1]++;
                    if (!guessed.isEmpty()) {
                        list.append(String.format(Locale.ROOT, "  %-8s %-9s %s%n      %s%n", o.c().id(), o.numeric(),
                                o.c().question().replace('\n', ' '), guessed));
                    }
                }
            }
        }
        StringBuilder table = new StringBuilder("\noutcome    all  with a figure placed with no word\n");
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
