package org.thesisbot.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A developer's probe, not a check: {@code mvn -q -o test -Dtest=WorstShapesProbe -Dworst=true} times the assistant on
 * 2,000-character messages built to hit each of session 38's readers at its costliest (bars checked, bars that bind,
 * levers, labelled levers, later rounds, cases counted, and a run of bare bars), best of 3 each, and prints the times. It
 * is how the bound on their work was measured (docs/benchmarks.md keeps the load and JMH figures; this one compares two
 * builds on one machine). Skipped without the property.
 */
class WorstShapesProbe {
    private static final int LIMIT = 1990;

    @Test
    void time_the_costliest_messages_of_each_shape() {
        assumeTrue(Boolean.getBoolean("worst"), "a developer's probe: -Dworst=true");
        Assistant brain = TestBrains.offline().assistant();
        List<String> messages = List.of(
                repeated("does that clear our 2x and a 15% irr and ", "or just one?"),
                repeated("min exit both 2x and 3x and 20% irr and ", "which binds?"),
                repeated("capture +10pts vs margin +5pts vs ", "which is bigger?"),
                repeated("close at 830 post, then oai raises 100bn at a 1.9T pre and we pass, then ", "what exit gets 3x?"),
                repeated("how many of the 3 cases top 20bn and ", "?"),
                repeated("lever 1: exit at 1T. lever 2: check 60bn. ", "which adds more?"),
                repeated("our 2x and ", "does that clear it?"),
                // session 39's readers: flows over time, a level to match, two levers with vs
                repeated("half out at 1.2T in yr 3, a third at 2T yr 6 / 15 yr1 / ", "blended moic and irr?"),
                repeated("draws 20 at close / 15 yr1 / ", "what exit gets the irr on those flows to 15%?"),
                repeated("what hold lines a 1.25T exit's irr up with bull's over 5 yrs and ", "?"),
                repeated("capture is 40% vs margin at 30% and ", "aws revenue?"));
        for (String m : messages) {
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                try {
                    brain.ask(new Question(m, null, "probe", "probe"));
                } catch (RuntimeException e) {
                    // a refusal is an answer too: its time counts
                }
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("%7.1f ms  %4d chars  %s…%n", best / 1e6, m.length(), m.substring(0, 48));
        }
    }

    private static String repeated(String unit, String end) {
        StringBuilder sb = new StringBuilder();
        while (sb.length() + unit.length() + end.length() < LIMIT) {
            sb.append(unit);
        }
        return sb + end;
    }
}
