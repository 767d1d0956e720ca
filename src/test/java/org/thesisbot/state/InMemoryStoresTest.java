package org.thesisbot.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Route;
import org.thesisbot.core.api.RouteDecision;
import org.thesisbot.core.state.FeedbackCounts.Tally;
import org.thesisbot.core.state.FeedbackCounts.Vote;
import org.thesisbot.slack.testkit.MutableClock;

class InMemoryStoresTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private final LocalCaches caches = LocalCaches.direct(clock);

    @Test
    void a_key_is_claimed_once_then_taken_until_it_expires() {
        InMemoryKeys seen = new InMemoryKeys(Duration.ofMinutes(15), 1 << 20, caches);
        assertTrue(seen.claim("Ev1"));
        assertFalse(seen.claim("Ev1"));
        clock.advance(Duration.ofMinutes(14));
        assertFalse(seen.claim("Ev1"), "still within the TTL");
        clock.advance(Duration.ofMinutes(2));
        assertTrue(seen.claim("Ev1"), "expired, so it can be claimed again");
    }

    @Test
    void touch_says_whether_the_key_was_set_and_keeps_it_alive() {
        InMemoryKeys threads = new InMemoryKeys(Duration.ofMinutes(10), 1 << 20, caches);
        assertFalse(threads.touch("C1:1.0"), "first answer in the thread");
        clock.advance(Duration.ofMinutes(8));
        assertTrue(threads.touch("C1:1.0"));
        clock.advance(Duration.ofMinutes(8));
        assertTrue(threads.contains("C1:1.0"));
        clock.advance(Duration.ofMinutes(3));
        assertFalse(threads.contains("C1:1.0"));
        assertFalse(threads.touch("C1:1.0"), "expired: the next answer is a first one again");
    }

    @Test
    void keys_stay_under_their_byte_cap_and_expired_keys_leave_memory() {
        long cap = 64 * 1024;
        InMemoryKeys seen = new InMemoryKeys(Duration.ofSeconds(1), cap, caches);
        for (int i = 0; i < 10_000; i++) {
            seen.claim("Ev" + i);
        }
        assertTrue(seen.weightedSize() <= cap, "weight " + seen.weightedSize());
        assertTrue(seen.size() > 100, "kept " + seen.size());
        clock.advance(Duration.ofSeconds(2));
        assertEquals(0, seen.size());
    }

    @Test
    void rate_limit_allows_n_per_minute_per_user_on_a_sliding_window() {
        InMemoryRateLimits limiter = new InMemoryRateLimits(3, 1 << 20, caches);
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
        InMemoryRateLimits limiter = new InMemoryRateLimits(1, 1 << 20, caches);
        assertTrue(limiter.tryAcquire("U1"));
        for (int i = 0; i < 10; i++) {
            clock.advance(Duration.ofSeconds(5));
            assertFalse(limiter.tryAcquire("U1"));
        }
        clock.advance(Duration.ofSeconds(11));
        assertTrue(limiter.tryAcquire("U1"));
        assertEquals(1, limiter.perMinute());
    }

    @Test
    void recent_answers_are_found_by_id_until_they_expire() {
        InMemoryRecentAnswers answers = new InMemoryRecentAnswers(Duration.ofMinutes(30), 1 << 20, caches);
        Answer a = answer("q-00000000aa", "6.02%");
        answers.put(a);
        assertEquals(a, answers.get("q-00000000aa").orElseThrow());
        assertTrue(answers.get("q-unknown").isEmpty());
        assertTrue(answers.get(null).isEmpty());
        clock.advance(Duration.ofMinutes(31));
        assertTrue(answers.get("q-00000000aa").isEmpty());
    }

    @Test
    void recent_answers_are_capped_by_their_size_not_their_number() {
        long cap = 256 * 1024;
        InMemoryRecentAnswers answers = new InMemoryRecentAnswers(Duration.ofMinutes(30), cap, caches);
        for (int i = 0; i < 200; i++) {
            answers.put(answer("q-long-" + i, "x".repeat(20_000)));   // ~40 KB each
        }
        int kept = 0;
        for (int i = 0; i < 200; i++) {
            kept += answers.get("q-long-" + i).isPresent() ? 1 : 0;
        }
        assertTrue(kept >= 2 && kept <= 7, "kept " + kept + " answers of ~40 KB under a 256 KB cap");
    }

    @Test
    void one_vote_per_user_per_answer_and_a_later_vote_replaces_it() {
        InMemoryFeedback votes = new InMemoryFeedback(Duration.ofDays(30), 1 << 20, caches);
        assertEquals(new Tally(1, 0), votes.vote("q-1", "U1", Vote.UP));
        assertEquals(new Tally(1, 0), votes.vote("q-1", "U1", Vote.UP), "a double click counts once");
        assertEquals(new Tally(1, 1), votes.vote("q-1", "U2", Vote.DOWN));
        assertEquals(new Tally(0, 2), votes.vote("q-1", "U1", Vote.DOWN), "U1 changed their mind");
        assertEquals(new Tally(0, 2), votes.tally("q-1"));
        assertEquals(Tally.NONE, votes.tally("q-2"));
    }

    private static Answer answer(String id, String text) {
        return new Answer(id, Route.NUMERIC, text, null, List.of(), List.of(), "scenario-core", List.of(),
                new RouteDecision(Route.NUMERIC, 1.0, -1, List.of()));
    }
}
