package org.thesisbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairedRoundsTest {
    @Test
    void fewer_than_six_rounds_never_show_a_target_met() {
        PairedRounds two = PairedRounds.of(List.of(0.1, 0.2), 1.0);
        assertEquals(0.2, two.high(), 1e-12, "every resample's median is at most the larger difference");
        assertEquals("not shown", two.verdict());
    }

    @Test
    void six_rounds_decide_by_the_bootstrap_interval() {
        assertEquals("met", PairedRounds.of(List.of(0.1, 0.2, 0.3, 0.4, 0.5, 0.6), 1.0).verdict());
        assertEquals("missed", PairedRounds.of(List.of(1.1, 1.2, 1.3, 1.4, 1.5, 1.6), 1.0).verdict());
        assertEquals("not shown", PairedRounds.of(List.of(0.1, 0.2, 0.3, 1.4, 1.5, 1.6), 1.0).verdict());
    }

    @Test
    void the_sign_test_interval_is_the_outermost_pair_at_six_rounds() {
        // P(Binomial(6, 1/2) = 0) = 1/64 <= 2.5% < P(X <= 1) = 7/64: k = 1, the smallest and the largest
        PairedRounds six = PairedRounds.of(List.of(0.6, 0.1, 0.5, 0.2, 0.4, 0.3), 1.0);
        assertEquals(0.1, six.checkLow(), 1e-12);
        assertEquals(0.6, six.checkHigh(), 1e-12);
        assertEquals(0.35, six.median(), 1e-12);
    }
}
