package org.thesisbot.core.reading;

import org.thesisbot.core.scenario.Metric;

/** A metric phrase in the text; {@code rest}: it names the rest of the whole the metric is part of ("everyone but amazon"). */
record Hit(Metric metric, int start, int end, boolean strong, String phrase, boolean rest) {
    Hit(Metric metric, int start, int end, boolean strong, String phrase) {
        this(metric, start, end, strong, phrase, false);
    }
}
