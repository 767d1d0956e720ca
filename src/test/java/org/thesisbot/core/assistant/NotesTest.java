package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * Part of the check funded with notes ({@link Notes}): the whole check buys the stake; principal and simple coupons
 * (principal × rate × years held) come out of what it fetches; the rest is the return on the cash. In wordings of my own;
 * values by hand from config/scenario.yaml ($50B into a $830B post, a 5-year hold).
 */
class NotesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void the_return_on_the_cash_is_what_the_stake_fetches_less_principal_and_coupons() {
        // (50/830 x 1500 - 15 - 15 x 6% x 5) / 35
        Answer m = ask("we fund 15 of the 50 with notes at 6%, rest cash. moic on our cash if oai exits at 1.5T?", null);
        assertEquals("2.0246127367", Results.value(m, "moic", 10), m.text());
        assertTrue(m.text().startsWith("*MOIC on the cash, after the notes: 2.02x*"), m.text());
        // ((50/830 x 1200 - 25 - 25 x 4% x 4) / 25)^(1/4) - 1
        Answer r = ask("25 notes at 4% / 25 cash, exit 1.2T after 4 yrs - irr on the cash?", null);
        assertEquals("0.147122", Results.value(r, "irr", 6), r.text());
    }

    @Test
    void a_goal_on_the_cash_is_solved_after_the_notes() {
        // 2.5 x 20 + 30 + 30 x 5% x 5 = 87.5 of stake value, an exit of 87.5 x 830 / 50
        Answer e = ask("30 notes at 5% / 20 cash. what exit gets the 20 to 2.5x once the notes are repaid?", null);
        assertEquals("1452.50", Results.value(e, "exit_valuation", 2), e.text());
    }

    @Test
    void with_the_whole_check_on_notes_there_is_no_return_on_cash_to_give() {
        Answer a = ask("all 50 on notes at 5%, zero cash. moic on our equity at a 1.5T exit?", null);
        assertTrue(a.results().isEmpty() && a.text().startsWith("I can't compute that"), a.text());
    }

    @Test
    void a_thread_keeps_the_notes_rate_when_the_split_changes() {
        String t = "notes-1";
        ask("20 notes at 5%, 30 cash. moic on the cash at a 1.5T exit?", t);
        // 40 notes at the same 5%: (90.36 - 40 - 10) / 10
        Answer b = ask("now make it 40 notes / 10 cash", t);
        assertEquals("4.0361445783", Results.value(b, "moic", 10), b.text());
        String u = "notes-2";
        ask("20 notes at 5%, 30 cash. moic on the cash at a 1.5T exit?", u);
        // the rate said now wins: (90.36 - 20 - 20 x 7% x 5) / 30
        Answer d = ask("same but the notes price at 7%", u);
        assertEquals("2.1120481928", Results.value(d, "moic", 10), d.text());
        Answer c = ask("unlevered moic?", t);
        assertEquals("1.8072289157", Results.value(c, "moic", 10), c.text());
    }
}
