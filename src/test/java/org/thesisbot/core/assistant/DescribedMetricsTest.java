package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;
import org.thesisbot.core.api.Route;

/**
 * Metrics described by their arithmetic rather than named, met in session 28, in wordings of my own. Values by hand from
 * config/scenario.yaml ($50B check, $830B post-money and exit, $100B round, $115B compute over 5 years, 50% capture; bull
 * exit $1.5T, capture 70%).
 */
class DescribedMetricsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 10);
    }

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_years_worth_is_the_yearly_figure() {
        assertEquals("11.5000000000", value(ask("split aws's openai compute revenue evenly over the years and give me one year's worth"),
                "aws_compute_revenue_per_year")); // 115 x 50% / 5
    }

    @Test
    void the_stakes_value_net_of_the_check_is_the_gain() {
        // 50 x 1500 / 830 - 50
        assertEquals("40.3614457831", value(ask("in bull, the equity value at exit net of our check?"), "gain"));
    }

    @Test
    void the_round_a_pre_money_goes_into_names_the_valuation_not_the_rounds_size() {
        // $1.1T pre + the $100B round = $1.2T post
        assertEquals("0.0416666667", value(ask("if openai's pre-money heading into the round is $1.1T, what % does our $50B buy?"), "stake"));
    }

    @Test
    void dividing_one_amount_by_another_is_their_ratio() {
        // bull: 115 x 70% = 80.5 of revenue over the $50B check
        assertEquals("1.6100000000", value(ask("take aws's compute revenue in bull and divide it by the check"), "circular_return_ratio"));
    }
    @Test
    void a_clause_about_how_the_numbers_move_is_answered_by_the_numbers() {
        Answer a = ask("irr at a 2T exit over 8 years - and does a longer hold drag the annual figure down?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        // a guard: what the author says is still asked of the sources, beside the number
        Answer mixed = ask("stake value in bull, and what does the author say could go wrong?");
        assertEquals(Route.MIXED, mixed.route(), mixed.decision().cues().toString());
    }
}
