package org.thesisbot.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Assistant;

/**
 * A developer's probe, not a check: {@code mvn -q test -Dtest=CuesProbe -Dcues.sets=val32,end19 -Dcues.out=target/cues.tsv}
 * writes one line per question with a numeric part: its id, its numeric outcome, the question and the routing cues that
 * decided it (tab-separated). Grep a cue to see how often the rule behind it goes with a right and with a wrong answer,
 * the evidence for how sure a reading built on that rule may be. Skipped without the property.
 */
class CuesProbe {
    @Test
    void cues_by_outcome() throws IOException {
        String sets = System.getProperty("cues.sets");
        Assumptions.assumeTrue(sets != null && !sets.isBlank(), "set -Dcues.sets to use this probe");
        Assistant assistant = TestBrains.offline().assistant();
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("cues.out", "target/cues.tsv"))))) {
            for (String prefix : sets.split(",")) {
                for (Path f : files(prefix.strip())) {
                    for (EvalRun.Outcome o : new EvalRun(assistant).run(EvalRun.load(f))) {
                        if (o.numeric() == null) {
                            continue;
                        }
                        List<String> cues = o.answer() == null || o.answer().decision() == null ? List.of() : o.answer().decision().cues();
                        out.printf(Locale.ROOT, "%s\t%s\t%s\t%s%n", o.c().id(), o.numeric(), o.c().question().replace('\t', ' '),
                                String.join(" | ", cues).replace('\t', ' '));
                    }
                }
            }
        }
    }

    private static List<Path> files(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
    }
}
