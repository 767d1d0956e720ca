package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The returns on a payout and its cost ({@link Payouts}); values by hand (Python's decimal module). */
class PayoutsTest {
    private static String at(String metric, String received, String cost, String years) {
        return Payouts.of(metric, new BigDecimal(received), new BigDecimal(cost), new BigDecimal(years)).orElseThrow().value()
                .setScale(10, RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void the_multiple_the_gain_and_the_irr_of_a_payout_on_its_cost() {
        assertEquals("1.4400000000", at("moic", "72", "50", "4"));
        assertEquals("22.0000000000", at("gain", "72", "50", "4"));
        // (72 / 50)^(1/4) - 1
        assertEquals("0.0954451150", at("irr", "72", "50", "4"));
    }

    @Test
    void no_irr_without_time_or_a_payout_and_nothing_for_other_metrics() {
        assertTrue(Payouts.of("irr", new BigDecimal("72"), new BigDecimal("50"), BigDecimal.ZERO).isEmpty());
        assertTrue(Payouts.of("irr", BigDecimal.ZERO, new BigDecimal("50"), new BigDecimal("5")).isEmpty());
        assertTrue(Payouts.of("stake", new BigDecimal("72"), new BigDecimal("50"), new BigDecimal("5")).isEmpty());
    }
}
