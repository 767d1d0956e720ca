package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * An exit said as a growth path ({@link Growth}). In wordings of my own; values by hand from config/scenario.yaml ($50B
 * check, $830B post-money).
 */
class GrowthTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_rate_off_the_round_for_some_years_is_that_exit_after_those_years() {
        // 830 x 1.1^3 = 1104.73; the stake is 50/830 of it = 50 x 1.331 = 66.55
        Answer a = ask("openai's valuation compounds 10% a year off the round for 3 years - what's our stake worth then?");
        assertEquals("66.550000", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("1.1^3")), a.notes().toString());
        // growing off the round's price, the annual return is the growth rate itself
        Answer b = ask("oai grows 15% a year from the round for 4 years and we exit then, irr?");
        assertEquals("0.150000", Results.value(b, "irr", 6), b.text());
    }

    @Test
    void the_years_may_be_said_as_the_sale() {
        // 1.2^2 = 1.44
        Answer a = ask("if oai compounds 20%/yr off the round and we sell after 2, moic?");
        assertEquals("1.440000", Results.value(a, "moic", 6), a.text());
    }

    @Test
    void doubling_every_few_years_and_an_entry_price_of_the_question() {
        // two doublings in 6 years: 4 x 50 = 200
        Answer a = ask("openai doubles every 3 years off the round and we hold 6 - stake value?");
        assertEquals("200.000000", Results.value(a, "stake_value", 6), a.text());
        // from a 1T entry: 1000 x 1.1^2 = 1210, and 50/1000 of it is 60.5: 1.21x
        Answer b = ask("we go in at a 1T post, then openai compounds 10% a yr from that entry price for 2 yrs - moic?");
        assertEquals("1.210000", Results.value(b, "moic", 6), b.text());
    }
}
