package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Words that only describe a figure given as an input ("spends 25bn a year on compute") are no metric asked and no value
 * to reach. In wordings of my own; values by hand from config/scenario.yaml (base capture 50%, compute years 5).
 */
class FigureOwnWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_yearly_spend_said_as_a_fact_is_the_input_and_the_other_metric_is_asked() {
        // 25 x 5 = 125 of spend; 50% of it is AWS's: 62.5
        Answer a = ask("openai burns 25bn a year on compute. how much revenue lands with aws?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("62.500000", Results.value(a, "aws_compute_revenue", 6), a.text());
        assertFalse(a.text().contains("To reach"), a.text());
        Answer b = ask("say they spend 40bn per year on compute - what does aws book from that?");
        assertEquals("100.000000", Results.value(b, "aws_compute_revenue", 6), b.text());
        assertFalse(b.results().stream().anyMatch(r -> r.metric().equals("compute_spend_per_year")), b.text());
    }
}
