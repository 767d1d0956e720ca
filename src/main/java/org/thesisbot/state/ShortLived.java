package org.thesisbot.state;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongBiFunction;
import java.util.function.UnaryOperator;

/**
 * Values held for a moment on a question's way to its answer (the thread state its admission read, its admission in
 * flight), by key, in a plain concurrent map: <b>holding one wakes no other thread</b>. A Caffeine cache with expiry
 * hands each write's upkeep to the maintenance thread and, each time it empties (these do, between questions), re-arms
 * its expiry timer: several wake-ups of other threads per question on the replica's core, each taking the core from
 * the answer between the admission's reply and its post (docs/benchmarks.md, issue 13, counts them). Here a value
 * older than {@code life} is never returned, and old values are swept out by the thread adding one, only when a new
 * value would not fit the {@code budget} (by {@code weigher}); one that still does not fit is not kept (the caller then
 * does without: it is only ever a shortcut).
 */
final class ShortLived<V> {
    private record Held<V>(V value, long atMillis, long weight) {
    }

    private final ConcurrentHashMap<String, Held<V>> held = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    private final Clock clock;
    private final long lifeMillis;
    private final long budget;
    private final ToLongBiFunction<String, V> weigher;

    ShortLived(Clock clock, Duration life, long budget, ToLongBiFunction<String, V> weigher) {
        this.clock = clock;
        this.lifeMillis = life.toMillis();
        this.budget = budget;
        this.weigher = weigher;
    }

    /** Holds {@code value} for {@code key} (replacing what was held); false when it does not fit the budget. */
    boolean put(String key, V value) {
        return update(key, old -> value);
    }

    /**
     * Replaces what is held for {@code key} with {@code f} of it ({@code null} in, when nothing or only an outdated value
     * is held; {@code null} out: nothing is held any more), atomically for that key; false, holding what was held, when
     * the new value does not fit the budget.
     */
    boolean update(String key, UnaryOperator<V> f) {
        if (tryUpdate(key, f)) {
            return true;
        }
        sweep();   // over the budget: make room from values past their life, then try once more
        return tryUpdate(key, f);
    }

    private boolean tryUpdate(String key, UnaryOperator<V> f) {
        long now = clock.millis();
        long[] delta = {0};
        boolean[] fits = {true};
        held.compute(key, (k, h) -> {
            V next = f.apply(h == null || now - h.atMillis() > lifeMillis ? null : h.value());
            long w = next == null ? 0 : weigher.applyAsLong(k, next);
            long before = h == null ? 0 : h.weight();
            if (next != null && weight.get() - before + w > budget) {
                fits[0] = false;
                return h;
            }
            delta[0] = w - before;
            return next == null ? null : new Held<>(next, now, w);
        });
        weight.addAndGet(delta[0]);
        return fits[0];
    }

    /** What is held for {@code key}, or null (nothing, or older than its life). */
    V get(String key) {
        Held<V> h = held.get(key);
        return h == null || clock.millis() - h.atMillis() > lifeMillis ? null : h.value();
    }

    /** Removes and returns what is held for {@code key}, or null (nothing, or older than its life). */
    V take(String key) {
        Held<V> h = held.remove(key);
        if (h == null) {
            return null;
        }
        weight.addAndGet(-h.weight());
        return clock.millis() - h.atMillis() > lifeMillis ? null : h.value();
    }

    /** How many keys are held (outdated ones included until swept). */
    int size() {
        return held.size();
    }

    private void sweep() {
        long now = clock.millis();
        for (Map.Entry<String, Held<V>> e : held.entrySet()) {
            Held<V> h = e.getValue();
            if (now - h.atMillis() > lifeMillis && held.remove(e.getKey(), h)) {
                weight.addAndGet(-h.weight());
            }
        }
    }
}
