package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * The cases counted or quantified over ("in how many of the three", "any scenario where", "case by case") compare every
 * case, and a bar named as one ("vs our 8bn floor") is the figure checked, never an input. In wordings of my own; values by
 * hand from config/scenario.yaml (bear: exit $500B, capture 30%, margin 30%; base: exit $830B, 50%, 35%; bull: exit
 * $1.5T, 70%, 40%; $115B of compute over 5 years, a $50B check at an $830B post-money).
 */
class CountedCasesTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void counting_the_cases_compares_all_three_and_their_count_is_no_figure() {
        // gain = exit x 50/830 - 50: bear -19.879518, base 0, bull 40.361446
        Answer a = ask("in how many of the 3 cases is the gain on the equity positive?");
        assertEquals(List.of("-19.879518", "0.000000", "40.361446"), Results.values(a, "gain", 6), a.text());
        // aws compute revenue = 115 x capture: bear 34.5, base 57.5, bull 80.5; 60bn is the mark the cases are counted against
        Answer b = ask("aws compute revenue over the window - any scenario where it tops 60bn?");
        assertEquals(List.of("34.500000", "57.500000", "80.500000"), Results.values(b, "aws_compute_revenue", 6), b.text());
        assertEquals(Route.NUMERIC, b.route(), b.decision().cues().toString());
    }

    @Test
    void a_yes_no_check_of_two_bars_gives_each_metric_and_reads_no_bar_as_an_input() {
        // a 1.66T exit after 6 years: moic 1660/830 = 2, irr 2^(1/6) - 1 = 0.122462; the 2x asks the MOIC by its unit alone
        Answer a = ask("exit at 1.66T after a 6 year hold - does that clear our 2x and a 15% irr, or just one?");
        assertEquals("2.000000", Results.value(a, "moic", 6), a.text());
        assertEquals("0.122462", Results.value(a, "irr", 6), a.text());
        assertTrue(a.clarify().isEmpty(), a.clarify().toString());
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        // a bar said as a comparison that sets an input is no bar: "if the exit is over 1.5T" is the exit
        Answer b = ask("does the irr clear 15% if the exit is 1.5T?");
        assertEquals("0.125648", Results.value(b, "irr", 6), b.text());
    }

    @Test
    void a_bar_named_as_one_is_checked_not_read_as_an_input() {
        // per year: 115 x 0.5 / 5 = 11.5, whatever the floor; 8bn is not the compute spend
        Answer a = ask("aws compute revenue per year in base vs our 8bn floor");
        assertEquals("11.500000", Results.value(a, "aws_compute_revenue_per_year", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("$8B") && n.contains("checking")), a.notes().toString());
        // "our ceiling is 750 on the pre": the round's pre-money is 830 - 100 = 730, the 750 checked
        Answer b = ask("what pre-money does the round imply? our ceiling is 750 on the pre");
        assertEquals("730.000000", Results.value(b, "pre_money_valuation", 6), b.text());
    }

    @Test
    void ranking_the_answers_own_numbers_is_no_question_for_the_sources() {
        // the check against 2026 capex (50/125) and against the raise (50/100), then "how far apart": numbers, not the article
        Answer a = ask("our 50 as a share of 2026 capex and as a share of the raise - how far apart?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertEquals("0.400000", Results.value(a, "capex_share", 6), a.text());
        assertEquals("0.500000", Results.value(a, "round_share", 6), a.text());
        // "which is the biggest risk" still asks the article
        assertEquals(Route.NARRATIVE, ask("which is the biggest risk for amazon in this deal?").route());
    }

    @Test
    void a_sum_spelt_out_over_the_window_is_the_metric_it_adds_up_to() {
        // the stake's value (50) plus five years of AWS profit off OpenAI (20.125) minus the check (50): the combined payoff
        Answer a = ask("value of our stake plus 5 yrs of aws compute profit off oai minus the 50 check - where does that land?");
        assertEquals("20.125000", Results.value(a, "combined_payoff", 6), a.text());
    }
}
