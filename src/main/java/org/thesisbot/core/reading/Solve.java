package org.thesisbot.core.reading;

import org.thesisbot.core.scenario.InputId;

/** What the question asks to solve for: an input it names in a question ("what exit …", "how big a check …"). */
record Solve(InputId input, boolean valuationWord, int start, int end, boolean preMoney) {
    Solve(InputId input, boolean valuationWord, int start, int end) {
        this(input, valuationWord, start, end, false);
    }
}
