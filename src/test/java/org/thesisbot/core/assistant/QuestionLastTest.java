package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Questions whose question word comes last, losses said "in minus", and "still" before a figure that keeps it, as
 * people whose first language orders a question differently write them, in wordings of my own. Values by hand from
 * config/scenario.yaml ($50B check, $830B post-money and exit, 5-year hold; bull exit $1.5T).
 */
class QuestionLastTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_name_first_then_how_big_asks_for_it() {
        // 50 / 0.04 = 1250
        Answer a = ask("openai post-money must be how big so that the 50bn is exactly 4%?", null);
        assertEquals("1250.000000", Results.value(a, "post_money_valuation", 6), a.text());
        // 10% of 830
        Answer b = ask("to own 10% at the 830 post, the cheque should be?", null);
        assertEquals("83.000000", Results.value(b, "investment", 6), b.text());
    }

    @Test
    void a_loss_said_in_minus_or_with_the_subject_first_is_the_gain() {
        // a loss of 20: the stake worth 30 = 50/830 x exit, so exit 498
        Answer a = ask("at which exit Amazon is 20 billion in minus on the stake?", null);
        assertEquals("498.000000", Results.value(a, "exit_valuation", 6), a.text());
        // bull: 50/830 x 1500 - 50
        Answer b = ask("bull case, how many billion amazon is up on the stake?", null);
        assertEquals("40.361446", Results.value(b, "gain", 6), b.text());
    }

    @Test
    void still_before_a_figure_keeps_it_in_a_follow_up() {
        ask("moic at a 2T exit", "question-last-1");
        // (2000/830)^(1/6) - 1
        Answer a = ask("irr on that, still 6 yrs", "question-last-1");
        assertEquals("0.157867", Results.value(a, "irr", 6), a.text());
    }
}
