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
 * What a writer puts out of the question ("setting aside whether it is sensible"), trades and occasions the bot does not
 * help with, and a few ways of naming a loss, a stake in dollars and the bear case; in wordings of my own, values by
 * hand from config/scenario.yaml.
 */
class SetAsideAndRefusalsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(Question.of(q));
    }

    private static String value(Answer a, String metric) {
        return Results.value(a, metric, 10);
    }

    @Test
    void a_clause_set_aside_asks_the_sources_nothing() {
        Answer a = ask("leaving aside whether it's plausible, what irr comes from a hold of minus 2 years at a 1.5T exit?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().cues().toString());
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
    }

    @Test
    void trading_one_s_own_position_and_speeches_are_refused() {
        assertEquals(Route.OUT_OF_SCOPE, ask("do we trim our amzn position ahead of earnings?").route());
        assertEquals(Route.OUT_OF_SCOPE, ask("unrelated - any ideas for a farewell speech for my boss?").route());
    }

    @Test
    void billions_under_the_stake_in_dollars_and_the_doom_case() {
        // bear: $500B x 50 / 830 - $50B
        assertEquals("-19.8795180723", value(ask("how many billions are we under on the stake in the bear case"), "gain"));
        // bear (the doom case): $500B x 50 / 830
        assertEquals("30.1204819277", value(ask("what's our piece in dollars in the doom case?"), "stake_value"));
    }

    @Test
    void greek_sizes_read_like_english_ones_and_the_cloud_side_is_aws() {
        // 45 x 830 / 50: the stake worth $5B less than the $50B put in
        assertEquals("747.0000000000", value(ask("bear case: what exit leaves amazon 5 δισ. under water on the stake?"),
                "exit_valuation"));
        // $50B stake value + $115B x 50% x 40% - $50B
        assertEquals("23.0000000000", value(ask("stake value plus what the cloud side keeps, minus our check, at a 40% margin"),
                "combined_payoff"));
    }

    @Test
    void openai_going_all_the_way_to_zero_is_an_impossible_exit() {
        Answer a = ask("what's the stake worth if openai goes all the way to zero?");
        assertTrue(a.text().startsWith("I can't compute that"), a.text());
    }

    @Test
    void the_cloud_side_s_run_rate_is_aws_s_yearly_revenue() {
        // bull: $115B x 70% / 5 years
        assertEquals("16.1000000000", value(ask("the cloud side's run-rate in the bull case?"), "aws_compute_revenue_per_year"));
    }
}
