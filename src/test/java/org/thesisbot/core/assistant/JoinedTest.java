package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Two asks joined in one sentence ({@link Joined}): answered in parts when, read whole, the message reads a figure
 * otherwise or leaves it out. In wordings of my own; values by hand from config/scenario.yaml ($50B at an $830B post).
 */
class JoinedTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void where_the_second_ask_solves_for_what_the_first_one_gives_each_is_answered() {
        // read whole, the "1.4T exit" became a post-money, since the exit is what the second ask solves for
        Answer a = ask("how much is the stake worth at a 1.4T exit, and what exit would get us to 2.5x?");
        // 50 x 1400 / 830; 2.5 x 830
        assertEquals("84.337349", Results.value(a, "stake_value", 6), a.text());
        assertEquals("2075.000000", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.text().startsWith("*1)*"), a.text());
    }

    @Test
    void a_message_that_is_one_question_stays_whole() {
        Answer a = ask("how much is the stake worth at a 1.4T exit, and what's the irr?");
        assertFalse(a.text().startsWith("*1)*"), a.text());
        assertEquals("84.337349", Results.value(a, "stake_value", 6), a.text());
    }

    @Test
    void a_second_ask_starts_after_a_join_and_a_word_that_asks() {
        assertEquals(List.of(List.of("bull moic", "how long until irr drops under 15%?")),
                Joined.splits("bull moic, and how long until irr drops under 15%?"));
        assertEquals(List.of(List.of("stake in bear?", "what post does a 500bn pre imply")),
                Joined.splits("stake in bear? also what post does a 500bn pre imply"));
        // a second sentence that is no ask of its own, and a list inside one ask, are no join
        assertEquals(List.of(), Joined.splits("OpenAI is valued at 900bn before the round. which % is ours"));
        assertEquals(List.of(), Joined.splits("moic and irr at a 1T exit"));
    }
}
