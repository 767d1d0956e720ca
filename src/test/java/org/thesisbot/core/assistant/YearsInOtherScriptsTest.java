package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Years written in Russian or Ukrainian inside English ("per год", "7 лет"), with the sizes the CLDR table already reads
 * ("1,2 трлн"); and a lawyer's "percentage interest" for the stake. In wordings of my own; values by hand from
 * config/scenario.yaml ($50B check, $830B post-money, $115B of compute spend over 5 years, bull capture 70%).
 */
class YearsInOtherScriptsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void years_in_cyrillic_are_years() {
        // 115 x 0.7 / 5 = 16.1
        Answer a = ask("aws compute revenue per год in the bull case");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("16.100000", Results.value(a, "aws_compute_revenue_per_year", 6), a.text());
        // (1200 / 830)^(1/7) - 1 = 0.054075888...
        Answer b = ask("hold for 7 лет, exit at 1,2 трлн: irr?");
        assertEquals("0.054076", Results.value(b, "irr", 6), b.text());
        // the model's hold, asked
        Answer c = ask("how many лет does the irr assume we hold?");
        assertEquals("5.000000", Results.value(c, "holding_years", 6), c.text());
    }

    @Test
    void a_percentage_interest_is_the_stake() {
        // 50 / (900 + 100): the pre-money is a premise, not what is asked
        Answer a = ask("with a $900bn pre-money, what percentage interest would the $50bn confer on Amazon?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("0.050000", Results.value(a, "stake", 6), a.text());
    }
}
