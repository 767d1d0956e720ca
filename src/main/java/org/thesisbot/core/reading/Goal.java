package org.thesisbot.core.reading;

import java.math.BigDecimal;
import java.util.List;
import org.thesisbot.core.scenario.Metric;

/** A goal: the value the question wants a metric to reach, and the words it occupies. */
record Goal(Metric metric, BigDecimal value, int start, int end, List<Mention> figures, String text) {
}
