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
 * A number placed on a progress bar whose ends the question gives ({@link Bars}): the ends are never inputs; a fill asked
 * as the goal is solved as the value it stands for. In wordings of my own; values by hand from config/scenario.yaml
 * (post-money $830B, base AWS profit $20.125B on $57.5B of revenue).
 */
class BarsTest {
    private final Assistant brain = TestBrains.offline().assistant();

    private Answer ask(String q) {
        return brain.ask(new Question(q, null, "analyst", "bars"));
    }

    @Test
    void a_number_asked_is_placed_on_the_bar_and_its_ends_are_not_read() {
        // 20.125 on a 10-to-30 bar: 50.6%
        Answer a = ask("dashboard gauge for aws op profit on the oai compute, from 10bn (0%) to 30bn (100%) - where does base sit?");
        assertEquals(Route.NUMERIC, a.route(), a.decision().toString());
        assertEquals("20.125000", Results.value(a, "aws_compute_profit", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("sits at 50.6%")), a.notes().toString());
    }

    @Test
    void a_bar_in_multiples_asks_the_moic() {
        // exit 1.5T: 1500/830 = 1.807229x, on a 1x-to-3x bar 40.4%
        Answer a = ask("progress meter 'path to 3x' [1x = 0%, 3x = 100%]: if oai sells for 1.5T how far along are we?");
        assertEquals("1.807229", Results.value(a, "moic", 6), a.text());
        assertTrue(a.notes().stream().anyMatch(n -> n.contains("sits at 40.4%")), a.notes().toString());
    }

    @Test
    void a_fill_as_the_goal_is_solved_as_the_value_it_stands_for() {
        // a quarter of the way from 50bn to 150bn of stake value is 75bn: exit 830 x 75/50 = 1245
        Answer a = ask("what exit gets the 'stake value' gauge to 25%? (50bn = 0%, 150bn = 100%)");
        assertEquals("1245.000000", Results.value(a, "exit_valuation", 6), a.text());
        // two-thirds of the way from 0% to 30% is a 20% irr over 5 years: 830 x 1.2^5 = 2065.3056
        Answer b = ask("exit that fills 'irr to 30%' two-thirds full (0% = 0, 30% = 100)");
        assertEquals("2065.305600", Results.value(b, "exit_valuation", 6), b.text());
    }

    @Test
    void a_change_written_as_an_arrow_is_no_bar_without_one_spoken_of() {
        // "(1.2T -> 1.5T)": the exit moved to $1.5T, (1500/830)^(1/5) - 1, and no bar placed
        Answer a = ask("what if the exit goes (1.2T -> 1.5T), irr?");
        assertEquals("0.125648", Results.value(a, "irr", 6), a.text());
        assertTrue(a.notes().stream().noneMatch(n -> n.contains("bar")), a.notes().toString());
    }
}
