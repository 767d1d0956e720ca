package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Someone else's question quoted, then asked again with a change, in wordings of my own. Values by hand from
 * config/scenario.yaml ($50B check, $830B post-money, 5-year hold).
 */
class RedoTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_quoted_question_is_asked_again_with_the_change() {
        // 3x on $50B = $150B at a 50/830 stake: $2.49T; the quoted 2x would be $1.66T
        Answer a = ask("priya asked which exit gets us to 2x - same but for 3x please", null);
        assertEquals("2490.000000", Results.value(a, "exit_valuation", 6));
        assertTrue(a.text().contains("Starting from the question you quote"), a.text());
        // 6% of a post-money P is $50B: P = $833.33B; the quoted 4% would be $1.25T
        assertEquals("833.333333", Results.value(ask("my boss wanted the post where our 50bn buys 4%; i need 6% though", null),
                "post_money_valuation", 6));
    }

    @Test
    void the_thread_goes_on_from_the_change() {
        ask("sam ran the exit for a 20% irr over 5 yrs, redo it for 25% over 4 yrs", "t-redo");
        // 1.25^4 x 50 = 122.0703125, x 830/50 = 2026.3671875; then "and the moic?" is that exit's: 2.44x
        assertEquals("2.441406", Results.value(ask("and the moic there?", "t-redo"), "moic", 6));
    }

    @Test
    void the_change_may_ask_the_same_number_in_dollars() {
        // 50/830 x $1.5T
        assertEquals("90.361446", Results.value(ask("jo asked for our % of openai in bull, but i need it in $ not %", null), "stake_value", 6));
        ask("our share of openai in bull?", "t-dollars");
        assertEquals("90.361446", Results.value(ask("can i get it in dollars please", "t-dollars"), "stake_value", 6));
    }

    @Test
    void a_name_and_a_verb_without_a_change_is_one_question() {
        assertTrue(Redo.split("dana asked what exit gets amzn to 2x").isEmpty());
        assertTrue(Redo.split("what exit gets us to 2x, same for 3x").isEmpty()); // nobody quoted: Comparison's to answer
        assertTrue(Redo.split("if we ran the exit at 1.2T, same but for 1.5T").isEmpty()); // "we" is no name
    }
}
