package org.thesisbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.MutableClock;

class ExpiringSetAndRateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

    @Test
    void a_key_is_new_once_then_a_repeat_until_it_expires() {
        ExpiringSet seen = new ExpiringSet(Duration.ofMinutes(15), 1000, clock);
        assertTrue(seen.add("Ev1"));
        assertFalse(seen.add("Ev1"));
        clock.advance(Duration.ofMinutes(14));
        assertFalse(seen.add("Ev1"), "still within the TTL");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(seen.add("Ev1"), "expired, so new again");
    }

    @Test
    void touch_keeps_a_key_alive() {
        ExpiringSet threads = new ExpiringSet(Duration.ofMinutes(10), 1000, clock);
        threads.touch("C1:1.0");
        clock.advance(Duration.ofMinutes(8));
        threads.touch("C1:1.0");
        clock.advance(Duration.ofMinutes(8));
        assertTrue(threads.contains("C1:1.0"));
        clock.advance(Duration.ofMinutes(3));
        assertFalse(threads.contains("C1:1.0"));
    }

    @Test
    void memory_stays_bounded_dropping_the_oldest_keys_first() {
        ExpiringSet seen = new ExpiringSet(Duration.ofHours(1), 100, clock);
        for (int i = 0; i < 1000; i++) {
            seen.add("Ev" + i);
            clock.advance(Duration.ofMillis(1));
        }
        assertTrue(seen.size() <= 101, "size " + seen.size());
        assertFalse(seen.add("Ev999"), "the newest keys are kept");
        assertTrue(seen.add("Ev0"), "the oldest were dropped");
    }

    @Test
    void expired_keys_are_swept_as_new_ones_arrive() {
        ExpiringSet seen = new ExpiringSet(Duration.ofSeconds(1), 1_000_000, clock);
        for (int i = 0; i < 3000; i++) {
            seen.add("Ev" + i);
            clock.advance(Duration.ofMillis(10));
        }
        assertTrue(seen.size() < 1200, "size " + seen.size());
    }

    @Test
    void rate_limit_allows_n_per_minute_per_user_on_a_sliding_window() {
        UserRateLimiter limiter = new UserRateLimiter(3, clock);
        assertTrue(limiter.tryAcquire("U1"));
        clock.advance(Duration.ofSeconds(20));
        assertTrue(limiter.tryAcquire("U1"));
        assertTrue(limiter.tryAcquire("U1"));
        assertFalse(limiter.tryAcquire("U1"));
        assertTrue(limiter.tryAcquire("U2"), "another user has their own budget");
        clock.advance(Duration.ofSeconds(41));
        assertTrue(limiter.tryAcquire("U1"), "the first question left the window");
        assertFalse(limiter.tryAcquire("U1"));
    }

    @Test
    void refused_questions_do_not_use_up_the_budget() {
        UserRateLimiter limiter = new UserRateLimiter(1, clock);
        assertTrue(limiter.tryAcquire("U1"));
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(5));
            assertFalse(limiter.tryAcquire("U1"));
        }
        clock.advance(Duration.ofSeconds(11));
        assertTrue(limiter.tryAcquire("U1"));
        assertEquals(1, limiter.perMinute());
    }
}
