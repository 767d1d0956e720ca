package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.route.Router;

/**
 * A developer's probe, not a check: {@code mvn -q test -Dtest=MixedNarrativeProbe -Dmixed.sets=dev-,val-} prints, per
 * set file prefix, the share of mixed questions (class {@code mixed}) whose first cited sentence answers the narrative
 * clause, with each miss, the narrative query it was answered from and its expected phrases. Skipped without the
 * property. Give the prefixes explicitly: held-out sets are scored only when named.
 */
class MixedNarrativeProbe {
    @Test
    void mixed_narrative_column_per_set() throws IOException {
        String sets = System.getProperty("mixed.sets");
        Assumptions.assumeTrue(sets != null && !sets.isBlank(), "set -Dmixed.sets to use this probe");
        org.thesisbot.Thesisbot bot = TestBrains.offline();
        Assistant assistant = bot.assistant();
        org.thesisbot.core.assistant.RoutingAssistant brain = bot.brain().assistant();
        StringBuilder table = new StringBuilder("\nMixed questions, narrative half (first cited sentence answers):\n");
        StringBuilder misses = new StringBuilder();
        long okAll = 0;
        long nAll = 0;
        for (String prefix : sets.split(",")) {
            String p = prefix.strip();
            if (p.isEmpty() || p.startsWith("lockbox6")) {
                continue;
            }
            Map<String, List<EvalRun.Outcome>> byFile = new TreeMap<>();
            for (Path f : files(p)) {
                List<EvalCase> all = EvalRun.load(f);
                List<String> threads = all.stream().filter(c -> isMixed(c) && c.thread() != null).map(EvalCase::thread).toList();
                List<EvalCase> cases = all.stream().filter(c -> isMixed(c) || (c.thread() != null && threads.contains(c.thread()))).toList();
                byFile.put(f.getFileName().toString(),
                        new EvalRun(assistant).run(cases).stream().filter(o -> isMixed(o.c())).toList());
            }
            List<EvalRun.Outcome> os = new ArrayList<>();
            byFile.values().forEach(os::addAll);
            long ok = os.stream().filter(o -> Boolean.TRUE.equals(o.narrativeOk())).count();
            okAll += ok;
            nAll += os.size();
            table.append(String.format(Locale.ROOT, "  %-10s %2d/%2d (%s)%n", p, ok, os.size(), EvalRun.pct(ok, os.size())));
            for (EvalRun.Outcome o : os) {
                if (!Boolean.TRUE.equals(o.narrativeOk())) {
                    misses.append(String.format(Locale.ROOT, "  %-6s %s%s%n         query: %s%n         first: %s%n         want:  %s%n",
                            o.c().id(), o.c().question(),
                            o.routeOk() ? "" : "  [route " + (o.answer() == null ? "?" : o.answer().route().wireName()) + "]",
                            brain.narrativeQuery(o.c().question()).asked(), o.answer() == null ? o.why() : EvalRun.firstCited(o.answer()),
                            o.c().notCovered() ? "(not covered)" : o.c().answerPhrases()));
                }
            }
        }
        table.append(String.format(Locale.ROOT, "  %-10s %2d/%2d (%s)%n", "all", okAll, nAll, EvalRun.pct(okAll, nAll)));
        System.out.println(table + "\nMisses:\n" + misses);
    }

    private static boolean isMixed(EvalCase c) {
        return (c.kind().equals("mixed") || Boolean.getBoolean("mixed.all")) && c.narrative();
    }

    private static Path[] files(String prefix) throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toArray(Path[]::new);
        }
    }
}
