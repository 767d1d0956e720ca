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
        measure(Integer.getInteger("style.every", 5), System.getProperty("style.only", ""), Integer.getInteger("style.show", 15));
    }

    /**
     * Asks every {@code every}-th single question of the blind sets, keeps those answered right as seeds, asks each seed in
     * each style and prints what broke.
     *
     * @return per style: {variants that differ from their seed, of them answered wrong or missed, of them confidently wrong}
     */
    static Map<String, int[]> measure(int every, String only, int show) throws IOException {
        List<EvalCase> singles = new ArrayList<>();
        List<EvalCase> all = EvalRun.load(files());
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).thread() == null && i % every == 0) {
                singles.add(all.get(i));
            }
        }
        // single questions, each in a thread of its own whatever the run: asked in two halves at once
        int half = singles.size() / 2;
        List<EvalRun.Outcome> seeds = java.util.stream.Stream.of(singles.subList(0, half), singles.subList(half, singles.size()))
                .parallel().map(part -> new EvalRun(TestBrains.offline().assistant()).run(part))
                .flatMap(List::stream).toList();
        List<EvalCase> right = new ArrayList<>();
        for (EvalRun.Outcome o : seeds) {
            if (o.right() && !o.hedged()) {
                right.add(o.c());
            }
        }
        System.out.printf(Locale.ROOT, "style: %d single questions sampled, %d answered right: the seeds%n", singles.size(), right.size());
        // each style in a run of its own, so that each variant is asked in a new thread, not as a follow-up to its seed;
        // the styles are asked in parallel (the brain serves concurrent questions) and reported in their order
        List<StyleVariants.Variant> styles = StyleVariants.ALL.stream()
                .filter(v -> only.isEmpty() || List.of(only.split(",")).contains(v.name())).toList();
        List<List<EvalRun.Outcome>> runs = styles.parallelStream().map(v -> {
            List<EvalCase> variants = new ArrayList<>();
            for (EvalCase c : right) {
                String q = v.of(c.question(), c.id());
                if (!q.equals(c.question())) {
                    variants.add(new EvalCase(c.id(), q, c.route(), c.kind(), null, 0, c.expect(), c.alternatives(),
                            c.cannotCompute(), c.ambiguous(), c.answerPhrases(), c.notCovered()));
                }
            }
            return new EvalRun(TestBrains.offline().assistant()).run(variants);
        }).toList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (int i = 0; i < styles.size(); i++) {
            StyleVariants.Variant v = styles.get(i);
            List<EvalRun.Outcome> outcomes = runs.get(i);
            List<EvalRun.Outcome> broke = outcomes.stream().filter(o -> !o.right() || o.hedged()).toList();
            int wrong = (int) broke.stream().filter(o -> o.numeric() == EvalRun.Numeric.WRONG).count();
            counts.put(v.name(), new int[] {outcomes.size(), broke.size(), wrong});
            System.out.printf(Locale.ROOT, "%n== %s: %s%n", v.name(), line(counts.get(v.name())));
            broke.stream().limit(show).forEach(o -> System.out.printf(Locale.ROOT, "  %-8s %s%n           %s%n", o.c().id(),
                    o.c().question().replace("\n", "\\n"), o.why()));
        }
        System.out.println("\nstyle summary");
        counts.forEach((k, c) -> System.out.printf(Locale.ROOT, "  %-17s %s%n", k, line(c)));
        return counts;
    }

    private static String line(int[] c) {
        return String.format(Locale.ROOT, "%5d changed, %4d broke (%s), %3d of them confidently wrong", c[0], c[1],
                EvalRun.pct(c[1], c[0]), c[2]);
    }

    private static Path[] files() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toArray(Path[]::new);
        }
    }
}
