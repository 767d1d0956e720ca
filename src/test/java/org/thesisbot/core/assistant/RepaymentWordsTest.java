package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * A plain metric word the repayment right after it names ("for the revenue to cover our check"), a figure paid for ("the
 * profit to pay for $11B"), a company said to be worthless, "how big a chunk of openai", a gain said after its figure
 * ("30bn in the green on the position") and the window a spend is spread across. In wordings of my own; values
 * by hand from config/scenario.yaml ($50B check, $115B of compute spend, base margin 35%).
 */
class RepaymentWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_repayment_names_its_metric_and_a_figure_paid_for_is_a_goal() {
        // revenue 50 from 115 of spend: 50 / 115
        Answer a = ask("how much of openai's compute must aws win for the revenue to cover the check once?");
        assertEquals("0.434783", Results.value(a, "aws_capture_share", 6), a.text());
        // profit 20 at base revenue 57.5: 20 / 57.5
        Answer b = ask("what margin would aws need for its compute profit to pay for $20B of capex?");
        assertEquals("0.347826", Results.value(b, "aws_operating_margin", 6), b.text());
    }

    @Test
    void a_gain_after_its_figure_and_the_window_of_the_spend() {
        // gain 30: 80 / 50 x 830 = 1328
        Answer a = ask("which exit leaves amazon 30bn in the green on the position?");
        assertEquals("1328.000000", Results.value(a, "exit_valuation", 6), a.text());
        Answer b = ask("what window is openai's compute budget spread over in your numbers?");
        assertEquals("5.000000", Results.value(b, "compute_years", 6), b.text());
    }

    @Test
    void worthless_is_a_zero_the_model_refuses_and_a_chunk_of_openai_is_the_stake() {
        Answer a = ask("say openai turns out worthless at exit - moic?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals(0, a.results().size(), a.text());
        assertEquals(true, a.text().startsWith("I can't compute that"), a.text());
        // 50 / 1000
        Answer b = ask("how large a slice of openai does the check get at a 1T post?");
        assertEquals("0.050000", Results.value(b, "stake", 6), b.text());
    }
}
