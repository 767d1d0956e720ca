package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.MetricResult;
import org.thesisbot.core.api.Question;

/**
 * Figures given as a band (session 29), in wordings of my own: each end is asked, or each corner of two bands, and the
 * answer shows every corner under a line with the lowest and highest value. Values by hand from config/scenario.yaml ($50B
 * check, $830B post-money and exit, 5-year hold, $115B compute, 50% capture, 35% margin).
 */
class BandsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return ask(q, null);
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static List<String> values(Answer a, String metric) {
        return a.results().stream().filter(r -> r.metric().equals(metric))
                .map(r -> r.value().setScale(6, RoundingMode.HALF_UP).toPlainString()).toList();
    }

    @Test
    void a_band_of_valuations_is_answered_at_both_ends() {
        Answer a = ask("our ownership if the post lands somewhere 1T-1.25T?");
        assertEquals(List.of("0.050000", "0.040000"), values(a, "stake")); // 50 / 1000, 50 / 1250
        assertTrue(a.text().startsWith("*Amazon's stake in OpenAI: 4% to 5%*"), a.text());
    }

    @Test
    void the_low_end_takes_the_high_ends_unit() {
        // 30% and 45% of $57.5B of revenue; "30–45 cents" is a share, "1.66–2.49T" two valuations
        assertEquals(List.of("17.250000", "25.875000"), values(ask("what profit does aws make if it keeps 30–45 cents of every dollar of compute as margin?"), "aws_compute_profit"));
        assertEquals(List.of("2.000000", "3.000000"), values(ask("moic if oai exits at 1.66–2.49T"), "moic"));
    }

    @Test
    void two_bands_are_answered_at_every_corner() {
        // exit $1.66T or $2.49T (2x or 3x), held 4 or 6 years: 2^(1/4), 2^(1/6), 3^(1/4), 3^(1/6), less one
        Answer a = ask("irr band with the exit between $1.66T and $2.49T and a hold of 4 to 6 years?");
        assertEquals(List.of("0.189207", "0.122462", "0.316074", "0.200937"), values(a, "irr"));
        assertTrue(a.text().startsWith("*Annualised return (IRR): 12.25% to 31.61%*"), a.text());
    }

    @Test
    void a_change_a_date_or_plain_numbers_are_no_band() {
        assertTrue(Bands.find("exit 1T - 20%, irr?").isEmpty());
        assertTrue(Bands.find("aws revenue over 2025-2029").isEmpty());
        assertTrue(Bands.find("rank these 4-5 risks").isEmpty());
        assertTrue(Bands.find("move the exit from 1T to 1.2T").isEmpty());
        assertTrue(Bands.find("stake at 1.2T and 5 years").isEmpty());
        assertTrue(Bands.find("exit 2T-1T").isEmpty()); // written high to low: a subtraction, not a band
        assertEquals(1, Bands.find("exit between 1T and 1.2T").size());
    }

    @Test
    void a_thread_keeps_its_band_until_a_figure_replaces_it() {
        ask("moic band if openai exits between 1.66T and 2.49T, held 4–6 yrs?", "band1");
        // the hold pinned at 5: the exit band stays, and the multiple needs no hold
        Answer pinned = ask("make the hold 5 and keep the exit band - irr?", "band1");
        assertEquals(List.of("0.148698", "0.245731"), values(pinned, "irr")); // 2^(1/5) - 1, 3^(1/5) - 1
        assertEquals(List.of("2.000000", "3.000000"), values(ask("and the moic on that?", "band1"), "moic"));
        // a single exit replaces the band: one multiple, 4 x $830B / $830B
        assertEquals(List.of("4.000000"), values(ask("and at a 3.32T exit?", "band1"), "moic"));
    }

    @Test
    void a_band_asked_in_a_thread_with_a_band_is_asked_at_every_corner_of_both() {
        ask("what stake does the 50bn buy at a post of 1T–1.25T?", "band2");
        Answer a = ask("and its value, low to high, if openai is later marked at 1.5T-2T?", "band2");
        // 5% or 4% of a $1.5T or $2T exit
        assertEquals(List.of("100.000000", "60.000000", "75.000000", "80.000000"), values(a, "stake_value").stream().sorted().toList());
        assertTrue(a.text().contains("*Value of Amazon's stake: $60B to $100B*"), a.text());
    }

    @Test
    void an_end_no_input_may_take_is_refused() {
        Answer a = ask("aws revenue if it captures 90–110% of the compute?");
        assertTrue(a.results().isEmpty(), a.results().toString());
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
    }

    @Test
    void a_band_that_cannot_be_asked_at_each_end_is_said_not_dropped() {
        Answer mixed = ask("what share of capex is the 50bn if capex lands 125–140bn, and why does the author call that significant?");
        assertTrue(mixed.notes().stream().anyMatch(n -> n.startsWith("You gave a band (125bn to 140bn)")), mixed.notes().toString());
        Answer three = ask("irr with the exit 1T-1.2T, a hold of 4-6 yrs and capture 40-60%?");
        assertTrue(three.text().contains("You gave 3 bands"), three.text());
    }
}
