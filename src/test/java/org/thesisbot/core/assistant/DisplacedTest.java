package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * AWS's profit on OpenAI's compute against what the same capacity would otherwise earn ({@link Displaced}). In wordings of
 * my own; values by hand from config/scenario.yaml: OpenAI spends $115B over 5 years; AWS wins 50% at a 35% margin in
 * base (revenue $57.5B), 70% at 40% in bull ($80.5B), 30% at 30% in bear ($34.5B).
 */
class DisplacedTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_incremental_profit_is_the_same_revenue_at_the_margin_difference() {
        // bear: 34.5 x (30% - 25%) = 1.725 over the window, 0.345 a year
        Answer a = ask("if the capacity would otherwise earn 25% from other customers, what's aws's incremental profit from oai in the bear case?", null);
        assertEquals(java.util.List.of("1.7250000000", "0.3450000000"), Results.values(a, "aws_compute_profit", 10), a.text());
        assertTrue(a.text().startsWith("*AWS's incremental profit on OpenAI over the alternative: $1.73B over the compute window"), a.text());
        // a higher price at the same cost: bull 80.5 x -10% = -8.05
        Answer b = ask("enterprise would pay 10% more per unit for that capacity at the same cost to us - how much does aws gain from oai over that, bull?", null);
        assertEquals("-8.0500000000", Results.value(b, "aws_compute_profit", 10), b.text());
    }

    @Test
    void an_input_is_solved_against_the_alternative() {
        // a year of base revenue is 11.5: 1 / 11.5 + 30%
        Answer a = ask("what margin on oai gets aws $1bn a year more than renting the racks to enterprise at 30%?", null);
        assertEquals("0.3869565217", Results.value(a, "aws_operating_margin", 10), a.text());
        // a profit said outright: share x 115 x 35% = 12
        Answer b = ask("other customers would otherwise make $12bn of op profit on that capacity - what capture share does oai need to match it?", null);
        assertEquals("0.2981366460", Results.value(b, "aws_capture_share", 10), b.text());
    }

    @Test
    void a_percent_or_a_sum_that_is_no_capacitys_alternative_is_left_to_the_reader() {
        // "otherwise" without the capacity: 8% is a return goal (830 x (1 + 8%)^7 / 50 x 50 ... an exit)
        Answer a = ask("1.2 tril exit, 7 yr hold - irr? if that's above 8% done, otherwise what exit gets 8% over the same 7 yrs", null);
        assertEquals("1422.47", Results.value(a, "exit_valuation", 2), a.text());
        // "against the 8b" is the anthropic check: 50 / 8
        Answer b = ask("the 50b oai check against the 8b amzn put in anthropic - how many times bigger is it", null);
        assertEquals("6.25", Results.value(b, "openai_vs_anthropic_ratio", 2), b.text());
    }

    @Test
    void the_alternative_lasts_in_the_thread_until_gross_is_asked() {
        String t = "displaced-1";
        ask("if the capacity would otherwise earn 25% from other customers, what's aws's incremental profit from oai in the bear case?", t);
        // bull: 80.5 x (40% - 25%) = 12.075
        Answer b = ask("same for bull", t);
        assertEquals("12.0750000000", Results.value(b, "aws_compute_profit", "bull", 10), b.text());
        Answer c = ask("and gross?", t);
        assertEquals("32.2000000000", Results.value(c, "aws_compute_profit", "bull", 10), c.text());
    }
}
