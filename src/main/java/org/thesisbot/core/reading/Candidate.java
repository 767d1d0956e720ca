package org.thesisbot.core.reading;

import java.math.BigDecimal;
import org.thesisbot.core.scenario.InputId;

/** One way to read one figure: the input it would set and the evidence for it. */
record Candidate(Mention mention, InputId input, BigDecimal value, double score, int[] cue, boolean restates,
                         String why, BigDecimal preMoney) {
    Candidate(Mention mention, InputId input, BigDecimal value, double score, int[] cue, boolean restates, String why) {
        this(mention, input, value, score, cue, restates, why, null);
    }
}
