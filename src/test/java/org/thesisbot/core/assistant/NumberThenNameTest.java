package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A bare number said first and named after it ("use 7 for the hold"), or not named at all in a thread ("ok 7 then"), in
 * wordings of my own. Values by hand from
 * config/scenario.yaml ($50B check, $830B post-money; bull exit $1.5T, so a bull stake of 50/830 x 1500 = $90.36B).
 */
class NumberThenNameTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 6);
    }

    @Test
    void a_bare_number_for_the_hold_is_that_many_years() {
        // (90.36 / 50)^(1/7) - 1
        assertEquals("0.088219", value(ask("use 7 for the hold, bull irr?", null), "irr"));
        assertEquals("0.103661", value(ask("bull moic and irr with 6 as our holding period", null), "irr"));
        assertEquals("0.088219", value(ask("7 then for the hold. bull irr?", null), "irr"));
    }

    @Test
    void in_a_thread_the_number_for_the_hold_changes_the_thread() {
        ask("what's our stake worth in bull?", "t-hold");
        Answer a = ask("ok 7 then for the hold - irr?", "t-hold");
        assertEquals("0.088219", value(a, "irr"));
        assertTrue(a.clarify().isEmpty(), a.clarify().toString());
    }

    @Test
    void a_bare_number_after_a_number_offers_its_readings_instead_of_asking_the_sources() {
        ask("bull irr?", "t-bare");
        Answer a = ask("ok 7 then", "t-bare");
        assertEquals(org.thesisbot.core.api.Route.NUMERIC, a.route(), a.text());
        assertTrue(a.clarify().stream().anyMatch(c -> c.label().contains("7 as years")), a.clarify().toString());
        // the button's question answers at seven years
        Answer chosen = ask(a.clarify().stream().filter(c -> c.label().contains("7 as years")).findFirst().orElseThrow().question(), "t-bare");
        assertEquals("0.088219", value(chosen, "irr"));
    }

    @Test
    void the_check_written_as_a_bare_50_is_the_check() {
        // $115B x 50% capture over the $50B check
        assertEquals("1.150000", value(ask("whole-window aws compute revenue over our 50 check?", null), "circular_return_ratio"));
    }

    @Test
    void a_number_for_another_word_is_not_the_hold() {
        // "for the next round" is no hold: 7 is not read as years
        Answer a = ask("bull irr, with 7 for the next round?", null);
        assertTrue(a.results().stream().noneMatch(r -> r.metric().equals("irr") && value(a, "irr").equals("0.088219")), a.text());
    }
}
