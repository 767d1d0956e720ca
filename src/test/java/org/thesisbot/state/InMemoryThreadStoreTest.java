package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.scenario.InputId;
import org.thesisbot.core.scenario.Metric;
import org.thesisbot.core.state.ThreadState;

class InMemoryThreadStoreTest {
    private final MutableClock clock = new MutableClock();

    @Test
    void keeps_the_latest_state_of_a_thread() {
        InMemoryThreadStore m = new InMemoryThreadStore(Duration.ofMinutes(10), 100, clock);
        m.save("t", state(List.of(Metric.STAKE), Map.of()));
        m.save("t", state(List.of(Metric.IRR), Map.of(InputId.HOLDING_YEARS, BigDecimal.valueOf(4))));
        ThreadState s = m.load("t").orElseThrow();
        assertEquals(List.of(Metric.IRR), s.metrics());
        assertEquals(0, BigDecimal.valueOf(4).compareTo(s.overrides().get(InputId.HOLDING_YEARS)));
    }

    @Test
    void forgets_a_thread_after_the_ttl() {
        InMemoryThreadStore m = new InMemoryThreadStore(Duration.ofMinutes(10), 100, clock);
        m.save("t", state(List.of(Metric.STAKE), Map.of()));
        clock.advance(Duration.ofMinutes(9));
        assertTrue(m.load("t").isPresent());
        clock.advance(Duration.ofMinutes(11));
        assertTrue(m.load("t").isEmpty());
    }

    @Test
    void drops_the_least_recently_used_thread_beyond_the_cap() {
        InMemoryThreadStore m = new InMemoryThreadStore(Duration.ofMinutes(10), 2, clock);
        m.save("a", state(List.of(), Map.of()));
        m.save("b", state(List.of(), Map.of()));
        m.load("a");
        m.save("c", state(List.of(), Map.of()));
        assertEquals(2, m.threadCount());
        assertTrue(m.load("b").isEmpty());
        assertTrue(m.load("a").isPresent());
    }

    private ThreadState state(List<Metric> metrics, Map<InputId, BigDecimal> overrides) {
        return new ThreadState(overrides, List.of(), metrics, null, metrics.isEmpty() ? Route.NARRATIVE : Route.NUMERIC,
                1, clock.instant());
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-26T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
