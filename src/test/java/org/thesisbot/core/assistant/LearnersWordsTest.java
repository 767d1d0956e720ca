package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Words a writer of English as a second language uses for the model's numbers ("yield per year", "in minus 20 bln",
 * "5 percents", "how much costs our stake", "earns above its 50", the question word last), and a remark after the question
 * on why it is asked. In wordings of my own; values by hand from config/scenario.yaml ($50B check, $830B post-money and
 * flat exit, $115B of compute over 5 years, bull capture 70%, Anthropic $8B + $11B campus).
 */
class LearnersWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_yield_per_year_is_the_irr() {
        // 830 x 1.2^5
        Answer a = ask("annual yield 20% over 5 years: what exit does openai need?");
        assertEquals("2065.305600", Results.value(a, "exit_valuation", 6), a.text());
        // 830 x 1.12^4, the question word last
        Answer b = ask("we want annual yield 12% and hold 4 years. openai must be valued at exit how much?");
        assertEquals("1306.021069", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void in_minus_is_a_loss_and_percents_a_percent() {
        // (50 - 20) / 50 x 830
        Answer a = ask("at which exit is amazon in minus 20 bln on the stake?");
        assertEquals("498.000000", Results.value(a, "exit_valuation", 6), a.text());
        // 50 / 5%
        Answer b = ask("which post-money gives us exactly 5 percents?");
        assertEquals("1000.000000", Results.value(b, "post_money_valuation", 6), b.text());
    }

    @Test
    void money_words_name_their_metric() {
        // bull: 80.5 / 5
        Answer a = ask("aws revenue for one year in the bull case, not the whole window");
        assertEquals("16.100000", Results.value(a, "aws_compute_revenue_per_year", 6), a.text());
        // 1500 x 50 / 830
        Answer b = ask("how much costs our stake at a 1.5T exit?");
        assertEquals("90.361446", Results.value(b, "stake_value", 6), b.text());
        // bull: 1500 x 50 / 830 - 50
        Answer c = ask("bull case: how much does amazon earn above its 50bn?");
        assertEquals("40.361446", Results.value(c, "gain", 6), c.text());
        // 8 + 11
        Answer d = ask("how much has amazon put into anthropic together with the indiana campus?");
        assertEquals("19.000000", Results.value(d, "anthropic_commitment", 6), d.text());
        Answer e = ask("which hold is inside your irr calculation?");
        assertEquals("5.000000", Results.value(e, "holding_years", 6), e.text());
    }

    @Test
    void why_the_question_is_asked_is_no_clause_of_it() {
        Answer a = ask("how much of the raise is amazon money, as a share? matters because the press will call us the lead");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("0.500000", Results.value(a, "round_share", 6), a.text());
    }
}
