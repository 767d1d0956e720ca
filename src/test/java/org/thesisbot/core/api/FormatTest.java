package org.thesisbot.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FormatTest {
    private static final Duration HANG = Duration.ofSeconds(20);

    @Test
    void everyday_values_are_shown_as_before() {
        assertEquals("$50B", Format.money(new BigDecimal("50")));
        assertEquals("$20.13B", Format.money(new BigDecimal("20.125")));
        assertEquals("$1.5T", Format.money(new BigDecimal("1500")));
        assertEquals("-$9.53B", Format.money(new BigDecimal("-9.525")));
        assertEquals("6.02%", Format.percent(new BigDecimal("0.0602409638554216867469879518072289")));
        assertEquals("1.81x", Format.multiple(new BigDecimal("1.807")));
        assertEquals("7.5 years", Format.years(new BigDecimal("7.5")));
        assertEquals("1 year", Format.years(BigDecimal.ONE));
        assertEquals("0.000001 years", Format.years(new BigDecimal("0.000001")));
        assertEquals("0.0012 years", Format.years(new BigDecimal("0.0012345")));
        assertEquals("999,999,999,999,999", Format.plain(new BigDecimal("999999999999999"), 2));
    }

    @Test
    void amounts_under_ten_million_dollars_are_shown_in_millions() {
        assertEquals("$1M", Format.money(new BigDecimal("0.001")));
        assertEquals("$5.5M", Format.money(new BigDecimal("0.0055")));
        assertEquals("$0.01B", Format.money(new BigDecimal("0.01")));
        assertEquals("$0B", Format.money(BigDecimal.ZERO));
    }

    @Test
    void an_amount_that_shows_as_zero_has_no_sign() {
        assertEquals("$0M", Format.money(new BigDecimal("-4.6E-15")));
        assertEquals("$0M", Format.money(new BigDecimal("2.2E-14")));
        assertEquals("$0M", Format.money(new BigDecimal("-0.000004")));
        assertEquals("-$0.01M", Format.money(new BigDecimal("-0.00001")));
    }

    @Test
    void huge_values_are_shown_in_scientific_form_without_expanding_their_digits() {
        // 10^255000: printing it in full is what took minutes before
        BigDecimal huge = new BigDecimal("1.2345e255000");
        assertEquals("1.23×10^255002%", assertTimeoutPreemptively(HANG, () -> Format.percent(huge)));
        assertEquals("1.23×10^255000x", assertTimeoutPreemptively(HANG, () -> Format.multiple(huge)));
        assertEquals("$1.23×10^254997T", assertTimeoutPreemptively(HANG, () -> Format.money(huge)));
        assertEquals("-1×10^15", Format.plain(new BigDecimal("-1e15"), 2));
    }

    @Test
    void tiny_values_round_to_zero_without_expanding_their_digits() {
        BigDecimal tiny = new BigDecimal("1e-255000");
        assertEquals("0%", assertTimeoutPreemptively(HANG, () -> Format.percent(tiny)));
        assertEquals("0", Format.plain(new BigDecimal("0.0009"), 2));
        assertEquals("0.01", Format.plain(new BigDecimal("0.005"), 2));
    }
}
