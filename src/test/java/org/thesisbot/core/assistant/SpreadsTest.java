package org.thesisbot.core.assistant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.thesisbot.TestBrains;
import org.thesisbot.core.api.Answer;
import org.thesisbot.core.api.Assistant;
import org.thesisbot.core.api.Question;

/**
 * One input equally likely anywhere in a range ({@link Spreads}). In wordings of my own; values by hand from
 * config/scenario.yaml ($50B into a $830B post, capex $125B, 5-year hold).
 */
class SpreadsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void the_expected_value_of_a_straight_line_metric_is_its_value_at_the_midpoint() {
        // gain at a 1.2T exit: 50/830 x 1200 - 50
        Answer a = ask("openai's exit could be anywhere between 1T and 1.4T, all equally likely - expected gain on the stake?");
        assertEquals("22.2891566265", Results.value(a, "gain", 10), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("straight line")), a.notes().toString());
    }

    @Test
    void the_median_of_a_curved_metric_is_its_value_at_the_midpoint_and_its_mean_is_integrated() {
        // 50 / 1000
        Answer median = ask("post-money uniformly distributed between 800bn and 1.2T: median ownership for our 50?");
        assertEquals("0.0500000000", Results.value(median, "stake", 10), median.text());
        // mean of 50/x for x uniform on [100, 150]: 50 ln(1.5) / 50 = 0.405465108...
        Answer mean = ask("capex spread evenly from 100bn to 150bn - on average, what % of capex is our check?");
        assertEquals("0.405465108", Results.value(mean, "capex_share", 9), mean.text());
    }

    @Test
    void the_chance_of_a_goal_is_the_share_of_the_range_past_the_input_that_meets_it() {
        // 2x: an exit of 1660; (2000 - 1660) / (2000 - 1000)
        Answer a = ask("if the exit is uniform between 1T and 2T, what are the odds we clear 2x on the 50?");
        assertEquals("1660.0000000000", Results.value(a, "exit_valuation", 10), a.text());
        assertTrue(a.text().startsWith("*Chance: 34%*"), a.text());
    }

    @Test
    void the_input_is_the_one_named_nearest_the_range_and_equal_chance_asks_no_chance() {
        // the post-money, not the round: 50 / 1000
        Answer post = ask("the round prices at a post-money that might be anywhere from 800bn to 1.2T, all equally likely. median % we own?");
        assertEquals("0.0500000000", Results.value(post, "stake", 10), post.text());
        // capex at 120: 50 / 120
        Answer capex = ask("2026 capex could come in anywhere between 100bn and 140bn with equal chance across it - median share of capex for our check?");
        assertEquals("0.4166666667", Results.value(capex, "capex_share", 10), capex.text());
    }
}
