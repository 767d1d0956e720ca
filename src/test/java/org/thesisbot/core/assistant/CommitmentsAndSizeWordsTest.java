package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A buyer's words for the compute deal (a commitment drawn down, a take-or-pay, a run-rate, a PO) and Vietnamese size and
 * time words ("tỷ", "nghìn tỷ", "năm"), in wordings of my own. Values by hand from config/scenario.yaml ($115B of compute
 * over 5 years, 50% capture, $830B post-money after a $100B round, $50B check).
 */
class CommitmentsAndSizeWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void vietnamese_billions_trillions_and_years_are_read() {
        // 1,2 nghìn tỷ = $1.2T: 1200 x 50 / 830
        Answer a = ask("how many tỷ is amazon's stake worth at a 1,2 nghìn tỷ exit?");
        assertEquals("72.289157", Results.value(a, "stake_value", 6), a.text());
        // 57.5 / 5
        Answer b = ask("aws compute revenue per năm in the base case?");
        assertEquals("11.500000", Results.value(b, "aws_compute_revenue_per_year", 6), b.text());
        // "1.000 tỷ" is a thousand billion; a hold of 0 năm cannot be
        Answer c = ask("hold 0 năm, exit 1.000 tỷ: irr?");
        assertTrue(c.text().startsWith("I can't compute that"), c.text());
    }

    @Test
    void a_commitment_drawn_down_with_aws_is_the_capture_share() {
        // 40% x 115 / 5
        Answer a = ask("if openai draws down only 40% of its compute commitment with aws, what is aws's yearly revenue from it?");
        assertEquals("9.200000", Results.value(a, "aws_compute_revenue_per_year", 6), a.text());
        // 12 x 5 / 115
        Answer b = ask("what share of the compute commit must be drawn down on aws to give aws a 12bn a year run-rate?");
        assertEquals("0.521739", Results.value(b, "aws_capture_share", 6), b.text());
        Answer c = ask("what's the take-or-pay total in your model?");
        assertEquals(List.of("openai_compute_spend"), c.results().stream().map(r -> r.metric()).toList(), c.text());
    }

    @Test
    void the_most_years_the_position_can_be_carried_is_a_hold_solved() {
        // (2000 / 830)^(1/n) = 1.15
        Answer a = ask("max years we can carry the stake at a 2T exit and still clear 15% a year");
        assertEquals("6.292677", Results.value(a, "holding_years", 6), a.text());
    }

    @Test
    void a_po_after_a_figure_is_the_check() {
        // 900 + 100 post-money: 50 / 1000
        Answer a = ask("openai at a 900bn pre-money before the round, what % does our 50 PO buy");
        assertEquals("0.050000", Results.value(a, "stake", 6), a.text());
    }
}
