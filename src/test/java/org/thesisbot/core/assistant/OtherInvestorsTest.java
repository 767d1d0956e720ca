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
 * An exit said through another investor's result: their entry times their multiple. In wordings of my own; values by hand
 * from config/scenario.yaml (base: $50B into a $830B post, 5 years).
 */
class OtherInvestorsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_exit_is_the_other_investors_entry_times_their_multiple_and_their_entry_is_not_ours() {
        String t = "others-" + System.nanoTime();
        // 200 x 6 = 1200; 1200 / 830; the $200bn is Khosla's, not this round's post-money
        Answer a = ask("Khosla got in at a $200bn post. If OpenAI exits where they make 6x, what's our moic?", t);
        assertEquals(List.of("moic(base)=1.445783"), ResultValues.of(a), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.startsWith("Reading the exit where another investor (got in at a $200bn post) makes 6.00x as $200B \u00d7 6 = $1.2T")),
                a.notes().toString());
        // the exit stays in the thread: (1200/830)^(1/5) - 1
        assertEquals(List.of("irr(bear)=0.076516"), ResultValues.of(ask("same exit in the bear case, irr?", t)));
    }

    @Test
    void gains_and_losses_in_percent_are_multiples_of_the_entry() {
        // up 75% on 400 = 700; 50/830 x 700
        assertEquals(List.of("stake_value(base)=42.168675"),
                ResultValues.of(ask("at the exit where the $400bn tender buyers are up 75%, what is our stake worth?", null)));
        // down 25% on 600 = 450; 50/830 x 450 - 50
        assertEquals(List.of("gain(base)=-22.891566"),
                ResultValues.of(ask("if openai sells where the $600bn secondary buyers are down 25%, gain on the 50?", null)));
    }

    @Test
    void our_own_round_said_beside_them_stays_ours() {
        // their 250 tripled = 750; our post 1000: 50/1000 x 750
        assertEquals(List.of("stake_value(base)=37.500000"),
                ResultValues.of(ask("our round gets done at a 1T post; at an exit where the $250bn buyers triple, stake value?", null)));
    }
}
