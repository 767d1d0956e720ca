package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * A frame set in a thread lasts ({@link Frames}): a follow-up that says nothing of it is asked in it too, with a note, until
 * the thread leaves it. In wordings of my own; values by hand from config/scenario.yaml ($50B into a $830B post, 5-year hold).
 */
class FramesInThreadTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_follow_up_stays_on_the_cash_basis_the_thread_asked() {
        String t = "frames-1";
        ask("we put in 35 cash and 15 of aws credits costing 60c/$ - cash basis moic if oai exits at 1.5T?", t);
        // 35 + 15 x 0.6 = 44 of cash; (1660 / 830) x 50 / 44
        Answer b = ask("what about at 1.66T", t);
        assertEquals("2.2727272727", Results.value(b, "moic", 10), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("Still in this thread's frame: 35 cash / 15 credits at 60c/$ on a cash basis")), b.notes().toString());
        // the IRR of that cash multiple over 3 years: (2 x 50 / 44)^(1/3) - 1
        Answer c = ask("irr on that if we're out in 3 yrs", t);
        assertEquals("0.3148", Results.value(c, "irr", 4), c.text());
    }

    @Test
    void a_split_asked_on_the_headline_is_put_on_a_cash_basis_when_a_follow_up_asks() {
        String t = "frames-2";
        ask("say 20 of the 50 comes as aws credits that cost 70c on the dollar. moic at 1.245T?", t);
        // 30 + 20 x 0.7 = 44; 1.5 x 50 / 44
        Answer b = ask("and on a cash basis?", t);
        assertEquals("1.7045454545", Results.value(b, "moic", 10), b.text());
    }

    @Test
    void the_thread_leaves_the_cash_basis_when_told_to() {
        String t = "frames-3";
        ask("30 cash / 20 credits at 65c/$. cash basis moic at a 1.66T exit?", t);
        Answer b = ask("ok forget the credits - moic there?", t);
        assertEquals("2.0000000000", Results.value(b, "moic", 10), b.text());
        Answer c = ask("and at 2.49T", t);
        assertEquals("3.0000000000", Results.value(c, "moic", 10), c.text());
        String u = "frames-4";
        ask("30 cash / 20 credits at 65c/$. cash basis moic at a 1.66T exit?", u);
        Answer d = ask("start over: moic at 1.66T", u);
        assertEquals("2.0000000000", Results.value(d, "moic", 10), d.text());
    }

    @Test
    void words_that_only_leave_the_frame_ask_the_threads_question_again_outside_it() {
        String t = "frames-6";
        ask("30 cash / 20 credits at 65c/$. cash basis moic at a 1.66T exit?", t);
        Answer b = ask("ok, forget the credits.", t);
        assertEquals("2.0000000000", Results.value(b, "moic", 10), b.text());
        assertTrue(b.notes().stream().noneMatch(n -> n.startsWith("Still in this thread's frame")), b.notes().toString());
        String u = "frames-7";
        ask("assume 2.5% cpi: our stake's value in today's dollars if oai exits at 1.66T?", u);
        Answer c = ask("ignore inflation", u);
        // 50/830 x 1660
        assertEquals("100.00", Results.value(c, "stake_value", 2), c.text());
        // the words alone, with no frame to leave, are no question about the deal
        Answer d = ask("forget the credits", "frames-8");
        assertTrue(d.results().isEmpty(), d.text());
    }

    @Test
    void two_frames_that_each_recompute_the_stake_are_refused_not_mixed() {
        Answer a = ask("warrants on 2% fd struck at the 830 post, fully vested; 20 of the 50 on notes at 5%, 30 cash. moic on the cash at a 1.5T exit?", null);
        assertTrue(a.results().isEmpty() && a.text().startsWith("I can't compute that: I can't yet combine the notes and the warrants"), a.text());
        String t = "frames-5";
        ask("30 cash / 20 credits at 65c/$. cash basis moic at a 1.66T exit?", t);
        Answer b = ask("and in real terms at 3% inflation?", t);
        assertTrue(b.results().isEmpty() && b.text().contains("forget the credits"), b.text());
        ask("ok forget the credits", t);
        // 2x at 1.66T, in today's dollars at 3% over 5 years
        Answer c = ask("and in real terms at 3% inflation?", t);
        assertEquals("1.7252", Results.value(c, "moic", 4), c.text());
    }
}
