package org.thesisbot.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.thesisbot.TestBrains;

/**
 * Measures how often a question answered right stops being answered right when it is written in another style
 * ({@link StyleVariants}): over every single (non-thread) question of the blind sets, or every n-th of them.
 * A probe for development, not a CI test:
 * {@code mvn -q -o test -Dtest=StyleInvarianceProbe -Dstyle=true [-Dstyle.every=5] [-Dstyle.only=sign-off,relay] [-Dstyle.show=20]}.
 */
@EnabledIfSystemProperty(named = "style", matches = "true")
class StyleInvarianceProbe {
    @Test
    void variants() throws IOException {
        int every = Integer.getInteger("style.every", 5);
        int show = Integer.getInteger("style.show", 15);
        String only = System.getProperty("style.only", "");
        List<EvalCase> singles = new ArrayList<>();
        List<EvalCase> all = EvalRun.load(files());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).thread() == null && i % every == 0) {
                singles.add(all.get(i));
            }
        }
        EvalRun run = new EvalRun(TestBrains.offline().assistant());
        List<EvalCase> right = new ArrayList<>();
        for (EvalRun.Outcome o : run.run(singles)) {
            if (o.right() && !o.hedged()) {
                right.add(o.c());
            }
        }
        System.out.printf(Locale.ROOT, "style: %d single questions sampled, %d answered right: the seeds%n", singles.size(), right.size());
        Map<String, String> summary = new LinkedHashMap<>();
        for (StyleVariants.Variant v : StyleVariants.ALL) {
            if (!only.isEmpty() && !List.of(only.split(",")).contains(v.name())) {
                continue;
            }
            List<EvalCase> variants = new ArrayList<>();
            for (EvalCase c : right) {
                String q = v.of(c.question(), c.id());
                if (!q.equals(c.question())) {
                    variants.add(new EvalCase(c.id(), q, c.route(), c.kind(), null, 0, c.expect(), c.alternatives(),
                            c.cannotCompute(), c.ambiguous(), c.answerPhrases(), c.notCovered()));
                }
            }
            // a run of its own, so that each variant is asked in a new thread, not as a follow-up to its seed
            List<EvalRun.Outcome> outcomes = new EvalRun(TestBrains.offline().assistant()).run(variants);
            List<EvalRun.Outcome> broke = outcomes.stream().filter(o -> !o.right() || o.hedged()).toList();
            long wrong = broke.stream().filter(o -> o.numeric() == EvalRun.Numeric.WRONG).count();
            summary.put(v.name(), String.format(Locale.ROOT, "%5d changed, %4d broke (%s), %3d of them confidently wrong",
                    variants.size(), broke.size(), EvalRun.pct(broke.size(), variants.size()), wrong));
            System.out.printf(Locale.ROOT, "%n== %s: %s%n", v.name(), summary.get(v.name()));
            broke.stream().limit(show).forEach(o -> System.out.printf(Locale.ROOT, "  %-8s %s%n           %s%n", o.c().id(),
                    o.c().question().replace("\n", "\\n"), o.why()));
        }
        System.out.println("\nstyle summary");
        summary.forEach((k, s) -> System.out.printf(Locale.ROOT, "  %-17s %s%n", k, s));
    }

    private static Path[] files() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toArray(Path[]::new);
        }
    }
}
