package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Words from other trades and everyday shorthand the lexicon reads (config/lexicon.yaml): an oil and gas investor's farm-in
 * and netback, "the check back 3x", "our $ on the deal". In wordings of my own; values from config/scenario.yaml.
 */
class BorrowedWordsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void an_oil_and_gas_investors_words_name_the_models_numbers() {
        assertEquals("0.0602409639", Results.value(ask("what working interest does the farm-in buy?"), "stake", 10));
        // bear: 30% of 115 at 30%
        assertEquals("10.35", Results.value(ask("netback in the dry hole case"), "aws_compute_profit", "bear", 2));
        // bull: 70% of 115
        assertEquals("80.50", Results.value(ask("gross production off openai in the gusher case, whole window"), "aws_compute_revenue", "bull", 2));
        assertEquals("0.40", Results.value(ask("netback margin in the gusher?"), "aws_operating_margin", "bull", 2));
    }

    @Test
    void everyday_shorthand_for_a_multiple_a_repayment_and_a_gain() {
        // 3 x 830
        assertEquals("2490", Results.value(ask("what exit gets the check back 3x"), "exit_valuation", 0));
        // 50 / (115 x 35%)
        assertEquals("1.2422360248", Results.value(ask("what share of oai's compute would aws need for its profit alone to pay out the check"),
                "breakeven_capture_share", 10));
        // bear: 50/830 x 500 - 50
        assertEquals("-19.8795180723", Results.value(ask("bear case, our $ on the deal?"), "gain", 10));
        assertEquals("100", Results.value(ask("what size is the whole raise in your model?"), "round_size", 0));
        assertEquals(Route.HELP, ask("what kind of economics can you run on this?").route());
        // a US filing's millions: 60,000 million is $60B (60/830); the Spanish "50 MM" stays billions (50/830)
        assertEquals("0.0722891566", Results.value(ask("investment of $60,000MM, what's the stake"), "stake", 10));
        assertEquals("0.0602409639", Results.value(ask("stake if amazon puts in 50 MM"), "stake", 10));
    }
}
