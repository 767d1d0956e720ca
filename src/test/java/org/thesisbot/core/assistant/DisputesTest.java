package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Two people disagreeing about a number, pasted as chat lines or retold in a sentence, and a request to settle it; and a
 * status line whose one aside is the ask. In wordings of my own; values by hand from config/scenario.yaml ($50B check,
 * $830B post-money after a $100B round, 5-year hold, $115B of compute spend, 50% capture, 35% margin).
 */
class DisputesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return ask(q, null);
    }

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_figures_in_dispute_are_checked_and_the_shared_ones_are_used() {
        // 50 / 1250 = 4%: "1.25T post" and "our 50" are shared; "~3.5%" and "4" are the claims
        Answer a = ask("Nadia: at a 1.25T post our 50 gets us ~3.5%\nFelix: no, it's 4 flat\nwho's right?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("0.040000", Results.value(a, "stake", 6), a.text());
        assertTrue(a.text().startsWith("Felix's 4 holds (Nadia said 3.5%)"), a.text());
        assertFalse(a.text().contains("not in the sources"), a.text());
    }

    @Test
    void a_reply_with_only_a_figure_disputes_the_figure_nearest_its_size() {
        // 1600 x 50 / 830 = 96.385542; the 1.6T exit is shared, 95 and 100 are the claims
        Answer a = ask("Yusuf - if oai exits at 1.6 trillion, the stake's worth 95bn\nGreta - 100 at least\nsettle this");
        assertEquals("96.385542", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.text().startsWith("Neither figure holds; Yusuf's 95bn is closer (Greta said 100)"), a.text());
    }

    @Test
    void an_ask_of_its_own_after_the_dispute_is_the_question_with_the_shared_premises() {
        // exit for a 15% irr over 4 years: 830 x 1.15^4 = 1451.675188; 1.3T and 1.6T are the claims
        Answer a = ask("Ines: a 15% irr over 4 yrs needs oai to exit around 1.3T\nPablo: more like 1.6T\nwhat exit is it really?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("1451.675188", Results.value(a, "exit_valuation", 6), a.text());
        assertTrue(a.text().startsWith("Neither figure holds; Pablo's 1.6T is closer (Ines said 1.3T)"), a.text());
    }

    @Test
    void a_dispute_retold_in_one_sentence_is_settled_too() {
        // 50 / 125 = 40%: the 125bn round is shared; 40% is claimed against "a third"
        Answer a = ask("Omar says if the round grows to 125bn our check is 40% of it, Lea says its more like a third. which is it");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("0.400000", Results.value(a, "round_share", 6), a.text());
        assertTrue(a.text().startsWith("Omar's 40% holds (Lea said a third)"), a.text());
    }

    @Test
    void a_dispute_in_a_thread_keeps_the_threads_case() {
        ask("bear case moic?", "dispute");
        // bear: exit 500 over 5 years, (500 / 830)^(1/5) - 1 = -0.096255...
        Answer a = ask("Kofi: that's about -5% a year\nAmy: worse, -9ish\nwho's closer", "dispute");
        assertEquals("-0.096", Results.value(a, "irr", 3), a.text());
        assertEquals("bear", a.results().get(0).scenario(), a.text());
        assertTrue(a.text().startsWith("Neither figure holds; Amy's -9 is closer (Kofi said -5%)"), a.text());
    }

    @Test
    void a_bare_figure_answering_a_question_is_checked_against_it() {
        // 2000 x 50 / 830 = 120.481928; the 2T is the question's premise, "~120" the answer to check
        Answer a = ask("Sam: so what's our stake worth at a 2T exit\nIvy: ~120\nright?");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("120.481928", Results.value(a, "stake_value", 6), a.text());
        assertTrue(a.text().startsWith("Ivy's 120 holds"), a.text());
    }

    @Test
    void a_guess_put_as_a_question_is_still_the_claim() {
        // (1500 / 830)^(1/6) - 1 = 0.103661: the 6 years and the 1.5T exit are premises, "10% a yr?" the guess
        Answer a = ask("Lea: if we hold 6 yrs at a 1.5T exit thats what, 10% a yr?\nMax: closer to 11\nsettle");
        assertEquals("0.103661", Results.value(a, "irr", 6), a.text());
        assertTrue(a.text().startsWith("Lea's 10% holds (Max said 11)"), a.text());
    }

    @Test
    void a_dispute_about_the_articles_facts_asks_the_sources_both_sides() {
        Answer a = ask("Ravi: the article says anthropic has welcomed the deal\nJo: no, it says anthropic hasn't said anything yet\nwho's right?");
        assertEquals(Route.NARRATIVE, a.route(), a.text());
        // the speakers are no subject the sources are asked about
        assertFalse(a.text().contains("never mention"), a.text());
    }

    @Test
    void a_status_whose_aside_is_the_ask_answers_the_aside() {
        // bull: exit 1500, 1500 x 50 / 830 = 90.361446
        Answer a = ask("doing the summary row (our stake in dollars not as a %, bull case) then lunch");
        assertEquals(Route.NUMERIC, a.route(), a.text());
        assertEquals("90.361446", Results.value(a, "stake_value", 6), a.text());
        // 830 - 100 = 730, between two dashes
        Answer b = ask("finishing the entry page — pre-money implied by the round, not the post — then sending it on");
        assertEquals(Route.NUMERIC, b.route(), b.text());
        assertEquals("730.000000", Results.value(b, "pre_money_valuation", 6), b.text());
    }

    @Test
    void a_holding_said_to_be_down_a_sum_is_a_loss() {
        // a gain of -25: 25 x 830 / 50 = 415
        Answer a = ask("what exit has the stake down 25bn?");
        assertEquals("415.000000", Results.value(a, "exit_valuation", 6), a.text());
        Answer b = ask("which exit leaves us down 25bn vs what we put in?");
        assertEquals("415.000000", Results.value(b, "exit_valuation", 6), b.text());
        // bear: 500 x 50 / 830 - 50 = -19.879518
        Answer c = ask("how much are we really down in the bear case?");
        assertEquals("-19.879518", Results.value(c, "gain", 6), c.text());
    }
}
