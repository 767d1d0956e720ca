package org.thesisbot.state;

import org.thesisbot.core.state.Turn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.scenario.Metric;

class InMemoryThreadMemoryTest {
    private final MutableClock clock = new MutableClock();

    @Test
    void keeps_only_the_last_n_turns() {
        InMemoryThreadMemory m = new InMemoryThreadMemory(3, Duration.ofMinutes(10), 100, clock);
        for (int i = 0; i < 5; i++) {
            m.remember("t", turn("q" + i, List.of()));
        }
        assertEquals(List.of("q2", "q3", "q4"), m.turns("t").stream().map(Turn::question).toList());
    }

    @Test
    void forgets_a_thread_after_the_ttl() {
        InMemoryThreadMemory m = new InMemoryThreadMemory(3, Duration.ofMinutes(10), 100, clock);
        m.remember("t", turn("q", List.of(Metric.STAKE)));
        clock.advance(Duration.ofMinutes(9));
        assertEquals(1, m.turns("t").size());
        clock.advance(Duration.ofMinutes(11));
        assertTrue(m.turns("t").isEmpty());
    }

    @Test
    void drops_the_least_recently_used_thread_beyond_the_cap() {
        InMemoryThreadMemory m = new InMemoryThreadMemory(3, Duration.ofMinutes(10), 2, clock);
        m.remember("a", turn("qa", List.of()));
        m.remember("b", turn("qb", List.of()));
        m.turns("a");
        m.remember("c", turn("qc", List.of()));
        assertEquals(2, m.threadCount());
        assertTrue(m.turns("b").isEmpty());
        assertEquals(1, m.turns("a").size());
    }

    @Test
    void last_numeric_skips_narrative_turns_and_null_threads_are_stateless() {
        InMemoryThreadMemory m = new InMemoryThreadMemory(5, Duration.ofMinutes(10), 10, clock);
        m.remember("t", turn("stake?", List.of(Metric.STAKE)));
        m.remember("t", turn("why?", List.of()));
        assertEquals("stake?", m.lastNumeric("t").orElseThrow().question());
        m.remember(null, turn("x", List.of(Metric.STAKE)));
        assertTrue(m.turns(null).isEmpty());
    }

    private Turn turn(String q, List<Metric> metrics) {
        return new Turn(q, metrics.isEmpty() ? Route.NARRATIVE : Route.NUMERIC, metrics, Map.of(), List.of(), clock.instant());
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
