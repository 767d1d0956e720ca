package org.thesisbot.core.reading;

import org.thesisbot.core.scenario.Metric;

/** A metric phrase in the text. */
record Hit(Metric metric, int start, int end, boolean strong, String phrase) {
}
