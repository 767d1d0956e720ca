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
 * A figure of the asker's own that the model does not have, used as a yardstick ({@link Yardsticks}). In wordings of my own;
 * values by hand from config/scenario.yaml (base: $50B into a $830B post; bull exit $1.5T, 70% of $115B at 40%, 5 years).
 */
class YardsticksTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "deals"));
    }

    @Test
    void a_number_asked_in_a_yardstick_is_answered_and_set_against_it_never_read_as_an_input() {
        // 50/830 x 1000 = 60.24; 60.24 / 60 = 100.4%
        Answer a = ask("stake value at a 1T exit as a % of amzn fy net income [~60bn, mine]");
        assertEquals(List.of("stake_value(base)=60.240964"), ResultValues.of(a), a.text());
        assertTrue(a.notes().contains("Set against your amzn fy net income ($60B a year): Value of Amazon's stake $60.24B is 100.4% of it."), a.notes().toString());
        // a quarter's figure: 115 x 70% x 40% = 32.2 over 12 a quarter = 2.7 quarters
        Answer b = ask("aws profit off oai in bull, how many quarters of aws OI is it (~12bn a qtr, mine)?");
        assertEquals(List.of("aws_compute_profit(bull)=32.200000"), ResultValues.of(b), b.text());
        assertTrue(b.notes().stream().anyMatch(n -> n.endsWith("$32.2B is 2.7 quarters of it.")), b.notes().toString());
    }

    @Test
    void a_goal_said_in_a_yardstick_is_the_sum_it_is() {
        // 6 months of 44 a year = 22 of gain: 50/830 x exit - 50 = 22, exit = 72 x 830 / 50 = 1195.2
        Answer a = ask("what exit makes our gain equal 6 months of aws op income (~44bn a yr, my number)?");
        assertEquals("exit_valuation(base)=1195.200000", ResultValues.of(a).get(0), a.text());
    }

    @Test
    void a_rate_beside_a_rate_is_the_gap_in_basis_points() {
        // (1500/830)^(1/5) - 1 = 12.5648%: 56.5 bps above 12%
        Answer a = ask("bull irr - how many bps above amzn's ~12% roic?");
        assertEquals(List.of("irr(bull)=0.125648"), ResultValues.of(a), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.endsWith("is 56.5 bps above it.")), a.notes().toString());
    }
}
