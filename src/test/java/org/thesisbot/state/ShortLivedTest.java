package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.thesisbot.slack.testkit.MutableClock;

/** Values held for a moment, within a life and a budget, with no thread of their own. */
class ShortLivedTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    /** Two seconds each, at most 10 characters in all. */
    private final ShortLived<String> held = new ShortLived<>(clock, Duration.ofSeconds(2), 10, (k, v) -> v.length());

    @Test
    void a_value_is_taken_once_within_its_life() {
        assertTrue(held.put("t1", "abc"));
        assertEquals("abc", held.get("t1"));
        assertEquals("abc", held.take("t1"));
        assertNull(held.take("t1"), "taken already");
        assertNull(held.get("t1"));
    }

    @Test
    void a_value_older_than_its_life_is_never_returned() {
        held.put("t1", "abc");
        clock.advance(Duration.ofMillis(2001));
        assertNull(held.get("t1"));
        assertNull(held.take("t1"));
        assertEquals(0, held.size(), "taking it dropped it");
    }

    @Test
    void an_update_sees_nothing_for_an_outdated_value_and_null_drops_the_key() {
        held.put("t1", "abc");
        clock.advance(Duration.ofMillis(2001));
        assertTrue(held.update("t1", v -> v == null ? "new" : v + "+"));
        assertEquals("new", held.get("t1"));
        assertTrue(held.update("t1", v -> v + "+"));
        assertEquals("new+", held.get("t1"));
        assertTrue(held.update("t1", v -> null));
        assertEquals(0, held.size());
    }

    @Test
    void over_its_budget_old_values_are_swept_out_and_a_value_that_still_does_not_fit_is_not_kept() {
        assertTrue(held.put("t1", "aaaaaa"));
        assertTrue(held.put("t2", "bbbb"));
        assertFalse(held.put("t3", "c"), "10 characters held already");
        assertNull(held.get("t3"));
        assertTrue(held.put("t2", "bbb"), "a smaller value for a key held fits");

        clock.advance(Duration.ofMillis(1500));
        assertTrue(held.put("t3", "c"), "9 + 1 fits");
        assertFalse(held.put("t4", "dd"), "12: over; nothing old enough to sweep yet");
        clock.advance(Duration.ofMillis(600));   // t1 and t2 are 2.1 s old, t3 0.6 s
        assertTrue(held.put("t4", "dd"), "t1 and t2 swept out for it");
        assertEquals(2, held.size());
        assertEquals("c", held.get("t3"));
        assertEquals("dd", held.get("t4"));
    }
}
