package org.thesisbot.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoundsLoadGeneratorTest {

    @Test
    void an_interleaved_phase_sends_one_event_to_each_target_per_slot_in_a_seeded_order() {
        int[] two = RoundsLoadGenerator.interleaved(2, 6, new SplittableRandom(RoundsLoadGenerator.INTERLEAVE_SEED));
        int[] three = RoundsLoadGenerator.interleaved(3, 4, new SplittableRandom(RoundsLoadGenerator.INTERLEAVE_SEED));

        assertArrayEquals(new int[] {0, 1, 1, 0, 1, 0, 1, 0, 1, 0, 0, 1}, two);
        assertArrayEquals(new int[] {1, 2, 0, 1, 0, 2, 0, 1, 2, 0, 1, 2}, three);
        assertArrayEquals(two, RoundsLoadGenerator.interleaved(2, 6, new SplittableRandom(RoundsLoadGenerator.INTERLEAVE_SEED)));
    }

    @Test
    void one_target_gets_every_event_and_draws_nothing() {
        SplittableRandom used = new SplittableRandom(RoundsLoadGenerator.INTERLEAVE_SEED);

        assertArrayEquals(new int[] {0, 0, 0, 0, 0}, RoundsLoadGenerator.interleaved(1, 5, used));
        assertEquals(new SplittableRandom(RoundsLoadGenerator.INTERLEAVE_SEED).nextInt(), used.nextInt());
    }

    @Test
    void rotated_turns_the_order_left_by_one_each_round() {
        assertEquals(List.of("b", "c", "a"), RoundsLoadGenerator.rotated(List.of("a", "b", "c"), 1));
        assertEquals(List.of("a", "b", "c"), RoundsLoadGenerator.rotated(List.of("a", "b", "c"), 3));
    }
}
