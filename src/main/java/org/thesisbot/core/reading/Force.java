package org.thesisbot.core.reading;

import java.math.BigDecimal;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;

/** A target the first reading missed, to read the question with: the goal's span and figure, and what to solve for. */
record Force(Metric metric, BigDecimal value, int start, int end, int figure, InputId solveFor, int solveStart,
                     int solveEnd, boolean preMoney, String why) {
}
