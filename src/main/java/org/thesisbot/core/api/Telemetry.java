package org.thesisbot.core.api;

import java.time.Duration;

/**
 * Counters and timers, as a port so the core stays free of Micrometer. Names are dotted
 * lower-case ("thesisbot.llm.calls"); tags come in key/value pairs.
 */
public interface Telemetry {
    void increment(String name, String... tags);

    void record(String name, Duration duration, String... tags);

    Telemetry NOOP = new Telemetry() {
        @Override
        public void increment(String name, String... tags) {
        }

        @Override
        public void record(String name, Duration duration, String... tags) {
        }
    };
}
