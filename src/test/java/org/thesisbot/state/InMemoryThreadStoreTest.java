package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.ThreadState;
import org.thesisbot.slack.testkit.MutableClock;

class InMemoryThreadStoreTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T00:00:00Z"));
    private final LocalCaches caches = LocalCaches.direct(clock);

    @Test
    void keeps_the_latest_state_of_a_thread() {
        InMemoryThreadStore m = new InMemoryThreadStore(Duration.ofMinutes(10), 1 << 20, caches);
        m.save("t", state(List.of(Metric.STAKE), Map.of()));
        m.save("t", state(List.of(Metric.IRR), Map.of(InputId.HOLDING_YEARS, BigDecimal.valueOf(4))));
        ThreadState s = m.load("t").orElseThrow();
        assertEquals(List.of(Metric.IRR), s.metrics());
        assertEquals(0, BigDecimal.valueOf(4).compareTo(s.overrides().get(InputId.HOLDING_YEARS)));
    }

    @Test
    void forgets_a_thread_after_the_ttl_of_silence() {
        InMemoryThreadStore m = new InMemoryThreadStore(Duration.ofMinutes(10), 1 << 20, caches);
        m.save("t", state(List.of(Metric.STAKE), Map.of()));
        clock.advance(Duration.ofMinutes(9));
        assertTrue(m.load("t").isPresent());
        m.save("t", state(List.of(Metric.IRR), Map.of()));
        clock.advance(Duration.ofMinutes(9));
        assertTrue(m.load("t").isPresent(), "a new answer restarts the idle timer");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(m.load("t").isEmpty());
        assertEquals(0, m.threadCount(), "expired threads leave memory");
    }

    @Test
    void stays_under_its_byte_cap_however_many_threads_come() {
        long cap = 256 * 1024;
        InMemoryThreadStore m = new InMemoryThreadStore(Duration.ofHours(2), cap, caches);
        for (int i = 0; i < 20_000; i++) {
            m.save("slack:C0DEALS:17000000" + i, big());
        }
        assertTrue(m.weightedSize() <= cap, "weighted size " + m.weightedSize());
        long kept = m.threadCount();
        assertTrue(kept > 50 && kept < 20_000, "kept " + kept);
    }

    /**
     * The estimate is what the cap is in: check it against the real heap. Forty thousand of the biggest thread
     * states the scenario core can produce would take tens of megabytes; under an 8 MB cap the heap they leave
     * behind stays near 8 MB (and the estimate must not undercount by more than the margin here).
     */
    @Test
    void the_weight_estimate_bounds_the_real_heap() {
        long cap = 8L * 1024 * 1024;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(memory);
        InMemoryThreadStore m = new InMemoryThreadStore(Duration.ofHours(2), cap, caches);
        for (int i = 0; i < 40_000; i++) {
            m.save("api:thread-with-a-long-identifier-" + i + "-" + "x".repeat(64), big());
        }
        long used = usedAfterGc(memory) - before;
        assertTrue(m.threadCount() > 1000, "kept " + m.threadCount());
        assertTrue(used < cap * 3 / 2, "the store holds " + used / 1024 + " KiB of heap under an 8 MiB cap");
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The largest state a thread can hold: every input overridden, every scenario, every metric, a target. */
    private ThreadState big() {
        Map<InputId, BigDecimal> all = new EnumMap<>(InputId.class);
        for (InputId id : InputId.values()) {
            all.put(id, new BigDecimal("1234.56789012345678901234567890123"));
        }
        return new ThreadState(all, List.of("bull", "base", "bear"), List.of(Metric.values()),
                new ThreadState.Target(Metric.MOIC, new BigDecimal("3"), InputId.EXIT_VALUATION), Route.NUMERIC, 10,
                clock.instant());
    }

    private ThreadState state(List<Metric> metrics, Map<InputId, BigDecimal> overrides) {
        return new ThreadState(overrides, List.of(), metrics, null, metrics.isEmpty() ? Route.NARRATIVE : Route.NUMERIC,
                1, clock.instant());
    }
}
