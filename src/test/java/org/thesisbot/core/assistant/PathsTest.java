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
 * Inputs that move together ({@link Paths}) and what is asked along them ({@link PathReplies}): a peak, a goal, a year.
 * In wordings of my own; values by hand from config/scenario.yaml (base: $50B into a $830B post, exit $830B, 5 years, 50%
 * of $115B at a 35% margin; bear 30% at 30%; bull 70% at 40%).
 */
class PathsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q, String thread) {
        return brain.ask(new Question(q, thread, "analyst", "deals"));
    }

    @Test
    void a_margin_tied_to_capture_peaks_aws_profit_where_the_product_is_highest() {
        // margin = 35% - 0.8 (capture - 50%) = 75% - 0.8 capture; capture x margin peaks at 0.75 / 1.6 = 46.875%, margin 37.5%;
        // 115 x 0.46875 x 0.375 = 20.21484375
        Answer a = ask("if every 10 points more capture costs aws 8 points of margin from base, which capture share gets aws the most operating profit?", null);
        assertEquals(List.of("aws_capture_share(base)=0.468750", "aws_compute_profit(base)=20.214844", "aws_operating_margin(base)=0.375000"),
                ResultValues.of(a), a.text());
        assertTrue(a.text().startsWith("*AWS operating profit on OpenAI's compute, 2025-2029 peaks along your path when"), a.text());
        // a gentler tie peaks past 100%: the whole of the compute, at 35% - 0.2 x 50% = 25%; 115 x 0.25 = 28.75
        Answer b = ask("every 10 points more capture costs aws 2 points of margin from base. which capture maximises aws's operating profit?", null);
        assertEquals(List.of("aws_capture_share(base)=1.000000", "aws_compute_profit(base)=28.750000", "aws_operating_margin(base)=0.250000"),
                ResultValues.of(b), b.text());
    }

    @Test
    void a_post_money_tied_to_the_check_reaches_a_gain_at_its_smallest_check() {
        // post = 830 + 3 (check - 50); 1500 check / (680 + 3 check) - check = 25: 3c^2 - 745c + 17000 = 0, the smaller root
        // (745 - sqrt 351025) / 6 = 25.4210619824862
        Answer a = ask("for each 20bn more we invest the post-money rises 60bn from 830. with a 1.5T exit, what is the smallest check that still leaves us 25bn ahead on the stake?", null);
        assertEquals("investment(base)=25.421062", ResultValues.of(a).get(0), a.text());
        assertEquals("gain(base)=25.000000", ResultValues.of(a).get(1), a.text());
    }

    @Test
    void steps_a_year_find_the_peak_year_and_refuse_a_year_past_what_an_input_can_take() {
        // bear: capture 30% + 5 pts a year, margin 30% - 3 pts a year; capture x margin: 0.0945, 0.096 (year 2), 0.0945
        Answer a = ask("from bear, capture adds 5 points a year while margin loses 3 points a year - in which year does aws profit peak?", null);
        assertEquals(List.of("path_year(bear)=2.000000", "aws_compute_profit(bear)=11.040000", "aws_capture_share(bear)=0.400000",
                "aws_operating_margin(bear)=0.240000"), ResultValues.of(a), a.text());
        // 50% + 5 x 12 pts = 110% of the compute in year 5
        Answer b = ask("capture goes up 12 points a year from base. aws operating profit in year 5?", null);
        assertTrue(b.text().startsWith("I can't compute that: by year 5"), b.text());
        assertTrue(b.results().isEmpty());
    }

    @Test
    void openai_growing_less_each_year_is_held_until_its_growth_runs_out() {
        // 830 x 1.2 x 1.15 x 1.1 x 1.05 in year 4 (year 5 adds 0%): the stake 50/830 of it = 50 x 1.5939 = 79.695
        Answer a = ask("say openai's value rises 20% in year 1 and growth falls 5 points each year after. what hold maximises our stake value?", null);
        assertEquals(List.of("holding_years(base)=4.000000", "stake_value(base)=79.695000", "exit_valuation(base)=1322.937000"),
                ResultValues.of(a), a.text());
    }

    @Test
    void the_thread_keeps_the_path_and_its_point() {
        ask("if every 10 points more capture costs aws 8 points of margin from base, which capture share gets aws the most operating profit?", "p1");
        // the point found stays for the next question: 115 x 0.46875 / 5 = 10.78125 a year
        assertEquals(List.of("aws_compute_revenue_per_year(base)=10.781250"), ResultValues.of(ask("aws revenue per year there?", "p1")));
        // the same rule from bull's numbers: margin = 40% - 0.8 (capture - 70%) = 96% - 0.8 capture, peak at 60%, margin 48%
        Answer bull = ask("same rule but from bull's numbers - where does aws profit peak now?", "p1");
        assertEquals(List.of("aws_capture_share(bull)=0.600000", "aws_compute_profit(bull)=33.120000", "aws_operating_margin(bull)=0.480000"),
                ResultValues.of(bull), bull.text());
    }

    @Test
    void an_input_asked_over_a_band_of_a_goal_is_solved_at_each_end() {
        // 4% and 6% of 830
        Answer a = ask("what's the check-size range to own between 4% and 6% at the 830 post?", null);
        assertEquals(List.of("investment(base)=33.200000", "stake(base)=0.040000", "investment(base)=49.800000", "stake(base)=0.060000"),
                ResultValues.of(a), a.text());
        // 10bn of profit takes 10 / (115 x 35%) = 24.8447%; 50bn would take more than the whole of the compute: said, not dropped
        Answer b = ask("capture-share band for a base aws operating profit of 10-50bn?", null);
        assertEquals(List.of("aws_capture_share(base)=0.248447", "aws_compute_profit(base)=10.000000"), ResultValues.of(b), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.startsWith("At 50bn, no possible value of share of openai's compute spend")), b.notes().toString());
    }
}
