package org.thesisbot.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** What the same money earns at a steady rate, compounded yearly: exact for whole years, every metric's counterpart stated. */
class BenchmarkTest {
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);

    @Test
    void whole_years_compound_exactly_and_each_money_metric_has_its_counterpart() {
        Benchmark b = new Benchmark(new BigDecimal("0.04"), BigDecimal.valueOf(5));
        // 1.04^5
        assertEquals(0, new BigDecimal("1.2166529024").compareTo(b.growth()));
        assertEquals(0, new BigDecimal("60.83264512").compareTo(b.valueOf(Metric.STAKE_VALUE, FIFTY).orElseThrow()));
        assertEquals(0, new BigDecimal("10.83264512").compareTo(b.valueOf(Metric.GAIN, FIFTY).orElseThrow()));
        assertEquals(0, new BigDecimal("10.83264512").compareTo(b.valueOf(Metric.COMBINED_PAYOFF, FIFTY).orElseThrow()));
        assertEquals(0, new BigDecimal("1.2166529024").compareTo(b.valueOf(Metric.MOIC, FIFTY).orElseThrow()));
        assertEquals(0, new BigDecimal("0.04").compareTo(b.valueOf(Metric.IRR, FIFTY).orElseThrow()));
        assertTrue(b.valueOf(Metric.STAKE, FIFTY).isEmpty());
        assertTrue(b.valueOf(Metric.AWS_COMPUTE_REVENUE, FIFTY).isEmpty());
    }

    @Test
    void part_years_compound_to_thirty_four_digits() {
        // 1.05^2.5 = 1.12972632194704572175011951452744598…
        BigDecimal g = new Benchmark(new BigDecimal("0.05"), new BigDecimal("2.5")).growth();
        assertEquals(new BigDecimal("1.129726321947045721750119514527446"), g.setScale(33, RoundingMode.HALF_EVEN));
    }

    @Test
    void a_rate_or_a_period_out_of_range_is_refused_in_words() {
        assertThrows(InvalidInputException.class, () -> new Benchmark(new BigDecimal("1.5"), BigDecimal.ONE));
        assertThrows(InvalidInputException.class, () -> new Benchmark(new BigDecimal("-0.01"), BigDecimal.ONE));
        assertThrows(InvalidInputException.class, () -> new Benchmark(new BigDecimal("0.04"), BigDecimal.ZERO));
        assertThrows(InvalidInputException.class, () -> new Benchmark(new BigDecimal("0.04"), BigDecimal.valueOf(101)));
    }
}
