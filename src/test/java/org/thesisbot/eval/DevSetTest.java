package org.thesisbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;

/**
 * The development set: questions written by helpers who never read src/ (README, article and
 * scenario.yaml only), scored on the real offline brain. Prints the per-class table and every miss.
 */
class DevSetTest {
    @Test
    void dev_set_scores() throws IOException {
        Path dir = Path.of("src/test/resources/eval");
        Path[] files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("dev-")).sorted().toArray(Path[]::new);
        }
        List<EvalCase> cases = EvalRun.load(files);
        List<EvalRun.Outcome> outcomes = new EvalRun(TestBrains.offline().assistant()).run(cases);
        System.out.println(EvalRun.report("Dev set", outcomes));
        System.out.println(EvalRun.failures(outcomes));
        assertTrue(cases.size() >= 300, "the dev set has at least 300 questions");
    }
}
