package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Levers pulled one at a time and ranked ({@link Levers}): each lever is its own change, never added to the other, and
 * the thread keeps the levers. In wordings of my own; values by hand from config/scenario.yaml ($50B check at an $830B
 * post-money; exits: base $830B, bull $1.5T).
 */
class LeversTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void each_lever_is_asked_alone_and_the_bigger_one_is_named() {
        // bull gain 1500 x 50/830 - 50 = 40.361446; exit +20%: 1800 x 50/830 - 50 = 58.433735; a $60B check: 1500 x 60/830 - 60
        // = 48.433735. Both together (1800 x 60/830 - 60 = 70.120482) is not what was asked
        Answer a = ask("bull gain on the stake: exit +20% vs a 60bn check - which adds more?", "t-levers");
        assertEquals(List.of("58.433735", "48.433735"), Results.values(a, "gain", 6), a.text());
        assertTrue(a.text().startsWith("One lever at a time") && a.text().contains("Exit +20% moves it more"), a.text());
        // the same levers in base: exit 996: 996 x 50/830 - 50 = 10; a $60B check: 830 x 60/830 - 60 = 0
        Answer b = ask("same two levers in base", "t-levers");
        assertEquals(List.of("10.000000", "0.000000"), Results.values(b, "gain", 6), b.text());
    }

    @Test
    void cases_compared_without_a_figure_are_no_levers() {
        // bear 500 x 50/830 / 50 = 0.602410, bull 1500/830 = 1.807229
        Answer a = ask("bull vs bear moic, which is bigger?", null);
        assertTrue(Results.values(a, "moic", 6).containsAll(List.of("0.602410", "1.807229")), a.text());
        assertTrue(!a.text().startsWith("One lever at a time"), a.text());
    }
}
