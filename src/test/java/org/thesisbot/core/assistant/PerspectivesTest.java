package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * A question asked from another party's seat: its frame is taken off and its "we", "us", "our" are that party. In wordings
 * of my own; values by hand from config/scenario.yaml ($50B check, $830B post-money, $115B of compute over 5 years).
 */
class PerspectivesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void openai_s_seat_makes_we_openai() {
        // 50 / 830 of a 1.66T mark
        Answer a = ask("openai's perspective: if we get valued at 1.66T later, what is amazon's holding in us worth?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("100.000000", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("as OpenAI")), a.notes().toString());
        // 20 / yr of AWS revenue out of 115 / 5 = 23 a year of spend
        Answer b = ask("wearing the oai hat - how much of our compute budget must go to aws for them to bill 20bn a year?");
        assertEquals("0.869565", Results.value(b, "aws_capture_share", 6), b.text());
    }

    @Test
    void a_party_named_beside_we_is_that_party() {
        // exit 1245: 50 / 830 x 1245 = 75
        Answer a = ask("suppose we (oai) exit at 1,245bn. amazon's piece of us is worth?");
        assertEquals("75.000000", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("as OpenAI")), a.notes().toString());
    }
}
