package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;

/**
 * How often a metric read "by meaning, clearly" (no phrase names it; MiniLM puts one metric's phrasings 0.80 close and
 * 0.20 ahead of the next) is the asked one, over every labelled set: {@code mvn -q test -Dtest=MeaningClearlyProbe
 * -Dprobe=true}. An experiment's measurement, not a regression test (the sets' own floors are DevSetTest's).
 */
class MeaningClearlyProbe {
    @Test
    void probe() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("probe"), "run with -Dprobe=true");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
        }
        EvalRun run = new EvalRun(TestBrains.offline().assistant());
        int read = 0;
        int exact = 0;
        int wrong = 0;
        for (Path f : files) {
            for (EvalRun.Outcome o : run.run(EvalRun.load(f))) {
                if (o.answer().decision() == null
                        || o.answer().decision().cues().stream().noneMatch(c -> c.startsWith("by meaning, clearly"))) {
                    continue;
                }
                read++;
                if (o.numeric() == EvalRun.Numeric.EXACT) {
                    exact++;
                } else {
                    wrong++;
                    System.out.println("  " + o.c().id() + " " + o.numeric() + " " + o.c().question() + " " + o.answer().decision().cues());
                }
            }
        }
        System.out.printf("read by meaning, clearly: %d questions; exact %d, not exact %d%n", read, exact, wrong);
    }
}
