package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * A marketer's words for the deal: return on ad spend on the equity (its multiple), the attributed topline (AWS's
 * revenue), the take rate (AWS's share). In wordings of my own; values by hand from config/scenario.yaml ($50B check,
 * $830B post-money).
 */
class MarketersWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void roas_on_the_equity_is_its_multiple_and_the_take_rate_is_aws_s_share() {
        // 1660 / 830
        Answer a = ask("what's the ROAS on our equity if openai is marked at 1.66T?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("2.000000", Results.value(a, "moic", 6), a.text());
        // 40% of 115
        Answer b = ask("attributed aws topline at a 40% take rate?");
        assertEquals("46.000000", Results.value(b, "aws_compute_revenue", 6), b.text());
    }
}
