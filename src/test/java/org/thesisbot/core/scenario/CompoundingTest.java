package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.thesisbot.core.scenario.Compounding.Convention;

/**
 * Rates in other compounding conventions. Expected values worked out with Python's decimal module at 50 digits, for a
 * 1200/830 multiple over 4.5 years (the effective rate r = (1200/830)^(1/4.5) - 1).
 */
class CompoundingTest {
    private static final BigDecimal R = new BigDecimal("0.0853716625231765304936302478851498479651240040762");
    private static final BigDecimal T = new BigDecimal("4.5");

    private static String at(BigDecimal v, int digits) {
        return v.round(new MathContext(digits, RoundingMode.HALF_EVEN)).toPlainString();
    }

    @Test
    void the_effective_rate_said_in_each_convention() {
        assertEquals("0.08192247444121068239382860249597", at(Compounding.fromEffective(Convention.CONTINUOUS, R, null), 31));
        assertEquals("0.08362344248971870746851977947174", at(Compounding.fromEffective(Convention.SEMI_ANNUAL, R, null), 31));
        assertEquals("0.08220274903698266090093860914896", at(Compounding.fromEffective(Convention.MONTHLY, R, null), 31));
        // simple: (M - 1) / T = (370/830) / 4.5
        assertEquals("0.09906291834002677376171352074967", at(Compounding.fromEffective(Convention.SIMPLE, R, T), 31));
        // a flat multiple is 0 in every convention
        assertEquals(0, Compounding.fromEffective(Convention.CONTINUOUS, BigDecimal.ZERO, null).signum());
    }

    @Test
    void a_rate_in_a_convention_said_as_the_effective_rate() {
        assertEquals("0.1502737988572272681235642576211", at(Compounding.toEffective(Convention.CONTINUOUS, new BigDecimal("0.14"), null), 31));
        assertEquals("0.1236", Compounding.toEffective(Convention.SEMI_ANNUAL, new BigDecimal("0.12"), null).stripTrailingZeros().toPlainString());
        assertEquals("0.09380689767098306296545554858690",
                at(Compounding.toEffective(Convention.MONTHLY, new BigDecimal("0.09"), null), 31));
        // 10% simple over 6 years is a 1.6x multiple: 1.6^(1/6) - 1
        assertEquals("1.6", Compounding.simpleMultiple(new BigDecimal("0.10"), new BigDecimal("6")).stripTrailingZeros().toPlainString());
        assertEquals("0.08148374712019894793123837716416", at(Compounding.toEffective(Convention.SIMPLE, new BigDecimal("0.10"), new BigDecimal("6")), 31));
    }

    @Test
    void a_growth_factor_is_multiplied_out_for_whole_years_and_taken_to_the_power_otherwise() {
        assertEquals("1.9487171", Compounding.growth(new BigDecimal("1.1"), new BigDecimal("7")).toPlainString());
        assertEquals("1.9487171", Compounding.growth(new BigDecimal("1.1"), new BigDecimal("7.00")).toPlainString());
        assertEquals("1.413861601113925198463262122767", at(Compounding.growth(new BigDecimal("1.08"), new BigDecimal("4.5")), 31));
    }

    @Test
    void out_of_range_rates_and_a_total_loss_are_refused() {
        assertThrows(InvalidInputException.class, () -> Compounding.fromEffective(Convention.CONTINUOUS, new BigDecimal("-1"), null));
        assertThrows(InvalidInputException.class, () -> Compounding.toEffective(Convention.CONTINUOUS, new BigDecimal("50"), null));
        assertThrows(InvalidInputException.class, () -> Compounding.toEffective(Convention.SIMPLE, new BigDecimal("-0.3"), new BigDecimal("5")));
        assertThrows(InvalidInputException.class, () -> Compounding.fromEffective(Convention.SIMPLE, new BigDecimal("0.1"), BigDecimal.ZERO));
        assertThrows(InvalidInputException.class, () -> Compounding.toEffective(Convention.MONTHLY, new BigDecimal("-12.5"), null));
    }
}
