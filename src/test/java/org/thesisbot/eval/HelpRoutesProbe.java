package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;

/**
 * Help against everything else, on every labelled set at once (the real offline brain, threads in order, as
 * DevSetTest asks them): help questions answered with help, other questions answered with help, and route
 * accuracy per expected route. A measurement, not a test (DevSetTest holds the floors); run with
 * {@code -Dtest=HelpRoutesProbe}. The sets held back from session 9's help work (val15, lockbox9, end9) are left out.
 */
class HelpRoutesProbe {
    @Test
    void help_against_the_rest() throws IOException {
        Path[] files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .filter(p -> !p.getFileName().toString().matches("(?:val15|lockbox9|end9).*"))
                    .sorted().toArray(Path[]::new);
        }
        List<EvalRun.Outcome> outcomes = new EvalRun(TestBrains.offline().assistant()).run(EvalRun.load(files));
        Map<String, List<EvalRun.Outcome>> byRoute = outcomes.stream()
                .collect(Collectors.groupingBy(o -> o.c().route(), TreeMap::new, Collectors.toList()));
        System.out.printf(Locale.ROOT, "%nRoutes over %d questions in %d files%n", outcomes.size(), files.length);
        byRoute.forEach((route, os) -> System.out.printf(Locale.ROOT, "  %-13s %4d  route right %s  answered as help %d%n",
                route, os.size(), EvalRun.pct(os.stream().filter(EvalRun.Outcome::routeOk).count(), os.size()),
                os.stream().filter(o -> o.answer() != null && o.answer().route().wireName().equals("help")).count()));
        for (EvalRun.Outcome o : outcomes) {
            String got = o.answer() == null ? "error" : o.answer().route().wireName();
            boolean help = o.c().route().equals("help");
            if (help != got.equals("help")) {
                System.out.printf(Locale.ROOT, "  %s %-8s %-12s -> %-12s %s  %s%n", help ? "missed" : "false ", o.c().id(),
                        o.c().route(), got, o.c().question(), o.answer() == null ? "" : o.answer().decision().cues());
            }
        }
    }
}
