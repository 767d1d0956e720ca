package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;
import org.thesisbot.TestBrains;

/**
 * Holds said as calendar dates (quarters, months, fiscal year-ends, halves) or as months and quarters, in wordings of
 * my own. An exit at twice the $830B post-money is a 2x on the stake, so each IRR is 2^(1/years) - 1, worked out by hand
 * (Python's decimal, 40 digits).
 */
class CalendarDatesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(Question.of(q));
    }

    private static String value(Answer a, String metric, int scale) {
        return Results.value(a, metric, scale);
    }

    @Test
    void a_close_and_an_exit_given_as_dates_are_the_hold_between_them() {
        // sep 2026 -> sep 2029: 36 months
        Answer a = ask("irr if oai is marked at 1.66T in sept 2029, having closed end of q3 2026?");
        assertEquals("0.2599210499", value(a, "irr", 10), a.notes().toString());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("36 months, 3 years")), a.notes().toString());
        // mar 2027 -> dec 2030: 45 months
        assertEquals("0.2030250361", value(ask("from a 1Q27 close to an H2 2030 exit at 1.66T, what's the irr?"), "irr", 10));
    }

    @Test
    void an_exit_date_alone_counts_from_the_close_the_sources_expect_and_says_so() {
        // end of q1 2026 (the article: "expected to close by the end of the first quarter") -> dec 2031: 69 months
        Answer a = ask("irr with OpenAI worth 1.66tn at the 2031 year-end");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.1281141398", value(a, "irr", 10));
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("expected to close by the end of the first quarter")
                && n.contains("5.75 years")), a.notes().toString());
    }

    @Test
    void a_quarter_named_for_the_close_is_a_date_not_a_figure_nor_a_stranger() {
        Answer a = ask("what % of OpenAI would Amazon own at a $1T post if the round closes in Q2'26?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.0500000000", value(a, "stake", 10));
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("26")), a.notes().toString());
    }

    @Test
    void a_hold_in_months_or_quarters_is_that_many_twelfths_or_quarters_of_a_year() {
        assertEquals("0.3195079108", value(ask("irr on a 30 month hold if openai hits 1.66T"), "irr", 10));
        Answer q = ask("irr if openai is worth 1.66T and we hold for six quarters");
        assertEquals("0.5874010520", value(q, "irr", 10));
        assertTrue(q.notes().stream().anyMatch(n -> n.contains("6 quarters (1.5 years)")), q.notes().toString());
        // "three quarters of" is still a share
        assertEquals("86.2500000000", value(ask("aws compute revenue if it wins three quarters of openai's compute spend"),
                "aws_compute_revenue", 10)); // 0.75 x 115
    }

    @Test
    void an_exit_before_the_close_cannot_be_computed() {
        Answer a = ask("irr if we close in q3'26 and exit in q1'26 at 1T?");
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
        Answer zero = ask("irr on a 1.2T exit with a hold of 0 months");
        assertTrue(zero.text().startsWith("I can't compute that"), zero.text());
    }

    @Test
    void a_thread_moves_the_mark_later_or_earlier_from_its_own_close() {
        String thread = "dates-1";
        // sep 2026 -> jun 2030: 45 months
        assertEquals("0.2030250361", value(brain.ask(new Question("irr from a q3'26 close to a jun 2030 exit at 1.66T", thread,
                "u", "test")), "irr", 10));
        // moved two quarters later: 4.25 years, from the thread's own close (not the close the sources expect)
        Answer later = brain.ask(new Question("push the mark back two quarters, so dec 2030", thread, "u", "test"));
        assertEquals("0.1771466939", value(later, "irr", 10), later.notes().toString());
        // then nine months earlier: 3.5 years
        assertEquals("0.2190136542", value(brain.ask(new Question("ok pull it in by 9 months", thread, "u", "test")), "irr", 10));
    }

    @Test
    void money_per_quarter_or_per_month_is_four_or_twelve_times_that_a_year_and_the_note_says_so() {
        // $5B a quarter is $20B a year, $100B over the five compute years: 100 / 115 of OpenAI's spend
        Answer q = ask("capture share for aws to book 5bn a quarter in openai compute revenue?");
        assertEquals("0.8695652174", value(q, "aws_capture_share", 10), q.decision().cues().toString());
        assertTrue(q.notes().stream().anyMatch(n -> n.contains("$5B a quarter as $20B a year")), q.notes().toString());
        // $1.5B a month is $18B a year: 90 / 115
        assertEquals("0.7826086957", value(ask("what capture share gets aws to $1.5bn of openai compute revenue a month"),
                "aws_capture_share", 10));
        // a quarter as a fraction is still a fraction: capture 50% cut by a quarter of it is 37.5%, of $115B
        assertEquals("43.1250000000", value(ask("cut capture by a quarter"), "aws_compute_revenue", 10));
        // asked per quarter: the yearly figure, said to be yearly
        Answer yearly = ask("aws compute revenue from openai per quarter, base case?");
        assertEquals("11.5000000000", value(yearly, "aws_compute_revenue_per_year", 10));
        assertTrue(yearly.notes().stream().anyMatch(n -> n.contains("works in years")), yearly.notes().toString());
    }

    @Test
    void asking_when_an_investment_was_made_asks_the_sources() {
        // "make its investment" is making a move, not making money
        Answer a = ask("what year did amazon make that $8B anthropic investment?");
        assertEquals(Route.NARRATIVE, a.route(), a.decision().cues().toString());
    }

    @Test
    void booking_a_sum_a_year_is_aws_s_yearly_revenue() {
        // $11.5B a year over five years is $57.5B, half of OpenAI's $115B
        assertEquals("0.5000000000", value(ask("capture share aws needs to book 11.5b/yr off oai?"), "aws_capture_share", 10));
    }
}
