package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A price said as a markup on cost ({@link Markups}) and the share of the customer's spend said as its sell-through. In
 * wordings of my own; values by hand from config/scenario.yaml ($115B of compute spend; base 50% capture, bull 70%).
 */
class MarkupsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_markup_on_cost_is_the_margin_it_makes() {
        // a 25% markup is a 20% margin: 115 x 70% x 20%
        Answer a = ask("aws sells compute to oai at a 25% markup on cost - what's aws's operating profit in bull?");
        assertEquals("16.1000000000", Results.value(a, "aws_compute_profit", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Reading \u201ca 25% markup on cost\u201d as a margin of 20%")), a.notes().toString());
        // keystone doubles the cost: a 50% margin, 115 x 50% x 50%
        assertEquals("28.7500000000", Results.value(ask("if aws prices at keystone, base case op profit for aws?"), "aws_compute_profit", 10));
    }

    @Test
    void sell_through_is_the_share_of_the_spend_aws_wins() {
        // the model's assumption, asked in a merchant's word
        Answer a = ask("what sell-through do you assume for aws on oai's compute?");
        assertEquals("0.5000000000", Results.value(a, "aws_capture_share", 10), a.text());
    }

    @Test
    void keystone_as_a_figure_of_speech_is_no_price() {
        // the question read as written: narrative, no margin put in it
        Answer a = ask("what is the keystone of amazon's ai strategy here?");
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("keystone")), a.notes().toString());
        assertTrue(a.results().isEmpty(), a.results().toString());
    }
}
