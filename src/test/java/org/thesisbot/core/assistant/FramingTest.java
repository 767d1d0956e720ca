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
 * Where the question is when a message frames it: a preamble closed by "tl;dr:", a question someone else will ask quoted
 * with "what do i tell him", and the asides such messages carry ("people will 100% ask", "what do we actually own"); a
 * follow-up that goes on from a solved answer; a figure with one computable reading. In wordings of my own; values by
 * hand from config/scenario.yaml ($50B check, $830B post-money after a $100B round).
 */
class FramingTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return ask(q, null);
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_ask_after_tldr_is_the_question_and_the_preamble_its_context() {
        // 600 / 830: the preamble's "why that matters" asks nothing of the sources
        Answer a = ask("been thinking about the downside for the offsite, where openai ends up at 600bn when we finally sell, "
                + "and i need to explain why that matters to the exec team\ntl;dr: what multiple is that");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("0.722892", Results.value(a, "moic", 6), a.text());
    }

    @Test
    void a_quoted_question_with_what_do_i_tell_him_is_the_question() {
        // 1200 x 50 / 830
        Answer a = ask("my boss will ask 'what's the stake worth at a 1.2T exit?' - what do i tell him");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("72.289157", Results.value(a, "stake_value", 6), a.text());
    }

    @Test
    void certainty_and_hedges_are_not_figures_or_clauses() {
        Answer a = ask("people will 100% ask about the hold, so what hold do you assume?");
        assertEquals("5.000000", Results.value(a, "holding_years", 6), a.text());
        // 50 / 1250
        Answer b = ask("if the 1.25T is the post-money, what do we actually own?");
        assertEquals(Route.NUMERIC, b.route(), b.text());
        assertEquals("0.040000", Results.value(b, "stake", 6), b.text());
    }

    @Test
    void a_follow_up_going_on_from_a_solved_exit_is_asked_at_it() {
        ask("what exit gets us 3x?", "solved");
        // 3^(1/4) - 1 at the solved 2490
        Answer a = ask("ok, and the irr over 4 years?", "solved");
        assertEquals("0.316074", Results.value(a, "irr", 6), a.text());
    }

    @Test
    void a_figure_whose_other_reading_cannot_be_computed_is_answered() {
        // a 960 pre-money before the round: post 1060, 50 / 1060; as the round's size there is no pre-money
        Answer a = ask("openai was worth about 960bn right before this raise. what % would our 50 buy?");
        assertEquals("0.047170", Results.value(a, "stake", 6), a.text());
        assertTrue(a.clarify().isEmpty(), a.text());
    }
}
