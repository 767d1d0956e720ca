package org.thesisbot.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Assistant;

/**
 * The dev set's narrative column on two halves: odd ids (where sentence choice was tuned) and even ids
 * (held out from tuning), so an improvement that holds only on the questions it was tuned on shows up.
 * Runs the questions with an answering sentence (narrative and mixed) through the real offline brain, each
 * conversation in its own thread, and prints both figures and every miss. {@code -Dnarrative.sets=dev-,val-,val2-}
 * measures the validation sets the same way, one after the other (never the lockbox).
 */
class NarrativeHalvesTest {
    @Test
    void narrative_column_on_odd_and_even_ids() throws IOException {
        Assistant assistant = TestBrains.offline().assistant();
        StringBuilder sb = new StringBuilder();
        for (String prefix : System.getProperty("narrative.sets", "dev-").split(",")) {
            if (prefix.isBlank() || prefix.startsWith("lockbox")) {
                continue;
            }
            List<EvalRun.Outcome> outcomes = run(assistant, prefix.strip());
            sb.append("\nNarrative, ").append(prefix.strip()).append("* (first cited sentence answers, or says not covered):\n");
            sb.append(String.format(Locale.ROOT, "  all  ids: %d/%d (%s)%n", ok(outcomes), outcomes.size(), EvalRun.pct(ok(outcomes), outcomes.size())));
            for (String half : List.of("odd", "even")) {
                List<EvalRun.Outcome> h = outcomes.stream().filter(o -> (number(o.c().id()) % 2 == 1) == half.equals("odd")).toList();
                List<EvalRun.Outcome> routed = h.stream().filter(EvalRun.Outcome::routeOk).toList();
                sb.append(String.format(Locale.ROOT, "  %-4s ids: %d/%d (%s); of those routed right: %d/%d (%s)%n", half,
                        ok(h), h.size(), EvalRun.pct(ok(h), h.size()), ok(routed), routed.size(), EvalRun.pct(ok(routed), routed.size())));
            }
            for (EvalRun.Outcome o : outcomes) {
                if (!Boolean.TRUE.equals(o.narrativeOk())) {
                    sb.append(String.format(Locale.ROOT, "  %-6s %s%s%n         %s%n", o.c().id(), o.c().question(),
                            o.routeOk() ? "" : "  [route " + (o.answer() == null ? "?" : o.answer().route().wireName()) + "]",
                            o.answer() == null ? o.why() : abbreviate(o.answer().narrative() == null ? o.answer().text() : o.answer().narrative())));
                }
            }
            assertTrue(outcomes.size() >= 30, prefix + " has narrative questions");
        }
        System.out.println(sb);
    }

    private static List<EvalRun.Outcome> run(Assistant assistant, String prefix) throws IOException {
        Path[] files;
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/eval"))) {
            files = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toArray(Path[]::new);
        }
        List<EvalCase> all = EvalRun.load(files);
        // a thread turn needs the turns before it; keep whole conversations that have a narrative turn
        List<String> threads = all.stream().filter(c -> c.narrative() && c.thread() != null).map(EvalCase::thread).toList();
        List<EvalCase> cases = all.stream().filter(c -> c.narrative() || threads.contains(c.thread())).toList();
        return new EvalRun(assistant).run(cases).stream().filter(o -> o.narrativeOk() != null).toList();
    }

    private static long ok(List<EvalRun.Outcome> os) {
        return os.stream().filter(o -> Boolean.TRUE.equals(o.narrativeOk())).count();
    }

    private static int number(String id) {
        return Integer.parseInt(id.replaceAll("\\D", ""));
    }

    private static String abbreviate(String s) {
        String t = s.replace('\n', ' ');
        return t.length() <= 220 ? t : t.substring(0, 220) + "…";
    }
}
