package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;

/**
 * A developer's measurement, not a check: {@code mvn -q -o test -Dtest=NarrativeSetsProbe -Dnarr.sets=<regex>} scores
 * only the narrative parts of the sets whose file names match (with every turn of a conversation that has one, so
 * follow-ups keep their context), on one offline brain, and prints per set narr and strict as {@link DevSetTest} does,
 * and every narrative miss. Much faster than DevSetTest when only the sentence choice changed. Skipped otherwise.
 */
class NarrativeSetsProbe {
    @Test
    void narrative_only() throws IOException {
        String sets = System.getProperty("narr.sets");
        Assumptions.assumeTrue(sets != null && !sets.isBlank(), "set -Dnarr.sets to use this probe");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            files = s.filter(p -> p.getFileName().toString().matches(sets)).sorted().toList();
        }
        Map<String, List<Path>> bySet = new LinkedHashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            bySet.computeIfAbsent(name.substring(0, name.lastIndexOf('-')), k -> new ArrayList<>()).add(f);
        }
        EvalRun run = new EvalRun(TestBrains.offline().assistant());
        int[] all = new int[3];
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, List<Path>> set : bySet.entrySet()) {
            List<EvalCase> cases = EvalRun.load(set.getValue().toArray(Path[]::new));
            Set<String> threads = cases.stream().filter(c -> c.narrative() && c.thread() != null).map(EvalCase::thread)
                    .collect(Collectors.toSet());
            List<EvalCase> kept = cases.stream().filter(c -> c.narrative() || c.thread() != null && threads.contains(c.thread())).toList();
            List<EvalRun.Outcome> outcomes = run.run(kept).stream().filter(o -> o.narrativeOk() != null).toList();
            long ok = outcomes.stream().filter(EvalRun.Outcome::narrativeOk).count();
            long strict = outcomes.stream().filter(EvalRun.Outcome::narrativeStrict).count();
            all[0] += (int) ok;
            all[1] += (int) strict;
            all[2] += outcomes.size();
            System.out.printf("NARR %-10s narr %3d/%-3d strict %3d/%-3d%n", set.getKey(), ok, outcomes.size(), strict, outcomes.size());
            for (EvalRun.Outcome o : outcomes) {
                if (!o.narrativeStrict()) {
                    misses.append("MISS ").append(o.c().id()).append(o.c().notCovered() ? " [nc] " : " ").append(o.c().question())
                            .append("\n     ").append(o.why()).append('\n');
                }
            }
        }
        System.out.printf("NARR %-10s narr %3d/%-3d strict %3d/%-3d%n", "ALL", all[0], all[2], all[1], all[2]);
        System.out.println(misses);
    }
}
