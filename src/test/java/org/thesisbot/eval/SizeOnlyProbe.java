package org.thesisbot.eval;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A developer's probe, not a check: {@code mvn -q test -Dtest=SizeOnlyProbe -Dsizeonly.sets=val2,end1} (or {@code all})
 * counts, per numeric outcome, the answers in which a figure was given an input by its size alone (no word of the
 * question named that input, the figure restated nothing, and the thread had not set it), and lists them. It measures
 * how often such a guess goes with a right and with a wrong answer. Skipped without the property.
 */
class SizeOnlyProbe {
    @Test
    void size_only_figures_by_outcome() throws IOException {
        UnusedFigureProbe.byOutcome("sizeonly.sets", "with a figure placed with no word", o -> {
            List<String> guessed = o.answer() == null || o.answer().decision() == null ? List.of() : o.answer().decision().cues().stream()
                    .filter(c -> c.startsWith("figure ") && c.contains("[no cue") && !c.contains("restates")
                            && !c.contains("set earlier")).toList();
            return guessed.isEmpty() ? null : guessed.toString();
        });
    }
}
