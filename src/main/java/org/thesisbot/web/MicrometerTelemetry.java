package org.thesisbot.web;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import java.time.Duration;
import java.util.List;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.Telemetry;

/**
 * The {@link Telemetry} port on Micrometer. Every metric the app uses is registered at zero up front, so
 * {@code /metrics} lists them from the first scrape; {@code thesisbot.answer.latency} is a histogram per
 * route (Prometheus {@code _bucket} series for {@code histogram_quantile}). Create it right after the
 * registry, before anything else registers a meter, so the histogram filter applies to every latency timer.
 * Tag keys: {@code route} on questions and latency, {@code vote} on feedback; the other counters are untagged.
 */
public final class MicrometerTelemetry implements Telemetry {
    public static final String QUESTIONS = "thesisbot.questions";
    public static final String ANSWER_LATENCY = "thesisbot.answer.latency";
    public static final String LLM_CALLS = "thesisbot.llm.calls";
    public static final String LLM_ERRORS = "thesisbot.llm.errors";
    public static final String LLM_FALLBACKS = "thesisbot.llm.fallbacks";
    public static final String GROUNDING_REPAIRS = "thesisbot.grounding.repairs";
    public static final String SLACK_API_ERRORS = "thesisbot.slack.api.errors";
    public static final String SLACK_API_RATELIMITED = "thesisbot.slack.api.ratelimited";
    public static final String SLACK_DEDUPE_HITS = "thesisbot.slack.dedupe.hits";
    public static final String FEEDBACK = "thesisbot.feedback";
    public static final String LLM_CAPPED = "thesisbot.llm.capped";
    public static final String API_BUSY = "thesisbot.api.busy";
    /** Drafts computed again when kept, because another replica answered in the thread meanwhile. */
    public static final String DRAFTS_REDONE = "thesisbot.drafts.redone";

    /** Untagged counters registered at zero. */
    static final List<String> PLAIN_COUNTERS = List.of(LLM_CALLS, LLM_ERRORS, LLM_FALLBACKS, GROUNDING_REPAIRS,
            SLACK_API_ERRORS, SLACK_API_RATELIMITED, SLACK_DEDUPE_HITS, LLM_CAPPED, API_BUSY, DRAFTS_REDONE);

    private final MeterRegistry registry;

    public MicrometerTelemetry(MeterRegistry registry) {
        this.registry = registry;
        registry.config().meterFilter(latencyHistogram());
        for (Route r : Route.values()) {
            Counter.builder(QUESTIONS).description("Questions answered, by route")
                    .tag("route", r.wireName()).register(registry);
            Timer.builder(ANSWER_LATENCY).description("Time to answer a question, by route")
                    .tag("route", r.wireName()).register(registry);
        }
        for (String name : PLAIN_COUNTERS) {
            Counter.builder(name).register(registry);
        }
        for (String vote : List.of("up", "down")) {
            Counter.builder(FEEDBACK).description("Feedback buttons pressed").tag("vote", vote).register(registry);
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @Override
    public void increment(String name, String... tags) {
        registry.counter(name, Tags.of(tags)).increment();
    }

    @Override
    public void record(String name, Duration duration, String... tags) {
        registry.timer(name, Tags.of(tags)).record(duration);
    }

    /** Current count of a counter (0 when never registered); for tests and the benchmark harness. */
    public double count(String name, String... tags) {
        Counter c = registry.find(name).tags(tags).counter();
        return c == null ? 0 : c.count();
    }

    private static MeterFilter latencyHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(ANSWER_LATENCY)) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .percentilesHistogram(true)
                        .serviceLevelObjectives(millis(5), millis(20), millis(100), millis(1000), millis(3000))
                        .minimumExpectedValue(millis(0.5))
                        .maximumExpectedValue(millis(60_000))
                        .build()
                        .merge(config);
            }
        };
    }

    private static double millis(double ms) {
        return ms * 1_000_000d; // nanoseconds
    }
}
